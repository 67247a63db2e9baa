/** `vdp sites` and `vdp crawl` as a user runs them: child processes against the local portal. */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_ARTICLES_DIR, startPortal } from "../../portal/portal-server.ts";
import type { Portal } from "../../portal/portal-server.ts";
import { openStore } from "../../storage/db.ts";
import { hasPostgres, TEST_DATABASE_URL } from "../support/services.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

async function vdp(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["bin/vdp.js", ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ articleDirs: [SAMPLE_ARTICLES_DIR], crawlDelaySeconds: 0 });
});
afterAll(async () => portal.close());

describe("vdp sites", () => {
  it("lists every profile with what it was built from", async () => {
    const { code, stdout } = await vdp(["sites"]);
    expect(code).toBe(0);
    for (const id of ["hanoimoi", "kinhtedothi", "hanoi-gov", "haibatrung", "sample-portal", "generic"]) expect(stdout).toContain(id);
    expect(stdout.match(/built from:/g)?.length).toBeGreaterThanOrEqual(6);
  });
});

describe("vdp crawl", () => {
  it("--dry-run lists the article URLs that would be fetched, and fetches none of them", async () => {
    const before = portal.requests.length;
    const { code, stdout } = await vdp(["crawl", "--url", `${portal.url}/chuyen-muc/xay-dung-dang`, "--allow-private", "--dry-run", "--delay-ms", "0"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${portal.articles.length} article URLs would be fetched`);
    for (const a of portal.articles.slice(0, 3)) expect(stdout).toContain(a.path.split("?")[0]!);
    const fetched = portal.requests.slice(before).filter((r) => portal.articles.some((a) => r.path === a.path));
    expect(fetched).toEqual([]);
  });

  it("refuses the loopback portal without --allow-private, naming the reason", async () => {
    const { code, stderr } = await vdp(["crawl", "--url", `${portal.url}/chuyen-muc/xay-dung-dang`, "--dry-run"]);
    expect(code).toBe(1);
    expect(stderr).toContain("BLOCKED_ADDRESS");
  });

  it("names the known profiles for an unknown one", async () => {
    const unknown = await vdp(["crawl", "--site", "khong-co"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no site profile "khong-co"; known: .*sample-portal/);
  });

  it("crawls into PostgreSQL so vdp search finds the articles", async () => {
    if (!(await hasPostgres())) return;
    const schema = `vdp_crawlcli_${randomBytes(6).toString("hex")}`;
    const env = { DATABASE_URL: TEST_DATABASE_URL, VDP_SCHEMA: schema, VDP_HOST_DELAY_MS: "0" };
    try {
      const first = await vdp(["crawl", "--site", "sample-portal", "--portal-url", portal.url, "--allow-private"], env);
      expect(first.stdout).toContain(`${portal.articles.length} stored`);
      expect(first.code).toBe(0);
      const found = await vdp(["search", "Tây Khê"], env);
      expect(found.stdout).toContain("sample-portal");
    } finally {
      const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
      await store.db.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
      await store.close();
    }
  });
});
