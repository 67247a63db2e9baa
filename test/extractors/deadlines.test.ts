/**
 * Deadlines, as `extract(text, { published }).deadlines` reports them: one table row per
 * phrasing of vietnamese-documents §5 (trước, trong, chậm nhất, đến hết, windows, quarters,
 * labelled time limits, two deadlines in one sentence) and rows that state a time but no
 * deadline (past facts, events, schedules, occasions without a calendar date).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SentenceStarts, sentenceStart } from "../../extractors/deadlines.ts";
import { extract } from "../../extractors/index.ts";

/** Table rows named by their full text (the default `$text` title is cut short). */
const named = <T extends { text: string }>(rows: readonly T[]) => rows.map((r) => [r.text, r] as [string, T]);

/** A headline long enough to be read as the title, so every row's line is body text. */
const HEADLINE = "Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm mới";
const PUBLISHED = "2014-11-14";

interface Row {
  text: string;
  /** Every due value, in order. */
  due: string[];
  published?: string;
  /** When set, the task of each deadline, in order. */
  tasks?: string[];
  /** When set, the written text of each deadline, in order. */
  written?: string[];
}

function check({ text, due, published, tasks, written }: Row): void {
  const record = extract(`${HEADLINE}\n${text}`, { published: published ?? PUBLISHED });
  expect(record.deadlines.map((d) => d.due)).toEqual(due);
  for (const d of record.deadlines) expect(record.text.slice(d.start, d.end)).toBe(d.text);
  if (tasks) expect(record.deadlines.map((d) => d.task)).toEqual(tasks);
  if (written) expect(record.deadlines.map((d) => d.text)).toEqual(written);
}

