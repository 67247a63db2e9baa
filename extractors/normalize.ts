/**
 * Text normalization: the first stage of extraction. Everything after it sees one
 * spelling of each word, so search, dedup and the patterns need no variants.
 */
import { decodeHTML } from "entities";
import { fixLegacyText, isLegacySign } from "./legacy-vietnamese.ts";

/** Unicode tone marks (combining), the ones Vietnamese places on a vowel. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * "oà, oá, oả, oã, oạ, oè …, uỳ, uý, uỷ, uỹ, uỵ" at the end of a syllable: the new-style
 * placement (tone on the second vowel). The old style, which most committee text uses,
 * puts it on the first: hòa, khóa, thủy, ủy. A preceding "q" makes the "u" part of the
 * consonant ("quý"), where the tone stays.
 */
const NEW_STYLE_TONE = /([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/** Characters that are spaces in effect. */
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Invisible characters: zero-width, BOM, soft hyphen, bidi marks. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\u2066-\u2069\u200E\u200F\uFEFF]/g;
/** C0/C1 controls other than newline (tab is a space above). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** The many dash characters, and the full-width slash. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** What must not reach NFC: line separators, invisible and control characters. */
const BEFORE_NFC_SOURCE = `\\r\\n?|[\\u2028\\u2029\\u0085]|${INVISIBLE.source}|${CONTROLS.source}`;
/** One spelling of each space, dash, slash and Đ. */
const SPELLING_SOURCE = `[\\u00D0\\u00F0\\uFF0F]|${SPACES.source}|${DASHES.source}`;
/**
 * Both in one pass, before NFC. The spelling characters are starters that compose with
 * nothing, as are their replacements, and NFC makes none of them out of other characters
 * (U+2000/U+2001 become U+2002/U+2003, spaces too): replacing them before NFC gives the text
 * that replacing them after it would.
 */
const RAW_FIXES = new RegExp(`${BEFORE_NFC_SOURCE}|${SPELLING_SOURCE}`, "g");
const INVISIBLE_ONE = new RegExp(`^${INVISIBLE.source}$`);
const SPELLING_ONE = new RegExp(`^(?:${SPELLING_SOURCE})$`);

function beforeNfc(c: string): string {
  if (c === "\r\n" || c === "\r" || c === "\u2028" || c === "\u2029" || c === "\u0085") return "\n";
  return INVISIBLE_ONE.test(c) ? "" : " ";
}

function spelling(c: string): string {
  switch (c) {
    case "\u00D0":
      return "Đ";
    case "\u00F0":
      return "đ";
    case "\uFF0F":
      return "/";
  }
  return c.charCodeAt(0) >= 0x2010 && c !== "\u202F" && c !== "\u205F" && c !== "\u3000" ? "-" : " ";
}

function rawFix(c: string): string {
  return SPELLING_ONE.test(c) ? spelling(c) : beforeNfc(c);
}

/**
 * What RAW_FIXES does, unit by unit: which UTF-16 units it replaces and with what (what
 * {@link rawFix} gives each, computed once from the pattern itself). A loop over char codes
 * finds the few such units faster than the regex scan, and builds no new string when there
 * are none. "\r\n" is the one two-unit match: see {@link applyRawFixes}.
 */
const RAW_FIX_OF: Array<string | undefined> = [];
{
  const one = new RegExp(`^(?:${RAW_FIXES.source})$`);
  for (let c = 0; c < 0x10000; c++) {
    const unit = String.fromCharCode(c);
    if (one.test(unit)) RAW_FIX_OF[c] = rawFix(unit);
  }
}
/** Per UTF-16 unit: 1 to replace, 2 a sign of legacy bytes ({@link isLegacySign}) to count, 0 neither. */
const NEEDS_FIX = Uint8Array.from({ length: 0x10000 }, (_, c) => (RAW_FIX_OF[c] !== undefined ? 1 : isLegacySign(c) ? 2 : 0));

/**
 * `text.replace(RAW_FIXES, rawFix)`, without the regex, and the number of signs of legacy bytes
 * it passed over on the way.
 */
function applyRawFixes(text: string): { text: string; legacySigns: number } {
  let out = "", last = 0, legacySigns = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const fix = NEEDS_FIX[c];
    if (fix === 0) continue;
    if (fix === 2) {
      legacySigns++;
      continue;
    }
    out += text.slice(last, i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      out += rawFix("\r\n");
      i++;
    } else out += RAW_FIX_OF[c]!;
    last = i + 1;
  }
  return { text: last === 0 ? text : out + text.slice(last), legacySigns };
}

const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

/**
 * Moves a tone mark from the second vowel of a final "oa/oe/uy" to the first, unless a "q"
 * stands before (checked here: a leading lookbehind would keep the regex from skipping ahead;
 * no match can start at the toned vowel, so leaving this one as it is loses none).
 */
function oldStyleTone(m: string, first: string, second: string, offset: number, text: string): string {
  const before = text.charCodeAt(offset - 1);
  if (before === 113 || before === 81) return m;
  let moved = MOVED_TONES.get(m);
  if (moved === undefined) MOVED_TONES.set(m, (moved = moveTone(first, second)));
  return moved;
}

/** "oà" → "òa" for every pair {@link oldStyleTone} has moved: a few dozen pairs, so the table stays small. */
const MOVED_TONES = new Map<string, string>();

