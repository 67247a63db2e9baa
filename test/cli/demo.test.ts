/**
 * `vdp demo` (what `npm start` runs) as a user runs it, twice, in a fresh data folder: the
 * first run finds and stores the portal's articles and says what it found; the second fetches
 * nothing in full (304s) and says so.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

describe("vdp demo", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-demo-"));
  const env = { ...process.env, VDP_DATA_DIR: dir, DATABASE_URL: "", REDIS_URL: "" };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("crawls the sample portal into the embedded database, then only what changed", { timeout: 120_000 }, async () => {
    const first = await run(process.execPath, ["bin/vdp.js", "demo"], { cwd: ROOT, env });
    expect(first.stdout).toMatch(/Run 1: 16 articles found .*16 fetched, 0 unchanged .*16 new, 0 changed, 0 errors/);
    expect(first.stdout).toMatch(/The archive now holds 16 articles, \d+ documents mentioned \d+ times, \d+ officials, \d+ deadlines/);
    expect(first.stdout).toMatch(/\d+ × 39-CT\/TW/);
    expect(first.stdout).toMatch(/Officials, by articles:\n\s+\d+ × \S+/);
    expect(first.stdout).toMatch(/Deadlines due on or after \d{4}-\d{2}-\d{2}/);
    expect(first.stdout).toMatch(/vdp\.js directive /);

    const second = await run(process.execPath, ["bin/vdp.js", "demo"], { cwd: ROOT, env });
    expect(second.stdout).toMatch(/Run 2: 16 articles found .*0 fetched, 16 unchanged since the last run \(304 Not Modified/);
    expect(second.stdout).toMatch(/Nothing changed since the last run/);
    expect(second.stdout).toMatch(/The archive now holds 16 articles/);
  });
});
