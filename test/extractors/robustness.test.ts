/**
 * No input makes extraction throw, hang or go super-linear.
 *
 * Every call runs in a worker thread with a hard time limit, so a hang or a runaway regex
 * fails its test (the worker is terminated) instead of freezing the suite. Times are measured
 * inside the worker around the call alone, with performance.now() and, beside it, the CPU
 * time the process spent (so that a busy machine is not mistaken for a slow extractor).
 *
 * - property tests (fast-check) over arbitrary Unicode mixed with the fragments the patterns
 *   look for: `extract` never throws, returns every field, keeps every span true to the text;
 *   `normalizeText` is idempotent and leaves no NBSP, invisible, control or dash variants;
 * - adversarial 1 MB inputs each finish in under a second, and their spans hold too.
 */
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { fixLegacyText } from "../../extractors/legacy-vietnamese.ts";
import type { ArticleRecord, ExtractContext, Span } from "../../extractors/types.ts";

const EXTRACT_MODULE = new URL("../../extractors/index.ts", import.meta.url).href;
const NORMALIZE_MODULE = new URL("../../extractors/normalize.ts", import.meta.url).href;
/** A call that has used this much CPU without answering is a hang: the worker is terminated. */
const HARD_LIMIT_MS = 3_000;
/** …and one still running after this many times the limit in wall time, whatever the CPU. */
const WALL_FACTOR = 5;
/** The behaviour limit for one 1 MB input: it must finish within a second. */
const ONE_MB_LIMIT_MS = 1_000;
const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// The worker: loads the TypeScript extractors through tsx and answers {id, fn, args} calls.

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { register } = await import(workerData.tsx);
  register();
  const fns = {};
  for (const [name, url] of Object.entries(workerData.modules)) fns[name] = (await import(url))[name];
  parentPort.on("message", ({ id, fn, args }) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    try {
      const value = fns[fn](...args);
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      parentPort.postMessage({ id, ok: true, ms, cpuMs: (c.user + c.system) / 1000, value });
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      parentPort.postMessage({ id, ok: false, ms: performance.now() - t0, error: e.name + ": " + e.message + "\\n" + e.stack });
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((err) => parentPort.postMessage({ ready: false, error: String((err && err.stack) || err) }));
`;

type Reply = { id: number; ok: true; ms: number; cpuMs: number; value: unknown } | { id: number; ok: false; ms: number; error: string };

/** A call's value, its wall time (performance.now()) and the CPU time the process spent meanwhile. */
interface Timed<T> {
  value: T;
  ms: number;
  cpuMs: number;
}

/** Runs the extractors in a worker thread; a call past its limit kills the worker (restarted on the next call). */
class Sandbox {
  #worker: Worker | null = null;
  #ready: Promise<void> | null = null;
  #nextId = 0;
  #pending = new Map<number, (reply: Reply) => void>();

  #start(): Promise<void> {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { tsx: import.meta.resolve("tsx/esm/api"), modules: { extract: EXTRACT_MODULE, normalizeText: NORMALIZE_MODULE } },
    });
    this.#worker = worker;
    this.#ready = new Promise<void>((resolve, reject) => {
      worker.once("message", (m: { ready: boolean; error?: string }) =>
        m.ready ? resolve() : reject(new Error(`the extractors failed to load: ${m.error}`)),
      );
      worker.once("error", reject);
    });
    worker.on("message", (m: Reply | { ready: boolean }) => {
      if ("id" in m) this.#pending.get(m.id)?.(m);
    });
    return this.#ready;
  }

  /** Calls `fn(...args)` in the worker; resolves with its value and the time it took there. */
  async call<T>(fn: "extract" | "normalizeText", args: unknown[], limitMs = HARD_LIMIT_MS): Promise<Timed<T>> {
    // A new worker loads (and tsx compiles) the extractors before the call's clock starts.
    if (!this.#worker) await this.#start();
    else await this.#ready;
    const worker = this.#worker!;
    const id = this.#nextId++;
    const reply = await new Promise<Reply | string>((resolve) => {
      // The limit is on the CPU the process spends while waiting (the main thread only
      // waits), so a busy machine does not trip it; wall time has a generous bound too.
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const timer = setInterval(() => {
        const c = process.cpuUsage(c0);
        const cpuMs = (c.user + c.system) / 1000;
        const wallMs = performance.now() - t0;
        const over =
          cpuMs > limitMs ? `used ${cpuMs.toFixed(0)} ms of CPU` : wallMs > WALL_FACTOR * limitMs ? `took ${wallMs.toFixed(0)} ms` : null;
        if (over) {
          clearInterval(timer);
          resolve(over);
        }
      }, 25);
      this.#pending.set(id, (r) => {
        clearInterval(timer);
        resolve(r);
      });
      worker.postMessage({ id, fn, args });
    });
    this.#pending.delete(id);
    if (typeof reply === "string") {
      this.#worker = null;
      await worker.terminate();
      throw new Error(`${fn} ${reply} without returning (limit ${limitMs} ms of CPU: a hang or super-linear time); worker terminated`);
    }
    if (!reply.ok) throw new Error(`${fn} threw: ${reply.error}`);
    return { value: reply.value as T, ms: reply.ms, cpuMs: reply.cpuMs };
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = null;
  }
}

const sandbox = new Sandbox();
beforeAll(async () => {
  // Load the modules once, outside any measured call, and warm them up.
  await sandbox.call("normalizeText", ["khởi động"], 30_000);
  await sandbox.call("extract", ["Chiều 13/11, Quận ủy quán triệt Chỉ thị số 39-CT/TW."], 30_000);
}, 60_000);
afterAll(() => sandbox.close());

const extract = (text: string, ctx?: ExtractContext) => sandbox.call<ArticleRecord>("extract", ctx === undefined ? [text] : [text, ctx]);
const normalizeText = (text: string) => sandbox.call<string>("normalizeText", [text]);

// ---------------------------------------------------------------------------------------------
// Record checks: each returns the list of problems, so a failure says what was wrong.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/** True for a real calendar day `YYYY-MM-DD`. */
function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A day, a month (`YYYY-MM`, month 01–12) or a quarter (`YYYY-Qn`). */
function isCalendarValue(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const month = MONTH.exec(value);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12;
  return isDay(value) || QUARTER.test(value);
}

function spanProblems(where: string, span: Span, text: string): string[] {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${where}: offsets ${start}..${end} are not integers`];
  if (!(start >= 0 && start <= end && end <= text.length)) {
    return [`${where}: offsets ${start}..${end} outside 0..${text.length}`];
  }
  const actual = text.slice(start, end);
  if (actual !== span.text) return [`${where}: text.slice(${start}, ${end}) is ${JSON.stringify(actual)}, span says ${JSON.stringify(span.text)}`];
  return [];
}

