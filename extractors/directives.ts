/**
 * Directives: every numbered Party or state document an article names, normalized
 * (`39-CT/TW`, `9-HD/TU`, `15/2020/NĐ-CP`), with its issuing body, issue date and quoted
 * title; short references ("Chỉ thị 39") resolved to the full number in the same article.
 */
import { BODY_ISSUERS, CODE_TYPES, PARTY_ISSUERS, STATE_ISSUERS, TYPE_CODES, TYPE_WORDS } from "./patterns/documents.ts";
import { ROLE_STOP_EXCEPTIONS } from "./patterns/people.ts";
import { ALPHA, LETTER, NotAfterLetter, RegionIndex, SPACE, UPPER, UnitMarks, charClass, matchesAt, matchesNotAfter, runsIn, scanWindows, stickyOf, unitClass, wholeText, wordStartsBefore } from "./scan.ts";
import type { Directive, Span } from "./types.ts";

/** Folds a code for comparison: capitals, Đ → D. */
const foldCode = (s: string) => s.toUpperCase().replace(/Đ/g, "D").replace(/\./g, "");
const KNOWN_CODES = new Map(TYPE_CODES.map((c) => [foldCode(c), c]));
const PARTY_ISSUER_SET = new Map(PARTY_ISSUERS.map((c) => [foldCode(c), c]));
const STATE_ISSUER_SET = new Set(STATE_ISSUERS.map(foldCode));

const TYPE_WORD_SOURCE = TYPE_WORDS.map(([w]) => w.replace(/ /g, "\\s+")).join("|");
/** A type word right before a number: "Chỉ thị số ", "Nghị Quyết số", "QUY ĐỊNH SỐ ", "Kế hoạch ". */
const TYPE_BEFORE = new NotAfterLetter(`(${TYPE_WORD_SOURCE})(?:\\s+(?:${TYPE_WORD_SOURCE}))?(?:\\s+(?:số|liên tịch số))?\\s*$`, "iu");
const NUM = "(\\d{1,5})";
/** The number may be glued to "số" ("số31-QĐ/TW"), otherwise it stands alone. */
const NUM_START = "";
const notNumberStart = (t: string, i: number) => i > 0 && /[\p{L}\p{M}\d/.,-]/u.test(t[i - 1]!) && !/[sS][ốỐ]$/u.test(t.slice(Math.max(0, i - 2), i));
const LETTERS = "[\\p{L}][\\p{L}.]{0,6}";
/** `39 - CT/TW`, `09- HD/TU`, `858CV/ĐUK`, `15- Nq/tw`, `367 - QĐ/TWĐTN-VP` */
const PARTY = new RegExp(`${NUM_START}${NUM}\\s{0,3}-?\\s{0,3}(${LETTERS})\\s{0,2}/\\s{0,2}(${LETTERS}\\p{L}{0,6}(?:-[\\p{Lu}]{1,6})?)(?![\\p{L}\\d])`, "gu");
/** `72-NQ-TW`: a Party number written with a dash for the slash. */
const PARTY_DASHED = new RegExp(`${NUM_START}${NUM}\\s{0,2}-\\s{0,2}(${LETTERS})\\s{0,2}-\\s{0,2}(TW|TƯ|TU|QU|HU|ĐU|DU)(?![\\p{L}\\d])`, "giu");
/** `15/2020/NĐ-CP`, `80/2015/QH13`, `55/2005/TTLT-BNV-VPCP` */
const STATE_YEAR = new RegExp(
  `${NUM_START}${NUM}\\s{0,2}/\\s{0,2}((?:19|20)\\d\\d)\\s{0,2}/\\s{0,2}([\\p{Lu}][\\p{L}]{0,7}\\d{0,2})((?:\\s{0,2}-\\s{0,2}[\\p{Lu}][\\p{L}\\d&]{0,10})*)(?![\\p{L}\\d])`,
  "gu",
);
/** `1234/QĐ-UBND`, `4912/UBND-NC`, `205/QĐ-TW`, `1206 /QĐ-HVTC` */
const STATE = new RegExp(`${NUM_START}${NUM}\\s{0,2}/\\s{0,2}([\\p{Lu}][\\p{L}]{0,7})((?:\\s{0,2}-\\s{0,2}[\\p{Lu}][\\p{L}\\d&]{0,10})+)(?![\\p{L}\\d])`, "gu");
/** A short reference: a type word and a bare number ("Chỉ thị 39", "Kế hoạch số 25"). */
const SHORT = new RegExp(`(${TYPE_WORD_SOURCE})\\s+(?:số\\s*)?(\\d{1,5})(?![\\d/.,]\\d|\\s*[-/]\\s*[\\p{L}\\d])((?:\\s*(?:,|và)\\s*(?:số\\s*)?\\d{1,5}(?!\\d|[/.,]\\d|\\s*[-/]\\s*[\\p{L}\\d])){0,5})`, "giu");
const SHORT_AT = stickyOf(SHORT);
/** Before a short reference's digits: its type word and "số" ("Chỉ thị số 39"), for trying SHORT only there. */
const SHORT_BEHIND = new RegExp(`(?<=(?:${TYPE_WORD_SOURCE})\\s+(?:số\\s*)?)\\d`, "iuy");
/** The most words a type word and "số" take ("Chương trình hành động số"). */
const SHORT_LEAD_WORDS = 5;

/** Where a short reference can start: the words before a digit run that a type word ends right before. */
function shortStarts(text: string, windows: readonly number[]): number[] {
  const runs = runsIn(text, windows);
  const out: number[] = [];
  for (let i = 0; i < runs.length; i += 2) {
    // Right before the digits: the space after the type word or "số", or the "ố" of "số".
    if (runs[i] === 0) continue;
    const before = text.charCodeAt(runs[i]! - 1);
    if (!(unitClass(before) & SPACE) && before !== 0x1ed1 && before !== 0x1ed0) continue;
    SHORT_BEHIND.lastIndex = runs[i]!;
    if (SHORT_BEHIND.test(text)) for (const at of wordStartsBefore(text, runs[i]!, SHORT_LEAD_WORDS)) out.push(at);
  }
  return out;
}

