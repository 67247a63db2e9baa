import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FetchError } from "../../crawlers/fetch-error.ts";
import { Fetcher } from "../../crawlers/fetcher.ts";
import type { CrawlerOptions } from "../../crawlers/crawler-options.ts";
import { startLocalServer } from "./local-server.ts";
import type { LocalServer } from "./local-server.ts";

const PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin</title></head><body><p>Quận ủy Bắc Lâm tổ chức hội nghị.</p></body></html>';
const FAST: Partial<CrawlerOptions> = {
  allowAddresses: ["127.0.0.1"],
  hostDelayMs: 0,
  retryBaseMs: 5,
  retryMaxMs: 20,
  maxRetries: 2,
  requestTimeoutMs: 2000,
  headersTimeoutMs: 1000,
  bodyTimeoutMs: 1000,
};

let server: LocalServer;
let fetcher: Fetcher;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  server.routes.clear();
  server.requests.length = 0;
  await fetcher?.close();
  fetcher = new Fetcher(FAST);
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error("expected the fetch to fail");
}

const html = (body = PAGE, extra: Record<string, string> = {}) => (_req: unknown, res: import("node:http").ServerResponse) =>
  void res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...extra }).end(body);

describe("fetching", () => {
  it("sends a User-Agent naming vdp and returns the decoded page", async () => {
    server.routes.set("/a", html());
    const result = await fetcher.fetch(`${server.url}/a`);
    expect(result.kind).toBe("page");
    if (result.kind !== "page") return;
    expect(result.text).toContain("Quận ủy Bắc Lâm");
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(server.requests.find((r) => r.path === "/a")?.headers["user-agent"]).toMatch(/^vdp\//);
  });

  it("retries 500 with backoff and succeeds", async () => {
    server.routes.set("/flaky", (req, res, hit) => (hit < 2 ? void res.writeHead(503).end() : html()(req, res)));
    const result = await fetcher.fetch(`${server.url}/flaky`);
    expect(result).toMatchObject({ kind: "page", attempts: 3 });
  });

  it("gives up after maxRetries with a retryable HTTP_5XX", async () => {
    server.routes.set("/down", (_req, res) => void res.writeHead(500).end());
    const err = await failure(fetcher.fetch(`${server.url}/down`));
    expect(err).toMatchObject({ code: "HTTP_5XX", kind: "retryable", status: 500 });
    expect(err.details.attempts).toBe(3);
  });

  it("does not retry a 404", async () => {
    const err = await failure(fetcher.fetch(`${server.url}/missing`));
    expect(err).toMatchObject({ code: "HTTP_4XX", kind: "permanent", status: 404 });
    expect(server.requests.filter((r) => r.path === "/missing")).toHaveLength(1);
  });

  it("waits for Retry-After on 429", async () => {
    server.routes.set("/busy", (req, res, hit) => (hit === 0 ? void res.writeHead(429, { "retry-after": "1" }).end() : html()(req, res)));
    const started = Date.now();
    const result = await fetcher.fetch(`${server.url}/busy`);
    expect(result.kind).toBe("page");
    const [first, second] = server.requests.filter((r) => r.path === "/busy");
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("fails as throttled when Retry-After is beyond what we wait", async () => {
    await fetcher.close();
    fetcher = new Fetcher({ ...FAST, maxRetryAfterMs: 500 });
    server.routes.set("/later", (_req, res) => void res.writeHead(429, { "retry-after": "3600" }).end());
    const err = await failure(fetcher.fetch(`${server.url}/later`));
    expect(err).toMatchObject({ code: "HTTP_429", kind: "throttled" });
    expect(err.details.retryAfterMs).toBe(3_600_000);
  });

  it("sends validators and returns not-modified on 304", async () => {
    server.routes.set("/cond", (req, res) =>
      req.headers["if-none-match"] === '"v1"'
        ? void res.writeHead(304, { etag: '"v1"' }).end()
        : html(PAGE, { etag: '"v1"', "last-modified": "Tue, 12 Mar 2024 08:00:00 GMT" })(req, res),
    );
    const first = await fetcher.fetch(`${server.url}/cond`);
    expect(first).toMatchObject({ kind: "page", etag: '"v1"', lastModified: "Tue, 12 Mar 2024 08:00:00 GMT" });
    const second = await fetcher.fetch(`${server.url}/cond`, { validators: { etag: first.etag, lastModified: first.lastModified } });
    expect(second).toMatchObject({ kind: "not-modified", status: 304, etag: '"v1"' });
    expect(server.requests.at(-1)?.headers["if-modified-since"]).toBe("Tue, 12 Mar 2024 08:00:00 GMT");
  });

  it.each([
    ["gzip", zlib.gzipSync],
    ["deflate", zlib.deflateSync],
    ["br", zlib.brotliCompressSync],
  ] as const)("decodes %s", async (encoding, compress) => {
    server.routes.set("/z", (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": encoding }).end(compress(Buffer.from(PAGE))));
    const result = await fetcher.fetch(`${server.url}/z`);
    expect(result.kind === "page" && result.text).toBe(PAGE);
  });
});

describe("limits", () => {
  it("caps the body on the wire, by Content-Length and by counting", async () => {
    await fetcher.close();
    fetcher = new Fetcher({ ...FAST, maxBodyBytes: 10_000 });
    server.routes.set("/declared", (_req, res) => void res.writeHead(200, { "content-type": "text/html" }).end("x".repeat(20_000)));
    server.routes.set("/chunked", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 10; i++) res.write("y".repeat(5000));
      res.end();
    });
    expect(await failure(fetcher.fetch(`${server.url}/declared`))).toMatchObject({ code: "BODY_TOO_LARGE", kind: "permanent" });
    expect(await failure(fetcher.fetch(`${server.url}/chunked`))).toMatchObject({ code: "BODY_TOO_LARGE" });
  });

  it("caps decompression (a gzip bomb)", async () => {
    await fetcher.close();
    fetcher = new Fetcher({ ...FAST, maxDecompressedBytes: 1_000_000 });
    const bomb = zlib.gzipSync(Buffer.alloc(20_000_000, 0x20));
    server.routes.set("/bomb", (_req, res) => void res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(bomb));
    expect(await failure(fetcher.fetch(`${server.url}/bomb`))).toMatchObject({ code: "DECOMPRESSED_TOO_LARGE", kind: "permanent" });
  });

  it("follows redirects, detects loops and caps their number", async () => {
    server.routes.set("/r1", (_req, res) => void res.writeHead(301, { location: "/r2" }).end());
    server.routes.set("/r2", html());
    server.routes.set("/loop-a", (_req, res) => void res.writeHead(302, { location: "/loop-b" }).end());
    server.routes.set("/loop-b", (_req, res) => void res.writeHead(302, { location: "/loop-a" }).end());
    for (let i = 0; i < 8; i++) server.routes.set(`/chain${i}`, (_req, res) => void res.writeHead(302, { location: `/chain${i + 1}` }).end());
    expect(await fetcher.fetch(`${server.url}/r1`)).toMatchObject({ kind: "page", finalUrl: `${server.url}/r2` });
    expect(await failure(fetcher.fetch(`${server.url}/loop-a`))).toMatchObject({ code: "REDIRECT_LOOP" });
    expect(await failure(fetcher.fetch(`${server.url}/chain0`))).toMatchObject({ code: "TOO_MANY_REDIRECTS" });
  });

  it("fails a fetch once, permanently, when the profile names an unknown charset", async () => {
    server.routes.set("/a", html());
    const err = await failure(fetcher.fetch(`${server.url}/a`, { charset: "klingon-8" }));
    expect(err).toMatchObject({ code: "BAD_ENCODING", kind: "permanent" });
    expect(err.details.attempts).toBe(1);
  });

  it("accepts only HTML for articles and only http(s)", async () => {
    server.routes.set("/doc.pdf", (_req, res) => void res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF"));
    expect(await failure(fetcher.fetch(`${server.url}/doc.pdf`))).toMatchObject({ code: "NOT_HTML", kind: "permanent" });
    expect(await failure(fetcher.fetch("ftp://127.0.0.1/x"))).toMatchObject({ code: "UNSUPPORTED_SCHEME" });
    expect(await failure(fetcher.fetch("not a url"))).toMatchObject({ code: "BAD_URL" });
  });

  it("times out a slow drip with the whole-request timeout", async () => {
    await fetcher.close();
    fetcher = new Fetcher({ ...FAST, requestTimeoutMs: 400, maxRetries: 0 });
    server.routes.set("/drip", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const t = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(t));
    });
    const started = Date.now();
    expect(await failure(fetcher.fetch(`${server.url}/drip`))).toMatchObject({ code: "TIMEOUT", kind: "retryable" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("reports reset connections and truncated bodies as retryable", async () => {
    server.routes.set("/reset", (req) => req.socket.destroy());
    server.routes.set("/cut", (req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": "5000" });
      res.write("x".repeat(1000), () => req.socket.destroy());
    });
    const reset = await failure(fetcher.fetch(`${server.url}/reset`));
    expect(reset).toMatchObject({ code: "CONNECTION", kind: "retryable" });
    expect(reset.details.attempts).toBe(3);
    expect(await failure(fetcher.fetch(`${server.url}/cut`))).toMatchObject({ code: "TRUNCATED", kind: "retryable" });
  });
});

describe("outbound safety", () => {
  it("refuses loopback by default, for IP literals and for names resolving to it", async () => {
    const strict = new Fetcher({ ...FAST, allowAddresses: [] });
    try {
      server.routes.set("/a", html());
      expect(await failure(strict.fetch(`${server.url}/a`))).toMatchObject({ code: "BLOCKED_ADDRESS", kind: "permanent" });
      const port = new URL(server.url).port;
      expect(await failure(strict.fetch(`http://localhost:${port}/a`))).toMatchObject({ code: "BLOCKED_ADDRESS" });
      expect(server.requests.filter((r) => r.path === "/a")).toHaveLength(0);
    } finally {
      await strict.close();
    }
  });
});

describe("politeness", () => {
  it("honours robots.txt Disallow and Crawl-delay", async () => {
    server.routes.set("/robots.txt", (_req, res) => void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n"));
    for (const p of ["/p1", "/p2", "/p3", "/private/x"]) server.routes.set(p, html());
    const results = await Promise.all(["/p1", "/p2", "/p3"].map((p) => fetcher.fetch(`${server.url}${p}`)));
    expect(results.every((r) => r.kind === "page")).toBe(true);
    const times = server.requests.filter((r) => /^\/p\d$/.test(r.path)).map((r) => r.at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(280);
    expect(await failure(fetcher.fetch(`${server.url}/private/x`))).toMatchObject({ code: "ROBOTS_DISALLOWED", kind: "permanent" });
    expect(server.requests.some((r) => r.path === "/private/x")).toBe(false);
  });

  it("reads robots.txt again once it is older than robotsMaxAgeMs, and one it could not read sooner", async () => {
    await fetcher.close();
    // A tenth of the age for a failure: 30 ms.
    fetcher = new Fetcher({ ...FAST, maxRetries: 0, robotsMaxAgeMs: 300 });
    const robotsFetches = () => server.requests.filter((r) => r.path === "/robots.txt").length;
    const answers = ["Disallow: /p", "Disallow:", 503, "Disallow:"] as const;
    let served = 0;
    server.routes.set("/robots.txt", (_req, res) => {
      const answer = answers[Math.min(served++, answers.length - 1)]!;
      if (typeof answer === "number") return void res.writeHead(answer).end();
      res.writeHead(200, { "content-type": "text/plain" }).end(`User-agent: *\n${answer}\n`);
    });
    server.routes.set("/p", html());
    expect(await failure(fetcher.fetch(`${server.url}/p`))).toMatchObject({ code: "ROBOTS_DISALLOWED" });
    expect(await failure(fetcher.fetch(`${server.url}/p`))).toMatchObject({ code: "ROBOTS_DISALLOWED" });
    expect(robotsFetches()).toBe(1);
    // Past its age: read again, and it now allows the page.
    await new Promise((r) => setTimeout(r, 350));
    expect((await fetcher.fetch(`${server.url}/p`)).kind).toBe("page");
    expect(robotsFetches()).toBe(2);
    // Past its age again: the server fails, the site is shut for 30 ms only, then read again.
    await new Promise((r) => setTimeout(r, 350));
    expect(await failure(fetcher.fetch(`${server.url}/p`))).toMatchObject({ code: "ROBOTS_DISALLOWED" });
    expect(robotsFetches()).toBe(3);
    await new Promise((r) => setTimeout(r, 60));
    expect((await fetcher.fetch(`${server.url}/p`)).kind).toBe("page");
    expect(robotsFetches()).toBe(4);
  });

  it("keeps one request in flight per host", async () => {
    let active = 0;
    let peak = 0;
    server.routes.set("/slow", (req, res) => {
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => {
        active--;
        html()(req, res);
      }, 30);
    });
    await Promise.all(Array.from({ length: 6 }, () => fetcher.fetch(`${server.url}/slow`)));
    expect(peak).toBe(1);
  });
});
