/** Failures of the database say what was being done, where, and whether a retry may help. */
import { describe, expect, it } from "vitest";
import { openStore } from "../../storage/db.ts";
import { redactUrl } from "../../storage/redact-url.ts";
import { StorageError } from "../../storage/storage-error.ts";

describe("StorageError", () => {
  it("an unreachable server fails the open with the place, without the password", async () => {
    const err = await openStore({ databaseUrl: "postgres://vdp:secret@127.0.0.1:1/vdp", schema: "vdp_nowhere" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    const e = err as StorageError;
    expect(e.message).toContain("cannot open the store at postgres://vdp:***@127.0.0.1:1/vdp");
    expect(e.message).not.toContain("secret");
    expect(e.code).toBe("ECONNREFUSED");
    expect(e.retryable).toBe(true);
  });

  it("keeps the server's fields and tells permanent from retryable", () => {
    const unique = new StorageError("loading x", { message: "duplicate key", code: "23505", detail: "Key (url)", constraint: "articles_pkey" });
    expect([unique.code, unique.detail, unique.constraint, unique.retryable]).toEqual(["23505", "Key (url)", "articles_pkey", false]);
    expect(new StorageError("loading x", { message: "deadlock detected", code: "40P01" }).retryable).toBe(true);
    expect(new StorageError("loading x", new Error("boom")).message).toBe("loading x: boom");
  });

  it("redacts only the password", () => {
    expect(redactUrl("postgres://u:pw@h:5432/d?sslmode=require")).toBe("postgres://u:***@h:5432/d?sslmode=require");
    expect(redactUrl("postgres://h/d")).toBe("postgres://h/d");
    expect(redactUrl("not a url")).toBe("(unparsable connection string)");
  });
});
