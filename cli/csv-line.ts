/** CSV (RFC 4180) for spreadsheets: lists and objects go in a cell as JSON. */

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
};

/**
 * One CSV line (with its CRLF) of `values`.
 *
 * @example csvLine(["a", 'say "hi"', null, [1, 2]]) // 'a,"say ""hi""",,"[1,2]"\r\n'
 */
export function csvLine(values: readonly unknown[]): string {
  return values.map(cell).join(",") + "\r\n";
}
