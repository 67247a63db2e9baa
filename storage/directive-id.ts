/**
 * The canonical id of a document number, whatever way it was written: the extractor's own
 * normalizer first (so lookups match what extraction stored), then the rules below for the
 * forms it does not read (a number with no issuer such as `45-NQ`, an escaped slash).
 * Party numbers come out as `NUMBER-CODE/ISSUER` (`39-CT/TW`), state numbers as
 * `NUMBER/YEAR/CODE-ISSUER` or `NUMBER/CODE-ISSUER` (`15/2020/NĐ-CP`, `1234/QĐ-UBND`):
 * leading zeros dropped, codes in capitals with `Đ` restored (`QD` → `QĐ`), `QĐi` keeping
 * its small i, spaces and dash variants removed, a leading "Chỉ thị số" or the like ignored.
 */

import { normalizeDirectiveId as extractorNormalize } from "../extractors/index.ts";

// Codes whose plain-letter spelling stands for a Đ, or whose case is fixed.
const CODE_SPELLING: Readonly<Record<string, string>> = {
  QD: "QĐ",
  ND: "NĐ",
  DA: "ĐA",
  CD: "CĐ",
  QDI: "QĐi",
  "QĐI": "QĐi",
  QYD: "QyĐ",
  "QYĐ": "QyĐ",
  TTR: "TTr",
  CTR: "CTr",
};

// Issuer parts whose plain-letter spelling stands for a Đ (or Ư read for Trung ương).
const ISSUER_SPELLING: Readonly<Record<string, string>> = {
  DU: "ĐU",
  DUK: "ĐUK",
  BCDTW: "BCĐTW",
  HDND: "HĐND",
  TWDTN: "TWĐTN",
  "TƯ": "TW",
  "T.Ư": "TW",
  "T.W": "TW",
  THU: "ThU",
};

function code(raw: string): string {
  const upper = raw.toUpperCase();
  return CODE_SPELLING[upper] ?? upper;
}

function issuer(raw: string): string {
  return raw
    .split("-")
    .filter((part) => part !== "")
    .map((part) => {
      const upper = part.toUpperCase();
      return ISSUER_SPELLING[upper] ?? upper;
    })
    .join("-");
}

const number = (raw: string): string => String(Number.parseInt(raw, 10));

const LETTERS = "\\p{L}";
const STATE_WITH_YEAR = new RegExp(`^(\\d+)\\/(\\d{4})\\/([${LETTERS}]+)-([${LETTERS}\\d.&-]+)$`, "u");
const STATE_LAW = /^(\d+)\/(\d{4})\/(QH\d+)$/iu;
const STATE_PLAIN = new RegExp(`^(\\d+)\\/([${LETTERS}]+)-([${LETTERS}\\d.&-]+)$`, "u");
const PARTY = new RegExp(`^(\\d+)-?([${LETTERS}]+)[/-]([${LETTERS}\\d.&-]+)$`, "u");
const PARTY_NO_ISSUER = new RegExp(`^(\\d+)-?([${LETTERS}]+)$`, "u");

/**
 * The canonical id of a written document number, or null when it holds no number.
 *
 * @example normalizeDirectiveId("Chỉ thị số 39 - ct/tw") // "39-CT/TW"
 * @example normalizeDirectiveId("09- HD/TU")             // "9-HD/TU"
 * @example normalizeDirectiveId("205/QD-TW")             // "205-QĐ/TW"
 * @example normalizeDirectiveId("15/2020/ND-CP")         // "15/2020/NĐ-CP"
 */
export function normalizeDirectiveId(written: string): string | null {
  const known = cache.get(written);
  if (known !== undefined) return known;
  const id = extractorNormalize(written) ?? readNumber(written);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(written, id);
  return id;
}

// Loading meets the same few thousand written ids again and again.
const CACHE_SIZE = 20_000;
const cache = new Map<string, string | null>();

function readNumber(written: string): string | null {
  let s = written
    .normalize("NFC")
    .replace(/&#x0*2f;|&#0*47;/giu, "/")
    .replace(/Ð/gu, "Đ")
    .replace(/ð/gu, "đ");
  const first = s.search(/\d/u);
  if (first < 0) return null;
  s = s
    .slice(first)
    .replace(/[‐‑‒–—−]/gu, "-")
    .replace(/／/gu, "/")
    .replace(/\s+/gu, "")
    .replace(/[.,;:)\]]+$/u, "");

  let m = STATE_LAW.exec(s);
  if (m) return `${number(m[1]!)}/${m[2]}/${m[3]!.toUpperCase()}`;
  m = STATE_WITH_YEAR.exec(s);
  if (m) return `${number(m[1]!)}/${m[2]}/${code(m[3]!)}-${issuer(m[4]!)}`;
  m = STATE_PLAIN.exec(s);
  if (m) {
    const iss = issuer(m[3]!);
    // A Party number written in the state pattern: 205/QĐ-TW is 205-QĐ/TW.
    if (iss === "TW") return `${number(m[1]!)}-${code(m[2]!)}/TW`;
    return `${number(m[1]!)}/${code(m[2]!)}-${iss}`;
  }
  m = PARTY.exec(s);
  if (m) return `${number(m[1]!)}-${code(m[2]!)}/${issuer(m[3]!)}`;
  m = PARTY_NO_ISSUER.exec(s);
  if (m) return `${number(m[1]!)}-${code(m[2]!)}`;
  return null;
}
