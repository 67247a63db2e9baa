/**
 * Unicode → windows-1258 bytes for the portal's cp1258 pages. The code page holds only some
 * precomposed letters (â, ê, ô, ơ, ư, ă, đ …) and writes tones as combining marks, so letters
 * it lacks are decomposed into a base it has plus combining tone bytes; iconv-lite encodes.
 */
import iconv from "iconv-lite";

function encodable(ch: string): boolean {
  return ch === "?" || iconv.encode(ch, "windows-1258").toString("latin1") !== "?";
}

/** Splits a character into a cp1258 base and combining marks, or returns it unchanged. */
function toCp1258Form(ch: string): string {
  if (encodable(ch)) return ch;
  const [base = "", ...marks] = [...ch.normalize("NFD")];
  if (marks.every(encodable) && encodable(base)) return base + marks.join("");
  // Compose the base with one mark (o + ◌̂ → ô) and keep the others combining (the tone).
  for (let i = 0; i < marks.length; i++) {
    const composed = (base + marks[i]).normalize("NFC");
    const rest = marks.filter((_, j) => j !== i);
    if (composed.length === 1 && encodable(composed) && rest.every(encodable)) return composed + rest.join("");
  }
  return ch;
}

/**
 * The windows-1258 encoding of `text`; characters the code page cannot hold become "?".
 * @example encodeWindows1258("Đảng").toString("hex") // "d061d26e67"
 */
export function encodeWindows1258(text: string): Buffer {
  let prepared = "";
  for (const ch of text.normalize("NFC")) prepared += toCp1258Form(ch);
  return iconv.encode(prepared, "windows-1258");
}
