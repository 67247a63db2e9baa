/**
 * The storage suite, run against each backend (see pglite.test.ts and postgres.test.ts):
 * loading, versions, the load → query round trip over the sample articles, untrusted query
 * text, pages, runs, export and migrations. `getStore()` gives the store of the running test;
 * tests that share a store (PGlite) keep to their own URLs, sites, numbers and words, so the
 * exact sample results stay exact.
 */
import { describe, expect, it } from "vitest";
import { exportRows } from "../../storage/export-rows.ts";
import { findDirective } from "../../storage/find-directive.ts";
import { foldKey, unaccentKey } from "../../storage/fold-key.ts";
import { normalizeDirectiveId } from "../../storage/directive-id.ts";
import { listDeadlines } from "../../storage/list-deadlines.ts";
import { listOfficials } from "../../storage/list-officials.ts";
import { InvalidRecordError, type LoadInput } from "../../storage/load-input.ts";
import { migrate } from "../../storage/migrate.ts";
import { paragraphKey } from "../../storage/paragraph-hash.ts";
import { periodRange } from "../../storage/period-range.ts";
import { search } from "../../storage/search.ts";
import type { Store } from "../../storage/store.ts";
import { makeArticle } from "./make-article.ts";
import { SAMPLE_SITE, sampleRecords } from "./sample-records.ts";

const count = async (store: Store, sql: string, params: unknown[] = []): Promise<number> =>
  Number((await store.db.query<{ n: number }>(sql, params)).rows[0]?.n ?? 0);

/** Loads the samples (idempotent) and returns them with their article ids. */
async function loadSamples(store: Store): Promise<Array<{ record: LoadInput; id: number }>> {
  const records = await sampleRecords();
  const results = await store.loadBatch(records);
  return records.map((record, i) => ({ record, id: results[i]!.articleId }));
}

const words = (text: string): Set<string> => new Set(unaccentKey(text).match(/[\p{L}\p{N}]+/gu) ?? []);

