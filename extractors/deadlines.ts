/**
 * Deadlines: what must be done by when — "hoàn thành trong tháng 12/2014", "báo cáo Ban
 * Thường vụ trước ngày 4/4/2011", "chậm nhất ngày 30/6", "kiểm điểm trong tháng 7 và 8".
 * Built on the resolved dates: a date is a deadline when a deadline cue stands right before
 * it and the clause asks for work to be done.
 */
import type { ResolvedDate } from "./dates.ts";
import type { Deadline, Span } from "./types.ts";

/** The cue right before a due date, with the verb that may precede it. */
const CUE =
  /(?:(?:hoàn thành|hoàn tất|xong|kết thúc|báo cáo|gửi(?: về)?|nộp|kiểm điểm|tổ chức)\s+)?(trước|trong(?: (?:kỳ|đợt|phiên|buổi|dịp|cuộc)(?: [\p{Ll}]+){0,2})?|chậm nhất(?: là| vào)?|muộn nhất(?: là| vào)?|hạn chót(?: là)?|hạn cuối(?: là)?|thời hạn(?: là)?|hạn|đến hết|đến cuối|từ nay đến(?: hết| cuối)?|đến|tới|không quá|hoàn thành\s*:|phải hoàn thành\s*:)\s*(?:ngày|hết|cuối|đầu|trước)?\s*(?:ngày\s*)?$/iu;
/** Cues that make a deadline by themselves. */
const STRONG_CUE = /^(chậm nhất|muộn nhất|hạn|thời hạn|đến hết|đến cuối|từ nay đến|không quá|hoàn thành|phải hoàn thành)/iu;
/** Work that the clause asks for ("phải", "hoàn thành", "báo cáo" …). */
const ACTION = /(?<![\p{L}])(hoàn thành|hoàn tất|xong|báo cáo|gửi|nộp|kiểm điểm|tổ chức|triển khai|thực hiện|tổng kết|sơ kết|đăng ký|rà soát|phải|cần|yêu cầu|đề nghị|sẽ|chỉ đạo|giao|xây dựng|ban hành|quán triệt|học tập|bầu|lấy ý kiến|chuẩn bị|đánh giá|phấn đấu|tiến hành|bàn giao|kết thúc|đưa vào)(?![\p{L}])/iu;
/** For "trong"/"đến": only these make the clause ask for work ("Trong tháng 12, quận đã …" does not). */
const FIRM_ACTION = /(?<![\p{L}])(hoàn thành|hoàn tất|xong|kiểm điểm|báo cáo|nộp|gửi|phải|sẽ|cần|chậm nhất)(?![\p{L}])/iu;
/** Words that end a task at its tail: modals and the completion verb. */
const TASK_TAIL = /\s*(?:phải|cần|sẽ|được|đã|hoàn thành|hoàn tất|xong|kịp thời|đảm bảo|và)\s*$/iu;
/** Lead-ins that start the clause of a task. */
const TASK_LEAD = /^(?:theo đó|theo kế hoạch|đồng thời|trong đó|cụ thể|ngoài ra|bên cạnh đó)\s*,?\s*/iu;

/** Where the clause holding `at` starts within its region: after ".", ";", ":" or a line break. */
function clauseStart(text: string, region: Span, at: number): number {
  for (let i = at - 1; i >= region.start && i >= at - 400; i--) {
    const c = text[i]!;
    if (c === "." || c === ";" || c === ":" || c === "\n" || c === "!" || c === "?") {
      if (c === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
      return i + 1;
    }
  }
  return Math.max(region.start, at - 400);
}

/**
 * Finds the deadlines among resolved dates: a due date with its cue and its task.
 *
 * @example findDeadlines(text, findDates(text, regions), regions)
 * // [{ due: "2014-12", task: "kiểm điểm, đánh giá …", text: "hoàn thành trong tháng 12/2014", … }]
 */
export function findDeadlines(text: string, dates: readonly ResolvedDate[], regions: readonly Span[]): Deadline[] {
  const out: Deadline[] = [];
  // Dates read from one list ("tháng 7 và 8") share a span: the latest is the due date.
  const groups = new Map<string, ResolvedDate[]>();
  for (const d of dates) {
    const key = `${d.start}:${d.end}`;
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  for (const group of groups.values()) {
    const d = group.reduce((a, b) => (b.value > a.value ? b : a));
    const region = regions.find((r) => r.start <= d.start && d.end <= r.end);
    if (!region) continue;
    const from = clauseStart(text, region, d.start);
    const before = text.slice(from, d.start);
    const cue = CUE.exec(before);
    if (!cue) continue;
    const word = cue[1]!.toLowerCase();
    const clause = before.slice(0, cue.index);
    const strong = STRONG_CUE.test(word);
    // "từ ngày 24/8 đến 31/8": a window for the task; any action verb makes it a deadline.
    const window = (word === "đến" || word === "tới") && /từ\s+(?:ngày\s+)?[\d/.-]+\s*$/u.test(clause);
    const firmNeeded = !window && (word.startsWith("trong") || word === "đến" || word === "tới");
    if (!strong && !(firmNeeded ? FIRM_ACTION.test(cue[0]) || FIRM_ACTION.test(clause) : ACTION.test(cue[0]) || ACTION.test(clause))) continue;
    const start = from + cue.index;
    let task = clause.replace(TASK_LEAD, "").trim();
    for (let prev = ""; prev !== task; ) {
      prev = task;
      task = task.replace(TASK_TAIL, "").replace(/[\s,]+$/u, "");
    }
    if (task.length > 200) task = task.slice(task.length - 200).replace(/^\S*\s/u, "");
    const verb = /^(hoàn thành|hoàn tất|xong|kết thúc|báo cáo|gửi(?: về)?|nộp|kiểm điểm|tổ chức)/iu.exec(cue[0]);
    if (!task && verb) task = verb[0];
    else if (verb && !/^(hoàn thành|hoàn tất|xong|kết thúc)$/iu.test(verb[0])) task = `${task} ${verb[0]}`.trim();
    out.push({ due: d.value, task, text: text.slice(start, d.end), start, end: d.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
