/**
 * Keys that match the same name however it was typed: NFC, `Ð` → `Đ`, lower case, one
 * tone-mark placement (hoà/hòa, thuỷ/thủy, uỷ/ủy fold together), single spaces. Keys are for
 * matching only; what is shown stays as written.
 */

const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
// Old and new placement differ only in open syllables oa, oe, uy: put the mark on the first vowel.
const NEW_STYLE = new RegExp(`([oOuU])([aAeEyY])(${TONE})(?![\\p{L}\\p{M}])`, "gu");

/**
 * The matching key of a name or body.
 *
 * @example foldKey("Quận uỷ  Long Biên") === foldKey("quận ủy Long Biên") // true
 */
export function foldKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(NEW_STYLE, "$1$3$2")
    .normalize("NFC")
    .replace(/Ð/gu, "Đ")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Text without diacritics, `đ` as `d`, lower case: what "dong da" matches for "Đống Đa".
 *
 * @example unaccentKey("Đống Đa") // "dong da"
 */
export function unaccentKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐÐð]/gu, "d")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}
