/**
 * Which `directives` row a mentioned document belongs to. A number alone does not identify a
 * document: every district has its own 108-KH/QU and Party numbering restarts each term. So:
 * - central Party documents (issuer TW, VPTW, UBKTTW … ending in "TW"): one row per id and
 *   term, the term read from the issue date ('' when the date is unknown);
 * - national state documents (CP, TTg, QH, ministries …): one row per id and year;
 * - everything else is local: one row per id, issuing body (the record's `issuedBy`, or the
 *   site's committee when the record names none or only a bare "Quận ủy") and issue date.
 */
import type { Directive } from "../extractors/types.ts";
import { foldKey, unaccentKey } from "./fold-key.ts";
import { partyTerm } from "./party-term.ts";

/** The identity of a document row and what is stored beside it. */
export interface DirectiveKey {
  docId: string;
  /** Folded issuing body ("tw" for central Party documents); '' when unknown. */
  bodyKey: string;
  /** Term, year or issue date as described above; '' when unknown. */
  period: string;
  /** The issuing body to show. */
  issuedBy: string | null;
  issuer: string | null;
  term: string | null;
}

const NATIONAL_STATE = new Set(["CP", "TTG", "QH", "UBTVQH", "VPCP", "CTN", "TANDTC", "VKSNDTC", "KTNN"]);
// Bodies named without a place: the number is the site committee's when the site has one.
const BARE_BODY = /^(ban thuong vu |thuong truc |ban chap hanh |ban thuong truc )?(quan|huyen|tinh|thanh|thi|dang) uy$/u;
const ORGAN_PREFIX = /^(ban thường vụ|thường trực|ban chấp hành|ban thường trực) /u;

function issuerOf(docId: string, given: string | null): string | null {
  if (given) return given;
  const party = /^\d+-[^/]+\/(.+)$/u.exec(docId);
  if (party) return party[1] ?? null;
  const state = /^\d+(?:\/\d{4})?\/[^-]+-(.+)$/u.exec(docId);
  return state?.[1] ?? null;
}

function isNationalState(docId: string, issuer: string | null): boolean {
  if (/^\d+\/\d{4}\/QH\d+$/u.test(docId)) return true;
  if (!docId.includes("/") || /^\d+-/u.test(docId)) return false;
  const first = (issuer ?? "").split("-")[0]?.toUpperCase() ?? "";
  return NATIONAL_STATE.has(first) || /^QH\d*$/u.test(first) || /^B[A-ZĐ]{1,5}$/u.test(first);
}

/** The body key: folded, without "Ban Thường vụ" and the like (they issue the committee's numbers). */
function bodyKeyOf(body: string): string {
  return foldKey(body).replace(ORGAN_PREFIX, "");
}

/**
 * The row key of `directive` (whose canonical id is `docId`) mentioned on a site whose
 * committee is `siteCommittee`.
 *
 * @example directiveKey("39-CT/TW", { issuer: "TW", date: "2014-10-29", … }, null).period // "XI"
 */
export function directiveKey(docId: string, directive: Directive, siteCommittee: string | null): DirectiveKey {
  const issuer = issuerOf(docId, directive.issuer);
  const upper = issuer?.toUpperCase() ?? "";
  if (/^\d+-/u.test(docId) && upper.endsWith("TW")) {
    const term = partyTerm(directive.date);
    return { docId, bodyKey: upper.toLowerCase(), period: term ?? "", issuedBy: directive.issuedBy, issuer, term };
  }
  if (isNationalState(docId, issuer)) {
    const year = /^\d+\/(\d{4})\//u.exec(docId)?.[1] ?? directive.date?.slice(0, 4) ?? "";
    return {
      docId,
      bodyKey: (issuer ?? "").toLowerCase(),
      period: year,
      issuedBy: directive.issuedBy,
      issuer,
      term: null,
    };
  }
  const written = directive.issuedBy?.trim() || null;
  const bare = written !== null && BARE_BODY.test(unaccentKey(written));
  const body = written !== null && !(bare && siteCommittee) ? written : (siteCommittee ?? written);
  return {
    docId,
    bodyKey: body ? bodyKeyOf(body) : "",
    period: directive.date ?? "",
    issuedBy: body,
    issuer,
    term: partyTerm(directive.date),
  };
}
