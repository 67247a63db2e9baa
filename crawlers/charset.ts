/**
 * Bytes → text for HTML and XML: the charset from a byte-order mark, the HTTP header or the
 * document's own <meta> / XML declaration, checked against the bytes (sites often declare
 * ISO-8859-1 while sending UTF-8, or the reverse). windows-1258 and other labels go through
 * iconv-lite; the result is NFC, since windows-1258 text decodes to combining tone marks.
 */
import iconv from "iconv-lite";

/** Where the charset came from. */
export type CharsetSource = "override" | "bom" | "header" | "meta" | "sniffed" | "default";

/** Decoded text and how the charset was chosen. */
export interface DecodedText {
  text: string;
  /** The canonical label used, e.g. `utf-8`, `windows-1258`. */
  charset: string;
  source: CharsetSource;
  /** The label the server or document declared, when it differs from what the bytes are. */
  declared: string | null;
}

const SINGLE_BYTE_LATIN = new Set(["iso-8859-1", "latin1", "windows-1252", "us-ascii", "ascii", "cp1252", "iso88591"]);
const META_SCAN_BYTES = 4096;

/** The charset parameter of a Content-Type value, lower-cased, or null. */
export function charsetFromContentType(contentType: string | undefined | null): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The charset a document declares in its first bytes: `<meta charset>`, `http-equiv`, or `<?xml encoding?>`. */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SCAN_BYTES)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag[0]);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The text when the bytes are valid UTF-8, else null. */
function strictUtf8Text(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function canonical(label: string): string | null {
  const l = label.toLowerCase().trim();
  if (l === "utf8" || l === "utf-8" || l === "unicode-1-1-utf-8") return "utf-8";
  if (l === "x-user-defined") return null;
  return iconv.encodingExists(l) ? l : null;
}

/** Latin-1 labels decode as windows-1252 (as browsers do), undefined bytes kept as C1 controls so legacy-font text stays recoverable. */
const windows1252 = new TextDecoder("windows-1252");

function decodeWith(bytes: Uint8Array, charset: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text =
    charset === "utf-8" ? buf.toString("utf8") : SINGLE_BYTE_LATIN.has(charset) ? windows1252.decode(buf) : iconv.decode(buf, charset);
  return text.normalize("NFC");
}

/**
 * Decodes a document body. `override` (a profile's "this site lies") wins; then a BOM; then
 * the HTTP header or the markup, unless the bytes contradict them: valid multi-byte UTF-8
 * under a Latin-1 label is read as UTF-8, invalid UTF-8 under a UTF-8 label falls back to the
 * markup's label or windows-1252 (which keeps legacy-font bytes recoverable).
 * @example decodeBody(Buffer.from("Đảng"), "text/html; charset=iso-8859-1").text // "Đảng"
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null, override?: string | null): DecodedText {
  if (override) {
    const charset = canonical(override);
    if (!charset) throw new Error(`unknown charset "${override}" in the site profile`);
    return { text: decodeWith(bytes, charset), charset, source: "override", declared: null };
  }
  const bom = bomCharset(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.skip), bom.charset), charset: bom.charset, source: "bom", declared: null };

  const headerLabel = charsetFromContentType(contentType);
  const metaLabel = charsetFromMarkup(bytes);
  const header = headerLabel ? canonical(headerLabel) : null;
  const meta = metaLabel ? canonical(metaLabel) : null;
  const declaredLabel = header ?? meta;
  const source: CharsetSource = header ? "header" : "meta";

  if (declaredLabel === "utf-8" || declaredLabel === null) {
    const utf8 = strictUtf8Text(bytes);
    if (utf8 !== null) return { text: utf8.normalize("NFC"), charset: "utf-8", source: declaredLabel ? source : "default", declared: null };
    // Not UTF-8 after all: the markup's own label if it names another charset, else windows-1252.
    const fallback = meta && meta !== "utf-8" ? meta : "windows-1252";
    return { text: decodeWith(bytes, fallback), charset: fallback, source: "sniffed", declared: declaredLabel };
  }
  if (SINGLE_BYTE_LATIN.has(declaredLabel) || declaredLabel === "windows-1258") {
    const utf8 = hasHighBytes(bytes) ? strictUtf8Text(bytes) : null;
    if (utf8 !== null) return { text: utf8.normalize("NFC"), charset: "utf-8", source: "sniffed", declared: declaredLabel };
  }
  return { text: decodeWith(bytes, declaredLabel), charset: declaredLabel, source, declared: null };
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}
