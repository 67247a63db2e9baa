/**
 * Dates and the event date, as `extract(text, { published })` reports them: one table row
 * per written form of vietnamese-documents §4 (days, months, quarters, lists and ranges,
 * month words, yearless dates resolved from the publication date or the article's own
 * years), rows of numbers that are not dates, and rows of datelines for `eventDate`.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../extractors/index.ts";

/** Table rows named by their full text (the default `$text` title is cut short). */
const named = <T extends { text: string }>(rows: readonly T[]) => rows.map((r) => [r.text, r] as [string, T]);

/** A headline long enough to be read as the title, so every row's line is body text. */
const HEADLINE = "Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm mới";
const PUBLISHED = "2014-11-14";

interface Row {
  text: string;
  /** Every date value, in order of position. */
  dates: string[];
  /** The publication date given by the caller; null for none. Default 2014-11-14. */
  published?: string | null;
  /** When set, the expected `eventDate`. */
  event?: string | null;
}

/** Rows named by their text and the publication date they are read with. */
const namedWithPublished = (rows: readonly Row[]) =>
  rows.map((r) => [`${r.text} (published ${r.published === undefined ? PUBLISHED : String(r.published)})`, r] as [string, Row]);

function check({ text, dates, published, event }: Row): void {
  const pub = published === undefined ? PUBLISHED : published;
  const record = extract(`${HEADLINE}\n${text}`, pub ? { published: pub } : {});
  expect(record.dates.map((d) => d.value)).toEqual(dates);
  for (const d of record.dates) expect(record.text.slice(d.start, d.end)).toBe(d.text);
  if (event !== undefined) expect(record.eventDate).toBe(event);
}

const DAYS: Row[] = [
  { text: "Chiều 13/11, Ban Thường vụ Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"] },
  { text: "Sáng 13-11, Ban Thường vụ Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"] },
  { text: "Trưa 13.11, Ban Thường vụ Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"] },
  { text: "Tối 12/11 Ban Thường vụ Quận ủy tổ chức hội nghị.", dates: ["2014-11-12"] },
  { text: "Sáng nay (01.8), Tỉnh ủy tổ chức hội nghị.", dates: ["2014-08-01"] },
  { text: "Trong hai ngày, chiều 16 và sáng 17.10, Tỉnh ủy tổ chức hội nghị.", dates: ["2014-10-16", "2014-10-17"] },
  { text: "Ngày 10 và 11-2, Tỉnh ủy tổ chức hội nghị.", dates: ["2014-02-10", "2014-02-11"] },
  { text: "Ngày 17-4-2012, Tỉnh ủy tổ chức hội nghị.", dates: ["2012-04-17"] },
  { text: "Ngày 8 - 3 - 2014, Hội Liên hiệp Phụ nữ kỷ niệm ngày Quốc tế Phụ nữ.", dates: ["2014-03-08"] },
  { text: "Sáng 8 / 3 / 2014, Hội Liên hiệp Phụ nữ gặp mặt hội viên.", dates: ["2014-03-08"] },
  { text: "Ngày 08/3, Hội Liên hiệp Phụ nữ gặp mặt hội viên.", dates: ["2014-03-08"] },
  { text: "Hội nghị diễn ra ngày 13 tháng 11 năm 2014 tại hội trường.", dates: ["2014-11-13"] },
  { text: "Văn bản ký ngày 03 tháng 4 năm 2018 tại Hà Nội.", dates: ["2018-04-03"] },
  { text: "Ngày 13 tháng 11, Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"] },
  { text: "Ngày 5 tháng 6 năm nay, huyện tổ chức đại hội.", dates: ["2014-06-05"] },
  { text: "Lúc 8 giờ 30 ngày 13/11, hội nghị khai mạc.", dates: ["2014-11-13"] },
  { text: "Nhân dịp kỷ niệm 2/9, huyện thăm và tặng quà gia đình chính sách.", dates: ["2014-09-02"] },
  { text: "Vào dịp 30/4, huyện tổ chức mít tinh kỷ niệm.", dates: ["2014-04-30"] },
  { text: "Vào lúc 14h00 ngày 13/11, hội nghị khai mạc.", dates: ["2014-11-13"] },
  { text: "Ngày 17/4/2012, ngày 18-4-2012 và ngày 19.4.2012 đoàn làm việc tại xã.", dates: ["2012-04-17", "2012-04-18", "2012-04-19"] },
  // A range of days in brackets, with or without a cue before it.
  { text: "Trong 2 ngày (18 - 19/12/2013), Ban Chấp hành Đảng bộ huyện họp.", dates: ["2013-12-18", "2013-12-19"] },
  { text: "Hội nghị (18-19/12/2013) thông qua nghị quyết.", dates: ["2013-12-18", "2013-12-19"] },
  { text: "Kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020).", dates: ["1930-02-03", "2020-02-03"] },
  // A yearless first end of a range or list takes the year of the next date.
  { text: "Thời gian tổ chức: từ ngày 1/3 đến ngày 30/4/2015.", dates: ["2015-03-01", "2015-04-30"] },
  { text: "Đợt cao điểm từ 15/12 đến 15/1/2015.", dates: ["2014-12-15", "2015-01-15"] },
  { text: "Từ tháng 3 đến tháng 5/2015, các xã ra quân.", dates: ["2015-03", "2015-05"] },
  { text: "Ngày 13/11 và 14/11/2015, đoàn làm việc tại xã.", dates: ["2015-11-13", "2015-11-14"] },
  { text: "Số lượng tăng (2 - 3/2014) so với cùng kỳ.", dates: [] },
];

