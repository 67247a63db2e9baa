/**
 * Untrusted text typed into a query, made safe to send: NUL and lone surrogates replaced,
 * white space collapsed, cut to {@link MAX_QUERY_CHARS}. The SQL receives it as a
 * parameter, never as SQL.
 */

/** Longest query text kept (a longer one is cut at a word boundary). */
export const MAX_QUERY_CHARS = 500;

/**
 * The cleaned query text.
 *
 * @example cleanQueryText("  chỉ\u0000 thị\n39 ") // "chỉ thị 39"
 */
export function cleanQueryText(text: string): string {
  let s = text.toWellFormed().replace(/[\u0000\uFFFD]/gu, " ").normalize("NFC").replace(/\s+/gu, " ").trim();
  if (s.length > MAX_QUERY_CHARS) {
    s = s.slice(0, MAX_QUERY_CHARS);
    const cut = s.lastIndexOf(" ");
    if (cut > MAX_QUERY_CHARS / 2) s = s.slice(0, cut);
    // Do not leave half a surrogate pair at the cut.
    s = s.toWellFormed().replace(/\uFFFD/gu, "").trim();
  }
  return s;
}
