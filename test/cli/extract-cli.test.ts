/**
 * `vdp extract` as a user runs it: the real CLI (`node bin/vdp.js extract …`) in a child
 * process, over files written to a temp directory. A bad file (missing, binary, not UTF-8,
 * empty) gets an error on stderr naming it; the good files are still extracted; the exit
 * code says something failed.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../extractors/types.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const BIN = path.join(REPO, "bin", "vdp.js");

/** A fictional article: one Party directive, a yearless event date, a deadline, a byline. */
const ARTICLE = [
  "Quận ủy Phú Khê triển khai Chỉ thị số 39-CT/TW",
  "Chiều 13/11, Quận ủy Phú Khê tổ chức Hội nghị quán triệt Chỉ thị số 39-CT/TW của Bộ Chính trị về “Tăng cường công tác bảo vệ chính trị nội bộ trong tình hình mới”.",
  "Phát biểu chỉ đạo, đồng chí Lương Minh Triệu, Bí thư Quận ủy Phú Khê, đề nghị các chi bộ hoàn thành việc kiểm điểm, đánh giá chất lượng đảng viên trước ngày 20/12/2014.",
  "Hồng Vân",
].join("\n");
const SECOND_ARTICLE = [
  "Huyện ủy Thạch Vân sơ kết Kế hoạch số 25-KH/HU",
  "Sáng 5/3/2021, Huyện ủy Thạch Vân tổ chức hội nghị sơ kết 6 tháng thực hiện Kế hoạch số 25-KH/HU.",
  "Ông Trần Quang Lộc, Phó Bí thư Thường trực Huyện ủy, yêu cầu các đơn vị gửi báo cáo về Văn phòng Huyện ủy trước ngày 30/3/2021.",
].join("\n");

/** The 8-byte PNG signature and an IHDR chunk, as an image file starts. */
const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00,
  0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66, 0x00, 0x00, 0x00, 0x04, 0x49, 0x44, 0x41,
  0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/vdp.js ...args` from the repo root, feeding `input` on stdin. */
function runCli(args: string[], input = ""): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`vdp ${args.join(" ")} did not exit within 30 s\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

/** The JSON records printed one per line; a line that is not JSON fails the test. */
function records(stdout: string): Array<ArticleRecord & { file: string }> {
  return stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      try {
        return JSON.parse(line) as ArticleRecord & { file: string };
      } catch {
        throw new Error(`stdout line is not JSON: ${line.slice(0, 200)}`);
      }
    });
}

/** The stderr lines that name `file`. */
function errorLinesFor(stderr: string, file: string): string[] {
  return stderr.split("\n").filter((line) => line.includes(file));
}