const MONTHS_AND_QUARTERS: Row[] = [
  { text: "Kết quả trong tháng 12/2014 khả quan.", dates: ["2014-12"] },
  { text: "Kết quả trong tháng 12-2014 khả quan.", dates: ["2014-12"] },
  { text: "Kết quả trong tháng 12 năm 2014 khả quan.", dates: ["2014-12"] },
  { text: "Các chi bộ kiểm điểm vào tháng 9, 10 và 11-2012.", dates: ["2012-09", "2012-10", "2012-11"] },
  { text: "Các chi bộ kiểm điểm vào tháng 7 và 8.", dates: ["2014-07", "2014-08"] },
  { text: "Các chi bộ kiểm điểm vào tháng 9, 10 và 11/2012.", dates: ["2012-09", "2012-10", "2012-11"] },
  { text: "Đợt thi đua diễn ra trong tháng 5 - 6/2013.", dates: ["2013-05", "2013-06"] },
  { text: "Tháng 7, 8/2013, các chi bộ sinh hoạt chuyên đề.", dates: ["2013-07", "2013-08"] },
  { text: "Trong tháng 11, ngày 12/11/2013 huyện tổ chức hội nghị.", dates: ["2014-11", "2013-11-12"] },
  { text: "Từ tháng Tám, các chi bộ sinh hoạt chuyên đề.", dates: ["2014-08"] },
  { text: "Vào tháng Tám năm 2020, huyện tổ chức đại hội.", dates: ["2020-08"] },
  { text: "Từ tháng Mười một, các chi bộ sinh hoạt chuyên đề.", dates: ["2014-11"] },
  { text: "Tháng Mười Một, các chi bộ sinh hoạt chuyên đề.", dates: ["2014-11"] },
  { text: "Vào tháng 6 năm nay, huyện tổ chức đại hội điểm.", dates: ["2014-06"] },
  { text: "Cuối tháng 11/2014, huyện tổ chức tổng kết.", dates: ["2014-11"] },
  { text: "Trong quý II-2012, huyện làm tốt công tác kiểm tra.", dates: ["2012-Q2"] },
  { text: "Trong quý II/2012, huyện làm tốt công tác kiểm tra.", dates: ["2012-Q2"] },
  { text: "Trong quý III năm 2017, huyện làm tốt công tác kiểm tra.", dates: ["2017-Q3"] },
  { text: "Trong quý 4/2014, huyện làm tốt công tác kiểm tra.", dates: ["2014-Q4"] },
  { text: "Nhiệm vụ quý IV là kiện toàn tổ chức.", dates: ["2014-Q4"] },
];

