/** The storage suite on the real PostgreSQL: each test in its own schema, dropped after. */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../../storage/db.ts";
import { PLANNED_PER_CALL } from "../../storage/load-batch.ts";
import type { Store } from "../../storage/store.ts";
import { hasPostgres, TEST_DATABASE_URL } from "../support/services.ts";
import { makeArticle } from "./make-article.ts";
import { storeSuite } from "./store-suite.ts";

const available = await hasPostgres();
let store: Store;
let schema: string;

describe.skipIf(!available)("storage on PostgreSQL", () => {
  beforeEach(async () => {
    schema = `vdp_test_${randomBytes(6).toString("hex")}`;
    store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
  });

  afterEach(async () => {
    await store?.close();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`drop schema if exists "${schema}" cascade`);
    } finally {
      await client.end();
    }
  });

  storeSuite(() => store);
});

describe.skipIf(!available)("the loader's plans on PostgreSQL", () => {
  it("keeps prepared plans for its inserts only: lookups by key are planned for the tables as they are at each call", async () => {
    const schema = `vdp_test_${randomBytes(6).toString("hex")}`;
    // One connection, so every statement below runs in the session inspected at the end.
    const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema, maxConnections: 1 });
    try {
      const article = (n: number, version: string) =>
        makeArticle({
          url: `test:plans-${n}`,
          site: "site-plans",
          published: "2031-05-06",
          fetchedAt: `2031-05-0${version === "a" ? 6 : 7}T08:00:00.000Z`,
          lines: [`Huyện ủy Sơn Vĩ triển khai Kế hoạch ${8100 + n}-KH/HU (${version})`, `Đồng chí Lã Văn Tùng ${n}, Bí thư Huyện ủy, chủ trì hội nghị.`],
          docs: [{ id: `${8100 + n}-KH/HU`, written: `${8100 + n}-KH/HU`, issuer: "HU" }],
          people: [{ name: `Lã Văn Tùng ${n}`, roles: ["Bí thư Huyện ủy"] }],
        });
      // Eight batches of new articles, then the same ones changed: more calls of each
      // statement than PostgreSQL needs before it settles on a generic plan.
      for (let n = 0; n < 8; n++) await store.loadBatch([article(n, "a")]);
      for (let n = 0; n < 8; n++) expect((await store.loadBatch([article(n, "b")]))[0]!.status).toBe("changed");
      for (let n = 0; n < 8; n++) await store.getPagesValidators([`test:plans-${n}`]);
      const { rows } = await store.db.query<{ name: string }>("select name from pg_prepared_statements");
      const prepared = new Set(rows.map((r) => r.name));
      expect(prepared).toContain("load-insert-articles");
      expect(prepared).toContain("load-insert-official-mentions");
      for (const lookup of [...PLANNED_PER_CALL, "pages-validators"]) expect(prepared, lookup).not.toContain(lookup);
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`).finally(() => client.end());
    }
  });
});