/** Defines the suite; `getStore` is called inside each test. */
export function storeSuite(getStore: () => Store): void {
  describe("loading", () => {
    const base = (suffix: string) =>
      makeArticle({
        url: `test:load-${suffix}`,
        site: `site-load-${suffix}`,
        published: "2031-03-04",
        lines: [
          "Quận ủy Vân Khê triển khai Kế hoạch 7001-KH/QU",
          "Sáng 3/3, Quận ủy Vân Khê triển khai Kế hoạch số 7001-KH/QU về công tác kiểm tra.",
          "Đồng chí Mạc Văn Khởi, Bí thư Quận ủy, yêu cầu báo cáo trước ngày 30/4/2031.",
        ],
        docs: [{ id: "7001-KH/QU", written: "7001-KH/QU", issuer: "QU", issuedBy: "Quận ủy Vân Khê" }],
        people: [{ name: "Mạc Văn Khởi", roles: ["Bí thư Quận ủy"] }],
        deadlines: [{ due: "2031-04-30", task: "báo cáo", written: "báo cáo trước ngày 30/4/2031" }],
        dates: [{ value: "2031-04-30", written: "30/4/2031" }],
      });

    it("is idempotent, and a changed record becomes a new version with its facts replaced", async () => {
      const store = getStore();
      const first = base("v");
      const a = await store.load(first);
      expect(a.status).toBe("new");
      expect(await store.load(first)).toEqual({ articleId: a.articleId, status: "unchanged" });
      expect(await count(store, "select count(*) as n from directive_mentions where article_id = $1", [a.articleId])).toBe(2);
      expect(await count(store, "select count(*) as n from article_versions where article_id = $1", [a.articleId])).toBe(0);

      const second = makeArticle({
        url: first.url,
        site: first.site ?? null,
        published: "2031-03-05",
        lines: ["Quận ủy Vân Khê sơ kết Chỉ thị 7002-CT/QU", "Chiều 4/3, Quận ủy sơ kết Chỉ thị số 7002-CT/QU."],
        docs: [{ id: "7002-CT/QU", written: "7002-CT/QU", issuer: "QU", issuedBy: "Quận ủy Vân Khê" }],
      });
      expect(await store.load(second)).toEqual({ articleId: a.articleId, status: "changed" });
      expect(await store.load(second)).toEqual({ articleId: a.articleId, status: "unchanged" });

      const row = (await store.db.query<{ version: number; text: string; published: string }>(
        "select version, text, published from articles where id = $1",
        [a.articleId],
      )).rows[0]!;
      expect(row).toEqual({ version: 2, text: second.text, published: "2031-03-05" });
      const history = (await store.db.query<{ version: number; text: string }>(
        "select version, text from article_versions where article_id = $1",
        [a.articleId],
      )).rows;
      expect(history).toEqual([{ version: 1, text: first.text }]);
      expect((await findDirective(store, "7001-KH/QU")).references).toEqual([]);
      expect((await findDirective(store, "7002-ct/qu")).references.map((r) => r.articleId)).toEqual([a.articleId]);
      expect(await count(store, "select count(*) as n from official_mentions where article_id = $1", [a.articleId])).toBe(0);
      expect(await count(store, "select count(*) as n from deadlines where article_id = $1", [a.articleId])).toBe(0);
      expect(await count(store, "select count(*) as n from paragraphs where article_id = $1", [a.articleId])).toBe(1);
    });

    it("loads a batch in order, a repeated URL in the same batch included", async () => {
      const store = getStore();
      const one = base("b1");
      const two = base("b2");
      const oneChanged = { ...one, title: "Tiêu đề mới" };
      const results = await store.loadBatch([one, two, oneChanged, two]);
      expect(results.map((r) => r.status)).toEqual(["new", "new", "changed", "unchanged"]);
      expect(results[2]!.articleId).toBe(results[0]!.articleId);
      expect(results[3]!.articleId).toBe(results[1]!.articleId);
      expect(await count(store, "select version as n from articles where id = $1", [results[0]!.articleId])).toBe(2);
    });

    it("moves last_seen forward only, without a new version", async () => {
      const store = getStore();
      const rec = { ...base("seen"), fetchedAt: "2031-03-04T10:00:00.000Z" };
      const { articleId } = await store.load(rec);
      await store.load({ ...rec, fetchedAt: "2031-03-09T10:00:00.000Z" });
      await store.load({ ...rec, fetchedAt: "2031-03-01T10:00:00.000Z" });
      const row = (await store.db.query<{ first_seen: string; last_seen: string; version: number }>(
        "select first_seen, last_seen, version from articles where id = $1",
        [articleId],
      )).rows[0];
      expect(row).toEqual({ first_seen: "2031-03-04T10:00:00.000Z", last_seen: "2031-03-09T10:00:00.000Z", version: 1 });
    });

    it("refuses a bad record, naming the field, and stores nothing of it", async () => {
      const store = getStore();
      const good = base("bad");
      await expect(store.load({ ...good, text: 42 } as unknown as LoadInput)).rejects.toThrow(/record\.text: expected a string/);
      const far = { ...good, directives: [{ ...good.directives[0]!, mentions: [{ start: 5, end: 99_999, text: "x" }] }] };
      await expect(store.load(far)).rejects.toThrow(InvalidRecordError);
      await expect(store.load(far)).rejects.toThrow(/directives\[0\]\.mentions\[0\]\.end/);
      await expect(store.load({ ...good, published: "14/11/2014" })).rejects.toThrow(/record\.published/);
      expect(await count(store, "select count(*) as n from articles where canonical_url = $1", [good.url])).toBe(0);
    });

    it("two loaders racing on the same new articles make one row each", async () => {
      const store = getStore();
      const recs = [base("race1"), base("race2"), base("race3")];
      const [x, y] = await Promise.all([store.loadBatch(recs), store.loadBatch([...recs].reverse())]);
      const statuses = [...x!, ...y!].map((r) => r.status).sort();
      expect(statuses).toEqual(["new", "new", "new", "unchanged", "unchanged", "unchanged"]);
      expect(await count(store, "select count(*) as n from articles where canonical_url like 'test:load-race%'")).toBe(3);
      expect(await count(store, "select count(*) as n from officials where name = 'Mạc Văn Khởi'")).toBe(1);
    });

    it("counts repeated paragraphs per site, and forgets a paragraph a new version drops", async () => {
      const store = getStore();
      const site = "site-boiler";
      const notice = "Mời bạn đọc gửi ý kiến về Ban biên tập Cổng thông tin Vân Khê.";
      const recs = [1, 2, 3].map((n) =>
        makeArticle({ url: `test:boiler-${n}`, site, lines: [`Tin số ${n}`, `Nội dung riêng của tin ${n}.`, notice] }),
      );
      await store.loadBatch(recs);
      expect(await store.boilerplateHashes(site)).toEqual(new Set([paragraphKey(notice)]));
      await store.load(makeArticle({ url: "test:boiler-3", site, lines: ["Tin số 3", "Nội dung đã sửa của tin 3."] }));
      expect(await store.boilerplateHashes(site)).toEqual(new Set());
      expect(await store.boilerplateHashes(site, 2)).toEqual(new Set([paragraphKey(notice)]));
    });
  });

  describe("documents by issuing body", () => {
    it("keeps one local number of two committees apart, and folds spelling variants together", async () => {
      const store = getStore();
      await store.upsertSite({ code: "site-nam-khe", committee: "Quận ủy Nam Khê" });
      await store.upsertSite({ code: "site-bac-khe", committee: "Quận ủy Bắc Khê" });
      const line = "Ban Thường vụ Quận ủy ban hành Kế hoạch số 7108-KH/QU về công tác dân vận.";
      const bare = { id: "7108-KH/QU", written: "7108-KH/QU", issuer: "QU", issuedBy: "Ban Thường vụ Quận ủy" };
      const a = await store.load(makeArticle({ url: "test:body-a", site: "site-nam-khe", published: "2031-05-01", lines: ["Tin A", line], docs: [bare] }));
      const b = await store.load(makeArticle({ url: "test:body-b", site: "site-bac-khe", published: "2031-06-01", lines: ["Tin B", line], docs: [bare] }));
      const c = await store.load(
        makeArticle({
          url: "test:body-c",
          site: "site-other",
          published: "2031-06-15",
          lines: ["Tin C", "Quận uỷ Nam Khê triển khai Kế hoạch 7108 - KH/QU."],
          docs: [{ id: "7108 - kh/qu", written: "7108 - KH/QU", issuer: "QU", issuedBy: "Quận uỷ Nam Khê" }],
        }),
      );
      const report = await findDirective(store, "kế hoạch 7108-KH/QU");
      expect(report.id).toBe("7108-KH/QU");
      const byBody = Object.fromEntries(
        report.documents.map((d) => [d.issuedBy, report.references.filter((r) => r.directiveId === d.id).map((r) => r.articleId).sort()]),
      );
      expect(byBody).toEqual({ "Quận ủy Nam Khê": [a.articleId, c.articleId].sort(), "Quận ủy Bắc Khê": [b.articleId] });
      expect(report.byMonth).toEqual([
        { month: "2031-05", mentions: 1, articles: 1 },
        { month: "2031-06", mentions: 2, articles: 2 },
      ]);
    });

    it("files a central document once per term, and lists what is cited beside it", async () => {
      const store = getStore();
      const doc = (date: string | null) => ({ id: "7039-CT/TW", written: "7039-CT/TW", issuer: "TW", issuedBy: "Bộ Chính trị", date });
      const beside = { id: "7040-NQ/TW", written: "7040-NQ/TW", issuer: "TW" };
      await store.load(makeArticle({ url: "test:tw-1", lines: ["T1", "Chỉ thị 7039-CT/TW và Nghị quyết 7040-NQ/TW."], docs: [doc("2017-05-02"), beside] }));
      await store.load(makeArticle({ url: "test:tw-2", lines: ["T2", "Chỉ thị 7039-CT/TW ngày 2/5/2017."], docs: [doc("2017-05-02")] }));
      await store.load(makeArticle({ url: "test:tw-3", lines: ["T3", "Chỉ thị 7039-CT/TW ngày 1/3/2022."], docs: [doc("2022-03-01")] }));
      const report = await findDirective(store, "7039-ct/tw");
      expect(report.documents.map((d) => [d.term, d.articles])).toEqual([["XII", 2], ["XIII", 1]]);
      expect(report.citedWith).toEqual([{ docId: "7040-NQ/TW", issuedBy: null, articles: 1 }]);
    });

    it("lists undated references last, and follows a changed version in what is cited beside", async () => {
      const store = getStore();
      const doc = { id: "7041-CT/TW", written: "7041-CT/TW", issuer: "TW" };
      const other = (id: string) => ({ id, written: id, issuer: "TW" });
      const old = await store.load(makeArticle({ url: "test:cw-old", published: "2030-01-05", lines: ["C1", "Chỉ thị 7041-CT/TW, Kết luận 7042-KL/TW."], docs: [doc, other("7042-KL/TW")] }));
      const undated = await store.load(makeArticle({ url: "test:cw-undated", published: null, lines: ["C2", "Chỉ thị 7041-CT/TW."], docs: [doc] }));
      const fresh = await store.load(makeArticle({ url: "test:cw-new", published: "2030-03-09", lines: ["C3", "Chỉ thị 7041-CT/TW, Quy định 7043-QĐ/TW."], docs: [doc, other("7043-QĐ/TW")] }));
      let report = await findDirective(store, "7041-CT/TW");
      expect(report.references.map((r) => r.articleId)).toEqual([fresh.articleId, old.articleId, undated.articleId]);
      expect(report.citedWith.map((c) => c.docId).sort()).toEqual(["7042-KL/TW", "7043-QĐ/TW"]);
      expect(report.documents.map((d) => [d.mentions, d.articles])).toEqual([[3, 3]]);
      // The first article's new version cites 7043 instead of 7042.
      await store.load(makeArticle({ url: "test:cw-old", published: "2030-01-05", lines: ["C1", "Chỉ thị 7041-CT/TW, Quy định 7043-QĐ/TW."], docs: [doc, other("7043-QĐ/TW")] }));
      report = await findDirective(store, "7041-CT/TW");
      expect(report.citedWith).toEqual([{ docId: "7043-QĐ/TW", issuedBy: null, articles: 2 }]);
      expect((await findDirective(store, "7043-QĐ/TW")).citedWith).toEqual([{ docId: "7041-CT/TW", issuedBy: null, articles: 2 }]);
      // Co-citations are counted over the newest citing articles only.
      report = await findDirective(store, "7041-CT/TW", { citedWithScope: 1 });
      expect(report.citedWith).toEqual([{ docId: "7043-QĐ/TW", issuedBy: null, articles: 1 }]);
    });
  });

  describe("round trip over the sample articles", () => {
    it("every directive lists exactly the articles whose records name it", async () => {
      const store = getStore();
      const samples = await loadSamples(store);
      expect(samples.length).toBeGreaterThanOrEqual(8);
      const expected = new Map<string, { articles: Set<number>; mentions: number }>();
      for (const { record, id } of samples) {
        for (const d of record.directives) {
          const docId = d.id === null ? null : normalizeDirectiveId(d.id);
          if (docId === null) continue;
          const e = expected.get(docId) ?? { articles: new Set<number>(), mentions: 0 };
          e.articles.add(id);
          e.mentions += d.mentions.length;
          expected.set(docId, e);
        }
      }
      expect(expected.size).toBeGreaterThan(5);
      for (const [docId, e] of expected) {
        const report = await findDirective(store, docId, { limit: 10_000 });
        const sampleIds = new Set(samples.map((s) => s.id));
        const found = report.references.filter((r) => sampleIds.has(r.articleId));
        expect(new Set(found.map((r) => r.articleId)), docId).toEqual(e.articles);
        expect(report.byMonth.reduce((n, m) => n + m.mentions, 0), docId).toBe(e.mentions);
        for (const r of found) expect(r.sentence.length, docId).toBeGreaterThan(0);
      }
    });

    it("every official lists exactly the articles and roles the records give", async () => {
      const store = getStore();
      const samples = await loadSamples(store);
      const expected = new Map<string, { name: string; articles: Set<number>; roles: Set<string> }>();
      for (const { record, id } of samples) {
        for (const o of record.officials) {
          const key = foldKey(o.name);
          const e = expected.get(key) ?? { name: o.name, articles: new Set<number>(), roles: new Set<string>() };
          e.articles.add(id);
          for (const r of o.roles) e.roles.add(r);
          expected.set(key, e);
        }
      }
      expect(expected.size).toBeGreaterThan(5);
      for (const [key, e] of expected) {
        const people = await listOfficials(store, { name: unaccentKey(e.name), limit: 1000 });
        const person = people.find((p) => foldKey(p.name) === key);
        expect(person, e.name).toBeDefined();
        expect(person!.articles, e.name).toBe(e.articles.size);
        expect(new Set(person!.roles.map((r) => r.role)), e.name).toEqual(e.roles);
      }
    });

    it("deadlines come back exactly, and the due filters cut where the records say", async () => {
      const store = getStore();
      const samples = await loadSamples(store);
      const all = samples.flatMap(({ record, id }) => record.deadlines.map((d) => ({ id, due: d.due, task: d.task })));
      expect(all.length).toBeGreaterThan(5);
      const got = (await listDeadlines(store, { site: SAMPLE_SITE, limit: 100_000 })).map((d) => ({ id: d.articleId, due: d.due, task: d.task }));
      const sortKey = (x: { id: number; due: string; task: string }) => `${x.id}|${x.due}|${x.task}`;
      expect(got.map(sortKey).sort()).toEqual(all.map(sortKey).sort());
      const dues = [...new Set(all.map((d) => periodRange(d.due)?.to).filter((d): d is string => !!d))].sort();
      const cut = dues[Math.floor(dues.length / 2)]!;
      const before = await listDeadlines(store, { site: SAMPLE_SITE, dueBefore: cut, limit: 100_000 });
      const after = await listDeadlines(store, { site: SAMPLE_SITE, dueAfter: cut, limit: 100_000 });
      expect(before.length).toBe(all.filter((d) => (periodRange(d.due)?.to ?? "9999") < cut).length);
      expect(after.length).toBe(all.filter((d) => (periodRange(d.due)?.to ?? "") >= cut).length);
    });

    it("search finds exactly the articles holding every word, diacritics ignored", async () => {
      const store = getStore();
      const samples = await loadSamples(store);
      const sampleIds = new Set(samples.map((s) => s.id));
      for (const query of ["chi thi", "dang uy", "ke hoach", "quan triet chinh tri"]) {
        const want = samples
          .filter(({ record }) => {
            const w = words(`${record.title ?? ""} ${record.text}`);
            return query.split(" ").every((q) => w.has(q));
          })
          .map((s) => s.id);
        const got = (await search(store, { query, limit: 1000 })).filter((h) => sampleIds.has(h.articleId));
        expect(new Set(got.map((h) => h.articleId)), query).toEqual(new Set(want));
        for (const h of got) expect(h.snippet, query).toMatch(/«[^»]+»/u);
      }
      // "dong quang" finds "Đông Quang" (đ → d), within one site.
      const dongQuang = samples.filter(({ record }) => record.text.includes("Đông Quang")).map((s) => s.id);
      expect(dongQuang.length).toBeGreaterThan(0);
      const hits = await search(store, { query: '"dong quang"', site: SAMPLE_SITE, limit: 1000 });
      expect(new Set(hits.map((h) => h.articleId))).toEqual(new Set(dongQuang));
      expect(hits[0]!.snippet).toMatch(/«Đông» «Quang»/u);
    });

    it("export gives back each article with its text and every finding", async () => {
      const store = getStore();
      const samples = await loadSamples(store);
      const byUrl = new Map<string, Record<string, unknown>>();
      for await (const row of exportRows(store)) byUrl.set(row.url as string, row);
      for (const { record } of samples) {
        const row = byUrl.get(record.url);
        expect(row, record.url).toBeDefined();
        const { url, site, title, published, eventDate, authors, paragraphs, directives, officials, dates, deadlines, text } = record;
        expect(row).toMatchObject({ url, site, title, published, eventDate, authors, paragraphs, directives, officials, dates, deadlines, text });
      }
      let mentionRows = 0;
      for await (const row of exportRows(store, { table: "directive_mentions" })) if (typeof row.sentence === "string") mentionRows++;
      expect(mentionRows).toBe(await count(store, "select count(*) as n from directive_mentions"));
    });

    it("loading the samples again changes nothing, and the analyst views answer", async () => {
      const store = getStore();
      await loadSamples(store);
      const before = await count(store, "select count(*) as n from directive_mentions");
      const again = await store.loadBatch(await sampleRecords());
      expect(new Set(again.map((r) => r.status))).toEqual(new Set(["unchanged"]));
      expect(await count(store, "select count(*) as n from directive_mentions")).toBe(before);
      expect(await count(store, "select count(*) as n from directive_timeline")).toBeGreaterThan(0);
      expect(await count(store, "select count(*) as n from official_roles")).toBeGreaterThan(0);
      expect(await count(store, "select count(*) as n from directive_references")).toBe(before);
      await count(store, "select count(*) as n from open_deadlines");
    });
  });

  describe("untrusted query text", () => {
    const nasty = [
      "'",
      '"',
      "\\",
      "\\'; drop table articles; --",
      "%",
      "_",
      "100%",
      "' or 1=1 --",
      "select * from articles",
      "chi & thi | !39 <-> (",
      "\uD800\uDFFF\uDC00",
      "\u0000",
      "x".repeat(10_240),
      "chỉ thị ".repeat(1400),
    ];

    it("is harmless everywhere and returns sensible results", async () => {
      const store = getStore();
      await store.load(
        makeArticle({ url: "test:untrusted", site: "site-untrusted", lines: ["Zyxwa quvoc", "Bài viết về zyxwa quvoc và Chỉ thị 7777-CT/TW.", "Ông Kha Văn Zyx, Chủ tịch, phát biểu."], docs: [{ id: "7777-CT/TW", written: "7777-CT/TW" }], people: [{ name: "Kha Văn Zyx", roles: ["Chủ tịch"] }] }),
      );
      const articles = await count(store, "select count(*) as n from articles");
      for (const text of nasty) {
        const hits = await search(store, { query: text });
        expect(Array.isArray(hits)).toBe(true);
        const people = await listOfficials(store, { name: text });
        expect(people.filter((p) => p.name === "Kha Văn Zyx")).toEqual([]);
        const report = await findDirective(store, text);
        expect(report.documents.filter((d) => d.docId === "7777-CT/TW")).toEqual([]);
      }
      expect(await count(store, "select count(*) as n from articles")).toBe(articles);
      // Noise around real words does not hide them.
      const want = ["test:untrusted"];
      for (const text of ["zyxwa quvoc", "\uD800zyxwa quvoc", '"zyxwa quvoc', "zyxwa\u0000 quvoc", `zyxwa quvoc ${"'".repeat(5000)}`, "ZYXWA QUVÓC"]) {
        expect((await search(store, { query: text })).map((h) => h.url), JSON.stringify(text.slice(0, 20))).toEqual(want);
      }
      expect((await search(store, { query: "zyxwa -quvoc" })).length).toBe(0);
      expect((await listOfficials(store, { name: "kha van zyx" })).map((p) => p.name)).toEqual(["Kha Văn Zyx"]);
      expect((await listOfficials(store, { name: "%" })).length).toBe(0);
      await expect(listDeadlines(store, { dueBefore: "'; drop table deadlines; --" })).rejects.toThrow(/due-before: expected a date/);
    });
  });

  describe("pages, runs and migrations", () => {
    it("records fetches and returns the latest validators", async () => {
      const store = getStore();
      const url = "https://vankhe.example/tin/1";
      expect(await store.getPageValidators(url)).toBeNull();
      await store.recordPage({ url, status: 200, etag: '"a1"', lastModified: "Tue, 01 Apr 2031 08:00:00 GMT", contentHash: "h1", site: "site-pages" });
      await store.recordPage({ url, finalUrl: url + "?r=1", status: 200, etag: '"a2"', contentHash: "h2", site: "site-pages" });
      expect(await store.getPageValidators(url)).toEqual({ etag: '"a2"', lastModified: null, contentHash: "h2" });
      expect(await count(store, "select count(*) as n from pages where url = $1", [url])).toBe(1);
    });

    it("records the fetch behind a record in the record's own transaction, and none for a refused record", async () => {
      const store = getStore();
      const url = "https://vankhe.example/tin/2";
      const record = makeArticle({ url, site: "site-pages", published: "2031-03-04", lines: ["Quận ủy Vân Khê họp phiên thường kỳ tháng 3."] });
      const fetch = { url: url + "?from=list", finalUrl: url, status: 200, etag: '"b1"', lastModified: null, contentHash: "hb1", fetchedAt: "2031-03-04T10:00:00Z", site: "site-pages" };
      await expect(store.load({ ...record, fetch: { ...fetch, status: 42 } })).rejects.toThrow(/record\.fetch\.status: expected an HTTP status/);
      await expect(store.load({ ...record, title: 7, fetch } as unknown as LoadInput)).rejects.toThrow(/record\.title/);
      expect(await store.getPageValidators(fetch.url)).toBeNull();
      expect((await store.load({ ...record, fetch })).status).toBe("new");
      expect(await store.getPageValidators(fetch.url)).toEqual({ etag: '"b1"', lastModified: null, contentHash: "hb1" });
      expect((await store.load({ ...record, fetch: { ...fetch, etag: '"b2"', contentHash: "hb2" } })).status).toBe("unchanged");
      expect(await store.getPageValidators(fetch.url)).toEqual({ etag: '"b2"', lastModified: null, contentHash: "hb2" });
      const row = (await store.db.query<{ status: number; final_url: string; site: string }>(
        "select p.status, p.final_url, s.code as site from pages p join sites s on s.id = p.site_id where p.url = $1",
        [fetch.url],
      )).rows[0];
      expect(row).toEqual({ status: 200, final_url: url, site: "site-pages" });
    });

    it("keeps crawl runs with their counts and errors", async () => {
      const store = getStore();
      const id = await store.startRun({ site: "site-runs" });
      await store.finishRun(id, { fetched: 12, loaded: 10 }, [{ url: "https://x.example/a", error: "HTTP 500" }]);
      const run = (await store.listRuns(100)).find((r) => r.id === id);
      expect(run).toMatchObject({ site: "site-runs", counts: { fetched: 12, loaded: 10 }, errors: [{ url: "https://x.example/a", error: "HTTP 500" }] });
      expect(run!.finishedAt! >= run!.startedAt).toBe(true);
    });

    it("migrating again applies nothing", async () => {
      const store = getStore();
      expect(await migrate(store.db)).toEqual([]);
      const versions = (await store.db.query<{ version: number }>("select version from schema_migrations order by version")).rows;
      expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    });
  });
}