let dir = "";
const files = {
  good: "",
  second: "",
  missing: "",
  png: "",
  nul: "",
  cp1258: "",
  latin1: "",
  empty: "",
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "vdp-extract-cli-"));
  const at = (name: string) => path.join(dir, name);
  files.good = at("phu-khe-39.txt");
  files.second = at("thach-van-25.txt");
  files.missing = at("khong-co-tep-nay.txt");
  files.png = at("anh-hoi-nghi.png");
  files.nul = at("nul-bytes.txt");
  files.cp1258 = at("windows-1258.txt");
  files.latin1 = at("latin1.txt");
  files.empty = at("rong.txt");
  writeFileSync(files.good, ARTICLE);
  writeFileSync(files.second, SECOND_ARTICLE);
  writeFileSync(files.png, PNG_BYTES);
  writeFileSync(files.nul, Buffer.concat([Buffer.from("Chỉ thị số 39-CT/TW", "utf8"), Buffer.alloc(64), Buffer.from("ngày 13/11", "utf8")]));
  writeFileSync(files.cp1258, iconv.encode(ARTICLE, "windows-1258"));
  writeFileSync(files.latin1, iconv.encode("Hội nghị Ban Chấp hành Đảng bộ — Quận ủy Phú Khê, ngày 13/11/2014. Tham dự có đồng chí Lê Văn Hòa.", "latin1"));
  writeFileSync(files.empty, "");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("vdp extract with bad files among good ones", () => {
  const bad: Array<[kind: string, file: () => string, reason: RegExp]> = [
    ["missing", () => files.missing, /not found|no such|does not exist|ENOENT/i],
    ["PNG", () => files.png, /binary/i],
    ["NUL bytes", () => files.nul, /binary/i],
    ["windows-1258", () => files.cp1258, /UTF-8|encoding/i],
    ["Latin-1", () => files.latin1, /UTF-8|encoding/i],
    ["empty", () => files.empty, /empty/i],
  ];
  let result: CliResult;

  beforeAll(async () => {
    result = await runCli([
      "extract", "--json", files.good, files.missing, files.png, files.nul, files.cp1258, files.latin1, files.empty, files.second,
    ]);
  }, 40_000);

  it("exits non-zero", () => {
    expect(result.code, result.stderr).not.toBe(0);
    expect(result.code).not.toBeNull();
  });

  it("still prints one JSON record for each good file, with its path as given", () => {
    const printed = records(result.stdout);
    const good = printed.find((r) => r.file === files.good);
    const second = printed.find((r) => r.file === files.second);
    expect(good, `records for: ${printed.map((r) => r.file).join(", ")}`).toBeDefined();
    expect(second).toBeDefined();
    expect(good!.text).toContain("Quận ủy Phú Khê tổ chức Hội nghị");
    expect(good!.directives.map((d) => d.id)).toContain("39-CT/TW");
    expect(second!.directives.map((d) => d.id)).toContain("25-KH/HU");
  });

  it("prints no record for a bad file", () => {
    const printed = new Set(records(result.stdout).map((r) => r.file));
    for (const [kind, file] of bad) expect(printed.has(file()), `${kind} file got a record`).toBe(false);
  });

  for (const [kind, file, reason] of bad) {
    it(`names the ${kind} file on stderr with the reason`, () => {
      const lines = errorLinesFor(result.stderr, file());
      expect(lines.length, `no stderr line names ${file()}; stderr was:\n${result.stderr}`).toBeGreaterThan(0);
      expect(lines.join("\n")).toMatch(reason);
    });
  }

  it("does not crash: no stack trace on stderr", () => {
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe("vdp extract, one file at a time", () => {
  it("a missing file alone: non-zero exit, the error names it, nothing on stdout", async () => {
    const result = await runCli(["extract", "--json", files.missing]);
    expect(result.code).not.toBe(0);
    expect(errorLinesFor(result.stderr, files.missing).join("\n")).toMatch(/not found|no such|does not exist|ENOENT/i);
    expect(records(result.stdout)).toEqual([]);
  }, 40_000);

  it("without --json: a readable summary for the good file, an error for the bad one", async () => {
    const result = await runCli(["extract", files.good, files.empty]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain("39-CT/TW");
    expect(result.stdout).toContain("Lương Minh Triệu");
    expect(() => JSON.parse(result.stdout.split("\n")[0] ?? "")).toThrow();
    expect(errorLinesFor(result.stderr, files.empty).join("\n")).toMatch(/empty/i);
  }, 40_000);
});

describe("vdp extract - (standard input)", () => {
  it("reads the article from stdin and exits 0", async () => {
    const result = await runCli(["extract", "--json", "-"], ARTICLE);
    expect(result.code, result.stderr).toBe(0);
    const printed = records(result.stdout);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.file).toBe("-");
    expect(printed[0]!.text).toContain("Quận ủy Phú Khê tổ chức Hội nghị");
    expect(printed[0]!.directives.map((d) => d.id)).toContain("39-CT/TW");
  }, 40_000);

  it("empty stdin is an empty input: an error, non-zero exit", async () => {
    const result = await runCli(["extract", "--json", "-"], "");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/empty/i);
    expect(records(result.stdout)).toEqual([]);
  }, 40_000);
});

describe("vdp extract --published", () => {
  it("sets published and resolves a yearless date with its year", async () => {
    const [in2014, in2019] = await Promise.all([
      runCli(["extract", "--json", "--published", "2014-11-14", files.good]),
      runCli(["extract", "--json", "--published", "2019-11-20", files.good]),
    ]);
    expect(in2014.code, in2014.stderr).toBe(0);
    expect(in2019.code, in2019.stderr).toBe(0);
    const a = records(in2014.stdout)[0]!;
    const b = records(in2019.stdout)[0]!;
    expect(a.published).toBe("2014-11-14");
    expect(b.published).toBe("2019-11-20");
    expect(a.dates.map((d) => d.value)).toContain("2014-11-13");
    expect(b.dates.map((d) => d.value)).toContain("2019-11-13");
  }, 60_000);

  for (const bad of ["13/11/2014", "2014-13-45", "2014-02-30"]) {
    it(`rejects "${bad}" (not a calendar day YYYY-MM-DD) with an error naming the option`, async () => {
      const result = await runCli(["extract", "--json", "--published", bad, files.good]);
      expect(result.code, `stdout: ${result.stdout.slice(0, 200)}`).not.toBe(0);
      expect(result.stderr).toMatch(/published/);
      expect(result.stderr).toContain(bad);
    }, 40_000);
  }
});

describe("vdp extract --help", () => {
  let help = "";
  beforeAll(async () => {
    const result = await runCli(["extract", "--help"]);
    expect(result.code, result.stderr).toBe(0);
    help = result.stdout;
  }, 40_000);

  it("documents --json, --published and reading standard input", () => {
    expect(help).toMatch(/--json/);
    expect(help).toMatch(/--published/);
    expect(help).toMatch(/YYYY-MM-DD/);
    expect(help).toMatch(/stdin|standard input/i);
  });

  it("gives every option a description", () => {
    const options = help.slice(help.indexOf("Options:")).split("\n").slice(1);
    const flagLines = options.filter((line) => /^\s+-/.test(line));
    expect(flagLines.length).toBeGreaterThanOrEqual(3);
    for (const line of flagLines) expect(line, `option without a description: ${line}`).toMatch(/^\s+-\S.*?\s{2,}\S/);
  });
});

describe("vdp extract over more files than one batch", () => {
  it("prints a record for every good file, in the order given, and names the bad one", async () => {
    const many: string[] = [];
    for (let i = 0; i < 70; i++) {
      const file = path.join(dir, `bai-${String(i).padStart(2, "0")}.txt`);
      writeFileSync(file, i % 2 ? ARTICLE : SECOND_ARTICLE);
      many.push(file);
    }
    many.splice(66, 0, files.png);
    const result = await runCli(["extract", "--json", ...many]);
    expect(result.code).not.toBe(0);
    const printed = records(result.stdout);
    expect(printed.map((r) => r.file)).toEqual(many.filter((f) => f !== files.png));
    expect(printed.map((r) => r.directives[0]?.id)).toEqual(printed.map((_, i) => (i % 2 ? "39-CT/TW" : "25-KH/HU")));
    expect(errorLinesFor(result.stderr, files.png).join("\n")).toMatch(/binary/i);
  }, 40_000);
});
