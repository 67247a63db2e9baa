/** `vdp officials`: people with their roles over time and the articles they appear in. */
import { cleanQueryText } from "./query-text.ts";
import { clampLimit } from "./clamp-limit.ts";
import { sqlFile } from "./sql-file.ts";
import type { Store } from "./store.ts";

/** One role as written, with when it appears. */
export interface OfficialRole {
  role: string;
  from: string | null;
  to: string | null;
  articles: number;
}

/** An article naming the person. */
export interface OfficialAppearance {
  articleId: number;
  url: string;
  site: string | null;
  title: string | null;
  published: string | null;
  roles: string[];
}

/** A person as {@link listOfficials} reports them. */
export interface OfficialSummary {
  id: number;
  name: string;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  roles: OfficialRole[];
  appearances: OfficialAppearance[];
}

/** Options of {@link listOfficials}. */
export interface ListOfficialsOptions {
  /** Part of the name, diacritics and case ignored ("nguyen van"). */
  name?: string | null;
  /** Most people. Default 20. */
  limit?: number;
  /** Latest articles listed per person. Default 5. */
  appearances?: number;
}

/**
 * People matching the options, most cited first.
 *
 * @example await listOfficials(store, { name: "le tien nhat" })
 */
export async function listOfficials(store: Store, options: ListOfficialsOptions = {}): Promise<OfficialSummary[]> {
  const name = options.name == null ? null : cleanQueryText(options.name);
  // A name filter with nothing searchable left in it matches nobody (not everybody).
  if (name === "") return [];
  const people = (
    await store.db.query<Omit<OfficialSummary, "roles" | "appearances">>(sqlFile("officials-list"), [
      name,
      clampLimit(options.limit, 20),
    ])
  ).rows;
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  const [roles, appearances] = await Promise.all([
    store.db.query<OfficialRole & { officialId: number }>(sqlFile("official-roles"), [ids]),
    store.db.query<OfficialAppearance & { officialId: number }>(sqlFile("official-appearances"), [
      ids,
      clampLimit(options.appearances, 5, 1000),
    ]),
  ]);
  return people.map((p) => ({
    ...p,
    roles: roles.rows.filter((r) => r.officialId === p.id).map(({ officialId: _, ...r }) => r),
    appearances: appearances.rows.filter((a) => a.officialId === p.id).map(({ officialId: _, ...a }) => a),
  }));
}
