/**
 * Paragraphs, title and authors, as `extract(text)` reports them: page boilerplate of every
 * kind in vietnamese-documents §8, captions with and without "Ảnh:", repeated paragraphs
 * (whole and near-identical), a second story bundled into the text, section labels and a
 * repeated headline, a text that opens with its body, and bylines of every shape beside
 * lines that only look like them.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../extractors/index.ts";
import { foldSpelling, normalizeText } from "../../extractors/normalize.ts";
import { segmentParagraphs } from "../../extractors/paragraphs.ts";

const TITLE = "Quận ủy Đông Quang quán triệt Chỉ thị số 39-CT/TW của Bộ Chính trị";
const P1 = "Chiều 13/11, Ban Thường vụ Quận ủy Đông Quang tổ chức hội nghị quán triệt Chỉ thị số 39-CT/TW của Bộ Chính trị tới cán bộ chủ chốt của quận.";
const P2 = "Phát biểu tại hội nghị, đồng chí Nguyễn Văn Nam - Bí thư Quận ủy yêu cầu các chi bộ tổ chức học tập nghiêm túc, hoàn thành trong tháng 12/2014.";
const P3 = "Các đại biểu đã thảo luận, làm rõ những nội dung mới của Chỉ thị và đề xuất nhiều giải pháp thiết thực để thực hiện có hiệu quả.";
const P4 = "Năm 2014, Đảng bộ quận kết nạp 120 đảng viên mới, đạt 105% kế hoạch. Các chi bộ duy trì nền nếp sinh hoạt định kỳ, nâng cao chất lượng sinh hoạt chuyên đề.";
const BODY = [P1, P2, P3];
/** Two paragraphs that share most of their words, and are no repeat. */
const SAME_SHAPE = [
  "Đồng chí Nguyễn Văn An - Bí thư Huyện ủy đề nghị các chi bộ tập trung thực hiện tốt công tác phát triển đảng viên.",
  "Đồng chí Trần Thị Bình - Phó Bí thư Huyện ủy đề nghị các chi bộ tập trung thực hiện tốt công tác kiểm tra, giám sát.",
];

const lines = (...ls: string[]) => ls.join("\n");

interface Row {
  label: string;
  text: string;
  paragraphs?: string[];
  title?: string | null;
  authors?: string[];
}

function check({ text, paragraphs, title, authors }: Row): void {
  const record = extract(text);
  if (paragraphs) expect(record.paragraphs).toEqual(paragraphs);
  if (title !== undefined) expect(record.title).toBe(title);
  if (authors) expect(record.authors).toEqual(authors);
}

