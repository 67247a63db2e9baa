/**
 * The storage commands as a user runs them: `node bin/vdp.js load|search|directive|officials|
 * deadlines|export` in child processes, on the test PostgreSQL (own schema, dropped after)
 * or, when it is down, on PGlite in a temp folder.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DirectiveReport } from "../../storage/find-directive.ts";
import type { LoadReport } from "../../storage/load-jsonl.ts";
import { hasPostgres, TEST_DATABASE_URL } from "../support/services.ts";
import { makeArticle } from "./make-article.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const BIN = path.join(REPO, "bin", "vdp.js");
const onServer = await hasPostgres();
const schema = `vdp_cli_${randomBytes(6).toString("hex")}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-cli-"));
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "", VDP_DATA_DIR: path.join(dir, "data") };
if (onServer) Object.assign(env, { DATABASE_URL: TEST_DATABASE_URL, VDP_SCHEMA: schema });

function vdp(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`vdp ${args.join(" ")} did not exit within 60 s: ${stderr}`));
    }, 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const first = makeArticle({
  url: "https://phukhe.example/tin/1",
  published: "2031-11-14",
  lines: [
    "Quận ủy Phú Khê quán triệt Chỉ thị số 8039-CT/TW",
    "Chiều 13/11, Quận ủy Phú Khê quán triệt Chỉ thị số 8039-CT/TW của Bộ Chính trị.",
    "Đồng chí Lương Minh Triệu, Bí thư Quận ủy, đề nghị hoàn thành kiểm điểm trước ngày 20/12/2031.",
  ],
  docs: [{ id: "8039-CT/TW", written: "8039-CT/TW", issuer: "TW", issuedBy: "Bộ Chính trị" }],
  people: [{ name: "Lương Minh Triệu", roles: ["Bí thư Quận ủy"] }],
  deadlines: [{ due: "2031-12-20", task: "kiểm điểm", written: "hoàn thành kiểm điểm trước ngày 20/12/2031" }],
});
// As `vdp extract --json` prints it: `file`, no `url`.
const { url: _url, ...fromExtract } = makeArticle({
  url: "unused",
  published: "2031-12-01",
  lines: ["Huyện ủy Thạch Vân sơ kết", "Sáng 1/12, Huyện ủy Thạch Vân sơ kết Chỉ thị 8039-CT/TW."],
  docs: [{ id: "8039-CT/TW", written: "8039-CT/TW", issuer: "TW" }],
});
const second = { ...fromExtract, file: "samples/thach-van.txt" };
const file = path.join(dir, "records.jsonl");

beforeAll(() => {
  fs.writeFileSync(
    file,
    [JSON.stringify(first), "{ not json", JSON.stringify(second), JSON.stringify({ ...first, url: "https://x.example/2", text: 7 }), ""].join("\n"),
  );
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (!onServer) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`).finally(() => client.end());
});

describe(`vdp storage commands (${onServer ? "PostgreSQL" : "PGlite"})`, () => {
  it("load reports bad lines by number, loads the rest, and fails the exit code", async () => {
    const r = await vdp(["load", file, "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/records\.jsonl:2: malformed JSON/);
    expect(r.stderr).toMatch(/records\.jsonl:4: record\.text: expected a string/);
    const report = JSON.parse(r.stdout) as LoadReport;
    expect(report).toMatchObject({ new: 2, changed: 0, unchanged: 0 });
    expect(report.failed.map((f) => f.line)).toEqual([2, 4]);

    const again = await vdp(["load", file]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("0 new, 0 changed, 2 unchanged, 2 failed");
  }, 120_000);

  it("directive, search, officials, deadlines and export answer from what was loaded", async () => {
    const d = await vdp(["directive", "chỉ thị 8039 - ct/tw", "--json"]);
    expect(d.code).toBe(0);
    const report = JSON.parse(d.stdout) as DirectiveReport;
    expect(report.id).toBe("8039-CT/TW");
    expect(report.references.map((r) => r.url).sort()).toEqual(["file:samples/thach-van.txt", first.url]);
    expect(report.byMonth).toEqual([
      { month: "2031-11", mentions: 2, articles: 1 },
      { month: "2031-12", mentions: 1, articles: 1 },
    ]);

    const table = await vdp(["directive", "8039-CT/TW"]);
    expect(table.stdout).toContain("8039-CT/TW: 1 document(s)");
    expect(table.stdout).toContain("== Bộ Chính trị: 2 article(s), 3 mention(s)");
    expect(table.stdout).toContain("Sáng 1/12, Huyện ủy Thạch Vân sơ kết Chỉ thị 8039-CT/TW.");

    const s = await vdp(["search", "thach van", "--json"]);
    expect((JSON.parse(s.stdout) as Array<{ url: string }>).map((h) => h.url)).toEqual(["file:samples/thach-van.txt"]);

    const o = await vdp(["officials", "--name", "luong minh"]);
    expect(o.code).toBe(0);
    expect(o.stdout).toContain("Lương Minh Triệu: 1 article(s)");
    expect(o.stdout).toContain("Bí thư Quận ủy");

    const dl = await vdp(["deadlines", "--due-after", "2031-12", "--due-before", "2032"]);
    expect(dl.code).toBe(1);
    expect(dl.stderr).toContain("due-before: expected a date");
    const dl2 = await vdp(["deadlines", "--due-after", "2031-12", "--due-before", "2032-01", "--json"]);
    expect((JSON.parse(dl2.stdout) as Array<{ due: string; task: string }>).map((x) => [x.due, x.task])).toEqual([["2031-12-20", "kiểm điểm"]]);

    const csv = await vdp(["export", "--format", "csv", "--table", "deadlines"]);
    const lines = csv.stdout.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^article_id,ordinal,due,due_by,task,/);
    expect(lines.length).toBe(2);

    const jsonl = await vdp(["export"]);
    const records = jsonl.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { url: string; directives: unknown[]; text: string });
    expect(records.map((r) => r.url).sort()).toEqual(["file:samples/thach-van.txt", first.url].sort());
    expect(records.find((r) => r.url === first.url)).toMatchObject({ text: first.text, directives: first.directives });
  }, 120_000);
});