const isStringOrNull = (v: unknown) => v === null || typeof v === "string";
const isStringList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string");

/** Every field present with its type, every value well-formed, every span true to `record.text`. */
function recordProblems(record: ArticleRecord): string[] {
  const problems: string[] = [];
  const r = record as unknown as Record<string, unknown>;
  if (typeof r.text !== "string") return ["text: not a string"];
  const text = record.text;
  for (const key of ["title", "published", "eventDate"]) if (!isStringOrNull(r[key])) problems.push(`${key}: ${JSON.stringify(r[key])} is neither a string nor null`);
  for (const key of ["authors", "paragraphs"]) if (!isStringList(r[key])) problems.push(`${key}: not a list of strings`);
  for (const key of ["directives", "officials", "dates", "deadlines"]) if (!Array.isArray(r[key])) problems.push(`${key}: not a list`);
  if (problems.length > 0) return problems;
  if (record.published !== null && !isDay(record.published)) problems.push(`published: ${record.published} is not YYYY-MM-DD`);
  if (record.eventDate !== null && !isDay(record.eventDate)) problems.push(`eventDate: ${record.eventDate} is not YYYY-MM-DD`);

  record.directives.forEach((d, i) => {
    const fields = d as unknown as Record<string, unknown>;
    for (const key of ["id", "type", "code", "number", "issuer", "issuedBy", "date", "title"]) {
      if (!isStringOrNull(fields[key])) problems.push(`directives[${i}].${key}: ${JSON.stringify(fields[key])} is neither a string nor null`);
    }
    if (d.date !== null && typeof d.date === "string" && !isDay(d.date)) problems.push(`directives[${i}].date: ${d.date} is not a calendar day`);
    if (!Array.isArray(d.mentions)) problems.push(`directives[${i}].mentions: not a list`);
    else d.mentions.forEach((m, j) => problems.push(...spanProblems(`directives[${i}].mentions[${j}]`, m, text)));
  });
  record.officials.forEach((o, i) => {
    if (typeof o.name !== "string" || o.name.length === 0) problems.push(`officials[${i}].name: ${JSON.stringify(o.name)} is not a name`);
    if (!isStringList(o.roles)) problems.push(`officials[${i}].roles: not a list of strings`);
    if (!Array.isArray(o.mentions)) problems.push(`officials[${i}].mentions: not a list`);
    else o.mentions.forEach((m, j) => problems.push(...spanProblems(`officials[${i}].mentions[${j}]`, m, text)));
  });
  record.dates.forEach((d, i) => {
    if (!isCalendarValue(d.value)) problems.push(`dates[${i}].value: ${JSON.stringify(d.value)} is not a normalized calendar value`);
    problems.push(...spanProblems(`dates[${i}]`, d, text));
  });
  record.deadlines.forEach((d, i) => {
    if (!isCalendarValue(d.due)) problems.push(`deadlines[${i}].due: ${JSON.stringify(d.due)} is not a normalized calendar value`);
    if (typeof d.task !== "string") problems.push(`deadlines[${i}].task: not a string`);
    problems.push(...spanProblems(`deadlines[${i}]`, d, text));
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** What the patterns look for, and the characters normalization must handle. */
const FRAGMENTS = [
  "số ", "Số ", "số", "SỐ", " - ", "-", "–", "—", "‐", "−", "/", "//", "／", "/TW", "-CT/TW", "CT", "QĐ", "QĐi", "QĐI",
  "/NĐ-CP", "/QĐ-UBND", "/QH13", "HD/TU", "-NQ-TW", "ngày ", "Ngày ", "tháng ", "năm ", "quý ", "II", "XIII", "khóa ",
  "đồng chí ", "Đồng chí ", "đ/c ", "Đ/c ", "ông ", "Bà ", "Đại tá ", "GS.TS ", "Bí thư ", "Phó Bí thư Thường trực ",
  "Chủ tịch UBND ", "UVTV", "TUV", "HĐND", "UBND", "MTTQ", "Nguyễn Văn ", "Trần Thị ", "Lê ", "An", "Hùng ",
  "Chỉ thị ", "Nghị quyết ", "Quy định ", "Kế hoạch ", "Hướng dẫn ", "của Bộ Chính trị", "Ban Thường vụ ",
  "Tỉnh ủy", "Quận uỷ", "Huyện ủy ", "hoà", "khoá", "thuỷ", "Ðảng", "về “", "“", "”", "\"", "(", ")", ":", ";", ",",
  ".", "./.", "\n", "\r\n", "\n\n", "\r", " ", "  ", "\t", "\u00a0", "\u202f", "\u200b", "\ufeff", "\u00ad",
  "\u0000", "\u0085", "\u2028", "\u0301", "\u0300", "\u0309", "\u0323", "&nbsp;", "&amp;", "&#x002F;", "&ocirc;",
  "trước ngày ", "hoàn thành ", "chậm nhất ", "đến hết ", "trong quý ", "từ ngày ", " đến ", "Chiều ", "Sáng nay ",
  "Lượt xem: ", "Chia sẻ Zalo", "Phản hồi", "Các tin khác", "Ảnh: ", "Tham dự có các đồng chí: ", "Ngày đăng ",
  " | ", "[GMT+7]", "😀", "𝐀", "\ud800", "\udfff",
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.nat({ max: 99_999 }).map(String) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat({ max: 40 }), fc.nat({ max: 14 }), fc.nat({ max: 3000 }), fc.constantFrom("/", "-", ".", " tháng "))
      .map(([d, m, y, sep]) => `${d}${sep}${m}${sep}${y}`),
  },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

/** Article-like noise: fragments, numbers, dates and arbitrary Unicode run together. */
const mixedText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));
/** Dense encoding noise: vowels, tone marks, invisible characters and spaces side by side. */
const denseNoise = fc
  .array(fc.constantFrom("a", "o", "u", "y", "q", "I", "à", "ỳ", "\u0301", "\u0300", "\u0323", "\u200b", "\ufeff", "\u00ad", "\u2060", "\u0000", "\u00a0", " ", "\n", "\r", "Ð", "-", "–"), { maxLength: 30 })
  .map((parts) => parts.join(""));
