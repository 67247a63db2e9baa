/**
 * The legacy Vietnamese font encodings TCVN3 (ABC, fonts `.VnTime`…) and VNI (fonts
 * `VNI-Times`…) that old government pages still carry. Their bytes reach us read as Latin-1 /
 * windows-1252 ("Uû ban nh©n d©n", "Ñaûng uûy"); `fixLegacyVietnamese` detects that and
 * converts to Unicode. TCVN3 goes through iconv-lite's `tcvn` table; VNI (a base letter
 * followed by a mark character) has no decoder library, so its table is here.
 */
import iconv from "iconv-lite";

/** Which legacy encoding a text was found to carry. */
export type LegacyEncoding = "tcvn3" | "vni";

/** Maps each Latin-1 and windows-1252 character back to its byte, then through the TCVN3 table. */
const TCVN3_FROM_LATIN = ((): Map<string, string> => {
  const windows1252 = new TextDecoder("windows-1252");
  const map = new Map<string, string>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const target = iconv.decode(Buffer.from([byte]), "tcvn");
    map.set(String.fromCharCode(byte), target);
    map.set(windows1252.decode(Uint8Array.of(byte)), target);
  }
  return map;
})();

/** VNI: a tone or vowel mark character follows the base letter. Lower-case table; upper case is derived. */
const VNI_PAIRS: Record<string, string> = {
  aù: "á", aø: "à", aû: "ả", aõ: "ã", aï: "ạ",
  aê: "ă", aé: "ắ", aè: "ằ", aú: "ẳ", aü: "ẵ", aë: "ặ",
  aâ: "â", aá: "ấ", aà: "ầ", aå: "ẩ", aã: "ẫ", aä: "ậ",
  eù: "é", eø: "è", eû: "ẻ", eõ: "ẽ", eï: "ẹ",
  eâ: "ê", eá: "ế", eà: "ề", eå: "ể", eã: "ễ", eä: "ệ",
  où: "ó", oø: "ò", oû: "ỏ", oõ: "õ", oï: "ọ",
  oâ: "ô", oá: "ố", oà: "ồ", oå: "ổ", oã: "ỗ", oä: "ộ",
  ôù: "ớ", ôø: "ờ", ôû: "ở", ôõ: "ỡ", ôï: "ợ",
  uù: "ú", uø: "ù", uû: "ủ", uõ: "ũ", uï: "ụ",
  öù: "ứ", öø: "ừ", öû: "ử", öõ: "ữ", öï: "ự",
  yù: "ý", yø: "ỳ", yû: "ỷ", yõ: "ỹ",
};
const VNI_SINGLES: Record<string, string> = {
  ñ: "đ", ô: "ơ", ö: "ư", í: "í", ì: "ì", æ: "ỉ", ó: "ĩ", ò: "ị", î: "ỵ",
};

