import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { charsetFromContentType, charsetFromMarkup, decodeBody } from "../../crawlers/charset.ts";
import { encodeWindows1258 } from "../../portal/windows-1258.ts";

const TEXT = "Ban Thường vụ Quận ủy Bắc Lâm quán triệt Chỉ thị số 39-CT/TW";
const html = (head: string) => `<html><head>${head}<title>x</title></head><body><p>${TEXT}</p></body></html>`;

describe("charset labels", () => {
  it.each([
    ["text/html; charset=UTF-8", "utf-8"],
    ['text/html; charset="windows-1258"', "windows-1258"],
    ["text/html", null],
    [undefined, null],
  ])("Content-Type %s → %s", (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });

  it.each([
    ['<meta charset="windows-1258">', "windows-1258"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "utf-8"],
    ['<?xml version="1.0" encoding="ISO-8859-1"?>', "iso-8859-1"],
    ["<title>none</title>", null],
  ])("markup %s → %s", (head, expected) => {
    const doc = head.startsWith("<?xml") ? `${head}<rss/>` : html(head);
    expect(charsetFromMarkup(Buffer.from(doc, "latin1"))).toBe(expected);
  });
});

describe("decodeBody", () => {
  it("decodes windows-1258 (combining tone marks) to NFC text through iconv-lite", () => {
    const bytes = encodeWindows1258(html('<meta charset="windows-1258">'));
    const decoded = decodeBody(bytes, "text/html; charset=windows-1258");
    expect(decoded.charset).toBe("windows-1258");
    expect(decoded.text).toContain(TEXT);
    expect(decoded.text).toBe(decoded.text.normalize("NFC"));
  });

  it("uses the meta charset when the header has none", () => {
    const decoded = decodeBody(encodeWindows1258(html('<meta charset="windows-1258">')), "text/html");
    expect(decoded).toMatchObject({ charset: "windows-1258", source: "meta" });
    expect(decoded.text).toContain(TEXT);
  });

  it("reads UTF-8 sent under a Latin-1 label as UTF-8 (the common lie)", () => {
    const decoded = decodeBody(Buffer.from(html(""), "utf8"), "text/html; charset=iso-8859-1");
    expect(decoded).toMatchObject({ charset: "utf-8", source: "sniffed", declared: "iso-8859-1" });
    expect(decoded.text).toContain(TEXT);
  });

  it("falls back to the meta label when bytes declared UTF-8 are not UTF-8", () => {
    const decoded = decodeBody(encodeWindows1258(html('<meta charset="windows-1258">')), "text/html; charset=utf-8");
    expect(decoded.charset).toBe("windows-1258");
    expect(decoded.text).toContain(TEXT);
  });

  it("honours a byte-order mark over every label", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html(""), "utf8")]);
    expect(decodeBody(bytes, "text/html; charset=windows-1252")).toMatchObject({ charset: "utf-8", source: "bom" });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html(""), "utf-16le")]);
    expect(decodeBody(utf16, null).text).toContain(TEXT);
  });

  it("keeps legacy-font bytes recoverable: undefined windows-1252 bytes survive as C1 controls", () => {
    const decoded = decodeBody(Buffer.from([0x3c, 0x70, 0x3e, 0x81, 0x8d, 0xa9]), "text/html; charset=iso-8859-1");
    expect([...decoded.text.slice(3)].map((c) => c.charCodeAt(0))).toEqual([0x81, 0x8d, 0xa9]);
  });

  it("applies a profile override and rejects an unknown one by name", () => {
    expect(decodeBody(encodeWindows1258(TEXT), "text/html; charset=utf-8", "windows-1258").text).toBe(TEXT);
    expect(() => decodeBody(Buffer.from("x"), null, "klingon-8")).toThrow(/klingon-8/);
  });
});