/** After a short reference's number: a count or a unit ("Kế hoạch 5 năm", "Báo cáo 6 tháng"), not a document. */
const COUNT_AFTER =
  /^\s*(?:năm|tháng(?!\s+\d)|ngày(?!\s+\d)|tuần|quý|lần|điểm|nội dung|nhiệm vụ|giải pháp|chỉ tiêu|đợt|%|người|đơn vị|tiêu chí|bước|mục tiêu|vấn đề|nhóm|chương|điều|khoản|cấp|loại|lĩnh vực|văn bản|công trình|dự án|hội nghị|lớp|buổi|cuộc|chi bộ|đảng viên|phần|mục|ý kiến|tập thể|cá nhân|xã|phường|huyện|tỉnh|trường hợp|hộ|thôn|bản|tổ)(?![\p{L}])/iu;
/** "Nghị quyết 15 năm 2020": a year after the number names the document's year. */
const YEAR_AFTER = /^\s*năm\s+\d{4}(?!\s*-\s*\d)/u;
/** What may follow a short reference that no full number in the article confirms. */
const CONFIRMING_AFTER =
  /^\s*(?:$|[,.;:)“"«‘(]|-\s|(?:của|về|ngày|và|do|đã|được|khóa|thì|là|nêu|này|cũng|trong|với|gắn|tại|để|nhằm|theo|sẽ|có)(?![\p{L}]))/u;
/**
 * Documents named without a number: "Nghị quyết Đại hội XIII", "Nghị quyết Trung ương 4 (khóa
 * XI)". The name ends at punctuation or at a word no body's name holds ("… Nghị quyết Đại hội
 * thành các chương trình" names "Nghị quyết Đại hội").
 */
const UNNUMBERED = /(Nghị quyết|Chỉ thị|Kết luận)\s+(?:(?:của\s+)?(?:Đại hội|Hội nghị|Trung ương|TW|TƯ|T\.Ư)(?![\p{L}]))[^,;.“”"()\n]{0,90}?(?:\(?khóa\s+[IVXLC\d]+\)?|(?=[,;.“”"(\n]|\s(?:về|của|và|cho|tới|đến|thành|vào|trong|tại|đã|được|là|với|ở|theo|nhằm|để|gắn|bằng|sẽ|cần|phải)\s))/gu;

/** The words an unnumbered document starts with: text without one has none. */
const UNNUMBERED_WORDS = /Nghị quyết|Chỉ thị|Kết luận/u;

/** After a number: its issue date ("ngày 29/10/2014", ", ngày 8/10/2014", "ngày 13 tháng 11 năm 2014"). */
const ISSUE_DATE = /^\s*[,(]?\s*(?:được\s+)?(?:ban hành\s+)?(?:ngày|ngay)\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;
/** After a number (and date): its issuing body ("của Bộ Chính trị", "do Ban Thường vụ Tỉnh ủy"). */
const BODY_LEAD = /^[ ]*[,)]?[ ]*(?:của|do)[ ]+/u;
/** Words after a body's name that are not part of it (lower case: "Chỉ đạo" in a name stays). */
const BODY_STOP =
  /^[ ]*(?:ban hành|về|ngày|khóa|nhiệm kỳ|và|lần|năm|tháng|số|tại|cho|với|đã|sẽ|được|cũng|đang|vừa|là|có|trong|nhằm|để|theo|thực hiện|triển khai|quy định|hướng dẫn|yêu cầu|đề nghị|chỉ đạo|tổ chức|đối với|gồm|nêu|sơ kết|tổng kết|họp|tiến hành|phát động|làm việc|quán triệt|chủ trì|phối hợp|khai mạc|ký|tham mưu|giao|công bố|trao|phát biểu|cho biết|nhấn mạnh|đánh giá)(?![\p{L}\p{M}])/u;
/** "và" and the field it joins inside a body's name ("và Dân vận", "và Môi trường"): the "và" phrases of ROLE_STOP_EXCEPTIONS. */
const AND_IN_NAME = new RegExp(`^[ ]*(${ROLE_STOP_EXCEPTIONS.filter((p) => p.startsWith("và ")).map((p) => p.replace(/ /g, "[ ]+")).join("|")})(?![\\p{L}\\p{M}])`, "u");
/** A plenum's number after "Hội nghị": "lần thứ sáu", "lần thứ 6", "lần thứ VI". */
const PLENUM_NUMBER = /^[ ]*lần[ ]+thứ[ ]+[\p{L}\p{M}\d]+(?![\p{L}\p{M}\d])/u;
/** One word of a body's name: "Ban", "T.Ư", "TP.HCM", "3". */
const BODY_WORD = /^[ ]*([\p{L}\p{M}\d]+(?:\.[\p{L}\p{M}\d]+)*)/u;
/**
 * Lower-case syllables that continue a body's name ("Ban Thường vụ quận ủy", "UBND tỉnh").
 * Capitalized words always continue it; any other lower-case word ends it.
 */
const BODY_SYLLABLES: ReadonlySet<string> = new Set(
  "ban ủy ủy viên thường vụ trực chấp hành trung ương đảng bộ chính trị tỉnh thành phố quận huyện xã phường thị trấn khối cơ quan doanh nghiệp nhân dân hội đồng quốc phủ mặt trận tổ quốc liên đoàn lao động tuyên giáo".split(" "),
);
/** After a number, date or body: a quoted title ("về “…”", "“về việc …”", "về «…»", "về ‘…’"). */
const TITLE_AFTER = /^\s*[,]?\s*(?:về(?:\s+việc)?\s*)?(?:[“"]([^”"\n]{3,300})[”"]|«([^»\n]{3,300})»|‘([^’\n]{3,300})’)/u;

/** A committee level written without its place ("Quận ủy", "Ban Thường vụ Huyện ủy"). */
const BARE_COMMITTEE = /^(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành)\s+)?(Quận|Huyện|Thị|Thành|Tỉnh) ủy$/iu;

/** A directive as found, before mentions are merged. */
interface Hit extends Omit<Directive, "mentions"> {
  mention: Span;
  /** True for a short reference that still needs resolving. */
  short: boolean;
  /** For a short reference: whether what follows the number reads as a document's name. */
  confirmed?: boolean;
  /** For a short reference: a body named later in the same clause ("Chỉ thị 35 và các hướng dẫn của Trung ương"). */
  laterBody?: string | null;
}

const pad = (n: string) => n.padStart(2, "0");
const stripZeros = (n: string) => n.replace(/^0+(?=\d)/, "");

/** The canonical spelling of a type code, or null when it is not one. */
function canonicalCode(written: string): string | null {
  const known = KNOWN_CODES.get(foldCode(written));
  if (known) return known;
  // An unknown code counts only in capitals ("QĐBV"), never a lowercase word ("lần").
  return /^[\p{Lu}]{2,6}$/u.test(written) ? written.replace(/^D/, "Đ") : null;
}

