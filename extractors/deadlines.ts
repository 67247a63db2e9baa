/**
 * Deadlines: what must be done by when — "hoàn thành trong tháng 12/2014", "báo cáo Ban
 * Thường vụ trước ngày 4/4/2011", "chậm nhất ngày 30/6", "kiểm điểm trong tháng 7 và 8".
 * Built on the resolved dates: a date is a deadline when a deadline cue stands right before
 * it and the clause asks for work to be done.
 */
import type { ResolvedDate } from "./dates.ts";
import { NotAfterLetter, SPACE, endsSentence, unitClass } from "./scan.ts";
import type { Deadline, Span } from "./types.ts";

/** The cue right before a due date, with the verb that may precede it and the hour that may follow it ("chậm nhất là 17 giờ 00 ngày …"). */
const CUE =
  /(?:(?:hoàn thành|hoàn tất|xong|kết thúc|báo cáo|gửi(?: về)?|nộp|kiểm điểm|(?<!ban\s)tổ chức)\s+)?(trước(?: \d{1,2} ?(?:giờ|h)(?: ?\d{1,2}(?: ?phút)?)?)?|trong(?: (?:kỳ|đợt|phiên|buổi|dịp|cuộc)(?: [\p{Ll}]+){0,2})?|chậm nhất(?: là| vào| đến| tới)?|muộn nhất(?: là| vào| đến| tới)?|hạn chót(?: là)?|hạn cuối(?: là)?|thời hạn(?: là)?|hạn|đến hết|đến cuối|từ nay đến(?: hết| cuối)?|đến|tới|không quá|hoàn thành\s*:|phải hoàn thành\s*:|(?:thời )?hạn\s*:|(?:thời )?hạn(?: cuối| chót)? (?:nộp|gửi|hoàn thành|báo cáo|đăng ký)(?: [\p{Ll}]+){0,3}\s*:|là)(?:\s*\d{1,2}\s*(?:giờ|h|:)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?)?\s*(?:ngày|hết|cuối|đầu|trước)?\s*(?:ngày\s*)?$/iu;
/** Cues that make a deadline by themselves. */
const STRONG_CUE = /^(chậm nhất|muộn nhất|hạn|thời hạn|đến hết|đến cuối|từ nay đến|không quá|hoàn thành|phải hoàn thành)/iu;
/**
 * "trình" as the verb of submitting ("trình UBND huyện trước 10/7"), not the second syllable of
 * a noun ("chương trình", "Tờ trình", "công trình") nor "trình bày" (present).
 */
const SUBMIT = "(?<!(?:chương|quy|công|tờ|lộ|hành|tiến|lập|giải|thuyết|phương)\\s)trình(?!\\s+(?:bày|diễn|độ|tự)(?![\\p{L}]))";
/** "báo cáo" as the verb of reporting, not the report a figure is read from: "Theo báo cáo, …", "các báo cáo". */
const REPORT = "(?<!(?:theo|tại|trong|qua|các|bản|những)\\s)báo cáo";
/** Work that the clause asks for ("phải", "hoàn thành", "báo cáo" …); "Ban Tổ chức" is a body, no work. */
const ACTION = new NotAfterLetter(`(${SUBMIT}|hoàn thiện|hoàn thành|hoàn tất|xong|${REPORT}|gửi|nộp|kiểm điểm|(?<!ban\\s)tổ chức|triển khai|thực hiện|tổng kết|sơ kết|đăng ký|rà soát|phải|cần|yêu cầu|đề nghị|sẽ|chỉ đạo|giao|xây dựng|ban hành|quán triệt|học tập|bầu|lấy ý kiến|chuẩn bị|đánh giá|phấn đấu|tiến hành|bàn giao|kết thúc|đưa vào)(?![\\p{L}])`, "iu");
/** A request as the verb, not a noun: "hồ sơ đề nghị khen thưởng", "theo yêu cầu", "đã đề nghị" (made already). */
/** Nouns a request's word names a paper of ("hồ sơ đề nghị khen thưởng"): no request made. */
const REQUEST_PAPERS = "hồ sơ|tờ trình|danh sách|văn bản";
const REQUEST = `(?<!(?:đã|theo|đáp ứng|các|những|với|có|${REQUEST_PAPERS})\\s)(?:yêu cầu|đề nghị)`;
/**
 * For "trong"/"đến": only these make the clause ask for work ("Trong tháng 12, quận đã …" does not),
 * a request among them ("Bí thư đề nghị các chi bộ tổ chức đại hội điểm trong tháng 3/2020").
 */
