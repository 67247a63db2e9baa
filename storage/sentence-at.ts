/** The sentence a span stands in, for showing a reference in context. */

/** Longest sentence kept; longer ones are cut around the span with "…". */
export const MAX_SENTENCE_CHARS = 400;

const STOP = new Set([".", "!", "?", ";"]);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);

// A sentence ends at a line break, or at . ! ? ; followed by white space or the end
// (so "T.Ư" and "1.200" do not end one).
function endsAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch === "\n" || (ch !== undefined && STOP.has(ch) && isSpace(text[i + 1]));
}

/**
 * The sentence of `text` around `start`–`end`, trimmed, at most {@link MAX_SENTENCE_CHARS}
 * characters.
 *
 * @example sentenceAt("Mở đầu. Quán triệt Chỉ thị 39. Hết.", 19, 30) // "Quán triệt Chỉ thị 39."
 */
export function sentenceAt(text: string, start: number, end: number): string {
  const s = Math.max(0, Math.min(start, text.length - 1));
  const e = Math.max(s, Math.min(end, text.length));
  let from = s;
  while (from > 0 && !endsAt(text, from - 1)) from--;
  let to = e;
  while (to < text.length && !endsAt(text, to)) to++;
  if (to < text.length && text[to] !== "\n") to++;
  let sentence = text.slice(from, to).trim();
  if (sentence.length > MAX_SENTENCE_CHARS) {
    const room = Math.max(0, MAX_SENTENCE_CHARS - (e - s));
    const a = Math.max(from, s - Math.floor(room / 2));
    const b = Math.min(to, Math.max(e, a + MAX_SENTENCE_CHARS));
    sentence = (a > from ? "…" : "") + text.slice(a, b).trim() + (b < to ? "…" : "");
  }
  return sentence;
}