const anyText = fc.oneof(
  { weight: 3, arbitrary: mixedText },
  { weight: 1, arbitrary: denseNoise },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
);
const published = fc.option(
  fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

/** A string with everything outside printable ASCII as \\uXXXX, so a failure shows the code units. */
function visible(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** An HTML entity as `normalizeText` decodes it. */
const ENTITY_LEFT = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

const PROPERTY_OPTIONS = { numRuns: 300, interruptAfterTimeLimit: 15_000 } as const;

describe("extract over arbitrary input", () => {
  it("never throws, returns every field, and every span is true to record.text", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, published, async (text, date) => {
        const { value: record } = await extract(text, date === undefined ? undefined : { published: date });
        expect(recordProblems(record)).toEqual([]);
        // The offsets index into the normalized input, and a given publication date is kept.
        expect(visible(record.text)).toBe(visible((await normalizeText(text)).value));
        if (date !== undefined) expect(record.published).toBe(date);
      }),
      // A digit, then a letter outside the BMP (a surrogate pair), then lower-case words.
      { ...PROPERTY_OPTIONS, examples: [["5\u{1D400}của Bộ", undefined]] },
    );
  }, 60_000);

  it("is deterministic: the same input gives the same record", async () => {
    await fc.assert(
      fc.asyncProperty(mixedText, async (text) => {
        const first = await extract(text, { published: "2014-11-14" });
        const second = await extract(text, { published: "2014-11-14" });
        expect(second.value).toEqual(first.value);
      }),
      { ...PROPERTY_OPTIONS, numRuns: 100 },
    );
  }, 60_000);
});

