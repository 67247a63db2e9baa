/** The storage suite on the real PostgreSQL: each test in its own schema, dropped after. */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, beforeEach, describe } from "vitest";
import { openStore } from "../../storage/db.ts";
import type { Store } from "../../storage/store.ts";
import { hasPostgres, TEST_DATABASE_URL } from "../support/services.ts";
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