const FIRM_ACTION = new NotAfterLetter(`((?<!đã\\s)${SUBMIT}|hoàn thành|hoàn tất|xong|kiểm điểm|${REPORT}|nộp|gửi|phải|sẽ|cần|chậm nhất|${REQUEST})(?![\\p{L}])`, "iu");
/**
 * After a period that opens the sentence, a modal before the work makes it due by then:
 * "Trong tháng 12/2021, các chi bộ phải hoàn thành việc kiểm điểm". A bare verb does not
 * ("Trong tháng 12, toàn huyện hoàn thành 100% chỉ tiêu" reports).
 */
const MODAL_WORK = new NotAfterLetter(`(?:phải|cần|sẽ)\\s+(?:(?:tập trung|khẩn trương|chủ động|tiếp tục)\\s+)?(?:${SUBMIT}|hoàn thành|hoàn tất|hoàn thiện|xong|báo cáo|nộp|gửi|kiểm điểm|tổ chức|triển khai|thực hiện|rà soát|tổng kết|sơ kết|ban hành|xây dựng)(?![\\p{L}])`, "iu");
/** After a date, the deadline it is: "… là hạn cuối để các đơn vị nộp hồ sơ" (the task in the group). */
const DUE_NAMED_AFTER = /^(\s+(?:sẽ\s+)?là\s+(?:thời\s+)?hạn(?:\s+cuối(?:\s+cùng)?|\s+chót)?)(?:\s+(?:để|cho|của))?\s+(\p{L}[^.;!?]{2,200})/u;
/** Before a cue that opens its sentence: nothing, or a list mark. */
const OPENS_SENTENCE = /^[\s\d.)+*•-]*$/u;
/** Before a cue that opens a clause: a comma, or the colon after who asks ("… yêu cầu: trong 6 tháng cuối năm …"). */
const CLAUSE_END = /[,:]\s*$/u;
/**
 * The verbs of work asked with no subject before them ("…, hoàn thành chỉ tiêu", "; trước 15/2 tổ
 * chức quán triệt …"); "tổ chức" with a body after it names the body ("tổ chức đảng").
 */
const WORK_VERBS = `${SUBMIT}|hoàn thành|hoàn tất|hoàn thiện|xong|nộp|gửi|báo cáo|kiểm điểm|tổ chức(?!\\s+(?:đảng|cơ sở|chính trị|công đoàn|đoàn|hội)(?![\\p{L}]))|triển khai|rà soát|tổng kết|sơ kết|xây dựng|ban hành|quán triệt`;
/** Work asked with its verb right after the date's comma, no subject before it: "đến ngày 30/9, hoàn thành chỉ tiêu …". */
const IMPERATIVE = new RegExp(`^\\s*[,:]\\s*(?:${WORK_VERBS}|thực hiện)(?![\\p{L}])`, "iu");
/**
 * After "trước", "chậm nhất" …, the work's verb right after the date, no comma: "; trước 15/2/2024
 * tổ chức quán triệt đến 100% đảng viên" ("tổ chức" with a body after it names the body).
 */
const BARE_IMPERATIVE = new RegExp(`^\\s+(?:${WORK_VERBS})(?![\\p{L}])`, "iu");
/** What a plan's lead-in cites: "Theo kế hoạch", "Theo Hướng dẫn số 12-HD/TU", "Theo lộ trình". */
const PLAN_SOURCES = "kế hoạch|hướng dẫn|lộ trình|dự kiến|chương trình|chỉ thị|nghị quyết|quyết định|thông báo|công văn|quy định|kết luận";
/**
 * A plan's lead-in before a period or day that opens its clause: "Theo kế hoạch,", "Theo lộ trình,",
 * "Theo Hướng dẫn số 12-HD/TU,", "Theo đó,", "Dự kiến,".
 */
