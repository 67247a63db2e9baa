/** Matching keys: names, bodies and document rows fold spelling variants together. */
import { describe, expect, it } from "vitest";
import type { Directive } from "../../extractors/types.ts";
import { directiveKey } from "../../storage/directive-key.ts";
import { foldKey, unaccentKey } from "../../storage/fold-key.ts";
import { partyTerm } from "../../storage/party-term.ts";

const doc = (over: Partial<Directive>): Directive => ({
  id: null, type: null, code: null, number: null, issuer: null, issuedBy: null, date: null, title: null, mentions: [], ...over,
});

describe("foldKey", () => {
  it.each([
    ["Quận uỷ Long Khê", "quận ủy long khê"],
    ["Quận ủy  Long Khê ", "quận ủy long khê"],
    ["Hoà Bình", "hòa bình"],
    ["thuỷ", "thủy"],
    ["Ðảng ủy", "đảng ủy"],
    ["Hoàng", "hoàng"],
  ])("%j → %j", (text, key) => {
    expect(foldKey(text)).toBe(foldKey(key));
    expect(foldKey(text)).toBe(foldKey(text.normalize("NFD")));
  });

  it("keeps different names apart", () => {
    expect(foldKey("Đồng Quang")).not.toBe(foldKey("Đông Quang"));
  });
});

describe("unaccentKey", () => {
  it.each([
    ["Đống Đa", "dong da"],
    ["Chỉ thị", "chi thi"],
    ["ĐẢNG ỦY", "dang uy"],
  ])("%j → %j", (text, key) => expect(unaccentKey(text)).toBe(key));
});

describe("partyTerm", () => {
  it.each([
    ["2014-10-29", "XI"],
    ["2016-01-27", "XI"],
    ["2016-05-15", "XII"],
    ["2019-05-30", "XII"],
    ["2021-12-01", "XIII"],
    ["1990-01-01", null],
    [null, null],
  ])("%j → %j", (date, term) => expect(partyTerm(date)).toBe(term));
});

describe("directiveKey", () => {
  it("files a central document by id and term", () => {
    const a = directiveKey("5-CT/TW", doc({ issuer: "TW", issuedBy: "Bộ Chính trị", date: "2016-05-15" }), null);
    const b = directiveKey("5-CT/TW", doc({ issuer: "TW", issuedBy: "Ban Bí thư", date: "2016-05-15" }), "Quận ủy Tây Khê");
    expect(a).toMatchObject({ bodyKey: "tw", period: "XII", term: "XII" });
    expect([b.bodyKey, b.period]).toEqual([a.bodyKey, a.period]);
    const older = directiveKey("5-CT/TW", doc({ issuer: "TW", date: "2001-09-01" }), null);
    expect(older.period).toBe("IX");
  });

  it("tells local documents of different committees apart", () => {
    const a = directiveKey("108-KH/QU", doc({ issuer: "QU", issuedBy: "Quận ủy Tây Khê" }), null);
    const b = directiveKey("108-KH/QU", doc({ issuer: "QU", issuedBy: "Quận uỷ Bắc Lâm" }), null);
    const c = directiveKey("108-KH/QU", doc({ issuer: "QU", issuedBy: "Ban Thường vụ Quận uỷ Tây Khê" }), null);
    expect(a.bodyKey).not.toBe(b.bodyKey);
    expect(c.bodyKey).toBe(a.bodyKey);
  });

  it("takes the site's committee for a bare or missing body", () => {
    const bare = directiveKey("126-KH/QU", doc({ issuer: "QU", issuedBy: "Ban Thường vụ Quận ủy" }), "Quận ủy Tây Khê");
    const none = directiveKey("126-KH/QU", doc({ issuer: "QU" }), "Quận ủy Tây Khê");
    expect(bare.issuedBy).toBe("Quận ủy Tây Khê");
    expect(none.bodyKey).toBe(bare.bodyKey);
    expect(directiveKey("126-KH/QU", doc({ issuer: "QU" }), null).bodyKey).toBe("");
  });

  it("separates a local number's issue dates", () => {
    const a = directiveKey("9-HD/TU", doc({ issuer: "TU", issuedBy: "Thành ủy Nam Lâm", date: "2014-10-31" }), null);
    const b = directiveKey("9-HD/TU", doc({ issuer: "TU", issuedBy: "Thành ủy Nam Lâm", date: "2019-03-02" }), null);
    expect(a.period).not.toBe(b.period);
  });

  it("files national state documents by id and year", () => {
    const a = directiveKey("15/2020/NĐ-CP", doc({ issuer: "CP" }), "Quận ủy Tây Khê");
    expect(a).toMatchObject({ bodyKey: "cp", period: "2020" });
    const local = directiveKey("2317/QĐ-UBND", doc({ issuer: "UBND", issuedBy: "UBND tỉnh Minh Sơn" }), null);
    expect(local.bodyKey).toBe(foldKey("UBND tỉnh Minh Sơn"));
  });
});
