/**
 * Content-Encoding decoding with a cap on the output, so a small compressed body cannot
 * expand into gigabytes (a "zip bomb"). Uses Node's zlib; `maxOutputLength` stops inflation
 * at the cap.
 */
import { promisify } from "node:util";
import zlib from "node:zlib";

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** Thrown when the decoded body would exceed the cap. */
export class DecompressedTooLargeError extends Error {
  override readonly name = "DecompressedTooLargeError";
}

/**
 * Decodes `body` as sent with `Content-Encoding: encoding` (gzip, x-gzip, deflate, br, or a
 * comma list applied in order); identity and unknown-but-empty encodings pass through.
 * @example await decompressBody(zlib.gzipSync("xin chào"), "gzip", 1024) // Buffer "xin chào"
 */
export async function decompressBody(body: Buffer, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const codings = (encoding ?? "")
    .toLowerCase()
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s && s !== "identity");
  let out = body;
  for (const coding of codings.reverse()) {
    const options = { maxOutputLength: maxBytes };
    try {
      if (coding === "gzip" || coding === "x-gzip") out = await gunzip(out, options);
      else if (coding === "br") out = await brotli(out, options);
      else if (coding === "deflate") {
        // Servers send zlib-wrapped or raw deflate under the same name.
        out = await inflate(out, options).catch(() => inflateRaw(out, options));
      } else throw new Error(`unsupported content-encoding "${coding}"`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
        throw new DecompressedTooLargeError(`decompressed body exceeds ${maxBytes} bytes`);
      }
      throw err;
    }
    if (out.length > maxBytes) throw new DecompressedTooLargeError(`decompressed body exceeds ${maxBytes} bytes`);
  }
  return out;
}