/** One boilerplate line between the paragraphs: it must not reach the record. */
const BOILERPLATE_LINES: Array<[kind: string, line: string]> = [
  ["document heading", "ĐẢNG CỘNG SẢN VIỆT NAM"],
  ["document heading", "Đảng Cộng sản Việt Nam"],
  ["document heading", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["document heading", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["document heading", "Độc lập - Tự do - Hạnh phúc"],
  ["document heading", "Độc lập – Tự do – Hạnh phúc"],
  ["navigation", "Trang chủ › Hoạt động Đảng"],
  ["navigation", "Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng"],
  ["navigation", "Tăng cỡ chữ Giảm cỡ chữ"],
  ["navigation", "PublishingPortal - Block_BanTin_Toolbar"],
  ["navigation", "Về đầu trang"],
  ["navigation", "Quay lại"],
  ["tags", "Từ khóa: Tết trồng cây, Bình Khê"],
  ["tags", "Từ khoá: Đại hội Đảng bộ"],
  ["tags", "Tags: trồng cây, môi trường"],
  ["rating", "Đánh giá bài viết"],
  ["sharing", "Lưu tin"],
  ["sharing", "Chia sẻ bài viết lên Facebook"],
  ["sharing", "Chia sẻ: Facebook, Zalo, Twitter"],
  ["sharing", "Bình luận (5)"],
  ["sharing", "In bài Gửi email"],
  ["sharing", "Chia sẻ Zalo."],
  ["sharing", "Phản hồi."],
  ["sharing", "Chia sẻ Zalo ./."],
  ["counter", "View count: 85"],
  ["counter", "Lượt xem: 7370 | Gửi lúc: 10:20 14/11/2014"],
  ["counter", "Lượt xem: 1351"],
  ["sharing", "Chia sẻ Zalo"],
  ["sharing", "Chia sẻ"],
  ["sharing", "Phản hồi"],
  ["sharing", "In bài"],
  ["sharing", "Gửi email"],
  ["sharing", "Ý kiến bạn đọc"],
  ["sharing", "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *"],
  ["related", "Theo dõi Báo Bắc Lâm trên Google News"],
  ["related", "Advertisement"],
  ["related", ">> Huyện ủy Sơn Khê tổng kết công tác kiểm tra, giám sát năm 2014"],
  ["other", "Bạn đang xem: Hoạt động Đảng"],
  ["other", "Nguồn VNEWS: https://vnews.example.vn/bai-viet-12345.html"],
  ["other", "URL: https://tanlac.hoalam.example.vn/tin-tuc/hoi-nghi-quan-triet-123.html"],
  ["other", "Link: https://baobaclam.example.vn/bai-viet-678.html"],
  ["other", "Sau đây là một số hình ảnh minh họa:"],
  ["date line", "Ngày đăng 14/11/2014 | 09:15"],
  ["date line", "Thứ Sáu, 14/11/2014, 08:11 [GMT+7]"],
  ["date line", "Cập nhật lúc: 08:15 ngày 14/11/2014"],
  ["date line", "Đăng lúc 9h30, 14-11-2014"],
  ["date line", "Thứ Sáu, 14/11/2014 - 10:22 | Lượt xem: 532"],
  ["date line", "14/11/2014 10:22 | Lượt xem: 53"],
  ["contact block", "Tổng Biên tập: Nguyễn Văn Bình"],
  ["contact block", "Chịu trách nhiệm nội dung: Trần Thị Hoa"],
  ["contact block", "Địa chỉ: Số 12, đường Lê Lợi, thành phố Vân Hải"],
  ["contact block", "Điện thoại: 0203.3825.123"],
  ["contact block", "ĐT 0203 3825 123"],
  ["contact block", "Giấy phép số 123/GP-BTTTT"],
  ["contact block", "Bản quyền thuộc về Báo Bắc Lâm"],
  ["contact block", "Email: toasoan@baobaclam.example.vn"],
  ["comment form", "Gửi bình luận"],
  ["comment form", "Ý kiến của bạn"],
  ["comment form", "Họ tên"],
  ["comment form", "Email"],
  ["comment form", "Mã bảo mật *"],
];

/** A related-stories header: it and the headlines under it are not the article. */
const RELATED_HEADERS = ["Các tin khác", "Tin liên quan", "Tin nổi bật", "BÀI MỚI ĐĂNG", "»Cùng chủ đề", "Xem thêm:", "Đọc thêm"];
const RELATED_LINKS = [
  "Huyện ủy Sơn Khê tổng kết công tác kiểm tra, giám sát năm 2014",
  "Đảng bộ phường Tân Lập kết nạp 12 đảng viên mới",
  "Ban Tuyên giáo Quận ủy tổ chức hội nghị báo cáo viên tháng 11",
];

const CAPTIONS: Array<[label: string, line: string]> = [
  ["with Ảnh:", "Đồng chí Nguyễn Văn Nam phát biểu tại hội nghị. Ảnh: Minh Khôi"],
  ["with (Ảnh: …)", "Quang cảnh hội nghị quán triệt (Ảnh: Hồng Vân)"],
  ["Ảnh: at the start", "Ảnh: Các đại biểu dự hội nghị"],
  ["Ảnh minh họa", "Ảnh minh họa"],
  ["quang cảnh, no marker", "Quang cảnh hội nghị."],
  ["toàn cảnh, no marker", "Toàn cảnh hội nghị quán triệt Chỉ thị số 39-CT/TW"],
  ["photo of a speech, no marker", "Đồng chí Nguyễn Văn Nam, Bí thư Quận ủy phát biểu chỉ đạo hội nghị"],
  ["photo of an award, no marker", "Lãnh đạo Quận ủy trao giấy khen cho các tập thể có thành tích xuất sắc"],
  ["delegates, no marker", "Các đại biểu dự hội nghị"],
  ["a vote, no marker", "Hội nghị biểu quyết thông qua nghị quyết"],
];

/** Body sentences shaped like a caption without its marker, told apart by their narration ("đã", "yêu cầu") or their length. */
const NOT_CAPTIONS = [
  "Hội nghị đã biểu quyết thông qua nghị quyết về nhiệm vụ năm 2015.",
  "Đồng chí Trần Văn Hòa phát biểu, đề nghị các phường rà soát quy hoạch cán bộ.",
  "Lãnh đạo quận cũng trao giấy khen cho 12 tập thể và 25 cá nhân.",
  // A cause given is narration: body.
  "Đồng chí Nguyễn Văn An, Bí thư Chi bộ thôn Đông được tặng Giấy khen của Ban Thường vụ Huyện ủy vì có thành tích xuất sắc.",
  // The scene's openers narrating: body.
  "Các đại biểu dự hội nghị đã thảo luận sôi nổi về dự thảo báo cáo chính trị.",
  "Toàn cảnh nông thôn mới của xã đã thay đổi rõ rệt sau 10 năm.",
  "Quang cảnh buổi làm việc rất sôi nổi và thẳng thắn.",
  // Two sentences are no caption.
  "Hội nghị nghe báo cáo kết quả công tác năm. Lãnh đạo quận trao giấy khen cho 12 tập thể.",
];

/** A line set among body paragraphs must stay one of them. */
const keptInBody = (line: string) => check({ label: line, text: lines(TITLE, P1, P2, line, P3), paragraphs: [P1, P2, line, P3] });

const STRUCTURE: Row[] = [
  { label: "a plain article", text: lines(TITLE, ...BODY), title: TITLE, paragraphs: BODY },
  { label: "a paragraph repeated whole", text: lines(TITLE, P1, P2, P2, P3), paragraphs: BODY },
  { label: "a paragraph repeated at the end", text: lines(TITLE, P1, P2, P3, P1), paragraphs: BODY },
  {
    label: "a near-identical repeat (one word changed)",
    text: lines(TITLE, P1, P2, P3, P2.replace("nghiêm túc", "nghiêm chỉnh")),
    paragraphs: BODY,
  },
  { label: "a near-identical repeat (punctuation and case)", text: lines(TITLE, P1, P2, P2.replace(/,/g, "").toUpperCase(), P3), paragraphs: BODY },
  { label: "a repeat with a few words more", text: lines(TITLE, P1, P3, P3.replace(/\.$/, " trong năm 2015."), P2), paragraphs: [P1, P3, P2] },
  // Lines alike but for their figures are different facts, each kept: parallel items of a plan, year-on-year counts.
  {
    label: "parallel items that differ in their figures",
    text: lines(TITLE, P1, "- Cấp xã hoàn thành việc tổng kết công tác bầu cử và gửi báo cáo về Ủy ban bầu cử tỉnh trước ngày 10/6/2021.", "- Cấp huyện hoàn thành việc tổng kết công tác bầu cử và gửi báo cáo về Ủy ban bầu cử tỉnh trước ngày 14/6/2021."),
    paragraphs: [P1, "- Cấp xã hoàn thành việc tổng kết công tác bầu cử và gửi báo cáo về Ủy ban bầu cử tỉnh trước ngày 10/6/2021.", "- Cấp huyện hoàn thành việc tổng kết công tác bầu cử và gửi báo cáo về Ủy ban bầu cử tỉnh trước ngày 14/6/2021."],
  },
  {
    label: "counts of two years in the same words",
    text: lines(TITLE, P1, "Năm 2013, toàn huyện kết nạp được 215 đảng viên mới, đạt 107% kế hoạch, trong đó có 40 đảng viên là đoàn viên thanh niên.", "Năm 2014, toàn huyện kết nạp được 230 đảng viên mới, đạt 115% kế hoạch, trong đó có 40 đảng viên là đoàn viên thanh niên."),
    paragraphs: [P1, "Năm 2013, toàn huyện kết nạp được 215 đảng viên mới, đạt 107% kế hoạch, trong đó có 40 đảng viên là đoàn viên thanh niên.", "Năm 2014, toàn huyện kết nạp được 230 đảng viên mới, đạt 115% kế hoạch, trong đó có 40 đảng viên là đoàn viên thanh niên."],
  },
  // A repeat that drops a figure with its words still repeats.
  { label: "a repeat with a dated clause cut", text: lines(TITLE, P1, P3.replace(/\.$/, " trong năm 2015."), P3, P2), paragraphs: [P1, P3.replace(/\.$/, " trong năm 2015."), P2] },
  {
    label: "a repeat with a lead-in clause more",
    text: lines(TITLE, P1, P3, `Theo đồng chí Nam, ${P3.charAt(0).toLowerCase()}${P3.slice(1)}`, P2),
    paragraphs: [P1, P3, P2],
  },
  {
    label: "two paragraphs of one pattern about different people and work",
    text: lines(TITLE, P1, ...SAME_SHAPE, P2),
    paragraphs: [P1, ...SAME_SHAPE, P2],
  },
  { label: "a repeat in the other tone placement", text: lines(TITLE, P1, P2, P2.replace("Quận ủy", "Quận uỷ"), P3), paragraphs: BODY },
  {
    label: "a paragraph repeating the first sentence of an earlier one",
    text: lines(TITLE, P1, P4, "Năm 2014, Đảng bộ quận kết nạp 120 đảng viên mới, đạt 105% kế hoạch.", P2, P3),
    paragraphs: [P1, P4, P2, P3],
  },
  { label: "the headline repeated as the first body line", text: lines(TITLE, TITLE, ...BODY), title: TITLE, paragraphs: BODY },
  { label: "a section label above the headline", text: lines("hoạt động đảng", TITLE, ...BODY), title: TITLE, paragraphs: BODY },
  { label: "a capitalised section label above the headline", text: lines("Tin tức - Sự kiện", TITLE, ...BODY), title: TITLE, paragraphs: BODY },
  { label: "a body first line: no title", text: lines(...BODY), title: null, paragraphs: BODY },
  { label: "a lead without a dateline first: no title", text: lines(P2, P3), title: null, paragraphs: [P2, P3] },
  {
    label: "a short headline above a one-sentence lead",
    text: lines("Đông Quang học tập Chỉ thị 39", "Quận ủy Đông Quang vừa tổ chức hội nghị học tập Chỉ thị số 39-CT/TW.", P2, P3),
    title: "Đông Quang học tập Chỉ thị 39",
    paragraphs: ["Quận ủy Đông Quang vừa tổ chức hội nghị học tập Chỉ thị số 39-CT/TW.", P2, P3],
  },
  {
    label: "a six-word headline above a one-sentence lead",
    text: lines("Đông Quang sơ kết 6 tháng", "Quận ủy Đông Quang vừa tổ chức hội nghị sơ kết.", P2, P3),
    title: "Đông Quang sơ kết 6 tháng",
    paragraphs: ["Quận ủy Đông Quang vừa tổ chức hội nghị sơ kết.", P2, P3],
  },
  {
    label: "a second story bundled after the first",
    text: lines(
      TITLE, ...BODY,
      "Huyện ủy Sơn Khê tổng kết công tác kiểm tra năm 2014",
      "Sáng 12/11, Huyện ủy Sơn Khê tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2014.",
      "Năm 2014, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 25 tổ chức đảng và 40 đảng viên.",
    ),
    // One record covers the bundled stories: the second story's body is kept, its headline is not.
    paragraphs: [
      ...BODY,
      "Sáng 12/11, Huyện ủy Sơn Khê tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2014.",
      "Năm 2014, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 25 tổ chức đảng và 40 đảng viên.",
    ],
  },
  {
    label: "a second story after the article's byline (a tag page)",
    text: lines(
      TITLE, ...BODY, "Thu Trang",
      "Huyện ủy Sơn Khê tổng kết công tác kiểm tra năm 2014",
      "Sáng 12/11, Huyện ủy Sơn Khê tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2014.",
      "Năm 2014, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 25 tổ chức đảng và 40 đảng viên.",
      "Minh Hà",
    ),
    // The byline ends the article: the rest is another story, its byline too.
    paragraphs: BODY,
    authors: ["Thu Trang"],
  },
  { label: "a closing ./. mark", text: lines(TITLE, P1, P2, `${P3.slice(0, -1)}./.`), paragraphs: BODY },
  { label: "NBSP and CRLF page text", text: [TITLE, ...BODY].join("\r\n\r\n").replace(/ (?=Quận)/g, "\u00A0"), title: TITLE, paragraphs: BODY },
];

/** Bylines: [label, text, authors]. */
const BYLINES: Array<[label: string, text: string, authors: string[]]> = [
  ["a name on the last line", lines(TITLE, ...BODY, "Hồng Vân"), ["Hồng Vân"]],
  ["a three-syllable name on the last line", lines(TITLE, ...BODY, "Nguyễn Hồng Vân"), ["Nguyễn Hồng Vân"]],
  ["two names joined by a dash", lines(TITLE, ...BODY, "Huỳnh Phong - Hùng Anh"), ["Huỳnh Phong", "Hùng Anh"]],
  ["two names joined by a comma", lines(TITLE, ...BODY, "Minh Anh, Thu Hà"), ["Minh Anh", "Thu Hà"]],
  ["upper case", lines(TITLE, ...BODY, "KIM CHI"), ["KIM CHI"]],
  ["initials", lines(TITLE, ...BODY, "L.T"), ["L.T"]],
  ["initials with dots", lines(TITLE, ...BODY, "T.H."), ["T.H"]],
  ["Bài, ảnh:", lines(TITLE, ...BODY, "Bài, ảnh: Minh Anh"), ["Minh Anh"]],
  ["Tác giả:", lines(TITLE, ...BODY, "Tác giả: Nguyễn Hồng Vân"), ["Nguyễn Hồng Vân"]],
  ["a name with its unit", lines(TITLE, ...BODY, "Lê Thanh Chương (Ban Tổ chức Tỉnh ủy)"), ["Lê Thanh Chương"]],
  ["a name under the title", lines(TITLE, "Hồng Vân", ...BODY), ["Hồng Vân"]],
  ["a top byline with its time", lines("VĂN HÀO - TRẦN HỮU 30/04/2016 11:39", TITLE, ...BODY), ["VĂN HÀO", "TRẦN HỮU"]],
  ["a labelled byline above the headline", lines("Tác giả: Lê Minh", TITLE, ...BODY), ["Lê Minh"]],
  ["Bài, ảnh: above the headline", lines("Bài, ảnh: Thu Hà", TITLE, ...BODY), ["Thu Hà"]],
  ["a name with a final period", lines(TITLE, ...BODY, "Hồng Vân."), ["Hồng Vân"]],
  ["three names", lines(TITLE, ...BODY, "Hồng Vân - Minh Khôi - Thu Hà"), ["Hồng Vân", "Minh Khôi", "Thu Hà"]],
  ["two names in upper case", lines(TITLE, ...BODY, "HỒNG VÂN - MINH KHÔI"), ["HỒNG VÂN", "MINH KHÔI"]],
  ["three initials", lines(TITLE, ...BODY, "N.Q.B"), ["N.Q.B"]],
  ["an initial and a name", lines(TITLE, ...BODY, "H.Nguyên"), ["H.Nguyên"]],
  ["the writer, then the photographer", lines(TITLE, ...BODY, "Tin: Minh Châu; Ảnh: Hồng Phúc"), ["Minh Châu", "Hồng Phúc"]],
  ["a name, then the photographer", lines(TITLE, ...BODY, "Đức Anh, ảnh: Minh Thư"), ["Đức Anh", "Minh Thư"]],
  ["a degree before the name", lines(TITLE, ...BODY, "ThS. Nguyễn Văn An - Trường Chính trị tỉnh"), ["Nguyễn Văn An"]],
  ["a doctor's degree before the name", lines(TITLE, ...BODY, "TS Lê Minh"), ["Lê Minh"]],
  ["an initial, a space and a name", lines(TITLE, ...BODY, "T. Hương"), ["T. Hương"]],
  ["two initials and a name", lines(TITLE, ...BODY, "N.Q.Bảo Anh"), ["N.Q.Bảo Anh"]],
  ["a name and an initial with a name", lines(TITLE, ...BODY, "Hồng Vân - H.Nguyên"), ["Hồng Vân", "H.Nguyên"]],
  ["Tin, ảnh:", lines(TITLE, ...BODY, "Tin, ảnh: Thu Hà"), ["Thu Hà"]],
  ["Bài và ảnh:", lines(TITLE, ...BODY, "Bài và ảnh: Thu Hà"), ["Thu Hà"]],
  ["a name with its agency", lines(TITLE, ...BODY, "Thu Hà (TTXVN)"), ["Thu Hà"]],
  ["a name, a dash and its unit", lines(TITLE, ...BODY, "Minh Khôi - Ban Tuyên giáo Quận ủy"), ["Minh Khôi"]],
  ["a name and a unit with a dash in its name", lines(TITLE, ...BODY, "Nguyễn Thị Thu Hà - Phòng Văn hóa - Thông tin huyện"), ["Nguyễn Thị Thu Hà"]],
  ["a name and its agency after a slash", lines(TITLE, ...BODY, "Hồng Nhung/VOV"), ["Hồng Nhung"]],
  ["a reporter's label with a period", lines(TITLE, ...BODY, "PV. Minh Khôi"), ["Minh Khôi"]],
  ["a reporter's label", lines(TITLE, ...BODY, "PV Minh Khôi - Thu Hà"), ["Minh Khôi", "Thu Hà"]],
  ["a contributor's label", lines(TITLE, ...BODY, "CTV Hồng Nhung"), ["Hồng Nhung"]],
  ["a reporter's label in words", lines(TITLE, ...BODY, "Phóng viên Lê Minh"), ["Lê Minh"]],
  ["a writer credited with the paper", lines(TITLE, ...BODY, "Theo Minh Hòa (Báo Bắc Lâm)"), ["Minh Hòa"]],
  ["a writer credited with the agency", lines(TITLE, ...BODY, "Theo Thu Hà - TTXVN"), ["Thu Hà"]],
  ["a name under a date line", lines(TITLE, "Thứ Sáu, 14/11/2014, 08:11 [GMT+7]", "Hồng Vân", ...BODY), ["Hồng Vân"]],
  ["a name above a unit credit", lines(TITLE, ...BODY, "Hồng Vân", "Ban Tuyên giáo Quận ủy"), ["Hồng Vân"]],
  ["a name above a source credit", lines(TITLE, ...BODY, "Hồng Vân", "Báo Bắc Lâm"), ["Hồng Vân"]],
  ["a name above credits in brackets and with a site", lines(TITLE, ...BODY, "Hồng Vân", "(Theo TTXVN)", "Nguồn: baobaclam.vn"), ["Hồng Vân"]],
  ["a byline after boilerplate", lines(TITLE, ...BODY, "Hồng Vân", "Chia sẻ Zalo", "Lượt xem: 1351"), ["Hồng Vân"]],
  [
    "a byline above a comment form and related links",
    lines(TITLE, ...BODY, "Hồng Vân", "Bình luận (0)", "Gửi bình luận", "Ý kiến của bạn", "Họ và tên", "Email", "Xem thêm:", RELATED_LINKS[0]!),
    ["Hồng Vân"],
  ],
];

/** A document reposted whole ends with its signature: the position signed as, over the signer's name. */
const SIGNATURES: Array<[label: string, text: string, signer: string, role: string]> = [
  ["for the standing committee", lines(TITLE, ...BODY, "T.L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Tuấn"), "Nguyễn Văn Tuấn", "CHÁNH VĂN PHÒNG"],
  ["on behalf of", lines(TITLE, ...BODY, "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Minh Hưng"), "Lê Minh Hưng", "BÍ THƯ"],
  ["a deputy signing for the head, with a note", lines(TITLE, ...BODY, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Trần Thị Thu Hà"), "Trần Thị Thu Hà", "PHÓ CHỦ TỊCH"],
  ["a position without a for line", lines(TITLE, ...BODY, "PHÓ CHỦ TỊCH", "Hoàng Văn Sơn"), "Hoàng Văn Sơn", "PHÓ CHỦ TỊCH"],
  ["a position of several words under its for line", lines(TITLE, ...BODY, "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Hoàng Văn Sơn"), "Hoàng Văn Sơn", "PHÓ BÍ THƯ THƯỜNG TRỰC"],
  ["a name in capitals", lines(TITLE, ...BODY, "TM. BAN CHẤP HÀNH", "BÍ THƯ", "ĐINH VĂN HÙNG"), "ĐINH VĂN HÙNG", "BÍ THƯ"],
  [
    "under the recipients' list",
    lines(TITLE, ...BODY, "Nơi nhận:", "- Như trên;", "- Các đồng chí Ủy viên BTV Tỉnh ủy;", "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Văn Hùng"),
    "Trần Văn Hùng",
    "PHÓ BÍ THƯ",
  ],
  [
    "above the recipients' list",
    lines(TITLE, ...BODY, "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Minh Hưng", "Nơi nhận:", "- Ban Tổ chức Trung ương (b/c);", "- Lưu VT."),
    "Lê Minh Hưng",
    "BÍ THƯ",
  ],
];

/** A reposted document's subject line ("V/v …", about what) is body, though it has no final stop. */
const SUBJECT_LINES = [
  "V/v báo cáo kết quả thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư",
  "V/v tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm",
];

/** Bylines over or under other lines in capitals: still bylines. */
const NOT_SIGNATURES: Array<[label: string, text: string, authors: string[]]> = [
  ["two bylines in capitals", lines(TITLE, ...BODY, "HỒNG VÂN", "MINH KHÔI"), ["HỒNG VÂN", "MINH KHÔI"]],
  ["a byline whose first word opens a position", lines(TITLE, ...BODY, "TRƯỞNG GIANG", "MINH KHÔI"), ["TRƯỞNG GIANG", "MINH KHÔI"]],
  ["a position in mixed case over a name", lines(TITLE, ...BODY, "Bí thư", "Hồng Vân"), ["Hồng Vân"]],
];

/** Lines that look like bylines but name no person. */
const NOT_AUTHORS: Array<[label: string, text: string]> = [
  ["a unit", lines(TITLE, ...BODY, "Ban Tuyên giáo Quận ủy")],
  ["a unit code", lines(TITLE, ...BODY, "Ban CBĐT")],
  ["the paper", lines(TITLE, ...BODY, "Báo Sơn La")],
  ["a source", lines(TITLE, ...BODY, "Theo Báo Nhân Dân")],
  ["a news agency", lines(TITLE, ...BODY, "Nguồn: TTXVN")],
  ["a news agency in brackets", lines(TITLE, ...BODY, "(Theo TTXVN)")],
  ["a site", lines(TITLE, ...BODY, "Theo baochinhphu.vn")],
  ["the editors", lines(TITLE, ...BODY, "BBT")],
  ["a team of reporters", lines(TITLE, ...BODY, "Nhóm PV")],
  ["a reporter's label alone", lines(TITLE, ...BODY, "PV")],
  ["a lead-in tag (QBĐT)", lines(TITLE, `(QBĐT) - ${P1}`, P2, P3)],
  ["a lead-in tag KTĐT", lines(TITLE, `KTĐT - ${P1}`, P2, P3)],
  ["a lead-in tag (Thanhuytphcm.vn)", lines(TITLE, `(Thanhuytphcm.vn) - ${P1}`, P2, P3)],
  ["a last line that is a sentence", lines(TITLE, ...BODY, "Hội nghị kết thúc trong không khí phấn khởi.")],
];

/** The segmenter's own kind of a line inside an article. */
function kindOf(text: string, line: string): string | undefined {
  const normalized = foldSpelling(normalizeText(text));
  const wanted = foldSpelling(normalizeText(line));
  return segmentParagraphs(normalized).paragraphs.find((p) => p.text === wanted)?.kind;
}

describe("extract(): paragraphs, title and authors", () => {
  describe("boilerplate lines never reach the paragraphs", () => {
    it.each(BOILERPLATE_LINES)("%s: %s", (_kind, line) => {
      check({ label: line, text: lines(TITLE, P1, line, P2, P3), title: TITLE, paragraphs: BODY, authors: [] });
    });
    it.each(BOILERPLATE_LINES)("%s at the end: %s", (_kind, line) => {
      check({ label: line, text: lines(TITLE, ...BODY, line), title: TITLE, paragraphs: BODY, authors: [] });
    });
  });

  describe("related-story lists", () => {
    it.each(RELATED_HEADERS)("%s and the headlines under it", (header) => {
      check({ label: header, text: lines(TITLE, ...BODY, header, ...RELATED_LINKS), paragraphs: BODY, authors: [] });
    });
  });

  describe("captions", () => {
    it.each(CAPTIONS)("%s: %s", (_label, line) => {
      check({ label: line, text: lines(TITLE, P1, line, P2, P3), paragraphs: BODY });
      expect(kindOf(lines(TITLE, P1, line, P2, P3), line)).toBe("caption");
    });
  });

  it("a text that opens with its page's address: the headline under it is the title", () => {
    check({ label: "URL line", text: lines("URL: https://tanlac.hoalam.example.vn/tin-tuc/hoi-nghi-123.html", "", TITLE, ...BODY), title: TITLE, paragraphs: BODY });
    check({ label: "URL line without an address", text: lines("URL: none (bai-viet-12.txt)", "", TITLE, ...BODY), title: TITLE, paragraphs: BODY });
  });

  describe("a headline shaped like a photo's description is the title, not a caption", () => {
    it.each([
      "Lãnh đạo tỉnh chúc mừng Tết cổ truyền Bunpimay",
      "Lãnh đạo huyện thăm, tặng quà gia đình chính sách",
      "Đồng chí Bí thư Tỉnh ủy trao Huy hiệu 70 năm tuổi Đảng",
    ])("%s", (headline) => {
      check({ label: headline, text: lines(headline, ...BODY), title: headline, paragraphs: BODY });
      // The same line under the headline is a caption.
      check({ label: headline, text: lines(TITLE, P1, headline, P2, P3), title: TITLE, paragraphs: BODY });
    });
  });

  describe("sentences of the report are no captions", () => {
    it.each(NOT_CAPTIONS)("%s", keptInBody);
  });

  // Sentences that open with a word of a page's contact block, with no label's colon after it, or
  // with a word of its sharing links, ending in a full stop.
  describe("sentences of the report are no contact block nor sharing link", () => {
    it.each([
      "Chia sẻ với phóng viên, ông Nguyễn Văn An cho biết xã đã hoàn thành.",
      "Phản hồi ý kiến cử tri, Chủ tịch UBND huyện cam kết sớm giải quyết.",
      "Bình luận về kết quả này, đồng chí Bí thư đánh giá cao.",
      "Người dân không chia sẻ lên Facebook những thông tin chưa được kiểm chứng.",
      "Đọc bài viết của Tổng Bí thư, nhiều đảng viên xúc động.",
      "In bài phát biểu của đồng chí Bí thư gửi các chi bộ.",
      "Zalo của xã được lập để tiếp nhận phản ánh.",
      "Trang chủ của Cổng thông tin huyện được nâng cấp.",
      "Tổng Biên tập Báo Bắc Lâm Lê Quốc Minh phát biểu tại hội thảo.",
      "Địa chỉ đỏ giáo dục truyền thống cách mạng của tỉnh được tu bổ khang trang.",
      "Điện thoại đường dây nóng của Ban Chỉ đạo được công khai tại trụ sở xã.",
      "Giấy phép xây dựng được cấp cho 120 hộ dân trong năm 2014.",
    ])("%s", keptInBody);
  });

  // The last line a sentence that opens with a unit's or a paper's word: body, no credit.
  describe("a closing sentence that opens with a unit's word", () => {
    it.each([
      "Phòng Nội vụ huyện chủ trì thực hiện.",
      "Văn phòng Huyện ủy là cơ quan thường trực.",
      "Ban Chỉ đạo huyện kiểm tra định kỳ.",
      "Báo chí cần tuyên truyền kịp thời.",
      "Theo báo cáo của UBND huyện năm 2014",
    ])("%s", (line) => {
      check({ label: line, text: lines(TITLE, ...BODY, line), paragraphs: [...BODY, line] });
    });
  });

  // A headline that opens with a word of a sharing link is the title.
  describe("headlines that open with a sharing word", () => {
    it.each(["Chia sẻ kinh nghiệm xây dựng chi bộ vững mạnh", "Phản hồi ý kiến cử tri về giải phóng mặt bằng", "Bình luận: Không để cái sai lấn át cái đúng"])("%s", (title) => {
      check({ label: title, text: lines(title, ...BODY), title, paragraphs: BODY });
    });
  });

  describe("structure", () => {
    it.each(STRUCTURE)("$label", check);
  });

  describe("a site's menu above the headline", () => {
    it.each([
      ["entries on lines of their own", ["Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo", "Lịch công tác"]],
      ["after the home link", ["Trang chủ", "Giới thiệu", "Hoạt động Đảng", "Thư viện ảnh"]],
      ["in capitals", ["GIỚI THIỆU", "TIN TỨC", "VĂN BẢN", "LIÊN HỆ"]],
      ["three entries", ["Tin tức", "Sự kiện", "Đăng nhập"]],
    ])("%s", (_label, menu) => {
      const record = extract(lines(...menu, TITLE, ...BODY));
      expect([record.title, record.paragraphs]).toEqual([TITLE, BODY]);
    });
    it("two short lines above the headline are no menu: a section label and the headline stay read as before", () => {
      const record = extract(lines("Xây dựng Đảng", TITLE, ...BODY));
      expect([record.title, record.paragraphs]).toEqual([TITLE, BODY]);
    });
    it("a document's heading with its number is no menu", () => {
      const record = extract(lines("TỈNH ỦY ĐÔNG QUANG", "BAN TUYÊN GIÁO", "*", "Số 123-HD/BTGTU", ...BODY));
      expect(record.title).toBe("TỈNH ỦY ĐÔNG QUANG");
      expect(record.paragraphs).toEqual(expect.arrayContaining(BODY));
    });
  });

  describe("bylines", () => {
    it.each(BYLINES)("%s", (_label, text, authors) => {
      const record = extract(text);
      expect(record.authors).toEqual(authors);
      expect(record.paragraphs).toEqual(BODY);
      for (const a of authors) expect(record.officials.map((o) => o.name)).not.toContain(a);
    });
  });

  describe("a document's signature names its signer, an official, and no author", () => {
    it.each(SIGNATURES)("%s", (_label, text, signer, role) => {
      const record = extract(text);
      expect(record.authors).toEqual([]);
      expect(record.paragraphs).toEqual(BODY);
      const official = record.officials.find((o) => o.name === signer);
      expect(official?.roles).toEqual([role]);
      for (const m of official!.mentions) expect(record.text.slice(m.start, m.end)).toBe(m.text);
    });
    it("adds the signed position to the same person named in the body", () => {
      const record = extract(lines(TITLE, ...BODY, "Đồng chí Nguyễn Văn Tuấn, Phó Bí thư Tỉnh ủy chủ trì hội nghị.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Tuấn"));
      const official = record.officials.find((o) => o.name === "Nguyễn Văn Tuấn");
      expect([official?.roles, official?.mentions.length]).toEqual([["Phó Bí thư Tỉnh ủy", "PHÓ BÍ THƯ"], 2]);
      expect(record.authors).toEqual([]);
    });
    it.each(SUBJECT_LINES)("a subject line: %s", (line) => {
      expect(extract(lines(TITLE, P1, line, P2, P3)).paragraphs).toEqual([P1, line, P2, P3]);
    });
    it.each(NOT_SIGNATURES)("%s", (_label, text, authors) => {
      const record = extract(text);
      expect(record.authors).toEqual(authors);
    });
  });

  describe("lines that name no author", () => {
    it.each(NOT_AUTHORS)("%s", (_label, text) => {
      const record = extract(text);
      expect(record.authors).toEqual([]);
    });
  });

  it("keeps a lead-in source tag line as body", () => {
    const record = extract(lines(TITLE, `(QBĐT) - ${P1}`, P2, P3), { published: "2014-11-14" });
    expect(record.paragraphs).toEqual([`(QBĐT) - ${P1}`, P2, P3]);
    expect(record.eventDate).toBe("2014-11-13");
  });
});
