/**
 * Text normalization (vietnamese-documents §7): `normalizeText` unifies what the page wrote
 * (entities, NFC, Ð, spaces, invisibles, dashes, line ends) and keeps tone placement as
 * written; `foldSpelling` folds the new-style tone placement to the old one for matching,
 * at the same length.
 */
import { describe, expect, it } from "vitest";
import { foldSpelling, normalizeText } from "../../extractors/normalize.ts";

const nfd = (s: string) => s.normalize("NFD");

/** [raw, normalized] */
const NORMALIZE: Array<[raw: string, normalized: string]> = [
  // NFC
  [nfd("Chỉ thị số 39"), "Chỉ thị số 39"],
  [nfd("Ban Thường vụ Quận ủy Đống Đa"), "Ban Thường vụ Quận ủy Đống Đa"],
  ["Chi\u0309 thi\u0323", "Chỉ thị"],
  [nfd("Tỉnh uỷ") + " và " + "Tỉnh ủy", "Tỉnh uỷ và Tỉnh ủy"],
  // Ð (U+00D0) and ð
  ["\u00D0ảng bộ", "Đảng bộ"],
  ["\u00D0ẢNG BỘ", "ĐẢNG BỘ"],
  ["\u00F0ảng viên", "đảng viên"],
  [nfd("\u00D0ại hội \u00F0ại biểu"), "Đại hội đại biểu"],
  ["Quyết định số 1234/Q\u00D0-UBND", "Quyết định số 1234/QĐ-UBND"],
  // spaces
  ["Quận\u00A0ủy", "Quận ủy"],
  ["Quận\u00A0\u00A0 ủy", "Quận ủy"],
  ["39\u202F-\u202FCT/TW", "39 - CT/TW"],
  ["Ban\u2009Bí\u2002thư", "Ban Bí thư"],
  ["Đảng\tbộ", "Đảng bộ"],
  ["\u3000Hội nghị\u3000", "Hội nghị"],
  // invisible characters
  ["Đảng\u200B bộ", "Đảng bộ"],
  ["Chỉ\u200Bthị", "Chỉthị"],
  ["\uFEFFChiều 13/11, Quận ủy họp.", "Chiều 13/11, Quận ủy họp."],
  ["Hướng\u00AD dẫn", "Hướng dẫn"],
  ["Thành\u00AD ủy", "Thành ủy"],
  ["Bí\u200D thư\u2060", "Bí thư"],
  ["Quận\u200E ủy\u200F", "Quận ủy"],
  // dashes and the full-width slash
  ["2020 \u2010 2025", "2020 - 2025"],
  ["39\u2011CT/TW", "39-CT/TW"],
  ["39 \u2012 CT/TW", "39 - CT/TW"],
  ["2020 \u2013 2025", "2020 - 2025"],
  ["Trần Văn An \u2014 Bí thư", "Trần Văn An - Bí thư"],
  ["39\u2212CT/TW", "39-CT/TW"],
  ["39 \u2015 CT/TW", "39 - CT/TW"],
  ["39-CT\uFF0FTW", "39-CT/TW"],
  ["39\uFF0DCT/TW", "39-CT/TW"],
  // HTML entities
  ["Quận&nbsp;ủy", "Quận ủy"],
  ["Quận&nbsp;&nbsp;ủy", "Quận ủy"],
  ["20-QĐ&#x002F;TW", "20-QĐ/TW"],
  ["20-QĐ&#47;TW", "20-QĐ/TW"],
  ["Th&ocirc;ng b&aacute;o", "Thông báo"],
  ["TH&Ocirc;NG B&Aacute;O", "THÔNG BÁO"],
  ["&#272;ảng bộ", "Đảng bộ"],
  ["&#x110;ảng bộ", "Đảng bộ"],
  ["&quot;Tăng cường&quot;", "\"Tăng cường\""],
  ["&ldquo;Tăng cường&rdquo;", "“Tăng cường”"],
  ["2231/SNV-CCHC&amp;PC", "2231/SNV-CCHC&PC"],
  ["2020 &ndash; 2025", "2020 - 2025"],
  ["Chỉ thị&nbsp;số&nbsp;39&nbsp;&#8211;&nbsp;CT/TW", "Chỉ thị số 39 - CT/TW"],
  // line ends and empty lines
  ["Dòng một\r\nDòng hai", "Dòng một\nDòng hai"],
  ["Dòng một\rDòng hai", "Dòng một\nDòng hai"],
  ["Dòng một\r\n\r\n\r\nDòng hai\r\n", "Dòng một\nDòng hai"],
  ["  Dòng một  \n \u00A0 \nDòng hai  ", "Dòng một\nDòng hai"],
  ["Dòng một\u2028Dòng hai", "Dòng một\nDòng hai"],
  // controls
  ["Đảng\u0007bộ", "Đảng bộ"],
  // tone placement is kept as written
  ["Quận uỷ Thuỷ Nguyên", "Quận uỷ Thuỷ Nguyên"],
  ["hoà bình, khoá XII", "hoà bình, khoá XII"],
  // broken PDF text layers (§7): a glyph read as its neighbour, a final split off its syllable
  ["Hội nghị đã hồn thành chương trình cơng tác.", "Hội nghị đã hoàn thành chương trình công tác."],
  ["Các đơn vị cịn lại HỒN THÀNH trước ngày 20/12.", "Các đơn vị còn lại HOÀN THÀNH trước ngày 20/12."],
  ["CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["Cịn lại các đơn vị hồn tất trong tháng 12.", "Còn lại các đơn vị hoàn tất trong tháng 12."],
  ["Cơng văn số 12/ƯBND-VP của ƯBND huyện", "Công văn số 12/UBND-VP của UBND huyện"],
  ["Thà nh ủy viên, Trườ ng Ban cơng tác", "Thành ủy viên, Trường Ban công tác"],
  // unchanged: real words
  ["tâm hồn, linh hồn, hồn thơ", "tâm hồn, linh hồn, hồn thơ"],
  ["cộng đồng, Cộng sản", "cộng đồng, Cộng sản"],
  ["Ánh ng ở", "Ánh ng ở"],
  ["cơngtrình", "cơngtrình"],
];

/** [NFC input, folded] */
const FOLD: Array<[input: string, folded: string]> = [
  ["hoà", "hòa"],
  ["hoá", "hóa"],
  ["hoả", "hỏa"],
  ["hoạ", "họa"],
  ["hoã", "hõa"],
  ["Hoà Bình", "Hòa Bình"],
  ["HOÀ BÌNH", "HÒA BÌNH"],
  ["khoá XII", "khóa XII"],
  ["KHOÁ XII", "KHÓA XII"],
  ["thoả thuận", "thỏa thuận"],
  ["toà án", "tòa án"],
  ["xoá đói", "xóa đói"],
  ["khoẻ mạnh", "khỏe mạnh"],
  ["sức khoẻ.", "sức khỏe."],
  ["loè loẹt", "lòe loẹt"],
  ["Quận uỷ", "Quận ủy"],
  ["Tỉnh Uỷ", "Tỉnh Ủy"],
  ["TỈNH UỶ", "TỈNH ỦY"],
  ["Uỷ ban", "Ủy ban"],
  ["thuỷ lợi", "thủy lợi"],
  ["Thuỷ Nguyên", "Thủy Nguyên"],
  ["huỷ bỏ", "hủy bỏ"],
  ["tuỳ theo", "tùy theo"],
  ["Thuý", "Thúy"],
  ["Thuỵ Khê", "Thụy Khê"],
  ["Huyện uỷ, Thành uỷ; Đảng uỷ", "Huyện ủy, Thành ủy; Đảng ủy"],
  ["(khoá IX) và (khóa X)", "(khóa IX) và (khóa X)"],
  // unchanged: "q" makes the "u" part of the consonant; a tone before a final consonant
  ["quý", "quý"],
  ["Quý IV", "Quý IV"],
  ["QUÝ", "QUÝ"],
  ["quỹ đầu tư", "quỹ đầu tư"],
  ["quà tặng", "quà tặng"],
  ["Huỳnh Phong", "Huỳnh Phong"],
  ["Quỳnh", "Quỳnh"],
  ["Hoàng", "Hoàng"],
  ["toàn thể", "toàn thể"],
  ["khoảng", "khoảng"],
  ["thuế", "thuế"],
  ["Huế", "Huế"],
  ["hòa, khóa, thủy, ủy", "hòa, khóa, thủy, ủy"],
  ["", ""],
  ["Chỉ thị số 39-CT/TW", "Chỉ thị số 39-CT/TW"],
];

describe("normalizeText", () => {
  it.each(NORMALIZE)("%j → %j", (raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });

  it.each(NORMALIZE)("is idempotent on %j", (raw) => {
    const once = normalizeText(raw);
    expect(normalizeText(once)).toBe(once);
  });

  it.each([
    ["a double-escaped entity (CMS export)", "Quận&amp;nbsp;ủy"],
    ["a ligature of NFD and Ð", nfd("\u00D0ảng uỷ")],
  ])("is idempotent on %s", (_label, raw) => {
    const once = normalizeText(raw);
    expect(normalizeText(once)).toBe(once);
  });

  it("leaves no NBSP, narrow NBSP, invisible character or dash variant", () => {
    const raw = NORMALIZE.map(([r]) => r).join("\n");
    expect(normalizeText(raw)).not.toMatch(/[\u00A0\u202F\u200B-\u200D\u2060\uFEFF\u00AD\u2010-\u2015\u2212\r\u00D0\u00F0]/u);
  });
});

describe("foldSpelling", () => {
  it.each(FOLD)("%j → %j", (input, folded) => {
    expect(foldSpelling(input)).toBe(folded);
  });

  it.each(FOLD)("keeps the length of %j", (input) => {
    expect(foldSpelling(input)).toHaveLength(input.length);
  });

  it.each([
    ["an emoji beside a fold", "Tỉnh uỷ 👍 hoà"],
    ["a long article line", "Ban Thường vụ Huyện uỷ Thuỷ Nguyên khoá XX ".repeat(40)],
  ])("keeps the length and the offsets of %s", (_label, input) => {
    const folded = foldSpelling(input);
    expect(folded).toHaveLength(input.length);
    for (const word of ["ủy", "Thủy", "khóa", "hòa"]) {
      for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
        expect(foldSpelling(input.slice(i, i + word.length))).toBe(word);
      }
    }
  });

  it("is idempotent", () => {
    for (const [input] of FOLD) expect(foldSpelling(foldSpelling(input))).toBe(foldSpelling(input));
  });

  it("folds normalized text so that both spellings match one pattern", () => {
    const text = foldSpelling(normalizeText(`Quận ủy và Quận uỷ; ${nfd("Quận uỷ")}`));
    expect(text.match(/Quận ủy/gu)).toHaveLength(3);
  });
});
