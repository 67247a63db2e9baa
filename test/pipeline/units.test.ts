/** Job ids, pipeline settings, payload checks, queue names and schedule checks. */
import { describe, expect, it } from "vitest";
import { profileForTarget, portableProfile, targetScope, validateCrawlTarget } from "../../pipeline/crawl-target.ts";
import { runJobId, stageOfJobId, urlJobId } from "../../pipeline/job-id.ts";
import { validateDiscoverJob, validateFetchJob, validateProcessJob, validateRunJob } from "../../pipeline/job-payloads.ts";
import { DEFAULT_PIPELINE_OPTIONS, pipelineOptionsFromEnv } from "../../pipeline/pipeline-options.ts";
import { parseQueueNames } from "../../pipeline/queues.ts";
import { BatchedLookup } from "../../pipeline/batched-lookup.ts";
import { checkScheduleSpec } from "../../pipeline/schedules.ts";
import { samplePortalProfile } from "../../crawlers/sites/index.ts";

describe("urlJobId", () => {
  it.each([
    ["http://a.vn/tin-tuc/x.html#noi-dung", "http://a.vn/tin-tuc/x.html"],
    ["http://A.VN/tin-tuc/x.html?utm_source=fb", "http://a.vn/tin-tuc/x.html"],
    ["http://a.vn/Detail.aspx?ItemID=5&CatID=3", "http://a.vn/Detail.aspx?CatID=3&ItemID=5"],
  ])("gives %s and %s one id", (a, b) => {
    expect(urlJobId("fetch", a)).toBe(urlJobId("fetch", b));
  });

  it("tells stages, kinds and pages apart, and never uses ':'", () => {
    const ids = [urlJobId("fetch", "http://a.vn/1.html"), urlJobId("process", "http://a.vn/1.html"), urlJobId("discover", "http://a.vn/1.html", "listing"), urlJobId("discover", "http://a.vn/1.html", "feed"), urlJobId("fetch", "http://a.vn/2.html")];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[dfp]-[0-9a-f]{40}$/);
    expect(ids.map(stageOfJobId)).toEqual(["fetch", "process", "discover", "discover", "fetch"]);
    expect(runJobId(12)).toBe("run-12");
    expect(stageOfJobId(runJobId(12))).toBeNull();
  });
});

describe("pipelineOptionsFromEnv", () => {
  it("reads the environment over the defaults", () => {
    const o = pipelineOptionsFromEnv({ REDIS_URL: "redis://10.0.0.5:6380", VDP_QUEUE_PREFIX: "vdp-prod", VDP_FETCH_CONCURRENCY: "64", VDP_LOCK_MS: "5000" });
    expect(o).toMatchObject({ redisUrl: "redis://10.0.0.5:6380", queuePrefix: "vdp-prod", fetchConcurrency: 64, lockMs: 5000, jobAttempts: DEFAULT_PIPELINE_OPTIONS.jobAttempts });
    expect(pipelineOptionsFromEnv({}).redisUrl).toBeNull();
  });

  it.each([
    [{ VDP_JOB_ATTEMPTS: "0" }, /VDP_JOB_ATTEMPTS must be a whole number ≥ 1, got "0"/],
    [{ VDP_FETCH_CONCURRENCY: "many" }, /VDP_FETCH_CONCURRENCY/],
    [{ REDIS_URL: "localhost:6379" }, /REDIS_URL must be a redis:\/\/host:port URL/],
    [{ VDP_QUEUE_PREFIX: "a:b" }, /VDP_QUEUE_PREFIX/],
  ])("rejects %j naming the variable", (env, message) => {
    expect(() => pipelineOptionsFromEnv(env)).toThrow(message);
  });
});

