/** Readable tables for people: aligned columns, long cells cut with "…". */

/** A column: its heading, how to read a cell from a row, and the widest it may get. */
export interface Column<T> {
  header: string;
  cell: (row: T) => unknown;
  maxWidth?: number;
}

const show = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(show).join("; ");
  return String(value).replace(/\s+/gu, " ");
};

const cut = (text: string, width: number): string =>
  [...text].length <= width ? text : [...text].slice(0, Math.max(1, width - 1)).join("") + "…";

/**
 * The rows as a text table, one line per row, under a header and a rule.
 *
 * @example formatTable([{ id: 1 }], [{ header: "ID", cell: (r) => r.id }]) // "ID\n--\n1"
 */
export function formatTable<T>(rows: readonly T[], columns: ReadonlyArray<Column<T>>): string {
  const cells = rows.map((row) => columns.map((c) => cut(show(c.cell(row)), c.maxWidth ?? 60)));
  const widths = columns.map((c, i) => Math.max([...c.header].length, ...cells.map((r) => [...(r[i] ?? "")].length)));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v + " ".repeat(Math.max(0, (widths[i] ?? 0) - [...v].length))))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
