/** The default schema of the store's tables. */
export const DEFAULT_SCHEMA = "public";

/**
 * Checks a schema name before it is put into SQL: lower-case letters, digits and `_`,
 * starting with a letter or `_`, at most 63 characters. Returns the name.
 *
 * @example assertSchemaName("vdp_test_1a2b") // "vdp_test_1a2b"
 */
export function assertSchemaName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`invalid schema name ${JSON.stringify(name)}: use lower-case letters, digits and _ (at most 63)`);
  }
  return name;
}
