/** Connection strings in messages: never with their password. */

/**
 * A connection string without its password, fit for a message.
 *
 * @example redactUrl("postgres://u:secret@db/vdp") // "postgres://u:***@db/vdp"
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable connection string)";
  }
}