const LISTS_AND_RANGES: Row[] = [
  { text: "Kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020).", dates: ["1930-02-03", "2020-02-03"] },
  // A yearless first end of a range or list takes the year of the next date.
  { text: "Thời gian tổ chức: từ ngày 1/3 đến ngày 30/4/2015.", dates: ["2015-03-01", "2015-04-30"] },
  { text: "Đợt cao điểm từ 15/12 đến 15/1/2015.", dates: ["2014-12-15", "2015-01-15"] },
  // A dash between two days, or before a time: the first day is read, with the second's year.
  { text: "Hội thi diễn ra ngày 10/3 - 12/3/2015.", dates: ["2015-03-10", "2015-03-12"] },
  { text: "Hội thi diễn ra từ ngày 10/3 - 17h ngày 12/3/2015.", dates: ["2015-03-10", "2015-03-12"] },
  { text: "Sáng 10/11 - 8h, hội thi khai mạc.", dates: ["2014-11-10"] },
  // A year after the dash is no second day: no yearless day is read.
  { text: "Mốc 10/3 - 2015 được nhắc lại.", dates: [] },
  // A time of the second end between them.
  { text: "Từ 8h ngày 15/3 đến 17h ngày 16/3/2015, diễn ra hội thi.", dates: ["2015-03-15", "2015-03-16"] },
  { text: "Từ 7 giờ 30 ngày 2/3 đến 11 giờ ngày 3/3/2015, các điểm bỏ phiếu mở cửa.", dates: ["2015-03-02", "2015-03-03"] },
  { text: "Từ tháng 3 đến tháng 5/2015, các xã ra quân.", dates: ["2015-03", "2015-05"] },
  { text: "Ngày 13/11 và 14/11/2015, đoàn làm việc tại xã.", dates: ["2015-11-13", "2015-11-14"] },
  { text: "Kỷ niệm 93 năm Ngày truyền thống ngành (01.8.1930-01.8.2023).", dates: ["1930-08-01", "2023-08-01"] },
  { text: "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025).", dates: ["1890-05-19", "2025-05-19"] },
  { text: "Ngày 22 tháng 12 năm 1944, Đội Việt Nam Tuyên truyền Giải phóng quân ra đời.", dates: ["1944-12-22"] },
  { text: "Từ năm 1858, thực dân Pháp nổ súng xâm lược; ngày 1/9/1858 là mốc mở đầu.", dates: ["1858-09-01"] },
  { text: "Đại hội được tổ chức từ ngày 19/8/2015 đến 28/8/2015.", dates: ["2015-08-19", "2015-08-28"] },
  { text: "Đại hội diễn ra từ 23-25/9.", dates: ["2014-09-23", "2014-09-25"] },
  { text: "Dịp kỷ niệm ngày 30-4 và 1-5, các phường treo cờ.", dates: ["2014-04-30", "2014-05-01"] },
  // A sentence's full stop, then the next sentence's number: the day ends at the stop.
  { text: "Các chi bộ nộp báo cáo trước ngày 25/11. 100% chi bộ đã đăng ký.", dates: ["2014-11-25"] },
  { text: "Ngày 13/11 và 14/11. 15 đơn vị tham gia hội thi.", dates: ["2014-11-13", "2014-11-14"] },
  // The year in words after the day and month.
  { text: "Ngày 1-5 năm 2013, công nhân toàn tỉnh mít tinh.", dates: ["2013-05-01"] },
  { text: "Ngày 2/9 năm 2012, huyện tổ chức lễ mít tinh.", dates: ["2012-09-02"] },
  { text: "Dịp kỷ niệm ngày 30-4 và 1-5 năm 2013, các phường treo cờ.", dates: ["2013-04-30", "2013-05-01"] },
  { text: "Ngày 30/4 và 1/5 năm 2013 nhân dân đón lễ.", dates: ["2013-04-30", "2013-05-01"] },
  { text: "Kỷ niệm 69 năm Cách mạng Tháng Tám và Quốc khánh (2/9/1945 - 2/9/2014).", dates: ["1945-09-02", "2014-09-02"] },
  { text: "Kỷ niệm Cách mạng tháng Mười Nga vĩ đại.", dates: [] },
  { text: "Tổng khởi nghĩa tháng Tám năm 1945 thắng lợi.", dates: ["1945-08"] },
  { text: "Nhân dịp 30/4 và 1/5, huyện tổ chức giải chạy.", dates: ["2014-04-30", "2014-05-01"] },
  { text: "Ngày 19, 20-21/8, đoàn công tác làm việc tại xã.", dates: ["2014-08-19", "2014-08-20", "2014-08-21"] },
  { text: "Hội nghị diễn ra ngày 19, 20/8/2015.", dates: ["2015-08-19", "2015-08-20"] },
  { text: "Trong các ngày 5, 6 và 7/12, đoàn kiểm tra làm việc.", dates: ["2014-12-05", "2014-12-06", "2014-12-07"] },
  { text: "Các ngày 12-13/11, Quận ủy tổ chức lớp bồi dưỡng.", dates: ["2014-11-12", "2014-11-13"] },
  { text: "Ngày 13/11 và 14/11, Quận ủy tổ chức lớp bồi dưỡng.", dates: ["2014-11-13", "2014-11-14"] },
  { text: "Vào các ngày 13 và 14 tháng 11 năm 2014, hội nghị diễn ra.", dates: ["2014-11-13", "2014-11-14"] },
  { text: "Từ tháng 9 đến tháng 11/2014, huyện mở lớp bồi dưỡng.", dates: ["2014-09", "2014-11"] },
  { text: "Quý I và quý II/2015 là thời gian cao điểm đại hội.", dates: ["2015-Q1", "2015-Q2"] },
  { text: "Quý I, II/2015 là thời gian cao điểm đại hội.", dates: ["2015-Q1", "2015-Q2"] },
  { text: "Từ ngày 12 đến ngày 14/11, đoàn công tác làm việc.", dates: ["2014-11-12", "2014-11-14"] },
];

