/**
 * PGlite allows one process per data folder: with two real processes, the second gets a
 * clear error naming the PID of the first, and a lock left by a killed process is taken over
 * without losing what it wrote.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "../../storage/data-dir-lock.ts";
import { openStore } from "../../storage/db.ts";

const HOLDER = fileURLToPath(new URL("./fixtures/hold-data-dir.ts", import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-lock-"));
  dirs.push(dir);
  return dir;
}

function run(args: string[]): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", HOLDER, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return child;
}

function output(child: ChildProcess, until: RegExp | null): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`holder did not answer: ${stdout} ${stderr}`)), 40_000);
    child.stdout!.setEncoding("utf8").on("data", (s: string) => {
      stdout += s;
      if (until?.test(stdout)) {
        clearTimeout(timer);
        resolve({ code: null, stdout, stderr });
      }
    });
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe("the PGlite data folder lock", () => {
  it("refuses a second process by the PID of the first, and takes over after it dies", async () => {
    const dir = tempDir();
    const holder = run([dir]);
    const ready = await output(holder, /ready \d+/);
    expect(ready.stdout).toMatch(new RegExp(`ready ${holder.pid}`));

    // A second real process.
    const second = await output(run([dir, "--try"]), null);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`in use by process ${holder.pid}`);
    expect(second.stderr).toContain(dir);

    // And this process too, with the typed error.
    const refused = await openStore({ dataDir: dir }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as DataDirLockedError).pid).toBe(holder.pid);

    // Killed without a chance to clean up: the lock file stays, naming a dead PID.
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("exit", resolve));
    expect(fs.readFileSync(path.join(dir, "lock"), "utf8").trim()).toBe(String(holder.pid));

    const store = await openStore({ dataDir: dir });
    try {
      expect(fs.readFileSync(path.join(dir, "lock"), "utf8").trim()).toBe(String(process.pid));
      const rows = (await store.db.query<{ title: string }>("select title from articles where canonical_url = 'test:held'")).rows;
      expect(rows).toEqual([{ title: "Tin giữ thư mục" }]);
    } finally {
      await store.close();
    }
    expect(fs.existsSync(path.join(dir, "lock"))).toBe(false);
  }, 90_000);

  it("a process cannot take its own folder twice, and releases it for the next", () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${process.pid}`));
    lock.release();
    lockDataDir(dir).release();
  });

  it("takes over a lock file that names no live process", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "lock"), "not a pid\n");
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, "lock"), "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });
});