const DEADLINES: Row[] = [
  { text: "Các chi bộ hoàn thành kiểm điểm trong tháng 12/2014.", due: ["2014-12"] },
  // a deadline label naming the work: "Hạn nộp:", "Thời hạn hoàn thành:"
  { text: "Hạn nộp hồ sơ: 20/5/2014.", due: ["2014-05-20"] },
  { text: "Thời hạn hoàn thành: 30/6/2014.", due: ["2014-06-30"] },
  { text: "Hạn đăng ký dự thi: 15/4/2014; ngày thi 20/4/2014.", due: ["2014-04-15"] },
  // a broken PDF text layer: "hồn thành" for "hoàn thành"
  { text: "Các đơn vị cịn lại hồn thành trước ngày 20/12/2014.", due: ["2014-12-20"] },
  {
    text: "Các chi bộ thực hiện kiểm điểm, đánh giá, phân loại chất lượng tổ chức cơ sở Đảng, đảng viên hoàn thành trong tháng 12/2014.",
    due: ["2014-12"], tasks: ["Các chi bộ thực hiện kiểm điểm, đánh giá, phân loại chất lượng tổ chức cơ sở Đảng, đảng viên"],
  },
  { text: "Việc kiểm điểm phải hoàn thành trước ngày 20/11/2014.", due: ["2014-11-20"] },
  { text: "Các chi bộ hoàn thành trước ngày 20 tháng 11 năm 2014.", due: ["2014-11-20"] },
  { text: "Cấp xã hoàn thành trước ngày 10/6/2021; cấp huyện hoàn thành trước ngày 14/6/2021.", due: ["2021-06-10", "2021-06-14"] },
  {
    text: "Các chi bộ tổ chức đại hội xong trước ngày 30/4/2015, các đảng bộ cơ sở hoàn thành trước ngày 30/6/2015.",
    due: ["2015-04-30", "2015-06-30"], tasks: ["Các chi bộ tổ chức đại hội", "các đảng bộ cơ sở"],
  },
  { text: "Các đơn vị hoàn thành trước 30/11 và báo cáo kết quả trước 5/12.", due: ["2014-11-30", "2014-12-05"] },
  {
    text: "Theo kế hoạch, đại hội cấp cơ sở hoàn thành trong quý II/2015; đại hội cấp huyện hoàn thành trong quý III/2015.",
    due: ["2015-Q2", "2015-Q3"],
  },
  { text: "Báo cáo tổng kết gửi về Ủy ban bầu cử tỉnh (qua Sở Nội vụ) trước ngày 8/6/2021.", due: ["2021-06-08"] },
  { text: "Các đảng bộ báo cáo Ban Thường vụ Quận ủy trước ngày 4/4/2011.", due: ["2011-04-04"] },
  { text: "Các đơn vị gửi báo cáo về Ban Tổ chức Huyện ủy trước ngày 15/12/2014 để tổng hợp.", due: ["2014-12-15"] },
  { text: "Các chi bộ gửi danh sách về Văn phòng Huyện ủy trong tháng 11/2014.", due: ["2014-11"] },
  { text: "Các chi bộ nộp báo cáo chậm nhất ngày 30/6.", due: ["2014-06-30"] },
  { text: "Các đơn vị gửi báo cáo chậm nhất là ngày 10/12/2014.", due: ["2014-12-10"] },
  { text: "Muộn nhất ngày 15/12/2014, các chi bộ gửi báo cáo.", due: ["2014-12-15"], tasks: ["các chi bộ gửi báo cáo"] },
  // "Tổ chức" of "Ban Tổ chức" is the body's name, not the verb of the cue.
  { text: "Các đơn vị gửi hồ sơ về Ban Tổ chức không quá ngày 30/9/2014.", due: ["2014-09-30"], tasks: ["Các đơn vị gửi hồ sơ về Ban Tổ chức"], written: ["không quá ngày 30/9/2014"] },
  // The deadline noun after the date: "X là hạn cuối để …".
  { text: "Ngày 30/6/2014 là hạn cuối để các đơn vị nộp hồ sơ đề nghị khen thưởng.", due: ["2014-06-30"], tasks: ["các đơn vị nộp hồ sơ đề nghị khen thưởng"], written: ["Ngày 30/6/2014 là hạn cuối"] },
  { text: "Ngày 20/12/2014 là thời hạn nộp hồ sơ dự tuyển.", due: ["2014-12-20"], tasks: ["nộp hồ sơ dự tuyển"] },
  // A label that names the work: "Thời hạn nộp báo cáo: …".
  { text: "Thời hạn nộp báo cáo: trước 17 giờ ngày 15/12/2014.", due: ["2014-12-15"], tasks: ["nộp báo cáo"] },
  // A day that opens the sentence, then a modal before the work.
  { text: "Đến ngày 31/12/2014, các xã phải hoàn thành việc sắp xếp thôn.", due: ["2014-12-31"], tasks: ["các xã phải hoàn thành việc sắp xếp thôn"] },
  // A period that opens the sentence, then a modal before the work.
  { text: "Trong tháng 12/2021, các chi bộ phải hoàn thành việc kiểm điểm.", due: ["2021-12"], tasks: ["các chi bộ phải hoàn thành việc kiểm điểm"] },
  { text: "Trong quý IV/2021, các xã cần hoàn thành việc sáp nhập thôn.", due: ["2021-Q4"] },
  { text: "Trong 6 tháng đầu năm 2022, các xã phải hoàn thành việc sáp nhập thôn.", due: ["2022-06"], tasks: ["các xã phải hoàn thành việc sáp nhập thôn"] },
  { text: "- Trong quý III/2021: các chi bộ phải tổ chức sinh hoạt chuyên đề.", due: ["2021-Q3"] },
  { text: "Trong tháng 12, Đảng ủy sẽ tổ chức tổng kết công tác năm.", due: ["2014-12"] },
  { text: "Các đơn vị xong trước 30/4.", due: ["2014-04-30"] },
  { text: "Hoàn thành trước 30/6/2015 việc rà soát quy hoạch cán bộ.", due: ["2015-06-30"], tasks: ["việc rà soát quy hoạch cán bộ"] },
  { text: "Theo báo cáo, từ đầu năm đến ngày 15-12-2015, quận đã kết nạp 120 đảng viên.", due: [] },
  { text: "2. Tổ chức đại hội chi bộ điểm. Thời gian: trong tháng 3/2015.", due: ["2015-03"], tasks: ["Tổ chức đại hội chi bộ điểm"] },
  { text: "Rà soát, bổ sung quy hoạch cán bộ. Thời gian thực hiện: trước ngày 30/6/2015.", due: ["2015-06-30"], tasks: ["Rà soát, bổ sung quy hoạch cán bộ"] },
  { text: "Thời gian qua, ngày 3/2/2015 huyện tổ chức lễ kỷ niệm.", due: [] },
  // The label on the line under a list's item: the item's work is the task.
  {
    text: "1. Đảng đoàn HĐND huyện lãnh đạo rà soát các thủ tục hành chính.\n- Thời gian hoàn thành: Quý I/2015.",
    due: ["2015-Q1"], tasks: ["Đảng đoàn HĐND huyện lãnh đạo rà soát các thủ tục hành chính"],
  },
  {
    text: "2. Văn phòng Huyện ủy tham mưu sửa đổi quy chế làm việc.\n- Thời gian: trước ngày 28/02/2015.",
    due: ["2015-02-28"], tasks: ["Văn phòng Huyện ủy tham mưu sửa đổi quy chế làm việc"],
  },
  {
    text: "a) Các chi bộ rà soát hồ sơ đảng viên;\n+ Thời gian thực hiện: trong tháng 12/2014.",
    due: ["2014-12"], tasks: ["Các chi bộ rà soát hồ sơ đảng viên"],
  },
  { text: "Tính đến ngày 30/6/2015, toàn huyện đã có 95% chi bộ đạt trong sạch vững mạnh.", due: [] },
  { text: "Ngày 3/2/2014 là ngày kỷ niệm 84 năm thành lập Đảng.", due: [] },
  { text: "Đến ngày 15/10/2014, toàn huyện đã kết nạp 120 đảng viên, các xã cần tiếp tục rà soát.", due: [] },
  // A period opening a report: no modal before the work, or work done ("đã").
  { text: "Trong 6 tháng đầu năm 2021, toàn huyện đã kết nạp 120 đảng viên, các xã cần rút kinh nghiệm.", due: [] },
  { text: "Trong tháng 4/2014, toàn huyện hoàn thành 100% chỉ tiêu.", due: [] },
  { text: "Trong tháng 3/2014, qua kiểm tra cho thấy còn tồn tại cần khắc phục.", due: [] },
  { text: "Trong tháng 2/2014, huyện đã tổ chức hội nghị, các xã cần rút kinh nghiệm.", due: [] },
  { text: "Các xã, trong tháng 10/2014, đã phải hoàn thành việc sáp nhập thôn.", due: [] },
  { text: "Các chi bộ phải báo cáo đến ngày 30/6/2015, sau đó Văn phòng tổng hợp.", due: ["2015-06-30"] },
  { text: "Hoàn thành trước ngày 15/7/2015, các đơn vị báo cáo kết quả.", due: ["2015-07-15"], tasks: ["Hoàn thành"] },
  { text: "Đảng ủy các xã báo cáo trước ngày 10/6.", due: ["2014-06-10"] },
  { text: "Các chi bộ kiểm điểm trong tháng 7 và 8.", due: ["2012-08"], published: "2012-06-01" },
  { text: "Các chi bộ kiểm điểm trong tháng 7 và 8 năm 2012.", due: ["2012-08"] },
  { text: "Các huyện hoàn thành trong quý III/2017.", due: ["2017-Q3"] },
  { text: "Các huyện hoàn thành trong quý I năm 2015.", due: ["2015-Q1"] },
  { text: "Đại hội chi bộ được tổ chức từ ngày 19/8/2015 đến 28/8/2015.", due: ["2015-08-28"] },
  { text: "Thời gian tổ chức đại hội chi bộ: từ ngày 1/3 đến ngày 31/3/2015.", due: ["2015-03-31"] },
  { text: "Đợt kiểm điểm bắt đầu từ ngày 1/12 và kết thúc trước ngày 31/12/2014.", due: ["2014-12-31"] },
  { text: "Các chi bộ thực hiện đến hết tháng 11/2012.", due: ["2012-11"] },
  { text: "Các chi bộ hoàn thành đến cuối tháng 12/2014.", due: ["2014-12"] },
  { text: "Thời gian thực hiện không quá ngày 30/11/2014.", due: ["2014-11-30"] },
  { text: "Các chi bộ phấn đấu hoàn thành trong 6 tháng đầu năm 2018.", due: ["2018-06"] },
  { text: "Ngày chậm nhất phải hoàn thành: 07/02/2021", due: ["2021-02-07"] },
  { text: "Thời hạn hoàn thành: 31/12/2014.", due: ["2014-12-31"] },
  { text: "Hạn chót nộp hồ sơ là ngày 25/11/2014.", due: ["2014-11-25"] },
  { text: "Hồ sơ gửi về Ban Tổ chức trước 17 giờ ngày 20/11/2014.", due: ["2014-11-20"] },
  { text: "Kế hoạch năm 2015 yêu cầu các chi bộ hoàn thành trước 30/6.", due: ["2015-06-30"], published: "2014-12-20" },
  // "trình" (submit) asks for work; "hoàn thiện" (finish off) too.
  { text: "UBND các xã hoàn thiện hồ sơ, trình UBND huyện trước 10/12/2014.", due: ["2014-12-10"], tasks: ["UBND các xã hoàn thiện hồ sơ, trình UBND huyện"] },
  { text: "Sở Nội vụ trình UBND tỉnh đề án sắp xếp bộ máy trong tháng 12/2014.", due: ["2014-12"] },
  { text: "Phòng Nội vụ hoàn thiện dự thảo quy chế trước ngày 25/11/2014.", due: ["2014-11-25"] },
  // Work asked for after a completion is still a deadline; "dự kiến" opens no task.
  { text: "Các xã đã nộp hồ sơ cần bổ sung minh chứng trước ngày 25/11/2014.", due: ["2014-11-25"], tasks: ["Các xã đã nộp hồ sơ cần bổ sung minh chứng"] },
  { text: "Dự kiến công trình hoàn thành trước ngày 30/12/2014.", due: ["2014-12-30"], tasks: ["công trình"] },
  // List items: the item's label names the work; the marker is no part of the task.
  {
    text: "Thời gian thực hiện như sau:\n- Cấp xã: hoàn thành trước ngày 10/12/2014;\n- Cấp huyện: hoàn thành trước ngày 14/12/2014.",
    due: ["2014-12-10", "2014-12-14"], tasks: ["Cấp xã", "Cấp huyện"],
  },
  { text: "1. Rà soát, bổ sung quy hoạch cấp ủy: xong trước 30/11/2014.", due: ["2014-11-30"], tasks: ["Rà soát, bổ sung quy hoạch cấp ủy"] },
  { text: "+ Các chi bộ trực thuộc tổ chức đại hội xong trong tháng 12/2014.", due: ["2014-12"], tasks: ["Các chi bộ trực thuộc tổ chức đại hội"] },
  // Labels: "Hạn cuối nộp …:", a window under "Thời gian …:" (its work named by the label, or the item above it).
  { text: "Hạn cuối nộp hồ sơ: 30/11/2014.", due: ["2014-11-30"], tasks: ["nộp hồ sơ"] },
  { text: "Thời gian nhận hồ sơ: từ ngày 1/11 đến hết ngày 30/11/2014.", due: ["2014-11-30"], tasks: ["nhận hồ sơ"] },
  {
    text: "Tổ chức hội thi tìm hiểu lịch sử Đảng bộ huyện. Thời gian thực hiện: từ ngày 1/12 đến ngày 20/12/2014.",
    due: ["2014-12-20"], tasks: ["Tổ chức hội thi tìm hiểu lịch sử Đảng bộ huyện"],
  },
  // "chậm nhất đến ngày X, …": the task follows the date.
  { text: "Chậm nhất đến ngày 31/12/2014, 100% hộ dân được cấp nước sạch.", due: ["2014-12-31"], tasks: ["100% hộ dân được cấp nước sạch"] },
  { text: "Muộn nhất đến ngày 20/12/2014, các chi bộ gửi báo cáo về Đảng ủy.", due: ["2014-12-20"], tasks: ["các chi bộ gửi báo cáo về Đảng ủy"] },
  // A deadline noun opening the clause is not the task: what it times is.
  { text: "Thời hạn nộp hồ sơ đến hết ngày 30/11/2014.", due: ["2014-11-30"], tasks: ["nộp hồ sơ"] },
  { text: "Hạn chót nhận bài dự thi là ngày 15/12/2014.", due: ["2014-12-15"], tasks: ["nhận bài dự thi"] },
  // Periods listed on in one window: the last is due.
  { text: "Các chi bộ kiểm điểm trong tháng 11 và tháng 12/2014.", due: ["2014-12"], written: ["kiểm điểm trong tháng 11 và tháng 12/2014"] },
  { text: "Các cấp ủy phải kiểm điểm trong tháng 12 và tháng 1 năm sau.", due: ["2015-01"] },
  { text: "Các xã phải hoàn thành trong quý III, quý IV/2014.", due: ["2014-Q4"] },
  // Days after "trước" are two deadlines' or a list's, not one window.
  { text: "Cấp xã hoàn thành trước ngày 10/12/2014, cấp huyện trước ngày 15/12/2014.", due: ["2014-12-10", "2014-12-15"] },
  // A plan's time label alone in its paragraph: its own word is the task.
  { text: "Thời gian thực hiện: từ ngày 01/11/2014 đến ngày 31/12/2014.", due: ["2014-12-31"], tasks: ["thực hiện"] },
  // A quotation's opening mark is no part of the task.
  {
    text: "“Ban Chấp hành khóa mới cần cụ thể hóa Nghị quyết Đại hội, hoàn thành trong quý IV/2014”, đồng chí Bí thư nhấn mạnh.",
    due: ["2014-Q4"], tasks: ["Ban Chấp hành khóa mới cần cụ thể hóa Nghị quyết Đại hội"],
  },
  // A lead-in and who asks are no part of the task.
  {
    text: "Theo đó, Chủ tịch UBND huyện yêu cầu các xã hoàn thành rà soát hộ nghèo trước ngày 30/11/2014.",
    due: ["2014-11-30"], tasks: ["các xã hoàn thành rà soát hộ nghèo"],
  },
  { text: "Đồng thời, các chi bộ tổ chức sinh hoạt chuyên đề trước ngày 30/11/2014.", due: ["2014-11-30"], tasks: ["các chi bộ tổ chức sinh hoạt chuyên đề"] },
  {
    text: "Theo Kế hoạch 141/KH-BCĐTW của Ban Chỉ đạo Trung ương, các tỉnh ủy hoàn thành báo cáo tổng kết, gửi về Ban Tổ chức Trung ương trước ngày 20/11/2014.",
    due: ["2014-11-20"], tasks: ["các tỉnh ủy hoàn thành báo cáo tổng kết, gửi về Ban Tổ chức Trung ương"],
  },
  { text: "Ban Chỉ đạo huyện kiểm tra các xã trước ngày 25/11/2014.", due: ["2014-11-25"], tasks: ["Ban Chỉ đạo huyện kiểm tra các xã"] },
  // A day that opens the sentence, the work asked after it.
  { text: "Trước ngày 5/12/2014, các huyện ủy cần gửi danh sách đề nghị.", due: ["2014-12-05"], tasks: ["các huyện ủy cần gửi danh sách đề nghị"] },
  // After "trước", a verb of handing in is enough; after "đến", the imperative.
  { text: "Trước ngày 15/12/2014, các chi bộ gửi báo cáo tổng kết về Văn phòng Đảng ủy.", due: ["2014-12-15"], tasks: ["các chi bộ gửi báo cáo tổng kết về Văn phòng Đảng ủy"] },
  { text: "Các chi bộ rà soát quy hoạch; đến ngày 30/11, hoàn thành chỉ tiêu phát triển đảng viên.", due: ["2014-11-30"], tasks: ["hoàn thành chỉ tiêu phát triển đảng viên"] },
  // A half year opening the clause after who asks.
  {
    text: "Đồng chí Bí thư yêu cầu: trong 6 tháng cuối năm 2014, các chi bộ phải hoàn thành việc rà soát quy hoạch.",
    due: ["2014-12"], tasks: ["các chi bộ phải hoàn thành việc rà soát quy hoạch"],
  },
  // The clause before the cue asks for nothing: the work asked after the date is the task.
  {
    text: "Kế hoạch số 15/KH-SNV cũng nêu rõ, chậm nhất ngày 30 tháng 12, các đơn vị phải nộp báo cáo tổng hợp.",
    due: ["2014-12-30"], tasks: ["các đơn vị phải nộp báo cáo tổng hợp"],
  },
  {
    text: "Văn bản của Ban Tổ chức Tỉnh ủy nêu, trước ngày 5/12/2014, các huyện ủy cần gửi danh sách đề nghị.",
    due: ["2014-12-05"], tasks: ["các huyện ủy cần gửi danh sách đề nghị"],
  },
  // The same when the work after the date is one the modal list does not name: whatever makes the day due names the task.
  {
    text: "Kế hoạch cũng nêu rõ, chậm nhất ngày 26/11, các chi bộ phải cập nhật dữ liệu đảng viên.",
    due: ["2014-11-26"], tasks: ["các chi bộ phải cập nhật dữ liệu đảng viên"],
  },
  // The clause before the cue is the work: it stays the task.
  { text: "Các xã rà soát hộ nghèo, chậm nhất ngày 10/12, các thôn phải gửi danh sách.", due: ["2014-12-10"], tasks: ["Các xã rà soát hộ nghèo"] },
  // "đến hết …" with work asked, or a time limit for receiving, stays a deadline.
  { text: "Ông Lò Văn Sơn cho biết, đến hết tháng 12/2014, các xã phải hoàn thành việc cấp giấy.", due: ["2014-12"] },
  { text: "Tiếp nhận hồ sơ đến hết ngày 15/12/2014.", due: ["2014-12-15"] },
  { text: "Đến hết tháng 12/2014, các đơn vị có trách nhiệm nộp báo cáo.", due: ["2014-12"] },
  // After "trước", "chậm nhất" opening a clause, the work's verb may follow the day with no comma.
  {
    text: "Bí thư yêu cầu: chậm nhất ngày 30/11/2014, các cấp ủy xây dựng xong chương trình; trước 15/12/2014 tổ chức quán triệt đến 100% đảng viên.",
    due: ["2014-11-30", "2014-12-15"], tasks: ["các cấp ủy xây dựng xong chương trình", "tổ chức quán triệt đến 100% đảng viên"],
  },
  { text: "Trước ngày 20/12/2014 hoàn thành việc kiểm điểm tập thể, cá nhân.", due: ["2014-12-20"], tasks: ["hoàn thành việc kiểm điểm tập thể, cá nhân"] },
  { text: "Chậm nhất ngày 5/12 gửi báo cáo về Văn phòng Huyện ủy.", due: ["2014-12-05"], tasks: ["gửi báo cáo về Văn phòng Huyện ủy"] },
  { text: "Các chi bộ họp bàn; trước ngày 10/12 nộp danh sách về Đảng ủy.", due: ["2014-12-10"], tasks: ["nộp danh sách về Đảng ủy"] },
  { text: "Muộn nhất ngày 28/11 trình Ban Thường vụ dự thảo báo cáo.", due: ["2014-11-28"], tasks: ["trình Ban Thường vụ dự thảo báo cáo"] },
  // After "trong", a request is work asked ("đề nghị … tổ chức … trong tháng 3"); a request's noun is none.
  { text: "Đồng chí Bí thư Huyện ủy đề nghị các chi bộ trực thuộc tổ chức đại hội điểm trong tháng 3/2015.", due: ["2015-03"], tasks: ["các chi bộ trực thuộc tổ chức đại hội điểm"] },
  { text: "Ban Thường vụ yêu cầu các xã rà soát quy hoạch trong quý I/2015.", due: ["2015-Q1"], tasks: ["các xã rà soát quy hoạch"] },
  { text: "Các đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ trước ngày 20/12/2014.", due: ["2014-12-20"], tasks: ["Các đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ"] },
  // The hour between the cue and the day.
  { text: "Người ứng cử phải nộp hồ sơ chậm nhất là 17 giờ 00 ngày 1/12/2014.", due: ["2014-12-01"], tasks: ["Người ứng cử phải nộp hồ sơ"] },
  { text: "Các đơn vị gửi báo cáo chậm nhất 16h30 ngày 25/11/2014.", due: ["2014-11-25"] },
  { text: "Hạn chót nhận hồ sơ là 17:00, ngày 28/11/2014.", due: ["2014-11-28"] },
  { text: "Hồ sơ nộp không quá 11 giờ 30 phút ngày 20/11/2014.", due: ["2014-11-20"] },
  // A window of months or quarters: its end is due; its opening is no part of the task.
  { text: "Thời gian thực hiện: Từ tháng 3/2014 đến tháng 6/2014.", due: ["2014-06"] },
  { text: "Các chi bộ rà soát từ tháng 3/2014 đến tháng 6/2014.", due: ["2014-06"], tasks: ["Các chi bộ rà soát"] },
  { text: "Các xã tổ chức tập huấn từ quý II/2014 đến quý III/2014.", due: ["2014-Q3"], tasks: ["Các xã tổ chức tập huấn"] },
  { text: "Các huyện tổ chức tập huấn từ ngày 19/8/2014 đến 28/8/2014.", due: ["2014-08-28"], tasks: ["Các huyện tổ chức tập huấn"] },
  // "Thời hạn:" times the item before it, as "Thời gian:" does.
  { text: "Rà soát quy hoạch cán bộ. Thời hạn: trước ngày 30/9/2014.", due: ["2014-09-30"], tasks: ["Rà soát quy hoạch cán bộ"] },
  { text: "1. Rà soát quy hoạch cán bộ.\nThời hạn: Trước 30/9/2014.", due: ["2014-09-30"], tasks: ["Rà soát quy hoạch cán bộ"] },
  // A time label with its verb under an item, past the item's other labelled lines.
  {
    text: "1. Tổ chức hội nghị báo cáo viên chuyên đề.\n- Đơn vị chủ trì: Ban Tuyên giáo Huyện ủy.\n- Thời gian: Hoàn thành trước ngày 25/11/2014.",
    due: ["2014-11-25"], tasks: ["Tổ chức hội nghị báo cáo viên chuyên đề"],
  },
  {
    text: "2. Treo băng rôn tại trụ sở các cơ quan.\n- Đơn vị chủ trì: Văn phòng Huyện ủy.\n- Đơn vị phối hợp: Các xã.\n- Thời gian: trước ngày 20/11/2014.",
    due: ["2014-11-20"], tasks: ["Treo băng rôn tại trụ sở các cơ quan"],
  },
  // An item run on after the line before it: the last item is the work.
  {
    text: "1. Rà soát quy hoạch cán bộ.\n- Thời gian: trước ngày 20/11/2014. 2. Các cơ quan xây dựng kế hoạch triển khai nghị quyết.\n- Thời gian: trước ngày 30/11/2014.",
    due: ["2014-11-20", "2014-11-30"], tasks: ["Rà soát quy hoạch cán bộ", "Các cơ quan xây dựng kế hoạch triển khai nghị quyết"],
  },
  // After a plan's lead-in, the work after the period or day is due, whoever does it.
  { text: "Theo kế hoạch, trong tháng 3/2015, các chi bộ tổ chức đại hội.", due: ["2015-03"], tasks: ["các chi bộ tổ chức đại hội"] },
  { text: "Theo đó, trong quý I/2015, các xã hoàn thành việc rà soát.", due: ["2015-Q1"], tasks: ["các xã hoàn thành việc rà soát"] },
  { text: "Dự kiến, trong tháng 4/2015, huyện tổ chức đại hội điểm.", due: ["2015-04"], tasks: ["huyện tổ chức đại hội điểm"] },
  { text: "Theo lộ trình, đến tháng 6/2015, các xã hoàn thành sáp nhập.", due: ["2015-06"], tasks: ["các xã hoàn thành sáp nhập"] },
  { text: "Theo Hướng dẫn số 12-HD/TU, đến ngày 30/6/2015, toàn tỉnh hoàn thành đại hội cấp cơ sở.", due: ["2015-06-30"], tasks: ["toàn tỉnh hoàn thành đại hội cấp cơ sở"] },
  { text: "Theo kế hoạch, các chi bộ tổ chức đại hội trong tháng 3/2015.", due: ["2015-03"], tasks: ["các chi bộ tổ chức đại hội"] },
  { text: "Theo lộ trình, các xã rà soát quy hoạch trong quý II/2015.", due: ["2015-Q2"], tasks: ["các xã rà soát quy hoạch"] },
  // A second task joined by "và" starts after it.
  {
    text: "Ban Chỉ đạo yêu cầu các huyện ủy báo cáo 6 tháng trước ngày 10/6/2014 và báo cáo năm trước ngày 10/12/2014.",
    due: ["2014-06-10", "2014-12-10"], tasks: ["các huyện ủy báo cáo 6 tháng", "báo cáo năm"],
  },
  // A deadline noun inside the clause names the work it times, whoever speaks before it.
  {
    text: "Ông Mai Xuân Trường, Phó Chủ tịch UBND huyện cho biết, hạn chót nộp hồ sơ đề nghị khen thưởng là ngày 20/12/2014.",
    due: ["2014-12-20"], tasks: ["nộp hồ sơ đề nghị khen thưởng"],
  },
  { text: "Ban Tổ chức đề nghị các đơn vị lưu ý thời hạn gửi báo cáo là ngày 25/11/2014.", due: ["2014-11-25"], tasks: ["gửi báo cáo"] },
];