/** Yearless dates without a publication date: the year comes from the article itself. */
const YEARLESS: Row[] = [
  { text: "Theo kế hoạch năm 2015, các chi bộ hoàn thành trước 30/6.", dates: ["2015-06-30"], published: null },
  { text: "Năm 2013, đảng bộ phát triển 50 đảng viên. Chiều 13/11, Quận ủy tổng kết.", dates: ["2013-11-13"], published: null },
  { text: "Chiều 13/11, Quận ủy tổng kết công tác.", dates: [], published: null, event: null },
  { text: "Chiều 30/12, Quận ủy đã tổ chức hội nghị tổng kết.", dates: ["2014-12-30"], published: "2015-01-05", event: "2014-12-30" },
  // The year the sentence names is the period reported on, not the event's: the event is near publication.
  { text: "Sáng 11/2, Huyện ủy tổng kết công tác năm 2014.", dates: ["2015-02-11"], published: "2015-02-12", event: "2015-02-11" },
  { text: "Sáng 11/2, Huyện ủy tổng kết công tác năm 2014.", dates: ["2014-02-11"], published: null },
  { text: "Kế hoạch năm 2014 yêu cầu các chi bộ hoàn thành trước 30/6.", dates: ["2014-06-30"], published: "2015-02-12" },
  { text: "Tối 31/12, Quận ủy tổ chức chương trình nghệ thuật.", dates: ["2014-12-31"], published: "2015-01-02" },
  { text: "Các chi bộ hoàn thành trước 30/6.", dates: ["2014-06-30"] },
  // A month months after publication: of the year before when it is past, of the publication's
  // year when the sentence speaks of work due or a plan.
  { text: "Trong tháng 8, Đảng bộ huyện đã kết nạp 25 đảng viên.", dates: ["2014-08"], published: "2015-01-05" },
  { text: "Trong tháng 8, Đảng bộ huyện kết nạp 25 đảng viên.", dates: ["2014-08"], published: "2015-01-05" },
  { text: "Các chi bộ kiểm điểm trong tháng 7 và 8.", dates: ["2015-07", "2015-08"], published: "2015-01-05" },
  { text: "Các đảng bộ hoàn thành vào tháng 9.", dates: ["2015-09"], published: "2015-01-05" },
  { text: "Dự kiến trong tháng 8, huyện sẽ tổ chức đại hội điểm.", dates: ["2015-08"], published: "2015-01-05" },
  { text: "Trong tháng 9, các chi bộ phải hoàn thành việc rà soát.", dates: ["2015-09"], published: "2015-01-05" },
  { text: "Trong tháng 8 vừa qua, huyện đã tổ chức 3 hội nghị; tháng 9 sẽ tổng kết.", dates: ["2014-08", "2015-09"], published: "2015-01-05" },
  // Years of work on a dated document: the article's time is that many years after the document's year.
  { text: "Sáng 22/11, Thành ủy tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương.", dates: ["2023-11-22", "2013-11-04"], published: null, event: "2023-11-22" },
  { text: "Chiều 8/11, Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.", dates: ["2016-11-08", "2016-05-15"], published: null },
  { text: "Chiều 8/11, Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW ngày 15.5.2016 của Bộ Chính trị.", dates: ["2019-11-08", "2016-05-15"], published: null },
  { text: "Ngày 14/6, Huyện ủy tổng kết 5 năm thi hành Luật số 80/2015/QH13.", dates: ["2020-06-14"], published: null },
  { text: "Ngày 14/6, HĐND tỉnh sơ kết 2 năm triển khai Nghị định 30/2020/NĐ-CP.", dates: ["2022-06-14"], published: null },
  { text: "Sáng 3/8, Đảng ủy xã sơ kết 5 năm thực hiện NGHỊ QUYẾT số 328-NQ/HU ngày 26/06/2018 của Huyện ủy.", dates: ["2023-08-03", "2018-06-26"], published: null },
  // The latest year the article states still wins; a window of the event's days is no document's date.
  { text: "Sáng 22/11, Thành ủy tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013. Năm 2024, thành phố đầu tư 5 trường.", dates: ["2024-11-22", "2013-11-04"], published: null },
  { text: "Sáng 13/12, Huyện ủy tổng kết 10 năm thực hiện Chỉ thị từ ngày 13/12/2016 đến nay.", dates: ["2016-12-13", "2016-12-13"], published: null },
  { text: "Sáng 22/11, Thành ủy tổng kết 10 năm thực hiện Đề án 351 trong nhiệm kỳ 2013 - 2018.", dates: ["2013-11-22"], published: null },
  // With a publication date, that date gives the year.
  { text: "Sáng 22/11, Thành ủy tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013.", dates: ["2024-11-22", "2013-11-04"], published: "2024-11-23" },
];

