/** Named SQL: every statement `storage/` runs lives in a `.sql` file under `storage/queries/`. */
import fs from "node:fs";

const cache = new Map<string, string>();

/**
 * The text of `storage/queries/<name>.sql`, read once.
 *
 * @example sqlFile("search") // the ranked full-text search
 */
export function sqlFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(new URL(`./queries/${name}.sql`, import.meta.url), "utf8");
    cache.set(name, text);
  }
  return text;
}