describe("extract over generated articles", () => {
  it("keeps every field and span true on 512 KiB of article-like text with encoding noise", async () => {
    const { articles } = generateCorpus({ bytes: MiB / 2, seed: 20141114 });
    const problems: string[] = [];
    for (const [i, article] of articles.entries()) {
      const { value } = await extract(article.text, article.published === null ? undefined : { published: article.published });
      problems.push(...recordProblems(value).map((p) => `article ${i}: ${p}`));
    }
    expect(problems.slice(0, 20)).toEqual([]);
  }, 60_000);
});

describe("normalizeText over arbitrary input", () => {
  it("is idempotent", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const once = (await normalizeText(text)).value;
        // Text that still spells an entity after one pass ("&amp;amp;" → "&amp;") is decoded
        // again by the next: entity decoding cannot be idempotent there, by its nature.
        fc.pre(!ENTITY_LEFT.test(once));
        const twice = (await normalizeText(once)).value;
        expect(visible(twice)).toBe(visible(once));
      }),
      // A zero-width character between a letter and its tone mark, or inside "oà".
      { ...PROPERTY_OPTIONS, examples: [["I\ufeff\u0301"], ["ho\u200bà"], ["Quận u\u00adỷ"]] },
    );
  }, 60_000);

  it("drops invisible characters: inserting them anywhere does not change the output", async () => {
    const insertions = fc.array(fc.tuple(fc.nat(), fc.constantFrom("\u200b", "\ufeff", "\u00ad", "\u2060", "\u200d")), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(anyText, insertions, async (text, inserts) => {
        // Entities decode into anything; in text read as TCVN3 the soft hyphen is the letter "ư".
        fc.pre(!text.includes("&") && fixLegacyText(text) === text);
        let noisy = text;
        for (const [at, c] of inserts) {
          const i = at % (noisy.length + 1);
          noisy = noisy.slice(0, i) + c + noisy.slice(i);
        }
        const [clean, dirty] = await Promise.all([normalizeText(text), normalizeText(noisy)]);
        expect(visible(dirty.value)).toBe(visible(clean.value));
      }),
      PROPERTY_OPTIONS,
    );
  }, 60_000);

  it("returns NFC text with no NBSP, invisible, control or dash-variant characters", async () => {
    const banned = /[\u00a0\u202f\u200b-\u200d\ufeff\u00ad\u2060\r\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2010-\u2015\u2212\u2028\u2029]/u;
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const out = (await normalizeText(text)).value;
        expect(visible(out.normalize("NFC")), "output is not NFC").toBe(visible(out));
        const hit = banned.exec(out);
        expect(hit && `U+${hit[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} at ${hit.index}`).toBeNull();
      }),
      { ...PROPERTY_OPTIONS, examples: [["a\u200b\u0301"]] },
    );
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Adversarial inputs: each built at 64 KiB, 256 KiB and 1 MiB, so growth shows in a failure