/** The canonical spelling of a Party issuer ("tw" → "TW", "DUK" → "ĐUK", "T.Ư" → "TW"). */
function canonicalIssuer(written: string): string | null {
  const folded = foldCode(written);
  if (folded === "TƯ" || folded === "TU" && /Ư/u.test(written.toUpperCase())) return "TW";
  const known = PARTY_ISSUER_SET.get(folded);
  if (known) return known === "TƯ" || known === "T.Ư" ? "TW" : known;
  return /^[\p{Lu}][\p{Lu}\d]{1,9}(?:-[\p{Lu}]{1,6})?$/u.test(written) ? written : null;
}

/**
 * Normalizes any written form of a directive id to the canonical one, or returns null
 * when the text is not a document number.
 *
 * @example normalizeDirectiveId("chỉ thị số 39 - ct/tw") // "39-CT/TW"
 * @example normalizeDirectiveId("262 - QD/TW")           // "262-QĐ/TW"
 * @example normalizeDirectiveId("15/2020/ND-CP")          // "15/2020/NĐ-CP"
 */
export function normalizeDirectiveId(written: string): string | null {
  const text = written.normalize("NFC").replace(/[\u2010-\u2015\u2212]/g, "-").trim();
  const hits = scanNumbers(text);
  return hits[0]?.id ?? null;
}

function partyHit(number: string, code: string, issuer: string, start: number, end: number, text: string): Hit {
  const n = stripZeros(number);
  return {
    id: `${n}-${code}/${issuer}`, type: CODE_TYPES[code] ?? null, code, number: n, issuer,
    issuedBy: null, date: null, title: null, mention: { start, end, text: text.slice(start, end) }, short: false,
  };
}

/** A digit next to a separator or a letter: text without one holds no document number. */
const MAY_HOLD_NUMBER = /\d[\s\p{L}]{0,9}[-/]/u;

const STATE_YEAR_AT = stickyOf(STATE_YEAR);
const PARTY_AT = stickyOf(PARTY);
const PARTY_DASHED_AT = stickyOf(PARTY_DASHED);
const STATE_AT = stickyOf(STATE);
/** PARTY reads at most 23 code units between its digits and its slash ("39 - CT/TW", "15 - Nq /tw"). */
const PARTY_SLASH_REACH = 23;

/** Where each numbered form can start: at a run of at most five digits, chosen by what follows it. */
interface NumberStarts {
  /** Runs with a "/" after at most two spaces and then a year's first digit: `15/2020/NĐ-CP`. */
  yearSlash: number[];
  /** Runs with a "/" after at most two spaces and then a capital: `1234/QĐ-UBND`. */
  codeSlash: number[];
  /** Runs with a "-" after at most two spaces: `72-NQ-TW`. */
  dash: number[];
  /** Runs with a letter after spaces and a dash, and a "/" close enough for a Party number: `39-CT/TW`, `858CV/ĐUK`. */
  party: number[];
}

/** True for a letter (`\p{L}`) at `i`, a surrogate pair included. */
const letterAt = (text: string, i: number) => (charClass(text, i) & ALPHA) !== 0;

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** The position after at most `n` spaces from `at`. */
function skipSpaces(text: string, at: number, n: number): number {
  while (n-- > 0 && at < text.length && unitClass(text.charCodeAt(at)) & SPACE) at++;
  return at;
}

function numberStarts(text: string, windows: readonly number[]): NumberStarts {
  const starts: NumberStarts = { yearSlash: [], codeSlash: [], dash: [], party: [] };
  const runs = runsIn(text, windows, 5);
  // The first "/" at or after the current run (-1: none left); runs ascend, so it only moves on.
  let nextSlash = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const at = runs[i]!, end = at + runs[i + 1]!;
    const sep = skipSpaces(text, end, 2);
    const after = text.charCodeAt(sep);
    if (after === 47) {
      const next = skipSpaces(text, sep + 1, 2);
      const c = text.charCodeAt(next);
      // STATE_YEAR: "19" or "20" and two more digits.
      const c1 = text.charCodeAt(next + 1);
      if ((c === 49 && c1 === 57) || (c === 50 && c1 === 48)) {
        if (isDigitCode(text.charCodeAt(next + 2)) && isDigitCode(text.charCodeAt(next + 3))) starts.yearSlash.push(at);
      } else if (next < text.length && charClass(text, next) & UPPER) starts.codeSlash.push(at);
    } else if (after === 45) starts.dash.push(at);
    if (nextSlash !== -1 && nextSlash < end) nextSlash = text.indexOf("/", end);
    if (nextSlash !== -1 && nextSlash - end <= PARTY_SLASH_REACH) {
      // PARTY: up to three spaces, a dash, up to three spaces, then the code's first letter.
      let letter = skipSpaces(text, end, 3);
      if (text.charCodeAt(letter) === 45) letter++;
      letter = skipSpaces(text, letter, 3);
      if (letter < text.length && letterAt(text, letter)) starts.party.push(at);
    }
  }
  return starts;
}

/** The units already read as a number, per text (see {@link scanNumbers}). */
const TAKEN = new UnitMarks();
/** The units of full numbers, which short references may not overlap (see {@link findDirectives}). */
const COVERED = new UnitMarks();