const PLAN_LEAD = new RegExp(String.raw`^[\s\d.)+*•-]*(?:theo\s+(?:${PLAN_SOURCES})(?![\p{L}])[^,;]{0,120}|theo đó|dự kiến|theo dự kiến)\s*,\s*$`, "iu");
/** A sentence that opens with a plan's lead-in (see PLAN_LEAD), whatever follows it. */
const PLAN_OPENING = new RegExp(String.raw`^[\s\d.)+*•-]*(?:theo\s+(?:${PLAN_SOURCES})(?![\p{L}])|theo đó\s*,|(?:theo\s+)?dự kiến\s*,)`, "iu");
/** "đã": work reported done. */
const DONE_WORD = /(?<![\p{L}])đã(?![\p{L}])/iu;
/** A conjunction that opens a task listed after an earlier one. */
const TASK_JOIN = /^(?:và|hoặc)\s+/iu;
/** Words that end a task at its tail: modals and the completion verb. */
const TASK_TAIL = /\s*(?:phải|cần|sẽ|được|đã|hoàn thành|hoàn tất|xong|kịp thời|đảm bảo|và)\s*$/iu;
/**
 * Lead-ins that start the clause of a task ("Theo đó,", "Theo Kế hoạch 141/KH-BCĐTW của Ban Chỉ
 * đạo Trung ương,"), and who asks for it: "Chủ tịch UBND tỉnh yêu cầu …" ("Ban Chỉ đạo" asks nothing).
 */
const TASK_LEAD = new RegExp(
  String.raw`^(?:theo\s+(?:${PLAN_SOURCES})(?![\p{L}])[^,;]{0,120},\s*|(?:theo đó|theo kế hoạch|theo lộ trình|đồng thời|trong đó|cụ thể|ngoài ra|bên cạnh đó|dự kiến)\s*,?\s*)?` +
    String.raw`(?:[^;]{0,160}?(?<![\p{L}])(?<!ban\s)(?<!(?:${REQUEST_PAPERS})\s)(?:yêu cầu|đề nghị|chỉ đạo)\s+(?=\S))?`,
  "iu",
);

/** Where the sentence holding `at` starts within its region: after ".", ";", "!", "?" or a line break. */
export function sentenceStart(text: string, region: Span, at: number): number {
  for (let i = at - 1; i >= region.start && i >= at - 400; i--) if (endsSentence(text, i)) return i + 1;
  return Math.max(region.start, at - 400);
}


/**
 * {@link sentenceStart} for positions asked in ascending order, as the dates of a text come:
 * each answer reads only the characters since the last one asked, where the plain scan reads up
 * to 400 back each time (a sentence listing hundreds of dates took that many times longer).
 */
export class SentenceStarts {
  private region: Span | null = null;
  /** Everything before this has been read. */
  private readUntil = 0;
  /** The last sentence end read, or -1. */
  private lastEnd = -1;

  constructor(private readonly text: string) {}

  at(region: Span, at: number): number {
    if (region !== this.region || at < this.readUntil) {
      this.region = region;
      this.readUntil = Math.max(region.start, at - 400);
      this.lastEnd = -1;
    }
    for (let i = this.readUntil; i < at; i++) if (endsSentence(this.text, i)) this.lastEnd = i;
    this.readUntil = Math.max(this.readUntil, at);
    return this.lastEnd >= at - 400 && this.lastEnd >= region.start ? this.lastEnd + 1 : Math.max(region.start, at - 400);
  }
}

/** Where the sentence holding `at` ends. */
function sentenceEnd(text: string, region: Span, at: number): number {
  const m = /[.;!?](?:\s|$)|\n/u.exec(text.slice(at, Math.min(region.end, at + 400)));
  return m ? at + m.index : Math.min(region.end, at + 400);
}