const VNI_TABLE = ((): Map<string, string> => {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(VNI_PAIRS)) {
    const [base = "", mark = ""] = [...from];
    const upperTo = to.toUpperCase();
    map.set(from, to);
    map.set(base.toUpperCase() + mark.toUpperCase(), upperTo);
    map.set(base.toUpperCase() + mark, upperTo);
    map.set(base + mark.toUpperCase(), to);
  }
  for (const [from, to] of Object.entries(VNI_SINGLES)) {
    map.set(from, to);
    map.set(from.toUpperCase(), to.toUpperCase());
  }
  return map;
})();
const VNI_PATTERN = new RegExp(
  [...VNI_TABLE.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  "g",
);

/** Characters from Latin-1 / windows-1252 that Vietnamese Unicode text does not use as letters. */
const FOREIGN = /[\u0080-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/g;
const FOREIGN_TEST = new RegExp(FOREIGN.source);
/**
 * Latin-1 symbols and letters that Vietnamese Unicode text hardly uses, while legacy bytes read
 * as Latin-1 show them in almost every word ("nh©n", "®Þnh", "Ñaûng"): FOREIGN without the
 * no-break space, « » ° ·, the dashes and quotes of ordinary text, and Ð / ð (which some
 * sites type for Đ / đ).
 */
const LEGACY_SIGN = /[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00af\u00b1-\u00b6\u00b8-\u00ba\u00bc-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;
const LEGACY_SIGNS = new RegExp(LEGACY_SIGN.source, "g");
/** True for a UTF-16 unit that is a sign of legacy bytes (see LEGACY_SIGN): for scans over char codes. */
export const isLegacySign = (unit: number): boolean => unit >= 0x80 && unit <= 0xff && LEGACY_SIGN.test(String.fromCharCode(unit));
/** Letters only Vietnamese Unicode text has (outside Latin-1). */
const VIETNAMESE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** The share of words in `text` that are well-formed Vietnamese syllables (0–1), and the word count. */
export function vietnameseSyllableShare(text: string): { share: number; words: number } {
  let words = 0;
  let valid = 0;
  for (const m of text.matchAll(/[^\s\d.,;:!?()"'“”‘’\-–—/\\[\]{}<>|*+=&%#@]+/g)) {
    const word = m[0].toLowerCase();
    words++;
    const decomposed = word.normalize("NFD");
    const tones = decomposed.match(TONES)?.length ?? 0;
    if (tones > 1) continue;
    const base = decomposed.replace(TONES, "").normalize("NFC");
    if (SYLLABLE.test(base)) valid++;
  }
  return { share: words === 0 ? 0 : valid / words, words };
}

/** Converts text carrying TCVN3 bytes (read as Latin-1 or windows-1252) to Unicode. */
export function convertTcvn3(text: string): string {
  let out = "";
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch : (TCVN3_FROM_LATIN.get(ch) ?? ch);
  return out.normalize("NFC");
}

/** Converts text carrying VNI bytes (read as Latin-1 or windows-1252) to Unicode. */
export function convertVni(text: string): string {
  return text.normalize("NFC").replace(VNI_PATTERN, (m) => VNI_TABLE.get(m) ?? m);
}

/**
 * Which legacy encoding `text` carries, or null for ordinary Unicode: only text with stray
 * Latin-1 symbols and no Vietnamese-only letters is considered, and a conversion is chosen
 * only when it turns clearly more words into real Vietnamese syllables.
 * @example detectLegacyVietnamese("Uû ban nh©n d©n quËn") // "tcvn3"
 */
export function detectLegacyVietnamese(text: string): LegacyEncoding | null {
  // A soft hyphen is "ư" in TCVN3 but invisible anywhere else: alone it is no evidence.
  if (text.includes("\u00ad")) text = text.replaceAll("\u00ad", "");
  if (!FOREIGN_TEST.test(text)) return null;
  const foreign = text.match(FOREIGN)?.length ?? 0;
  // Letters outside Latin-1 cannot come from legacy bytes read as Latin-1: this is Unicode text.
  if (VIETNAMESE_ONLY.test(text)) return null;
  if (foreign < 2 && text.length > 12) return null;
  const original = vietnameseSyllableShare(text).share;
  let best: LegacyEncoding | null = null;
  let bestShare = original + 0.15;
  for (const [encoding, convert] of [
    ["tcvn3", convertTcvn3],
    ["vni", convertVni],
  ] as const) {
    const share = vietnameseSyllableShare(convert(text)).share;
    if (share > bestShare) {
      best = encoding;
      bestShare = share;
    }
  }
  return best !== null && bestShare >= 0.5 ? best : null;
}

/**
 * `text` in Unicode: converted from TCVN3 or VNI when it carries one, else unchanged. `hint`
 * is the encoding found elsewhere on the page: short lines ("HuyÒn Trang") carry too little
 * evidence alone, so with a hint any line without Unicode-only letters is converted unless
 * that makes it less Vietnamese.
 * @example fixLegacyVietnamese("Ñaûng uûy phöôøng") // "Đảng ủy phường"
 */
export function fixLegacyVietnamese(text: string, hint: LegacyEncoding | null = null): { text: string; encoding: LegacyEncoding | null } {
  let encoding = detectLegacyVietnamese(text);
  if (!encoding && hint && /[\u0080-\uffff]/.test(text) && !VIETNAMESE_ONLY.test(text)) {
    const converted = hint === "tcvn3" ? convertTcvn3(text) : convertVni(text);
    if (vietnameseSyllableShare(converted).share >= vietnameseSyllableShare(text).share) return { text: converted, encoding: hint };
  }
  if (encoding === "tcvn3") return { text: convertTcvn3(text), encoding };
  if (encoding === "vni") return { text: convertVni(text), encoding };
  return { text, encoding: null };
}

/**
 * `text` with every line that carries TCVN3 or VNI bytes converted to Unicode; text without a
 * sign of them is returned as it is. The lines without Unicode-only letters, read together,
 * tell whether the text carries one, and which: short lines carry too little to show alone
 * ("HuyÒn Trang").
 * Runs before invisible characters are dropped: in TCVN3 the soft hyphen is "ư".
 * @example fixLegacyText("Uû ban nh©n d©n quËn\nSè 15-NQ/TW") // "Uỷ ban nhân dân quận\nSố 15-NQ/TW"
 */
export function fixLegacyText(text: string): string {
  if ((text.match(LEGACY_SIGNS)?.length ?? 0) < 3) return text;
  // Zero-width characters neither make nor break the evidence.
  const lines = text.split("\n").map((line) => line.replace(ZERO_WIDTH, ""));
  // The evidence: the lines without Unicode-only letters. A stray symbol or two ("Ð" for "Đ",
  // "©") is no legacy text; a few of them in words that convert into Vietnamese is.
  const evidence = lines.filter((line) => !VIETNAMESE_ONLY.test(line)).join("\n").replaceAll("\u00ad", "");
  if ((evidence.match(LEGACY_SIGNS)?.length ?? 0) < 3 || (evidence.match(/\S+/gu)?.length ?? 0) < 3) return text;
  const hint = detectLegacyVietnamese(evidence);
  if (hint === null) return text;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const fixed = fixLegacyVietnamese(lines[i]!, hint);
    if (fixed.encoding === null) continue;
    lines[i] = fixed.text;
    changed = true;
  }
  return changed ? lines.join("\n") : text;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