/** A year named relative to the publication's: "năm nay", "năm sau", "năm tới", "năm ngoái", "năm trước". */
const RELATIVE_YEARS: Row[] = [
  { text: "Các cấp ủy kiểm điểm trong tháng 12 và tháng 1 năm sau.", dates: ["2014-12", "2015-01"] },
  { text: "Tháng 3 năm tới, huyện tổ chức đại hội.", dates: ["2015-03"] },
  { text: "Tháng 10 năm ngoái, xã đã tổng kết phong trào.", dates: ["2013-10"] },
  { text: "Quý II năm trước, huyện kết nạp 30 đảng viên.", dates: ["2013-Q2"] },
  { text: "Quý I năm sau, công trình đưa vào sử dụng.", dates: ["2015-Q1"] },
  // "năm nay" is the publication's year, even for a month more than half a year ahead of it.
  { text: "Ngày 15/3 năm nay, huyện khởi công trường học.", dates: ["2014-03-15"] },
  { text: "Ngày 10/1 năm nay, huyện khởi công trường học.", dates: ["2015-01-10"], published: "2015-08-20" },
  { text: "Ngày 18 tháng 3 năm nay, Huyện ủy họp.", dates: ["2014-03-18"] },
  { text: "Ngày 20/12, năm nay, xã tổ chức lễ.", dates: ["2014-12-20"], published: "2014-05-02" },
  // The year the sentence is about counts on: "kế hoạch năm 2015 … tháng 1 năm sau".
  { text: "Kế hoạch năm 2015 yêu cầu tổng kết vào tháng 1 năm sau.", dates: ["2016-01"] },
  // Without a publication date, from the article's own years.
  { text: "Năm 2013, đảng bộ phát triển 50 đảng viên. Tháng 2 năm sau, Đảng bộ tổng kết.", dates: ["2014-02"], published: null },
  // A year given in digits wins; "năm qua" (the past year) is no year of a date.
  { text: "Tháng 3 năm 2014, năm sau đó, huyện họp.", dates: ["2014-03"] },
  { text: "Tỷ lệ đạt 2/3 năm qua.", dates: [] },
];

const LUNAR_AND_NON_DATES: Row[] = [
  { text: "Lễ hội diễn ra vào mùng 10 tháng 3 âm lịch hằng năm.", dates: [] },
  { text: "Lễ giỗ được tổ chức vào ngày 15/7 âm lịch.", dates: [] },
  // "tháng Giêng", "tháng Chạp" name the first and last lunar months.
  { text: "Tết Nguyên đán, tháng Giêng năm Giáp Ngọ, nhân dân vui xuân.", dates: [] },
  { text: "Tháng Chạp, các gia đình chuẩn bị đón Tết.", dates: [] },
  // A year named in the sixty-year cycle is a lunar one.
  { text: "Ngày 15 tháng 7 năm Giáp Thìn, nhân dân làm lễ.", dates: [] },
  { text: "Mùng 5 tháng 5 năm Ất Tỵ, xã tổ chức lễ hội.", dates: [] },
  { text: "Sáng 12/11 (tức 20/9 âm lịch), Tỉnh ủy tổ chức lễ giỗ.", dates: ["2014-11-12"], event: "2014-11-12" },
  { text: "Có 21/25 đảng bộ hoàn thành đại hội.", dates: [] },
  { text: "Toàn huyện đạt 12/12 chỉ tiêu.", dates: [] },
  { text: "Đến nay 10/12 xã đã hoàn thành.", dates: [] },
  { text: "Tỷ lệ là 9/10 xã đạt chuẩn nông thôn mới.", dates: [] },
  { text: "Tăng trưởng bình quân đạt 7,54%/năm.", dates: [] },
  { text: "Báo Bắc Lâm Số 67 (7.050) phát hành.", dates: [] },
  { text: "Mục tiêu nhiệm kỳ 2020 - 2025 được xác định rõ.", dates: [] },
  { text: "Giai đoạn 2021-2025 được định hướng rõ.", dates: [] },
  { text: "Kết quả 6 tháng đầu năm khả quan.", dates: [] },
  { text: "Kết quả 6 tháng đầu năm 2018 khả quan.", dates: [] },
  { text: "Kết quả 9 tháng cho thấy tăng trưởng.", dates: [] },
  { text: "Kết quả 3 tháng cuối năm cho thấy tăng trưởng.", dates: [] },
  { text: "Hội nghị bắt đầu lúc 08:15 sáng.", dates: [] },
  { text: "Năm 2014, huyện đạt 12 chỉ tiêu.", dates: [] },
  { text: "Thực hiện Nghị định 15/2020/NĐ-CP và Kế hoạch số 10/KH-UBND.", dates: [] },
  { text: "Thực hiện Chỉ thị số 39-CT/TW ngày 18/10/2019.", dates: ["2019-10-18"] },
  { text: "Chi bộ sinh hoạt từ 2-3 lần mỗi tháng.", dates: [] },
  { text: "Người vi phạm có thể bị phạt tù từ 1-5 năm.", dates: [] },
  { text: "Thời gian luân chuyển cán bộ từ 2-3 năm, riêng năm 2013 là 2 năm.", dates: [] },
  { text: "Mỗi đợt kiểm tra kéo dài từ 5-7 ngày.", dates: [] },
  { text: "Cán bộ công tác từ 3-5 năm được luân chuyển.", dates: [] },
  { text: "Ngày 30/2, hội nghị diễn ra.", dates: [] },
  { text: "Tháng 13/2014 không phải là một tháng.", dates: [] },
  { text: "Tổ 3/11 khu phố 2 họp bàn việc xây dựng nhà văn hóa.", dates: [] },
];

