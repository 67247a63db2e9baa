import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { convertTcvn3, convertVni, detectLegacyVietnamese, fixLegacyVietnamese } from "../../crawlers/legacy-vietnamese.ts";

/** What a TCVN3 page's text looks like once read as windows-1252. */
const asTcvn3 = (text: string) => new TextDecoder("windows-1252").decode(iconv.encode(text, "tcvn"));

describe("TCVN3 (ABC)", () => {
  it.each([
    ["Uû ban nh©n d©n", "Uỷ ban nhân dân"],
    ["QuyÕt ®Þnh N§-CP", "Quyết định NĐ-CP"],
    ["Ban Th­êng vô QuËn ñy", "Ban Thường vụ Quận ủy"],
  ])("%s → %s", (legacy, unicode) => {
    expect(convertTcvn3(legacy)).toBe(unicode);
    expect(fixLegacyVietnamese(legacy)).toEqual({ text: unicode, encoding: "tcvn3" });
  });

  it("round-trips whole sentences encoded with iconv-lite's TCVN3 table", () => {
    const sentence = "Đồng chí Trịnh Văn Quế - Bí thư Quận ủy yêu cầu hoàn thành trước ngày 30/9/2023.";
    expect(detectLegacyVietnamese(asTcvn3(sentence))).toBe("tcvn3");
    expect(fixLegacyVietnamese(asTcvn3(sentence)).text).toBe(sentence);
  });

  it("converts a short line when the page's encoding is known", () => {
    expect(fixLegacyVietnamese("HuyÒn Trang").encoding).toBeNull();
    expect(fixLegacyVietnamese("HuyÒn Trang", "tcvn3").text).toBe("Huyền Trang");
  });
});

describe("VNI", () => {
  it.each([
    ["Ñaûng uûy phöôøng", "Đảng ủy phường"],
    ["Ban Thöôøng vuï Quaän uûy ñaõ toå chöùc hoäi nghò", "Ban Thường vụ Quận ủy đã tổ chức hội nghị"],
    ["ÑAÛNG UÛY", "ĐẢNG ỦY"],
  ])("%s → %s", (legacy, unicode) => {
    expect(convertVni(legacy)).toBe(unicode);
    expect(fixLegacyVietnamese(legacy)).toEqual({ text: unicode, encoding: "vni" });
  });
});

describe("no false alarms on Unicode text", () => {
  it.each([
    "Đảng ủy phường Ngọc Hà tổ chức hội nghị",
    "Giá trị © 2024 «Hà Nội»",
    "Chỉ thị số 39 “Tăng cường” – năm 2014",
    "plain ASCII text, nothing to convert",
    "Café Ñoño (Spanish, not Vietnamese)",
  ])("%s stays as it is", (text) => {
    expect(fixLegacyVietnamese(text)).toEqual({ text, encoding: null });
  });

  const letters = [..."aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"];
  const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 7 }).map((a) => a.join(""));
  const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((w) => w.join(" "));

  it("never converts text that has letters only Unicode Vietnamese has", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        if (!/[ăđơưĩũạ-ỹ]/u.test(text)) return;
        expect(fixLegacyVietnamese(text).encoding).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