function moveTone(first: string, second: string): string {
  const decomposed = second.normalize("NFD");
  const tone = decomposed.match(TONE_MARKS)?.[0] ?? "";
  const bare = decomposed.replace(TONE_MARKS, "");
  return (first + tone).normalize("NFC") + bare.normalize("NFC");
}

/**
 * Folds spelling variants to one form for matching: the old-style tone placement
 * ("hoà" → "hòa", "Quận uỷ" → "Quận ủy", "quý" unchanged). Input must be NFC; the result
 * has the same length, so an offset into one is an offset into the other.
 *
 * @example foldSpelling("Huyện uỷ Thuỷ Nguyên") // "Huyện ủy Thủy Nguyên"
 */
export function foldSpelling(text: string): string {
  return text.replace(NEW_STYLE_TONE, oldStyleTone);
}

/**
 * Words that broken PDF text layers misspell, always the same way, and that are no Vietnamese
 * words as they come out: a glyph read as its neighbour ("cơng" for "công", "hồn thành" for
 * "hoàn thành", "cịn" for "còn", "HÕA" for "HÒA", "ƯBND" for "UBND"), and a syllable's final
 * "nh" / "ng" split off its vowel ("Thà nh ủy"), in a text that shows one of the others.
 * ("hồn" alone is a word, so only its phrases are.)
 */
const PDF_WORDS = new Map<string, string>();
for (const [broken, word] of [
  ["cơng", "công"], ["cịn", "còn"], ["hồn thành", "hoàn thành"], ["hồn tất", "hoàn tất"], ["hồn thiện", "hoàn thiện"],
  ["hồn chỉnh", "hoàn chỉnh"], ["hồn cảnh", "hoàn cảnh"], ["cộng hõa", "cộng hòa"],
] as const) {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  PDF_WORDS.set(broken, word).set(cap(broken), cap(word)).set(broken.toUpperCase(), word.toUpperCase());
}
PDF_WORDS.set("ƯBND", "UBND");
const PDF_BROKEN = new RegExp(
  `(^|[^\\p{L}\\p{M}])(${[...PDF_WORDS.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{M}])|([aeiouyAEIOUY\\u00c0-\\u00c3\\u00c8-\\u00ca\\u00cc\\u00cd\\u00d2-\\u00d5\\u00d9\\u00da\\u00dd\\u00e0-\\u00e3\\u00e8-\\u00ea\\u00ec\\u00ed\\u00f2-\\u00f5\\u00f9\\u00fa\\u00fd\\u0102\\u0103\\u0128\\u0129\\u0168\\u0169\\u01a0\\u01a1\\u01af\\u01b0\\u1ea0-\\u1ef9]) (nh|ng)(?![\\p{L}\\p{M}])`,
  "gu",
);
/**
 * Whether the text came through a broken text layer at all: one scan for the broken words
 * themselves (as fast as for a few of them), so the repair runs on such texts only.
 */
const PDF_TELL = new RegExp([...PDF_WORDS.keys()].sort((a, b) => b.length - a.length).join("|"), "u");

function repairPdfWords(text: string): string {
  if (!PDF_TELL.test(text)) return text;
  return text.replace(PDF_BROKEN, (m, before: string | undefined, broken: string | undefined, letter: string | undefined, final: string | undefined) =>
    broken !== undefined ? before! + (PDF_WORDS.get(broken) ?? broken) : letter! + final!,
  );
}

/**
 * Normalizes raw article text: HTML entities, NFC, Ð→Đ, spaces, invisible and control
 * characters, dash variants → "-", full-width slash → "/", and whitespace. Lines are
 * trimmed, runs of spaces collapsed and empty lines dropped, so the result is the
 * non-empty lines joined by "\n". Idempotent. Tone placement is kept as written (names and
 * quotes stay as the article spells them); {@link foldSpelling} gives the one-form text
 * that every pattern, dedup key and search index reads, at the same offsets.
 *
 * @example normalizeText("Quận uỷ\u00A0 Đống Đa – 39 \u2013 CT/TW\r\n\r\n") // "Quận uỷ Đống Đa - 39 - CT/TW"
 */
export function normalizeText(raw: string): string {
  let text = raw;
  // Entities, also double-escaped ones from CMS exports ("&amp;nbsp;").
  // (No "&", no entity: one indexOf spares most texts the regex scan.)
  for (let i = 0; i < 3 && text.includes("&") && ENTITY.test(text); i++) text = decodeHTML(text);
  // One pass before NFC: what must not reach it, and one spelling of each space, dash, slash and Đ.
  let fixed = applyRawFixes(text);
  // Lines in the legacy TCVN3 or VNI encodings, read as Latin-1 ("Uû ban nh©n d©n"), in Unicode:
  // converted from the text as it came, where TCVN3's "ư" (a soft hyphen) is still there.
  if (fixed.legacySigns >= 3) {
    const converted = fixLegacyText(text);
    if (converted !== text) fixed = applyRawFixes(converted);
  }
  text = repairPdfWords(fixed.text.normalize("NFC"));
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const clean = (line.includes("  ") ? line.replace(/ {2,}/g, " ") : line).trim();
    if (clean) lines.push(clean);
  }
  return lines.join("\n");
}