/** The day of the reported event: the dateline of the lead, not a page date or an issue date. */
const EVENT_DATES: Row[] = [
  { text: "Chiều 13/11, Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"], event: "2014-11-13" },
  { text: "Sáng 12/11, Quận ủy tổ chức hội nghị.", dates: ["2014-11-12"], event: "2014-11-12" },
  { text: "Tối 11/11, Quận ủy tổ chức hội nghị.", dates: ["2014-11-11"], event: "2014-11-11" },
  { text: "Ngày 12-11-2014, Quận ủy tổ chức hội nghị.", dates: ["2014-11-12"], event: "2014-11-12" },
  { text: "Chiều ngày 13/11/2014, Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"], event: "2014-11-13" },
  { text: "Ngày 13 tháng 11, nhà trường tổ chức lễ kỷ niệm.", dates: ["2014-11-13"], event: "2014-11-13" },
  { text: "Sáng nay (13/11), Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"], event: "2014-11-13" },
  { text: "Sáng thứ Năm (13/11), Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"], event: "2014-11-13" },
  { text: "Sáng thứ Năm, ngày 13/11, Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"], event: "2014-11-13" },
  { text: "Hôm qua (12/11), Quận ủy tổ chức hội nghị.", dates: ["2014-11-12"], event: "2014-11-12" },
  { text: "Trong hai ngày 12 và 13/11, Quận ủy tổ chức hội nghị.", dates: ["2014-11-12", "2014-11-13"], event: "2014-11-12" },
  { text: "Trong hai ngày, chiều 16 và sáng 17.10, Tỉnh ủy tổ chức hội nghị.", dates: ["2014-10-16", "2014-10-17"], event: "2014-10-16" },
  { text: "Từ ngày 10/11 đến ngày 12/11/2014, đoàn công tác làm việc tại huyện.", dates: ["2014-11-10", "2014-11-12"], event: "2014-11-10" },
  { text: "(BTL) - Sáng 12/11, Quận ủy tổ chức hội nghị.", dates: ["2014-11-12"], event: "2014-11-12" },
  { text: "KTĐT - Ngày 10/11, Thành ủy tổ chức hội nghị.", dates: ["2014-11-10"], event: "2014-11-10" },
  { text: "CTTĐT - Chiều 13/11, Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"], event: "2014-11-13" },
  { text: "(Thanhuytphcm.vn) - Chiều 13/11, Quận ủy tổ chức hội nghị.", dates: ["2014-11-13"], event: "2014-11-13" },
  { text: "Quận ủy vừa tổ chức hội nghị sơ kết.\nChiều 13/11, Quận ủy tiếp tục làm việc.", dates: ["2014-11-13"], event: "2014-11-13" },
  { text: "Chiều 13/11, Quận ủy họp.\nTheo báo cáo, ngày 10/11, các chi bộ đã chuẩn bị.", dates: ["2014-11-13", "2014-11-10"], event: "2014-11-13" },
  { text: "Thực hiện Kế hoạch số 25-KH/TU ngày 8/10/2014, chiều 13/11, Quận ủy tổ chức hội nghị.", dates: ["2014-10-08", "2014-11-13"], event: "2014-11-13" },
  // A document named without a number, then "ngày": its issue date, not the event.
  {
    text: "Căn cứ Luật Đất đai ngày 29/11/2013 và Điều lệ Đảng.\nNgày 20/10/2014, Thường trực Tỉnh ủy ban hành Thông báo số 1125-TB/TU.",
    dates: ["2013-11-29", "2014-10-20"], event: "2014-10-20",
  },
  { text: "Thực hiện Quy định của Ban Bí thư ngày 10/5/2014, ngày 12/11, Đảng ủy xã tổ chức hội nghị.", dates: ["2014-05-10", "2014-11-12"], event: "2014-11-12" },
  { text: "Ngày 12/11, Đảng ủy xã tổ chức hội nghị quán triệt Nghị quyết của Tỉnh ủy.", dates: ["2014-11-12"], event: "2014-11-12" },
  { text: "Quận ủy đã họp và thống nhất nhiều nội dung quan trọng.", dates: [], event: "2014-11-14" },
  // A day opening a clause after the lead's opening phrase.
  { text: "Thực hiện Kế hoạch số 25-KH/TU ngày 8/10/2014 của Tỉnh ủy, ngày 12/11, Đảng ủy xã tổ chức hội nghị.", dates: ["2014-10-08", "2014-11-12"], event: "2014-11-12" },
  { text: "Nhằm chuẩn bị tốt cho đại hội đảng bộ các cấp nhiệm kỳ 2015 - 2020, ngày 12/11, Đảng ủy xã tổ chức hội nghị.", dates: ["2014-11-12"], event: "2014-11-12" },
  // A day after the publication is no reported event's.
  { text: "Trước ngày 1/7/2015, huyện có 15 xã. Ngày 12/11, Huyện ủy họp.", dates: ["2015-07-01", "2014-11-12"], event: "2014-11-12" },
  // A day of what is planned is not the event reported.
  { text: "Vừa qua, Quận ủy tổ chức hội nghị sơ kết. Ngày 20/11, các chi bộ sẽ triển khai.", dates: ["2014-11-20"], event: "2014-11-14" },
  // The lead reports an issue: the document named after "ban hành", not one it implements.
  {
    text: "Thực hiện Quyết định số 1234/QĐ-UBND ngày 12/10/2014 của UBND tỉnh, UBND huyện ban hành Kế hoạch số 45/KH-UBND ngày 2/11/2014.",
    dates: ["2014-10-12", "2014-11-02"], event: "2014-11-02",
  },
  { text: "Ban Thường vụ Quận ủy ban hành Kế hoạch số 108-KH/QU ngày 5/11/2014 về tổng kết công tác năm.", dates: ["2014-11-05"], event: "2014-11-05" },
];

