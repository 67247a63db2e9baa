import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { extract } from "../../extractors/index.ts";
import { convertTcvn3, convertVni, detectLegacyVietnamese, fixLegacyText, fixLegacyVietnamese } from "../../extractors/legacy-vietnamese.ts";

const SAMPLES = path.join(import.meta.dirname, "../../samples/articles");

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

describe("legacy encodings in extract()", () => {
  const article = [
    "Quận ủy Tân Hòa học tập Nghị quyết số 15-NQ/TW",
    "Sáng 5/12, Ban Thường vụ Quận ủy Tân Hòa tổ chức hội nghị quán triệt Nghị quyết số 15-NQ/TW ngày 28/7/2022 của Bộ Chính trị.",
    "Đồng chí Nguyễn Văn Hải, Bí thư Quận ủy chủ trì hội nghị; đồng chí Trần Thị Mai - Phó Bí thư Thường trực Quận ủy báo cáo.",
    "Các chi bộ hoàn thành việc học tập trước ngày 30/12/2024.",
  ].join("\n");

  it("reads an article in TCVN3 (read as windows-1252) as its Unicode original", () => {
    const legacy = asTcvn3(article);
    expect(legacy).not.toBe(article);
    expect(extract(legacy, { published: "2024-12-05" })).toEqual(extract(article, { published: "2024-12-05" }));
  });

  it("converts the TCVN3 lines under a Unicode headline", () => {
    const [headline, ...body] = article.split("\n");
    const mixed = [headline, ...body.map(asTcvn3)].join("\n");
    expect(extract(mixed, { published: "2024-12-05" })).toEqual(extract(article, { published: "2024-12-05" }));
  });

  it("takes a stray symbol or two for what they are, not for legacy text", () => {
    for (const text of ["Ð", "Ð–Ð", "ÐOÀN THANH NIÊN", "Ðảng bộ", "© Copyright 2024", "Giá: 25¢ – 30¢"]) expect(fixLegacyText(text), text).toBe(text);
  });

  it("leaves Unicode text alone, curly quotes, dashes, « » and © included", () => {
    const unicode = `${article}\n“Nghị quyết” – «văn kiện» quan trọng. © 2024 Báo Tân Hòa · 25°C`;
    expect(fixLegacyText(unicode)).toBe(unicode);
    for (const file of fs.readdirSync(SAMPLES).filter((f) => f.endsWith(".txt"))) {
      const text = fs.readFileSync(path.join(SAMPLES, file), "utf8");
      expect(fixLegacyText(text), file).toBe(text);
    }
  });
});
