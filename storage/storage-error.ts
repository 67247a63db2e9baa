/**
 * Database failures as the store reports them: what was being done, the server's fields
 * (`code`, `detail`, `constraint`), and whether trying again may help.
 */

// SQLSTATE classes and codes worth a retry: connection trouble, serialization, deadlock,
// too many connections, the server shutting down.
const RETRYABLE = /^(08|40001|40P01|53300|57P01|57P02|57P03)/;

/** A failed database operation. */
export class StorageError extends Error {
  override readonly name = "StorageError";
  /** The SQLSTATE (e.g. `23505`) or the system error code (e.g. `ECONNREFUSED`), when known. */
  readonly code: string | null;
  readonly detail: string | null;
  readonly constraint: string | null;
  /** True when the same operation may succeed later (connection lost, deadlock …). */
  readonly retryable: boolean;

  constructor(doing: string, cause: unknown) {
    const e = (cause ?? {}) as { message?: string; code?: unknown; detail?: unknown; constraint?: unknown };
    const code = typeof e.code === "string" ? e.code : null;
    super(`${doing}: ${e.message ?? String(cause)}${code ? ` (${code})` : ""}`, { cause });
    this.code = code;
    this.detail = typeof e.detail === "string" ? e.detail : null;
    this.constraint = typeof e.constraint === "string" ? e.constraint : null;
    this.retryable = code !== null && (RETRYABLE.test(code) || ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT"].includes(code));
  }
}