/** A deadline noun that makes "… là ngày X" or "…: X" a due date. */
const DEADLINE_NOUN = new NotAfterLetter(String.raw`(hạn chót|thời hạn|hạn cuối|chậm nhất|muộn nhất|hạn nộp|hạn hoàn thành)(?![\p{L}])`, "iu");
/** A deadline noun opening a task's clause: "Hạn chót nhận bài …", "Thời hạn nộp hồ sơ …". */
const DEADLINE_LABEL = /^(?:thời hạn|hạn chót|hạn cuối|hạn)\s+(?=\p{L})/iu;
/** A deadline noun inside a clause, before the work it times: "…, hạn chót nộp hồ sơ …". */
const DEADLINE_NOUN_INSIDE = /(?<![\p{L}])(?:hạn chót|hạn cuối|thời hạn)\s+(?=\p{L})/iu;
/** A completion already reported: "100% chi bộ đã hoàn thành đại hội trước ngày 10/11". */
const DONE = new NotAfterLetter(String.raw`đã\s+(?:cơ bản\s+)?(?:hoàn thành|hoàn tất|xong|tổ chức xong|gửi|nộp|báo cáo|trình|ban hành|hoàn thiện)(?![\p{L}])`, "iu");
/** Work still asked for after a completion: "Các xã đã nộp hồ sơ cần bổ sung … trước ngày X". */
const STILL_ASKED = new NotAfterLetter(String.raw`(?:phải|cần|sẽ|yêu cầu|đề nghị)(?![\p{L}])`, "iu");
/** True when `clause` reports the work done already, with nothing asked of anyone after it. */
function reportsDone(clause: string): boolean {
  const done = DONE.exec(clause);
  return done !== null && !STILL_ASKED.test(clause.slice(done.index + done[0].length));
}
/** A cue that is a deadline's label: "Thời hạn: …", "Hạn: …". */
const CUE_LABEL = /^(?:thời\s+)?hạn\s*:/iu;
/** A plan's label for when an item is due: "Thời gian: trước ngày 15/12", "Thời gian thực hiện: trong tháng 12", "Thời hạn: …". */
const TIME_LABEL = /(?:^|[^\p{L}])thời (?:gian|hạn)(?:\s+\p{Ll}+){0,2}\s*:\s*$/iu;
/** `m` as a match in a string `by` characters longer at its start. */
function shifted(m: RegExpExecArray, by: number): RegExpExecArray {
  m.index += by;
  return m;
}

/** The line of content above `region`, its mark cut, when it is a list's item the label under it times ("1. …", "- …", "a) …"); else "". */
function itemAbove(text: string, regions: readonly Span[], region: Span): string {
  // (Regions come in order: found by halving, as a text of many short lines has many.)
  let lo = 0, hi = regions.length - 1, i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.start < region.start) lo = mid + 1;
    else if (regions[mid]!.start > region.start) hi = mid - 1;
    else {
      i = mid;
      break;
    }
  }
  // Past the item's other labelled lines right above ("- Đơn vị chủ trì: …"), up to three.
  let k = i - 1, below = region;
  for (let skipped = 0; k >= 0 && regions[k]!.end + 1 === below.start && skipped < 3; skipped++) {
    const line = text.slice(regions[k]!.start, regions[k]!.end);
    if (!SUB_LABEL.test(line)) break;
    below = regions[k]!;
    k--;
  }
  const above = i > 0 && k >= 0 ? regions[k]! : null;
  if (!above || above.end + 1 !== below.start) return "";
  const line = text.slice(above.start, above.end);
  if (!LIST_MARK.test(line) || line.length > 300) return "";
  // An item run on after the line before it ("… trước ngày 20/12. 2. Các cơ quan xây dựng …"): the last one.
  const runOn = RUN_ON_ITEM.exec(line);
  return runOn ? runOn[1]! : line.replace(LIST_MARK, "");
}

/** An item's labelled line under it, no item of its own nor its time: "- Đơn vị chủ trì: Ban Tuyên giáo", "+ Phối hợp: …". */
const SUB_LABEL = /^\s*[-+•*]\s*(?!thời\s+(?:gian|hạn))\p{Lu}[\p{Ll}\s]{0,30}:/iu;
/** A numbered item after a sentence's end on the same line, the last of them: its text. */
const RUN_ON_ITEM = /[.;]\s+\d{1,2}[.)]\s+((?:(?![.;]\s+\d{1,2}[.)]\s).)+)$/u;