const NOT_DEADLINES: Row[] = [
  { text: "Các chi bộ hoàn thành trước Đại hội.", due: [] },
  { text: "Các gia đình dọn dẹp nhà cửa trước Tết Nguyên đán.", due: [] },
  { text: "Trong tháng 12/2014, quận đã tổ chức 5 hội nghị chuyên đề.", due: [] },
  { text: "Trong quý III/2014, huyện đã kết nạp 50 đảng viên.", due: [] },
  { text: "Đến ngày 27/3/2020, toàn tỉnh có 150 chi bộ hoàn thành đại hội.", due: [] },
  { text: "Trước ngày 5/11/2014, các huyện ủy đã gửi danh sách đề nghị.", due: [] },
  { text: "Trước ngày 30/4/1975, quân và dân ta chiến đấu anh dũng.", due: [] },
  { text: "Trước ngày 15/10/2014, các chi bộ đã gửi báo cáo.", due: [] },
  { text: "Đến ngày 30/10, toàn huyện hoàn thành 95% chỉ tiêu.", due: [] },
  { text: "Văn bản nêu, trước ngày 5/11/2014, các huyện ủy đã gửi danh sách đề nghị.", due: [] },
  // "tính đến …": the day a count is made to.
  { text: "Theo báo cáo của Sở Kế hoạch và Đầu tư, tính đến ngày 25/12/2014, toàn tỉnh giải ngân được 5.120 tỷ đồng.", due: [] },
  { text: "Tính đến hết tháng 10/2014, Đảng bộ huyện đã kết nạp 215 đảng viên mới, đạt 107% kế hoạch.", due: [] },
  { text: "Báo cáo nêu rõ, tính tới ngày 10/11, toàn huyện hoàn thành 80% kế hoạch.", due: [] },
  // "đến hết …" before what there is or will be by then: a count, no work asked.
  { text: "Ông Trần Văn Bình cho biết, đến hết tháng 2/2015, toàn tỉnh dự kiến có khoảng 420 người nghỉ hưu trước tuổi.", due: [] },
  { text: "Đến hết tháng 10/2014, toàn huyện có 120 chi bộ đạt trong sạch, vững mạnh.", due: [] },
  { text: "Từ nay đến cuối năm, dự kiến còn 15 hộ nghèo; đến cuối tháng 12/2014, số hộ nghèo còn 12 hộ.", due: [] },
  { text: "Tính đến ngày 30/10/2014, toàn huyện đã kết nạp 120 đảng viên.", due: [] },
  { text: "Đến tháng 10/2014, huyện đã hoàn thành 90% kế hoạch.", due: [] },
  { text: "Đại hội diễn ra từ 23-25/9.", due: [] },
  { text: "Các chi bộ báo cáo định kỳ hằng tháng, quý.", due: [] },
  { text: "Trước đó, ngày 10/11, Quận ủy đã họp.", due: [] },
  { text: "Sau ngày 15/11, đoàn kiểm tra sẽ làm việc.", due: [] },
  { text: "Từ ngày 1/1/2015, quy định có hiệu lực.", due: [] },
  { text: "Năm 2014, huyện hoàn thành 12/12 chỉ tiêu.", due: [] },
  { text: "Tỉnh phấn đấu đến năm 2020 hoàn thành mục tiêu.", due: [] },
  { text: "Hội nghị đã diễn ra trước ngày 10/11/2014.", due: [] },
  { text: "100% chi bộ đã hoàn thành đại hội trước ngày 10/11.", due: [] },
  { text: "Ban Tổ chức Huyện ủy đã gửi báo cáo về Ban Tổ chức Tỉnh ủy trước ngày 10/11.", due: [] },
  { text: "UBND huyện đã trình đề án trước ngày 5/11/2014.", due: [] },
  // "trình" inside a noun, "trình bày", or submitted already: no deadline.
  { text: "Chương trình văn nghệ diễn ra trong tháng 12/2014.", due: [] },
  { text: "Tờ trình trước ngày 20/11/2014 của Sở nêu rõ ba nội dung.", due: [] },
  { text: "Đại diện Sở trình bày trước hội nghị ngày 20/11/2014 các nội dung chính.", due: [] },
  { text: "Trong tháng 10/2014, Sở đã trình UBND tỉnh phê duyệt đề án.", due: [] },
  { text: "Cấp huyện hoàn thiện hồ sơ đề nghị khen thưởng trong quý I/2015.", due: [] },
  { text: "Trong tháng 10/2014, Sở đã đề nghị UBND tỉnh bổ sung kinh phí.", due: [] },
  { text: "Các đơn vị triển khai nhiệm vụ theo yêu cầu trong tháng 12/2014.", due: [] },
  // A bare verb after "trong", "đến" reports; "tổ chức" before a body names the body.
  { text: "Trong tháng 12 tổ chức được 5 lớp bồi dưỡng.", due: [] },
  { text: "Theo kế hoạch, trong tháng 10/2014, huyện đã tổ chức 5 hội nghị.", due: [] },
  { text: "Theo kế hoạch, huyện đã tổ chức 5 hội nghị trong tháng 10/2014.", due: [] },
  { text: "Theo báo cáo, các xã tổ chức 5 hội nghị trong quý III/2014.", due: [] },
  { text: "Theo báo cáo, trong tháng 10/2014, huyện tổ chức 5 hội nghị.", due: [] },
  // A day of every year, month or quarter is no date due.
  { text: "Các chi bộ định kỳ 6 tháng báo cáo kết quả về Ban Tổ chức trước ngày 15/6 và 15/12 hằng năm.", due: [] },
  { text: "Các xã gửi báo cáo trước ngày 20/12 hàng năm.", due: [] },
  { text: "Các đơn vị nộp báo cáo trước ngày 25 hằng tháng.", due: [] },
  { text: "Từ tháng 3/2014 đến tháng 6/2014, huyện đã kết nạp 20 đảng viên.", due: [] },
  { text: "Đến ngày 30/10 hoàn thành 95% chỉ tiêu.", due: [] },
  { text: "Trước ngày 30/4/1975 tổ chức đảng ở địa phương hoạt động bí mật.", due: [] },
  { text: "Trước ngày 10/11 tổ chức cơ sở đảng đã hoàn thành đại hội.", due: [] },
];

describe("extract().deadlines", () => {
  describe("deadlines", () => {
    it.each(named(DEADLINES))("%s", (_text, row) => check(row));
  });
  describe("no deadline", () => {
    it.each(named(NOT_DEADLINES))("%s", (_text, row) => check(row));
  });
});

describe("SentenceStarts", () => {
  // Text with every kind of sentence end, decimal points and long stretches without one.
  const piece = fc.constantFrom("a", "b ", ". ", ".", ";", "!", "?", "\n", "5.12", "1.", ".3", "x".repeat(150), " ".repeat(90));
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

  it("gives what sentenceStart gives, asked in ascending order over regions", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), fc.nat(), (s, cuts, split) => {
        // Two regions, or one, and positions inside them in ascending order.
        const mid = s.length ? split % (s.length + 1) : 0;
        const regions = [{ start: 0, end: mid, text: "" }, { start: mid, end: s.length, text: "" }];
        const starts = new SentenceStarts(s);
        for (const region of regions) {
          const width = region.end - region.start + 1;
          for (const at of cuts.map((c) => region.start + (c % width)).sort((a, b) => a - b)) {
            expect([at, starts.at(region, at)]).toEqual([at, sentenceStart(s, region, at)]);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