/** Reads the numbered forms (Party and state) in a text, inside `windows` (see {@link scanWindows}). */
function scanNumbers(text: string, windows: readonly number[] = wholeText(text)): Hit[] {
  const hits: Hit[] = [];
  if (!MAY_HOLD_NUMBER.test(text)) return hits;
  const starts = numberStarts(text, windows);
  const taken = TAKEN.reset(text.length);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const push = (h: Hit, s: number, e: number) => {
    hits.push(h);
    taken.fill(1, s, e);
  };
  for (const m of matchesAt(text, STATE_YEAR_AT, starts.yearSlash, notNumberStart)) {
    const s = m.index, e = s + m[0].length;
    const [num, year, code, tail] = [m[1]!, m[2]!, m[3]!, m[4] ?? ""];
    const parts = tail.split("-").map((p) => p.trim()).filter(Boolean);
    const codeNorm = canonicalCode(code) ?? code;
    const id = `${stripZeros(num)}/${year}/${[codeNorm, ...parts.map((p) => p.replace(/^D(?=[A-Z])/, "Đ"))].join("-")}`;
    const issuer = parts.length ? parts.join("-") : /^QH\d*$/u.test(code) ? code : null;
    const typeCode = /^QH\d*$/u.test(code) ? "QH" : codeNorm;
    push({ id, type: stateTypeOf(typeCode), code: typeCode, number: stripZeros(num), issuer, issuedBy: null, date: null, title: null, mention: { start: s, end: e, text: m[0] }, short: false }, s, e);
  }
  for (const m of matchesAt(text, PARTY_AT, starts.party, notNumberStart)) {
    // A sentence's full stop is not part of the issuer ("… 39-CT/TW.").
    if (m[0].endsWith(".")) {
      m[0] = m[0].slice(0, -1);
      m[3] = m[3]!.replace(/\.$/u, "");
    }
    const s = m.index, e = s + m[0].length;
    if (!free(s, e)) continue;
    const code = canonicalCode(m[2]!);
    const issuer = canonicalIssuer(m[3]!);
    if (!code || !issuer) continue;
    // "4912/UBND-NC" style numbers have a slash before the code: those are read below.
    push(partyHit(m[1]!, code, issuer, s, e, text), s, e);
  }
  for (const m of matchesAt(text, PARTY_DASHED_AT, starts.dash, notNumberStart)) {
    const s = m.index, e = s + m[0].length;
    if (!free(s, e)) continue;
    const code = canonicalCode(m[2]!);
    const issuer = canonicalIssuer(m[3]!.toUpperCase());
    if (!code || !issuer) continue;
    push(partyHit(m[1]!, code, issuer, s, e, text), s, e);
  }
  for (const m of matchesAt(text, STATE_AT, starts.codeSlash, notNumberStart)) {
    const s = m.index, e = s + m[0].length;
    if (!free(s, e)) continue;
    const [num, code, tail] = [m[1]!, m[2]!, m[3]!];
    const parts = tail.split("-").map((p) => p.trim()).filter(Boolean);
    // A state letter has no type code: what stands after its slash is the issuer ("4912/UBND-NC", "731/HĐBCQG-VP").
    const codeNorm = KNOWN_CODES.get(foldCode(code)) ?? null;
    const partyIssuer = parts.length === 1 ? PARTY_ISSUER_SET.get(foldCode(parts[0]!)) : undefined;
    if (codeNorm && partyIssuer && !STATE_ISSUER_SET.has(foldCode(parts[0]!))) {
      // "205/QĐ-TW": a Party document written in the state pattern.
      push(partyHit(num, codeNorm, canonicalIssuer(parts[0]!) ?? partyIssuer, s, e, text), s, e);
      continue;
    }
    const head = codeNorm ?? code;
    const id = `${stripZeros(num)}/${[head, ...parts].join("-")}`;
    push({
      id, type: codeNorm ? stateTypeOf(codeNorm) : "Công văn", code: codeNorm ?? "CV", number: stripZeros(num),
      issuer: codeNorm ? parts.join("-") : head, issuedBy: null, date: null, title: null,
      mention: { start: s, end: e, text: m[0] }, short: false,
    }, s, e);
  }
  return hits.sort((a, b) => a.mention.start - b.mention.start);
}

/** A state number's type: TT there is a Thông tư (a Party TT is a Thông tri). */
function stateTypeOf(code: string): string | null {
  return code === "TT" ? "Thông tư" : CODE_TYPES[code] ?? null;
}

/** The type code a type word stands for ("Quy định" is QĐ or QĐi: left open). */
function codeOfWord(word: string): string | null {
  return typeWordOf(word)?.code ?? null;
}

const TYPE_WORD_BY_FOLD = new Map(TYPE_WORDS.map(([w, code]) => [w.toLowerCase(), { word: w, code }]));
/** Type words as written → their entry: the same few spellings come back in every article. */
let typeWordCache = new Map<string, { word: string; code: string } | null>();

function typeWordOf(written: string): { word: string; code: string } | null {
  let entry = typeWordCache.get(written);
  if (entry === undefined) {
    if (typeWordCache.size >= 1024) typeWordCache = new Map();
    typeWordCache.set(written, (entry = TYPE_WORD_BY_FOLD.get(written.replace(/\s+/g, " ").toLowerCase()) ?? null));
  }
  return entry;
}

function typeOfWord(word: string): string {
  return typeWordOf(word)?.word ?? word;
}

/** The issuer code an issuing body implies ("Ban Thường vụ Tỉnh ủy" → "TU"). */
export function issuerOfBody(body: string): string | null {
  for (const [re, issuer] of BODY_ISSUERS) if (re.test(body)) return issuer;
  return null;
}

/**
 * What is read of the article being read to complete bodies, remembered per question (a
 * level's place, a bare name's full name): one scan per text and question. findDirectives
 * sets it to its text on entry, so the check below compares one string with itself; left to
 * the helpers, a text equal to the last one, in a new string, would be compared in full at
 * every call.
 */
const articleMemo = { text: "", answers: new Map<string, string | null>() };

/** `compute()` for `key` of `text`, remembered while `text` is the one being read. */
function rememberedFor(text: string, key: string, compute: () => string | null): string | null {
  if (articleMemo.text !== text) {
    articleMemo.text = text;
    articleMemo.answers = new Map();
  }
  let answer = articleMemo.answers.get(key);
  if (answer === undefined) articleMemo.answers.set(key, (answer = compute()));
  return answer;
}

/** The value counted most often (the first of equals), or null for none. */
function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const [value, n] of counts) if (best === null || n > counts.get(best)!) best = value;
  return best;
}

/** A name's middle word after its first: "Phạm Thị …", "Lê Văn …". */
const PERSON_AFTER_LEVEL = /^\p{Lu}\p{Ll}* (?:Thị|Hữu)(?: |$)|^\p{Lu}\p{Ll}* Văn /u;
/** Another capitalized word right after. */
const CAPITAL_AHEAD = /^ \p{Lu}/u;