/** True when `s` ends in a TIME_LABEL: tried only where a colon ends it, as the pattern needs one. */
function endsInTimeLabel(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && unitClass(s.charCodeAt(i)) & SPACE) i--;
  return i >= 0 && s.charCodeAt(i) === 58 && TIME_LABEL.test(s);
}
/** A quotation's opening mark before a task said by someone: "“Các chi bộ cần …", said the secretary. */
const OPENING_QUOTE = /^["“”«‘]\s*/u;
/** A list item's marker: "- ", "+ ", "• ", "1. ", "a) ". */
const LIST_MARK = /^\s*(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))\s+/u;
/** The work a plan's time label names: "Thời gian nhận hồ sơ:" → "nhận hồ sơ". */
const TIME_LABEL_WORK = /(?:^|[^\p{L}])thời gian\s+(\p{Ll}+(?:\s+\p{Ll}+){0,4})\s*:\s*$/iu;
/** Verbs that name no work by themselves. */
const GENERIC_WORK = /^(?:thực hiện|triển khai|hoàn thành|tổ chức|tiến hành)$/iu;
/** The work a deadline label names: "Hạn cuối nộp hồ sơ:" → "nộp hồ sơ". */
const LABEL_CUE_WORK = /hạn(?:\s+cuối|\s+chót)?\s+(\p{Ll}+(?:\s+\p{Ll}+){0,4})\s*:/iu;
/** A window's opening before its end, no part of the task: "(tập huấn) từ ngày 1/6 đến hết ngày 30/6", "từ tháng 3/2024 đến …". */
const WINDOW_OPENING = /(?:^|\s+)từ\s+(?:(?:ngày|tháng|quý)\s+)?(?:\d{1,2}|[IV]{1,3})(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{4})?\s*$/iu;
/** A window's opening before "đến": "từ ngày 24/8", "từ tháng 3/2024", "từ quý II/2024". */
const WINDOW_FROM = /từ\s+(?:(?:ngày|tháng|quý)\s+)?[\dIV/.-]+\s*$/iu;
/** After a date, the clause that reports work done by then: ", quận đã kết nạp …", ", toàn tỉnh đã có …". */
const DONE_BY_THEN = /^\s*,\s*[^,;]{0,60}?(?<![\p{L}])đã(?![\p{L}])/u;
/** Between two periods of one window: "tháng 11 và tháng 12", "quý III, quý IV". */
const LIST_JOIN = /^\s*(?:,|và)\s*$/u;
/** After a day, what makes it recur: "(và 15/12) hằng năm", "hàng tháng". */
export const RECURRING_AFTER = /^(?:\s*(?:,|và)\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2})*\s*(?:của\s+)?(?:hằng|hàng|mỗi)\s+(?:năm|tháng|quý|tuần)(?![\p{L}])/iu;
/** "tính" before "đến": the day a count is made to, no deadline ("tính đến ngày 25/12/2024, toàn tỉnh giải ngân được …"). */
const COUNTED_TO = /(?<![\p{L}])tính\s*$/iu;
/** Cues that also name a point in time a report counts to: "đến hết tháng 6/2024, toàn huyện có …". */
const UNTIL_CUE = /^(?:đến hết|đến cuối|từ nay đến)/iu;
/**
 * After a date, the clause that states what there is or will be by then, asking nothing:
 * ", toàn tỉnh dự kiến có 420 người nghỉ hưu", ", toàn huyện đạt 95% kế hoạch".
 */
const STATE_BY_THEN = /^\s*,\s*[^,;]{0,60}?(?<![\p{L}])(?:có(?!\s+trách\s+nhiệm)|đạt|còn)(?![\p{L}])/u;
/** "trong 6 tháng đầu năm 2018" → 2018-06; "6 tháng cuối năm 2018" → 2018-12. */
const HALF_YEAR = /(?<![\p{L}])trong\s+(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})(?!\d)/giu;
/** HALF_YEAR without its lookarounds and groups, for one test of the whole text. */
const HALF_YEAR_ANYWHERE = /trong\s+\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}/iu;

/**
 * Finds the deadlines among resolved dates: a due date with its cue and its task.
 *
 * @example findDeadlines(text, findDates(text, regions), regions)
 * // [{ due: "2014-12", task: "kiểm điểm, đánh giá …", text: "hoàn thành trong tháng 12/2014", … }]
 */
