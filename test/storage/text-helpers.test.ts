/** Sentences, periods, hashes and query text: the small pure pieces of the loader and queries. */
import { describe, expect, it } from "vitest";
import { contentHash } from "../../storage/content-hash.ts";
import { dayBound } from "../../storage/day-bound.ts";
import { paragraphHash } from "../../storage/paragraph-hash.ts";
import { periodRange } from "../../storage/period-range.ts";
import { cleanQueryText, MAX_QUERY_CHARS } from "../../storage/query-text.ts";
import { MAX_SENTENCE_CHARS, sentenceAt } from "../../storage/sentence-at.ts";
import type { ArticleRecord } from "../../extractors/types.ts";

describe("sentenceAt", () => {
  const text = "Mở đầu hội nghị. Quán triệt Chỉ thị 39 của T.Ư Đảng; tiếp theo.\nDòng sau có Kế hoạch 25.";
  const at = (needle: string): string => {
    const i = text.indexOf(needle);
    return sentenceAt(text, i, i + needle.length);
  };
  it.each([
    ["Chỉ thị 39", "Quán triệt Chỉ thị 39 của T.Ư Đảng;"],
    ["Mở đầu", "Mở đầu hội nghị."],
    ["Kế hoạch 25", "Dòng sau có Kế hoạch 25."],
    ["tiếp theo", "tiếp theo."],
  ])("%j stands in %j", (needle, sentence) => expect(at(needle)).toBe(sentence));

  it("cuts a very long sentence around the span", () => {
    const long = "a ".repeat(1000) + "Chỉ thị 39 " + "b ".repeat(1000);
    const i = long.indexOf("Chỉ thị 39");
    const s = sentenceAt(long, i, i + 10);
    expect(s).toContain("Chỉ thị 39");
    expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 2);
    expect(s.startsWith("…") && s.endsWith("…")).toBe(true);
  });

  it("survives offsets outside the text", () => {
    expect(sentenceAt("Ngắn.", 50, 80)).toBe("Ngắn.");
  });
});

describe("periodRange and dayBound", () => {
  it.each([
    ["2014-11-20", "2014-11-20", "2014-11-20"],
    ["2014-12", "2014-12-01", "2014-12-31"],
    ["2016-02", "2016-02-01", "2016-02-29"],
    ["2017-Q3", "2017-07-01", "2017-09-30"],
    ["2012-Q4", "2012-10-01", "2012-12-31"],
  ])("%j covers %s … %s", (value, from, to) => expect(periodRange(value)).toEqual({ from, to }));

  it.each(["2014", "2014-13", "2014-02-30", "2014-Q5", "ngày 20/11", ""])("%j is no period", (value) => {
    expect(periodRange(value)).toBeNull();
  });

  it("names the option it rejects", () => {
    expect(() => dayBound("20/11/2014", "start", "--due-after")).toThrow(/--due-after.*20\/11\/2014/);
    expect(dayBound("2014-Q4", "end", "--to")).toBe("2014-12-31");
    expect(dayBound(undefined, "start", "--from")).toBeNull();
  });
});

describe("hashes", () => {
  const record: ArticleRecord = {
    title: "Tiêu đề", published: "2014-11-14", eventDate: null, authors: [], paragraphs: ["Một đoạn."],
    directives: [], officials: [], dates: [], deadlines: [], text: "Một đoạn.",
  };
  it("contentHash ignores key order and URL, not content", () => {
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as unknown as ArticleRecord;
    expect(contentHash(reordered)).toBe(contentHash(record));
    expect(contentHash({ ...record, url: "http://elsewhere" })).toBe(contentHash(record));
    expect(contentHash({ ...record, title: "Khác" })).not.toBe(contentHash(record));
  });
  it("paragraphHash folds white space, case, punctuation and NFC", () => {
    expect(paragraphHash(" Lượt  xem: ")).toBe(paragraphHash("lượt xem"));
    expect(paragraphHash("Lượt xem".normalize("NFD"))).toBe(paragraphHash("Lượt xem"));
    expect(paragraphHash("Lượt xem 2")).not.toBe(paragraphHash("Lượt xem"));
  });
});

describe("cleanQueryText", () => {
  it.each([
    ["  chỉ\u0000 thị\n39 ", "chỉ thị 39"],
    ["\uD800chi thi", "chi thi"],
    ["Chỉ thị".normalize("NFD"), "Chỉ thị"],
  ])("%j → %j", (input, out) => expect(cleanQueryText(input)).toBe(out));

  it("cuts long text at a word, never inside a surrogate pair", () => {
    const long = "chỉ thị 😀 ".repeat(2000);
    const out = cleanQueryText(long);
    expect(out.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(out.isWellFormed()).toBe(true);
    expect(out.startsWith("chỉ thị 😀 chỉ thị")).toBe(true);
  });
});