/** The place that completes a bare committee name, read from the article ("Quận ủy Long Biên"). */
function placeOf(level: string, text: string): string | null {
  return rememberedFor(text, `place:${level}`, () => {
    const cap = `[${level[0]}${level[0]!.toLowerCase()}]${level.slice(1)}`;
    const unit = level === "Thành" ? "[Tt]hành phố|TP\\.?" : level === "Tỉnh" ? "[Tt]ỉnh" : cap;
    const re = new RegExp(`(?:${cap} ủy|${unit})\\s+((?:\\p{Lu}[\\p{Ll}\\p{M}]*)(?: \\p{Lu}[\\p{Ll}\\p{M}]*){0,2}|\\d{1,2})(?![\\p{L}\\p{M}])`, "gu");
    const counts = new Map<string, number>();
    for (const m of matchesNotAfter(text, re, LETTER)) {
      const place = m[1]!;
      if (/^(Ủy|Đảng|Ban|Hội|Thường|Quận|Huyện|Tỉnh|Thành)$/u.test(place.split(" ")[0]!)) continue;
      // A person after the level's position, no place: "Chủ tịch HĐND tỉnh Phạm Thị Thu Hà" (no
      // place has a fourth capitalized syllable, nor "Thị" or "Hữu" after its first, nor "Văn" but last: "Đồng Văn").
      if (PERSON_AFTER_LEVEL.test(place) || CAPITAL_AHEAD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      counts.set(place, (counts.get(place) ?? 0) + 1);
    }
    return mostFrequent(counts);
  });
}

/**
 * A body whose name ends in its level without the place: a committee's organ ("Ban Tổ chức
 * Tỉnh ủy", "Ủy ban Kiểm tra Huyện ủy"), a people's committee or council, a Party
 * organization or the Front of a level ("UBND tỉnh", "Hội đồng nhân dân huyện", "Ban Chấp
 * hành Đảng bộ huyện"). Group 1 is a committee's level, group 2 a unit's.
 */
const BODY_OF_LEVEL =
  /(?:^|\s)(?:(Quận|Huyện|Thị|Thành|Tỉnh) ủy|(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Đảng bộ|Ủy ban MTTQ(?: Việt Nam)?|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?|MTTQ)\s+(tỉnh|huyện|quận|thành phố))$/iu;
/** A Party committee named without what it is of: "Đảng ủy", "Ban Thường vụ Đảng ủy Khối". */
const PARTY_COMMITTEE_BARE = /(?:^|\s)Đảng ủy(?: Khối)?$/u;

/**
 * `body` as the article names it in full elsewhere: "Đảng ủy Khối" → "Đảng ủy Khối các cơ
 * quan tỉnh Vân Hải", "Đảng ủy" → "Đảng ủy xã Tân Hòa Đông" (the fullest name most often
 * written after it); `body` itself when the article has none.
 */
function namedInFull(body: string, text: string): string {
  const bare = body.slice(body.lastIndexOf("Đảng ủy"));
  const best = fullNameOf(bare, text);
  return best ? body.slice(0, body.length - bare.length) + best : body;
}

/** The fullest name most often written after `bare` in `text`, or null (see {@link namedInFull}). */
function fullNameOf(bare: string, text: string): string | null {
  return rememberedFor(text, `name:${bare}`, () => {
    const counts = new Map<string, number>();
    for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + bare.length)) {
      if (text.charCodeAt(at + bare.length) !== 32) continue;
      const read = readBody(`của ${text.slice(at, at + 160)}`);
      if (read && read.name.startsWith(`${bare} `)) counts.set(read.name, (counts.get(read.name) ?? 0) + 1);
    }
    return mostFrequent(counts);
  });
}
const UNIT_LEVEL: Readonly<Record<string, string>> = { tỉnh: "Tỉnh", huyện: "Huyện", quận: "Quận", "thành phố": "Thành" };

/**
 * Completes a body named without its place where the article names the place: "Quận ủy" →
 * "Quận ủy Long Biên", "Ban Tổ chức Tỉnh ủy" → "Ban Tổ chức Tỉnh ủy Vân Hải", "UBND tỉnh" →
 * "UBND tỉnh Bắc Lâm".
 */
function completeBody(body: string, text: string): string {
  const m = BARE_COMMITTEE.exec(body) ?? BODY_OF_LEVEL.exec(body);
  if (!m) return PARTY_COMMITTEE_BARE.test(body) ? namedInFull(body, text) : body;
  const level = m[1] ? m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase() : UNIT_LEVEL[m[2]!.toLowerCase()]!;
  const place = placeOf(level, text);
  return place ? `${body} ${place}` : body;
}

const ISSUER_LEVEL: Readonly<Record<string, string>> = { QU: "Quận ủy", HU: "Huyện ủy", ThU: "Thị ủy" };
/** State issuer codes that name one national body (a term's number after QH: QH13). */
const NATIONAL_ISSUERS: Readonly<Record<string, string>> = { QH: "Quốc hội", CP: "Chính phủ", TTg: "Thủ tướng Chính phủ", UBTVQH: "Ủy ban Thường vụ Quốc hội" };

/** A committee's term right after its name: " khóa XII", " (khóa XIII)". */
const TERM_AFTER = /^\s*(?:\(\s*khóa\s+[IVXLC]+\s*\)|khóa\s+[IVXLC]+)(?![\p{L}\d])/u;
/** Reads an issuing body at the start of `s` ("của Ban Thường vụ Tỉnh ủy …"): its name and the length read. */
function readBody(s: string): { name: string; length: number } | null {
  const lead = BODY_LEAD.exec(s);
  if (!lead) return null;
  let at = lead[0].length;
  const words: string[] = [];
  for (let n = 0; n < 12; n++) {
    const w = BODY_WORD.exec(s.slice(at));
    if (!w) break;
    const word = w[1]!;
    // A plenum's number is part of the body: "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng".
    const plenum = words.length >= 2 && /^hội nghị$/iu.test(words.slice(-2).join(" ")) ? PLENUM_NUMBER.exec(s.slice(at)) : null;
    if (plenum) {
      words.push(...plenum[0].trim().split(/\s+/u));
      at += plenum[0].length;
      continue;
    }
    // "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Tài nguyên và Môi trường": "và" inside a body's name.
    const and = AND_IN_NAME.exec(s.slice(at));
    if (and) {
      words.push(...and[1]!.split(/\s+/u));
      at += and[0].length;
      continue;
    }
    if (BODY_STOP.test(s.slice(at))) break;
    const capital = /^[\p{Lu}\d]/u.test(word);
    // Title case capitalizes a word's first syllable only: "Văn phòng", "Bí thư", "Tổ chức".
    const continuesWord = words.length > 0 && /^\p{Lu}/u.test(words.at(-1)!) && /^\p{Ll}/u.test(word);
    if (!capital && !continuesWord && !BODY_SYLLABLES.has(word)) break;
    // "Hội nghị Trung ương 4": the plenum's number after the committee.
    const plenumAfter = /^\d{1,2}$/u.test(word) && /(?:^|\s)Hội nghị\s+(?:Trung ương|TW|TƯ|T\.Ư)$/iu.test(words.join(" "));
    if (/^\d/u.test(word) && !plenumAfter && !/^(Quận|Quân khu|Khu vực|Phường)$/u.test(words.at(-1) ?? "") && !/(Quận|khu)$/u.test(words.join(" "))) break;
    words.push(word);
    at += w[0].length;
    // Its term ends it, read past but not part of its name: "Hội nghị Trung ương 4 khóa XII
    // về “…”", "Ban Chấp hành Trung ương Đảng (khóa XIII)".
    const term = TERM_AFTER.exec(s.slice(at));
    if (term) {
      at += term[0].length;
      break;
    }
  }
  return words.length ? { name: words.join(" "), length: at } : null;
}