/** `unit` repeated until the UTF-8 size reaches `bytes`. */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit, "utf8")));
}

/** Lines from `line(i)` until the UTF-8 size reaches `bytes`. */
function linesTo(line: (i: number) => string, bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const next = line(i);
    lines.push(next);
    size += Buffer.byteLength(next, "utf8") + 1;
  }
  return lines.join("\n");
}

const ADVERSARIAL: Array<[name: string, build: (bytes: number) => string]> = [
  ["one long digit run", (b) => repeatTo("1234567890", b)],
  ["digit runs split by single spaces", (b) => repeatTo("2014 11 ", b)],
  ['thousands of "số "', (b) => repeatTo("số ", b)],
  ['"số 39 - " over and over', (b) => repeatTo("số 39 - ", b)],
  ["dashes of every kind", (b) => repeatTo("- – — ‐ − ", b)],
  ["a run of hyphens", (b) => repeatTo("-", b)],
  ["slashes", (b) => repeatTo("/", b)],
  ['"1/" over and over (one endless date)', (b) => repeatTo("1/", b)],
  ['thousands of "đồng chí "', (b) => repeatTo("đồng chí ", b)],
  ['"ngày 1/1/" repeated', (b) => repeatTo("ngày 1/1/", b)],
  ['"Chỉ thị 39-CT/TW " repeated', (b) => repeatTo("Chỉ thị 39-CT/TW ", b)],
  ["one 1 MB line with no spaces", (b) => repeatTo("ĐảngủyChỉthịsố39CTTWngày", b)],
  ['capitalized name-like words ("Nguyễn Văn An ...")', (b) => repeatTo("Nguyễn Văn An Trần Thị Bình Lê Hữu Cường ", b)],
  ["titles and names with no punctuation", (b) => repeatTo("Bí thư Tỉnh ủy Phó Chủ tịch UBND tỉnh Nguyễn Văn An ", b)],
  ["an endless attendee list", (b) => `Tham dự có các đồng chí: ${repeatTo("Nguyễn Văn An - Bí thư Huyện ủy, ", b)}`],
  ["opening quotes that never close", (b) => repeatTo("về “Tăng cường công tác ", b)],
  ['"tháng 1, " (an endless month list)', (b) => repeatTo("tháng 1, ", b)],
  ['"hoàn thành trước " with no date', (b) => repeatTo("hoàn thành trước ", b)],
  ["many short distinct lines", (b) => linesTo((i) => `Đoạn ${i}: hội nghị thảo luận nội dung thứ ${i * 7}.`, b)],
  ["the same boilerplate line over and over", (b) => linesTo(() => "Phản hồi", b)],
  ["near-identical paragraphs", (b) => linesTo((i) => `Hội nghị đã quán triệt Chỉ thị số 39-CT/TW ngày 18/10/2014 của Bộ Chính trị đến ${i % 97} chi bộ.`, b)],
  ["spaces and NBSP only", (b) => repeatTo(" \u00a0 \u200b", b)],
  ["one endless list under a shared position", (b) => `các đồng chí Phó Chủ tịch UBND tỉnh: ${repeatTo("Nguyễn Thành Công, Lê Thị Thu Hằng và ", b)}`],
  ["shared positions with no names", (b) => repeatTo("các đồng chí Phó Chủ tịch UBND tỉnh: ", b)],
  ["agency fields joined without end", (b) => `Giám đốc Sở ${repeatTo("Văn hóa, Thể thao - Du lịch, Xã hội - ", b)}`],
  ['"giữ chức" over and over', (b) => `Ông Trần Văn Minh, ${repeatTo("Phó Giám đốc Sở Nội vụ giữ chức ", b)}`],
  ['"ngày 2/9 năm " without a year', (b) => repeatTo("ngày 2/9 năm ", b)],
  ['"tái đắc cử" over and over', (b) => `Đồng chí Đoàn Minh Tâm ${repeatTo("tái đắc cử Bí thư Đảng ủy xã, ", b)}`],
  ['"Trong tháng 12/2021, … phải" without an end', (b) => `Trong tháng 12/2021, ${repeatTo("các chi bộ phải hoàn thành, ", b)}`],
  ['"PV " over and over', (b) => repeatTo("PV ", b)],
  ["one endless hyphenated transliteration", (b) => `Đồng chí Xỉ${repeatTo("-sổm", b)} Phôm-vi-hản, Tỉnh trưởng`],
  ["hyphenated names over and over", (b) => repeatTo("Đồng chí Thoòng-lun Xi-sú-lít, Tỉnh trưởng tỉnh Chăm-pa-xắc, ", b)],
  ["a signature block repeated", (b) => linesTo((i) => (i % 3 === 0 ? "T/M BAN THƯỜNG VỤ" : i % 3 === 1 ? "BÍ THƯ" : "Nguyễn Văn Tuấn"), b)],
  ['"tháng 1 năm sau" over and over', (b) => repeatTo("trong tháng 1 năm sau, ", b)],
  // A body completed from the article at every mention; a document's number that might stand in its heading.
  ['"Kế hoạch 5 của Đảng ủy, " over and over', (b) => repeatTo("Kế hoạch 5 của Đảng ủy, ", b)],
  ['"Số 45-HD/BTGTU " over and over', (b) => `BAN TUYÊN GIÁO TỈNH ỦY\n${repeatTo("Số 45-HD/BTGTU ", b)}`],
];