describe("job payload checks", () => {
  const target = { site: "sample-portal", portalUrl: "http://127.0.0.1:8090" };
  it("accepts good payloads", () => {
    expect(validateRunJob({ target }).target.site).toBe("sample-portal");
    expect(validateFetchJob({ runId: 3, target, url: "http://127.0.0.1:8090/a.html" }).url).toMatch(/a\.html$/);
    expect(validateDiscoverJob({ runId: 3, target, task: { site: "sample-portal", kind: "feed", url: "http://127.0.0.1:8090/rss", page: 1 } }).task.kind).toBe("feed");
  });

  it.each([
    [() => validateFetchJob({ runId: 0, target, url: "http://x" }), /fetch job\.runId: expected a run id ≥ 1, got 0/],
    [() => validateFetchJob({ runId: 1, target: { site: "" }, url: "http://x" }), /fetch job\.target\.site/],
    [() => validateFetchJob({ runId: 1, target }), /fetch job\.url: expected a non-empty string, got undefined/],
    [() => validateDiscoverJob({ runId: 1, target, task: { site: "s", kind: "page", url: "http://x", page: 1 } }), /task\.kind: expected one of listing, feed, sitemap, robots, got "page"/],
    [() => validateProcessJob({ runId: 1, target, parsed: { url: "http://x", site: "s", article: { paragraphs: "no", text: "" } }, page: { url: "http://x", status: 200 } }), /paragraphs: expected a list/],
    [() => validateRunJob("run please"), /run job: expected an object/],
    [() => validateCrawlTarget({ site: "x", maxArticles: -1 }), /maxArticles/],
  ])("rejects a bad payload with the field (%#)", (check, message) => {
    expect(check).toThrow(message);
  });
});

describe("crawl targets", () => {
  it("carries a profile through JSON, its URL pattern included", () => {
    const profile = { ...samplePortalProfile("http://127.0.0.1:9000"), id: "bench", articleUrlPattern: /\/bai-viet\/.+\.html$/ };
    const back = profileForTarget(JSON.parse(JSON.stringify({ site: "bench", profile: portableProfile(profile) })));
    expect(back.articleUrlPattern?.test("http://127.0.0.1:9000/bai-viet/x.html")).toBe(true);
    expect(back.startUrls).toEqual(profile.startUrls);
  });

  it("scopes overlapping runs by target", () => {
    expect(targetScope({ site: "hanoimoi" })).toBe("hanoimoi");
    expect(targetScope({ site: "sample-portal", portalUrl: "http://127.0.0.1:1" })).not.toBe(targetScope({ site: "sample-portal", portalUrl: "http://127.0.0.1:2" }));
    expect(() => profileForTarget({ site: "no-such-site" })).toThrow(/no site profile "no-such-site"/);
  });
});

describe("queue names and schedules", () => {
  it("parses --queues and names an unknown queue", () => {
    expect(parseQueueNames("fetch, process")).toEqual(["fetch", "process"]);
    expect(() => parseQueueNames("fetch,extract")).toThrow(/unknown queue "extract"; the queues are runs, discover, fetch, process/);
  });

  it.each([
    [{ cron: "0 2 * * *", tz: "Asia/Ho_Chi_Minh" }, null],
    [{ cron: "*/10 * * * * *", tz: "UTC" }, null],
    [{ cron: "every night", tz: "UTC" }, /--cron: expected five \(or six\) cron fields/],
    [{ cron: "0 2 * *", tz: "UTC" }, /--cron/],
    [{ cron: "0 2 * * *", tz: "Asia/Hanoi_City" }, /--tz: "Asia\/Hanoi_City" is not a time zone/],
  ])("checks %j", (spec, message) => {
    if (message) expect(() => checkScheduleSpec(spec)).toThrow(message);
    else expect(() => checkScheduleSpec(spec)).not.toThrow();
  });
});

describe("BatchedLookup", () => {
  const squares = () => {
    const calls: number[][] = [];
    const lookup = new BatchedLookup<number, number>(async (keys) => {
      calls.push([...keys]);
      if (keys.includes(13)) throw new Error("unlucky batch");
      return new Map(keys.filter((k) => k % 2 === 0).map((k) => [k, k * k]));
    }, 3);
    return { calls, lookup };
  };

  it("answers the keys asked for in one turn with one call per few keys, each caller its own answer", async () => {
    const { calls, lookup } = squares();
    const answers = await Promise.all([2, 3, 4, 2, 6, 8].map((k) => lookup.get(k)));
    expect(answers).toEqual([4, null, 16, 4, 36, 64]);
    expect(calls).toEqual([[2, 3, 4], [6, 8]]);
    expect(await lookup.get(10)).toBe(100);
    expect(calls).toHaveLength(3);
  });

  it("fails only the lookups of a call that failed", async () => {
    const { lookup } = squares();
    const settled = await Promise.allSettled([2, 13, 4, 6].map((k) => lookup.get(k)));
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected", "rejected", "fulfilled"]);
    expect((settled[1] as PromiseRejectedResult).reason.message).toBe("unlucky batch");
    expect(await lookup.get(4)).toBe(16);
  });
});