/**
 * The clause before a document's name that ends in its issuing: "Ban Thường vụ Huyện ủy (đã)
 * ban hành", "Ngày 5/3, Thường trực Tỉnh ủy vừa ban hành".
 */
const ISSUED_BEFORE = /(?:^|[,;:.()“”"]\s*)([^,;:.()“”"\n]{2,100}?)\s+(?:(?:đã|vừa|mới|chính thức|cũng)\s+)*(?:ký\s+)?ban hành\s+$/u;
/** A bracketed aside right before the issuing verb of ISSUED_BEFORE. */
const ASIDE_BEFORE_ISSUING = /\s*\([^()\n]{1,60}\)(?=\s+(?:(?:đã|vừa|mới|chính thức|cũng)\s+)*(?:ký\s+)?ban hành\s+$)/u;

/**
 * The body named as the subject that issues the document starting at `start`: "Ban Thường vụ
 * Huyện ủy ban hành Kế hoạch số 25" → "Ban Thường vụ Huyện ủy". Only a body whose issuer code
 * is known counts ("Đồng chí A ban hành" names none); the longest one that ends the clause wins.
 */
function issuingSubject(text: string, start: number, regionStart: number): string | null {
  // The pattern is tried only where "ban hành" ends right before the name: most names follow other words.
  let end = start;
  while (end > regionStart && unitClass(text.charCodeAt(end - 1)) & SPACE) end--;
  if (end === start || end - 8 < regionStart || !text.startsWith("ban hành", end - 8)) return null;
  // A place in brackets after the body is no part of the clause: "Đảng ủy xã Tân Hòa (huyện Phù Vân) vừa ban hành".
  const clause = ISSUED_BEFORE.exec(text.slice(Math.max(regionStart, start - 140), start).replace(ASIDE_BEFORE_ISSUING, ""))?.[1];
  if (!clause) return null;
  // readBody reads a body after its lead ("của …"): each suffix of the clause is read as one.
  const lead = "của ";
  for (let at = 0; at < clause.length; at = clause.indexOf(" ", at) + 1 || clause.length) {
    const words = clause.slice(at);
    const body = readBody(lead + words);
    if (body && body.length === lead.length + words.length && issuerOfBody(body.name)) return completeBody(body.name, text);
  }
  return null;
}

/** The rest of the line from `at`, at most 400 characters. */
function restOfLine(text: string, at: number): string {
  // Looked for within the 400 only: a search to the line's end would make one long line quadratic.
  const rest = text.slice(at, at + 400);
  const end = rest.indexOf("\n");
  return end < 0 ? rest : rest.slice(0, end);
}

/** Reads what follows a number: issue date, issuing body, quoted title. */
function readAfter(h: Hit, text: string): void {
  let at = h.mention.end;
  const date = ISSUE_DATE.exec(restOfLine(text, at));
  if (date) {
    const [d, mo, y] = date[2] ? [date[1]!, date[2], date[3]!] : [date[1]!, date[4]!, date[5]!];
    if (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) h.date = `${y}-${pad(mo)}-${pad(d)}`;
    at += date[0].length;
  }
  const body = readBody(restOfLine(text, at));
  if (body) {
    h.issuedBy = completeBody(body.name, text);
    at += body.length;
    if (!h.date) {
      const late = ISSUE_DATE.exec(restOfLine(text, at));
      if (late && late[2]) {
        h.date = `${late[3]}-${pad(late[2])}-${pad(late[1]!)}`;
        at += late[0].length;
      }
    }
  }
  const title = TITLE_AFTER.exec(restOfLine(text, at));
  if (title) h.title = (title[1] ?? title[2] ?? title[3])!.trim();
}

/** Reads the type word before a number and widens the mention to include it. */
function readBefore(h: Hit, text: string): void {
  const before = text.slice(Math.max(0, h.mention.start - 40), h.mention.start);
  const m = TYPE_BEFORE.exec(before);
  if (!m) return;
  const start = h.mention.start - (before.length - m.index);
  h.mention = { start, end: h.mention.end, text: text.slice(start, h.mention.end) };
  const word = typeOfWord(m[1]!);
  // "Quy định số 262-QĐ/TW" is a Quy định although its code is QĐ; a National Assembly number
  // names no type ("Nghị quyết số 96/2019/QH14", "Luật số 80/2015/QH13"): the word says it.
  // "Thông tư số 01/2021/TT-BNV", "Thông tri số 05-TT/TU": one code, two types; the word says which.
  if (word === "Quy định" || !h.type || h.code === "QH" || (h.code && typeWordOf(m[1]!)?.code === h.code)) h.type = word;
}

/**
 * Finds every document named in the given regions of `text`.
 *
 * @example findDirectives("Quán triệt chỉ thị số 39 - CT/TW của Bộ chính trị. Chỉ thị 39 …", [...]).map((d) => d.id)
 * // ["39-CT/TW"]
 */