/** Page date lines: the publication date, never the event. */
const DATE_LINES: Array<{ text: string; published: string; event: string }> = [
  { text: "Ngày đăng 14/11/2014 | 09:15\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Thứ Năm, 13/11/2014, 08:11 [GMT+7]\nSáng 12/11, Quận ủy tổ chức hội nghị.", published: "2014-11-13", event: "2014-11-12" },
  { text: "12:07:05 14/11/2014\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Cập nhật: 14/11/2014 10:20\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Thứ Bảy, ngày 23 tháng 11 năm 2024\nNgày phát hành: 27/01/2022\nChiều 26/01, Quận ủy tổ chức hội nghị.", published: "2022-01-27", event: "2022-01-26" },
  { text: "Ngày đăng 05/05/2022\nQuận ủy đã họp và thống nhất nhiều nội dung quan trọng.", published: "2022-05-05", event: "2022-05-05" },
  // A weekday in digits, a date in words with its time.
  { text: "Thứ 6, 14/11/2014 08:30\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "T6, 14/11/2014 08:30\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Ngày 14 tháng 11 năm 2014 | 08:30\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  // The time before the day.
  { text: "Cập nhật lúc: 08:15 ngày 14/11/2014\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Đăng lúc 9h30, 14-11-2014\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  // A page counter after the date line's day and time.
  { text: "Thứ Sáu, 14/11/2014 - 10:22 | Lượt xem: 532\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Thứ Sáu, 14/11/2014 | Lượt xem: 1.532\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "14/11/2014 10:22 | Lượt xem: 53\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "14/11/2014 | Views: 85\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Ngày 14 tháng 11 năm 2014 | Lượt đọc: 210\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Thứ Sáu, 14/11/2014 - 09:15 | In bài\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "14/11/2014 09:15 | Lượt xem: 12 | Chia sẻ\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  // The time zone written in full; "ngày" after the label; a day and its time alone on a line.
  { text: "Thứ Sáu, 14/11/2014 09:15 (GMT+07:00)\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Cập nhật ngày: 14/11/2014 09:15\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Ngày 14/11/2014 09:15\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
  { text: "Ngày 14/11/2014\nChiều 13/11, Quận ủy tổ chức hội nghị.", published: "2014-11-14", event: "2014-11-13" },
];

describe("extract().dates", () => {
  describe("days", () => {
    it.each(named(DAYS))("%s", (_text, row) => check(row));
  });
  describe("months and quarters", () => {
    it.each(named(MONTHS_AND_QUARTERS))("%s", (_text, row) => check(row));
  });
  describe("lists and ranges", () => {
    it.each(named(LISTS_AND_RANGES))("%s", (_text, row) => check(row));
  });
  describe("yearless dates", () => {
    it.each(namedWithPublished(YEARLESS))("%s", (_text, row) => check(row));
  });
  describe("years named relative to the publication's", () => {
    it.each(namedWithPublished(RELATIVE_YEARS))("%s", (_text, row) => check(row));
  });
  describe("lunar dates and numbers that are not dates", () => {
    it.each(named(LUNAR_AND_NON_DATES))("%s", (_text, row) => check(row));
  });
});

describe("extract().eventDate", () => {
  it.each(named(EVENT_DATES))("%s", (_text, row) => check(row));

  it.each(named(DATE_LINES))("%s", (_text, { text, published, event }) => {
    const record = extract(`${HEADLINE}\n${text}`);
    expect(record.published).toBe(published);
    expect(record.eventDate).toBe(event);
  });

  // A weekday between the time of day and the date: the time of day dates the event.
  it.each([
    ["Sáng thứ Tư (12/11/2014), Quận ủy tổ chức hội nghị.", "2014-11-12"],
    ["Sáng thứ Tư, 12/11/2014, Quận ủy tổ chức hội nghị.", "2014-11-12"],
    ["Chiều thứ Hai (10/11), Quận ủy tổ chức hội nghị.", "2014-11-10"],
    ["Thứ Hai (10/11), Quận ủy tổ chức hội nghị.", "2014-11-10"],
    ["Sáng Chủ nhật (9/11), Quận ủy tổ chức hội nghị.", "2014-11-09"],
  ])("%s", (text, event) => {
    expect(extract(`${HEADLINE}\n${text}`, { published: "2014-11-14" }).eventDate).toBe(event);
  });

  // A day of every year is no event.
  it.each([["Ngày 19/5 hằng năm là dịp để tưởng nhớ Bác.", "2014-11-14"]])("%s", (text, event) => {
    expect(extract(`${HEADLINE}\n${text}`, { published: "2014-11-14" }).eventDate).toBe(event);
  });

  // A due date under the lead is no event: the issue the lead reports is.
  it.each([
    ["Ban Tổ chức Huyện ủy vừa ban hành Hướng dẫn số 12-HD/BTCHU ngày 3/11/2014 về đại hội chi bộ.\nThời gian tổ chức đại hội\n- Chi bộ trực thuộc: hoàn thành trước ngày 30/11/2014.", "2014-11-03"],
    ["Quận ủy vừa ban hành Kế hoạch số 45-KH/QU ngày 2/11/2014.\nNgày 30/11/2014 là hạn cuối để các chi bộ nộp báo cáo.", "2014-11-02"],
    ["Quận ủy vừa ban hành Kế hoạch số 45-KH/QU ngày 2/11/2014.\nChậm nhất ngày 30/11/2014, các chi bộ phải nộp báo cáo.", "2014-11-02"],
  ])("%s", (text, event) => {
    expect(extract(`${HEADLINE}\n${text}`).eventDate).toBe(event);
  });

  // With a publication date given, a day more than a week after it is a plan, whatever gave it its year.
  it.each([
    ["Từ 8h ngày 15/3 đến 17h ngày 16/3/2015, diễn ra hội thi.", "2014-11-14", "2014-11-14"],
    ["Ngày 20/11, Quận ủy tổ chức hội nghị.", "2014-11-14", "2014-11-20"],
  ])("%s (published %s)", (lead, published, event) => {
    expect(extract(`${HEADLINE}\n${lead}`, { published }).eventDate).toBe(event);
  });

  // A headline that ends in a document's name: the lead's opening day is no issue date of it.
  it.each([
    ["Quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII", "Ngày 22 - 23/11/2023, Đảng ủy Khối tổ chức hội nghị học tập.", "2023-11-22"],
    ["Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW", "Ngày 14/11, Huyện ủy tổ chức hội nghị sơ kết.", "2023-11-14"],
    ["Triển khai Kế hoạch 108-KH/QU", "Sáng 12/11, Quận ủy họp.", "2023-11-12"],
    ["Học tập Nghị quyết Đại hội XIII của Đảng", "Ngày 10/11/2023, Đảng ủy phường tổ chức hội nghị.", "2023-11-10"],
  ])("%s / %s", (headline, lead, event) => {
    expect(extract(`${headline}\n${lead}`, { published: "2023-11-24" }).eventDate).toBe(event);
  });
});