describe("adversarial 1 MB inputs", () => {
  for (const [name, build] of ADVERSARIAL) {
    it(`${name}: extract finishes in under ${ONE_MB_LIMIT_MS} ms`, async () => {
      const times: string[] = [];
      let last: ArticleRecord | null = null;
      for (const bytes of [MiB / 16, MiB / 4, MiB]) {
        const input = build(bytes);
        const timed = () =>
          extract(input, { published: "2014-11-14" }).catch((err: unknown) => {
            throw new Error(`at ${Math.round(bytes / 1024)} KiB (after ${times.join(", ") || "nothing"}): ${err instanceof Error ? err.message : String(err)}`);
          });
        let result = await timed();
        // On a busy machine wall time includes waiting for a core. An over-limit time is
        // measured once more, and a call counts as over the limit only when both its wall
        // time and the CPU time spent meanwhile are: super-linear work is over on both.
        const cost = (t: Timed<ArticleRecord>) => Math.min(t.ms, t.cpuMs);
        if (cost(result) >= ONE_MB_LIMIT_MS) {
          const again = await timed();
          if (cost(again) < cost(result)) result = again;
        }
        const { value, ms, cpuMs } = result;
        times.push(`${Math.round(bytes / 1024)} KiB: ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`);
        expect(Math.min(ms, cpuMs), `extract time by input size: ${times.join(", ")}`).toBeLessThan(ONE_MB_LIMIT_MS);
        last = value;
      }
      expect(last).not.toBeNull();
      expect(recordProblems(last!)).toEqual([]);
    }, 60_000);
  }
});