export function findDirectives(text: string, regions: readonly Span[]): Directive[] {
  // What is remembered of the article is this text's from here on (see articleMemo).
  articleMemo.text = text;
  articleMemo.answers = new Map();
  const hits: Hit[] = [];
  // Each pattern is tried where it can start (see scanWindows); a match counts inside one region (a line of content) only.
  const index = new RegionIndex(regions);
  if (index.empty) return [];
  const windows = scanWindows(text, regions);
  for (const h of scanNumbers(text, windows)) {
    const region = index.at(h.mention.start, h.mention.end);
    if (!region) continue;
    readBefore(h, text);
    readAfter(h, text);
    h.issuedBy ??= issuingSubject(text, h.mention.start, region.start);
    hits.push(h);
  }
  const full = hits.slice();
  const covered = COVERED.reset(text.length);
  for (const h of full) covered.fill(1, h.mention.start, h.mention.end);
  const fullAt = new Map(full.map((f) => [f.mention.start, f]));
  const byNumber = new Map<string, Hit[]>();
  for (const f of full) {
    if (!f.number) continue;
    const list = byNumber.get(f.number);
    if (list) list.push(f);
    else byNumber.set(f.number, [f]);
  }
  {
    for (const m of matchesAt(text, SHORT_AT, shortStarts(text, windows), LETTER)) {
      const start = m.index;
      const end = start + m[0].length;
      const region = index.at(start, end);
      if (!region || covered[start] || covered[end - 1]) continue;
      const after = text.slice(end, end + 40);
      const year = YEAR_AFTER.test(after);
      if (!year && COUNT_AFTER.test(after)) continue;
      const word = typeOfWord(m[1]!);
      const code = codeOfWord(m[1]!);
      // "các Chỉ thị số 05, 39 của Bộ Chính trị": one reference per number, sharing what follows.
      const listed = m[3] ? [...m[3].matchAll(/\d{1,5}/gu)] : [];
      const firstEnd = start + m[0].length - (m[3] ?? "").length;
      const numbers: Array<[string, number, number]> = [[m[2]!, start, firstEnd]];
      for (const x of listed) {
        const at = firstEnd + x.index;
        numbers.push([x[0], at, at + x[0].length]);
      }
      // "Nghị quyết số 26, 27 và 28-NQ/TW": numbers listed right before a full Party number share its code and issuer.
      const join = LIST_JOIN.exec(text.slice(end, end + 12));
      const next = join ? fullAt.get(end + join[0].length) : undefined;
      if (next && next.code && next.issuer && next.id === `${next.number}-${next.code}/${next.issuer}` && (next.code === code || next.type === word)) {
        for (const [num, s0, e0] of numbers) {
          const h = partyHit(num, next.code, next.issuer, s0, e0, text);
          h.type = word;
          h.issuedBy = next.issuedBy;
          hits.push(h);
        }
        continue;
      }
      const shared: Hit = {
        id: null, type: word, code, number: null, issuer: null, issuedBy: null, date: null, title: null,
        mention: { start: end, end, text: "" }, short: true,
      };
      readAfter(shared, text);
      shared.issuedBy ??= issuingSubject(text, start, region.start);
      const later = shared.issuedBy ? null : laterBody(text, end, region.end);
      const confirmed = year || CONFIRMING_AFTER.test(after);
      for (const [num, s0, e0] of numbers) {
        // Written out, not spread from `shared`: every short hit has one shape.
        hits.push({
          id: shared.id, type: shared.type, code: shared.code, number: stripZeros(num), issuer: shared.issuer, issuedBy: shared.issuedBy,
          date: numbers.length === 1 ? shared.date : null, title: shared.title, mention: { start: s0, end: e0, text: text.slice(s0, e0) },
          short: true, confirmed, laterBody: later,
        });
      }
    }
    const unnumbered = UNNUMBERED_WORDS.test(text);
    for (const m of unnumbered ? matchesNotAfter(text, UNNUMBERED, LETTER) : []) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (!index.at(start, end)) continue;
      hits.push({ id: null, type: m[1]!, code: codeOfWord(m[1]!), number: null, issuer: null, issuedBy: null, date: null, title: null, mention: { start, end, text: text.slice(start, end) }, short: false });
    }
  }
  const directives = provincialTu(merge(resolveShort(hits, byNumber).filter((h) => h.mention.start >= 0)));
  for (const d of directives) {
    const heading = d.id ? documentHeading(text, d) : null;
    if (heading) {
      d.issuedBy ??= heading.body;
      d.date ??= heading.date;
    }
    d.issuedBy ??= inferredBody(d, text);
  }
  return directives;
}

/** An issuer written "TƯ" in a number: "445-KL/TƯ". */
const WRITTEN_TU_HORN = /[/-]\s*TƯ(?![\p{L}])/u;

/**
 * "Kết luận số 445-KL/TƯ của Ban Thường vụ Tỉnh ủy": "TƯ" written in a number is Trung ương,
 * but a provincial committee's number read with a horn (an OCR's "Ư" for "U") when the body
 * that issues it is one: its issuer is TU. Merged with the same document written right.
 */
function provincialTu(directives: Directive[]): Directive[] {
  const out: Directive[] = [];
  const byId = new Map<string, Directive>();
  for (const d of directives) {
    if (d.issuer === "TW" && d.issuedBy && issuerOfBody(d.issuedBy) === "TU" && d.mentions.every((m) => WRITTEN_TU_HORN.test(m.text))) {
      d.issuer = "TU";
      d.id = `${d.number}-${d.code}/TU`;
      const same = byId.get(d.id);
      if (same) {
        same.mentions.push(...d.mentions);
        same.mentions.sort((a, b) => a.start - b.start);
        continue;
      }
    }
    out.push(d);
    if (d.id) byId.set(d.id, d);
  }
  return out;
}

/** Nothing but spaces after a number, then the line's end (the "\n" is the match's last character, or the text ends). */
const LINE_END_AFTER = /^[ \t]*(?:\n|$)/u;
/** A document's number on a line of its own, in its heading: "Số 45-HD/BTGTU", "Số: 123-CV/TU". */
const NUMBER_LINE_LEAD = /^\s*Số\s*:?\s*$/iu;
/** The place and day under a document's number: "Tân Lĩnh, ngày 10 tháng 4 năm 2025", "Hà Nội, ngày 10/4/2020". */
const PLACE_AND_DAY = /^[\p{Lu}][\p{L}\p{M} .]{1,40},\s*ngày\s+(\d{1,2})(?:\s+tháng\s+|\s*[/.-]\s*)(\d{1,2})(?:\s+năm\s+|\s*[/.-]\s*)(\d{4})\s*$/u;

/**
 * What a reposted document's heading says of it, where its number stands on a line of its own:
 * the body above it ("BAN TUYÊN GIÁO TỈNH ỦY" over "Số 45-HD/BTGTU", when the body's code is
 * the number's issuer) and the place and day below it (its issue date).
 */
function documentHeading(text: string, d: Directive): { body: string | null; date: string | null } | null {
  // The first mentions only, and the few characters around each: a number repeated along one
  // long line must not make every mention search the whole line.
  for (const m of d.mentions.slice(0, 3)) {
    const lead = text.slice(Math.max(0, m.start - 8), m.start);
    const newline = lead.lastIndexOf("\n");
    if (newline < 0 && m.start - lead.length > 0) continue;
    const lineStart = m.start - lead.length + newline + 1;
    const tail = LINE_END_AFTER.exec(text.slice(m.end, m.end + 8));
    if (!tail || !NUMBER_LINE_LEAD.test(text.slice(lineStart, m.start))) continue;
    let body: string | null = null, date: string | null = null;
    for (const line of linesAround(text, lineStart, -1)) if (!body && line === line.toUpperCase() && issuerOfBody(line) === d.issuer) body = line;
    // (The lines below, when the number's line ends in a line break.)
    const below = tail[0].endsWith("\n") ? linesAround(text, m.end + tail[0].length - 1, 1) : [];
    for (const line of below) {
      const day = PLACE_AND_DAY.exec(line);
      if (day && !date && Number(day[2]) >= 1 && Number(day[2]) <= 12 && Number(day[1]) >= 1 && Number(day[1]) <= 31) {
        date = `${day[3]}-${day[2]!.padStart(2, "0")}-${day[1]!.padStart(2, "0")}`;
      }
    }
    if (body || date) return { body, date };
  }
  return null;
}