export function findDeadlines(text: string, dates: readonly ResolvedDate[], regions: readonly Span[]): Deadline[] {
  const out: Deadline[] = [];
  // Dates read from one list ("tháng 7 và 8") share a span: the latest is the due date.
  // (The latest of each span is kept as the dates come: no list per span.)
  const latest = new Map<number | string, ResolvedDate>();
  // A span as one number where that is exact, else as text.
  const width = text.length + 1;
  const numericKeys = width * width <= Number.MAX_SAFE_INTEGER;
  for (const d of dates) {
    const key = numericKeys ? d.start * width + d.end : `${d.start}:${d.end}`;
    const kept = latest.get(key);
    if (!kept || d.value > kept.value) latest.set(key, d);
  }
  let previousEnd = -1;
  const sentences = new SentenceStarts(text);
  const candidates = [...latest.values()].sort((a, b) => a.start - b.start);
  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i]!;
    const region = regions.find((r) => r.start <= d.start && d.end <= r.end);
    if (!region) continue;
    // A cue is short: read it from the last 80 characters only, the sentence once it matched.
    const near = text.slice(Math.max(region.start, d.start - 80), d.start);
    const nearCue = CUE.exec(near);
    if (!nearCue) {
      // "Ngày 30/6/2024 là hạn cuối để các đơn vị nộp hồ sơ": the deadline noun after the date.
      const named = text.charCodeAt(d.end) === 32 ? DUE_NAMED_AFTER.exec(text.slice(d.end, sentenceEnd(text, region, d.end))) : null;
      if (named) {
        const start = d.start - (/ngày\s*$/iu.exec(text.slice(Math.max(region.start, d.start - 6), d.start))?.[0].length ?? 0);
        const end = d.end + named[1]!.length;
        out.push({ due: d.value, task: named[2]!.replace(/[\s,.;:]+$/u, ""), text: text.slice(start, end), start, end });
        previousEnd = d.end + named[0].length;
      }
      continue;
    }
    const from = sentences.at(region, d.start);
    const before = text.slice(from, d.start);
    // The cue ends at the date: one found in the last 80 characters is the one the sentence gives
    // (no cue is longer), so the sentence is searched only when it is shorter.
    const nearFrom = d.start - near.length;
    const cue = from <= nearFrom ? shifted(nearCue, nearFrom - from) : CUE.exec(before);
    if (!cue) continue;
    const word = cue[1]!.toLowerCase();
    const sentence = before.slice(0, cue.index);
    const strong = STRONG_CUE.test(word) || ((word === "là" || word.startsWith("hạn")) && DEADLINE_NOUN.test(before)) || endsInTimeLabel(sentence);
    if (word === "là" && !strong) continue;
    if ((word.startsWith("đến") || word.startsWith("tới")) && cue[0].toLowerCase().startsWith(word) && COUNTED_TO.test(sentence)) continue;
    // "từ ngày 24/8 đến 31/8": a window for the task; any action verb makes it a deadline.
    const window = (word === "đến" || word === "tới") && WINDOW_FROM.test(sentence);
    const firmNeeded = !window && (word.startsWith("trong") || word === "đến" || word === "tới");
    // The rest of the sentence after the date, read when a rule needs it, once.
    let rest: string | null = null;
    const afterDate = () => (rest ??= text.slice(d.end, sentenceEnd(text, region, d.end)));
    // (In a sentence that opens with a plan's lead-in, the work named before the period is asked too:
    // "Theo kế hoạch, các chi bộ tổ chức đại hội trong tháng 3/2025".)
    const asked = firmNeeded
      ? FIRM_ACTION.test(cue[0]) || FIRM_ACTION.test(sentence) || (PLAN_OPENING.test(sentence) && ACTION.test(sentence) && !DONE_WORD.test(sentence))
      : ACTION.test(cue[0]) || ACTION.test(sentence);
    // "Trong tháng 12/2021, các chi bộ phải hoàn thành …", "Trước ngày 5/12, các huyện ủy cần gửi …",
    // "Văn bản nêu, đến ngày 31/7/2024, các xã phải …": the period or the day opens the sentence or
    // a clause, the work asked follows it.
    // After "trước", "chậm nhất" … a verb of handing in or finishing is enough ("Trước ngày 15/12, các chi bộ
    // gửi báo cáo …"); after "trong", "đến" the work needs a modal or the imperative ("Trong tháng 12, toàn
    // huyện hoàn thành 100% chỉ tiêu" reports).
    const asksAfter = () =>
      (/^\s*[,:]/u.test(afterDate()) && (MODAL_WORK.test(afterDate()) || IMPERATIVE.test(afterDate()) || (!firmNeeded && FIRM_ACTION.test(afterDate())))) ||
      (!firmNeeded && BARE_IMPERATIVE.test(afterDate()));
    // "Theo kế hoạch, trong tháng 3/2025, các chi bộ tổ chức đại hội": after a plan's lead-in, the work done by then is due.
    const planned = () => PLAN_LEAD.test(sentence) && ACTION.test(afterDate()) && !DONE_WORD.test(afterDate());
    const opening = !asked && !window && (((OPENS_SENTENCE.test(sentence) || CLAUSE_END.test(sentence)) && asksAfter()) || planned());
    if (!strong && !asked && !opening) continue;
    // The task is the clause just before the cue: after a label's ":" or an earlier deadline.
    // A label before the sentence's last ":" ("- Cấp xã:", "Thời gian nhận hồ sơ:"), or "".
    const colon = sentence.lastIndexOf(":");
    const label = sentence.slice(0, colon + 1);
    const clauseFrom = Math.max(from, previousEnd, from + colon + 1);
    const clause = text.slice(clauseFrom, from + cue.index).replace(/^[\s,;]+/u, "");
    if (reportsDone(clause) || DONE.test(cue[0])) continue;
    // "trước ngày 15/6 và 15/12 hằng năm": a day of every year, no calendar date due.
    if (RECURRING_AFTER.test(afterDate())) continue;
    // "Từ đầu năm đến ngày 15/12/2023, quận đã kết nạp 120 đảng viên": what was done by then.
    if (!strong && DONE_BY_THEN.test(afterDate())) continue;
    // "Ông A cho biết, đến hết tháng 2/2025, toàn tỉnh dự kiến có 420 người nghỉ hưu": a count by then, no work asked.
    if (!asked && UNTIL_CUE.test(word) && STATE_BY_THEN.test(afterDate()) && !ACTION.test(afterDate())) continue;
    const start = from + cue.index;
    // "Thời hạn nộp hồ sơ đến hết ngày 30/6": the task is what the deadline noun times.
    // "…, hạn chót nộp hồ sơ đề nghị khen thưởng là ngày 20/12": the work is what the noun times, whoever speaks before it.
    const noun = DEADLINE_NOUN_INSIDE.exec(clause);
    let task = (noun ? clause.slice(noun.index + noun[0].length) : clause.replace(LIST_MARK, "").replace(OPENING_QUOTE, "").replace(TASK_LEAD, "").replace(DEADLINE_LABEL, ""))
      .replace(WINDOW_OPENING, "")
      .trim();
    // "Thời gian nhận hồ sơ: từ ngày 1/6 đến hết ngày 30/6", "Hạn cuối nộp hồ sơ: 30/6": the label names the work.
    const labelled = !task ? TIME_LABEL_WORK.exec(label) ?? LABEL_CUE_WORK.exec(label) ?? LABEL_CUE_WORK.exec(cue[0]) : null;
    // ("Thời gian thực hiện:" names no work of its own: the item it times does, below.)
    if (labelled && !GENERIC_WORK.test(labelled[1]!)) task = labelled[1]!;
    for (let prev = ""; prev !== task; ) {
      prev = task;
      task = task.replace(TASK_TAIL, "").replace(/[\s,]+$/u, "");
    }
    // "… báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 10/12": the second task without its conjunction.
    task = task.replace(TASK_JOIN, "");
    if (task.length > 200) task = task.slice(task.length - 200).replace(/^\S*\s/u, "");
    const verb = /^(hoàn thành|hoàn tất|xong|kết thúc|báo cáo|gửi(?: về)?|nộp|kiểm điểm|tổ chức)/iu.exec(cue[0]);
    if (task && !verb && !ACTION.test(task)) {
      // "Kế hoạch cũng nêu rõ, chậm nhất ngày 30/4, các đơn vị phải nộp báo cáo": the clause before
      // the cue asks for nothing; the work is the one asked after the date.
      const following = /^\s*,\s*([^.;!?]+)/u.exec(afterDate());
      if (following && (asksAfter() || planned())) task = following[1]!.trim();
    }
    if (!task && !verb) {
      // "Muộn nhất ngày 15/12/2014, các chi bộ gửi báo cáo.": the task follows the date.
      task = afterDate().replace(/^[\s,:]+/u, "").trim();
    }
    // (A label may be the cue itself: "Thời hạn: trước ngày 30/9".)
    if (!task && !verb && (endsInTimeLabel(label) || CUE_LABEL.test(cue[0]))) {
      // "Tổ chức đại hội chi bộ. Thời gian: trước ngày 15/12/2023.": the item the label times,
      // on the line above when the label opens its own ("1. Rà soát …" / "- Thời gian: trước …").
      const previous = from > region.start ? text.slice(sentenceStart(text, region, from - 1), from - 1) : itemAbove(text, regions, region);
      task = previous.replace(/^[\s\d.)-]+/u, "").replace(/[\s.;:]+$/u, "").trim();
    }
    // "- Thời gian hoàn thành: Quý I/2025." under an item: the item's work.
    if (/^(?:[-+•*]\s*)?thời gian$/iu.test(task) && verb && from === region.start) {
      const above = itemAbove(text, regions, region).replace(/[\s.;:]+$/u, "").trim();
      if (above) task = above;
    }
    if (!task && verb) {
      // "Hoàn thành trước 30/6/2024 việc rà soát quy hoạch.": the work is the object after the date;
      // "- Cấp xã: hoàn thành trước ngày 10/6": the item the label names.
      const object = /^\s+(\p{L}[^,;:]*)$/u.exec(afterDate());
      const item = label.slice(0, -1).replace(LIST_MARK, "").trim();
      // ("- Thời gian: Hoàn thành trước ngày 25/1" under "1. Tổ chức hội nghị …": the item's work.)
      const timed = endsInTimeLabel(label) ? itemAbove(text, regions, region) : "";
      task = object ? object[1]!.trim() : item && item.length <= 120 && !endsInTimeLabel(label) ? item : timed ? timed.replace(/[\s.;:]+$/u, "") : verb[0];
    }
    else if (verb && !/^(hoàn thành|hoàn tất|xong|kết thúc)$/iu.test(verb[0])) task = `${task} ${verb[0]}`.trim();
    // "Thời gian thực hiện: từ ngày 1/6 đến ngày 31/7/2024." opening its paragraph: the label's own word is all there is.
    if (!task && labelled) task = labelled[1]!;
    // "trong tháng 11 và tháng 12/2014": a period listed on is part of the window; the last is due.
    let last = d;
    while (word.startsWith("trong") && i + 1 < candidates.length && candidates[i + 1]!.raw.kind === d.raw.kind && LIST_JOIN.test(text.slice(last.end, candidates[i + 1]!.start))) last = candidates[++i]!;
    const due = last.value > d.value ? last.value : d.value;
    out.push({ due, task, text: text.slice(start, last.end), start, end: last.end });
    previousEnd = last.end;
  }
  // Every match in a region is text that HALF_YEAR_ANYWHERE finds too: without one, no region has any.
  for (const region of HALF_YEAR_ANYWHERE.test(text) ? regions : []) {
    const slice = text.slice(region.start, region.end);
    if (!slice.includes("tháng")) continue;
    for (const m of slice.matchAll(HALF_YEAR)) {
      const start = region.start + m.index, end = start + m[0].length;
      const sentence = text.slice(sentenceStart(text, region, start), start);
      // "Trong 6 tháng đầu năm 2022, các xã phải hoàn thành …": the work after the period.
      const rest = OPENS_SENTENCE.test(sentence) || CLAUSE_END.test(sentence) ? text.slice(end, region.end) : "";
      const after = rest ? /^\s*,\s*([^.;!?]+)/u.exec(rest) : null;
      const opening = after && MODAL_WORK.test(after[1]!) && !DONE_BY_THEN.test(rest);
      if (!opening && !FIRM_ACTION.test(sentence) && !/phấn đấu/iu.test(sentence)) continue;
      const months = Number(m[1]);
      if (months < 1 || months > 12) continue;
      const month = m[2]!.toLowerCase() === "đầu" ? months : 12;
      const task = opening ? after[1]!.trim() : sentence.replace(TASK_TAIL, "").trim();
      out.push({ due: `${m[3]}-${String(month).padStart(2, "0")}`, task, text: m[0], start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
