/** The storage suite on PGlite: one embedded database for the whole file, in a temp folder. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import { openStore } from "../../storage/db.ts";
import type { Store } from "../../storage/store.ts";
import { storeSuite } from "./store-suite.ts";

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-pglite-"));
  store = await openStore({ dataDir: dir });
});

afterAll(async () => {
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("storage on PGlite", () => storeSuite(() => store));