/** Up to three lines of words before `at` (step -1, nearest first) or after it (step 1), trimmed; lines of marks alone ("*") skipped. */
function linesAround(text: string, at: number, step: -1 | 1): string[] {
  const out: string[] = [];
  let pos = at;
  while (out.length < 3 && pos >= 0 && pos <= text.length) {
    let from: number, to: number;
    if (step < 0) {
      if (pos === 0) break;
      to = pos - 1;
      from = text.lastIndexOf("\n", to - 1) + 1;
      pos = from;
    } else {
      from = pos + 1;
      if (from > text.length) break;
      const next = text.indexOf("\n", from);
      to = next < 0 ? text.length : next;
      pos = next < 0 ? text.length + 1 : next;
    }
    const line = text.slice(from, to).trim();
    if (/\p{L}/u.test(line)) out.push(line);
  }
  return out;
}

/**
 * The issuing body of a document no mention names, where its issuer code and the article make
 * it plain: a district's committee from the article's place (every district has its own
 * 108-KH/QU), the Tỉnh ủy or Thành ủy the article names, a bloc's committee named in full, a
 * national body its code names (QH, CP, TTg).
 */
function inferredBody(d: Directive, text: string): string | null {
  if (!d.issuer) return null;
  const level = ISSUER_LEVEL[d.issuer];
  if (level) {
    const place = placeOf(level.split(" ")[0]!, text);
    return place ? `${level} ${place}` : null;
  }
  if (d.issuer === "TU") {
    for (const committee of ["Tỉnh ủy", "Thành ủy"]) {
      const place = text.includes(committee) ? placeOf(committee.split(" ")[0]!, text) : null;
      if (place) return `${committee} ${place}`;
    }
    return null;
  }
  const national = NATIONAL_ISSUERS[d.issuer.replace(/\d+$/u, "")];
  if (national) return national;
  if (d.issuer === "ĐUK") {
    const full = namedInFull("Đảng ủy Khối", text);
    return full !== "Đảng ủy Khối" ? full : null;
  }
  // "Thông báo số 125-TB/ĐU" in an article about "Đảng ủy xã Tân Phú" (a bloc's committee has ĐUK).
  if (d.issuer === "ĐU") {
    const full = namedInFull("Đảng ủy", text);
    return full !== "Đảng ủy" && !full.startsWith("Đảng ủy Khối") ? full : null;
  }
  return null;
}

/** Between the last number of a list and the full number that ends it: "26, 27 và 28-NQ/TW". */
const LIST_JOIN = /^\s*(?:,|và)\s*/u;

/** A body named further on in the same clause: "… và các hướng dẫn của Trung ương". */
function laterBody(text: string, from: number, limit: number): string | null {
  const clause = text.slice(from, Math.min(limit, from + 120)).split(/[.;:(]/u)[0]!;
  const at = clause.search(/(?:^|[ ])của[ ]/u);
  return at >= 0 ? readBody(clause.slice(at))?.name ?? null : null;
}

/** Resolves short references against the full numbers of the same article, then by issuing body. */
function resolveShort(hits: Hit[], fullByNumber: ReadonlyMap<string, readonly Hit[]>): Hit[] {
  for (const h of hits) {
    if (!h.short) continue;
    const word = h.type;
    const same = (fullByNumber.get(h.number ?? "") ?? []).find((f) => (f.code === h.code || (word === "Quy định" && /^QĐi?$/u.test(f.code ?? "")) || f.type === word));
    if (same) {
      h.id = same.id;
      h.code = same.code;
      h.issuer = same.issuer;
      // The full number's body is the document's ("… Kế hoạch số 25-KH/TU của Tỉnh ủy" over a subject read before "Kế hoạch 25").
      h.issuedBy = same.issuedBy ?? h.issuedBy;
      h.short = false;
      continue;
    }
    if (!h.confirmed) {
      // Unconfirmed and unresolved: "Chỉ thị 39 nghiêm túc …" with no 39 in the article is no evidence of a document.
      h.id = null;
      h.number = null;
      h.short = false;
      h.mention = { ...h.mention, start: -1 };
      continue;
    }
    const issuer = h.issuedBy ? issuerOfBody(h.issuedBy) : h.laterBody ? issuerOfBody(h.laterBody) : null;
    const stateType = h.code === "NĐ" || h.code === "L" || h.code === "PL" || word === "Thông tư";
    // "Quy định 11" may be QĐ or QĐi, and a state number needs its year: leave those unnumbered.
    if (!h.code || word === "Quy định" || stateType || (issuer && STATE_ISSUER_SET.has(foldCode(issuer)))) {
      h.id = null;
    } else {
      h.issuer = issuer;
      h.id = issuer ? `${h.number}-${h.code}/${issuer}` : `${h.number}-${h.code}`;
    }
    h.short = false;
  }
  return hits;
}

/** One entry per distinct document, with every mention; unnumbered documents by their text. */
function merge(hits: readonly Hit[]): Directive[] {
  const byKey = new Map<string, Directive>();
  const sorted = [...hits].sort((a, b) => a.mention.start - b.mention.start);
  for (const h of sorted) {
    const key = h.id ?? `null:${h.mention.text.toLowerCase()}`;
    const d = byKey.get(key);
    if (!d) {
      byKey.set(key, {
        id: h.id, type: h.type, code: h.code, number: h.number, issuer: h.issuer, issuedBy: h.issuedBy,
        date: h.date, title: h.title, mentions: [h.mention],
      });
      continue;
    }
    d.mentions.push(h.mention);
    // The fullest naming of the body: "Ban Thường vụ Thành ủy" in the headline, "… Thành ủy TP.HCM" in the lead.
    if (!d.issuedBy || (h.issuedBy && h.issuedBy.startsWith(`${d.issuedBy} `))) d.issuedBy = h.issuedBy;
    d.date ??= h.date;
    d.title ??= h.title;
  }
  return [...byKey.values()];
}
