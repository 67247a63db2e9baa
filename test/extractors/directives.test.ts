/**
 * Directives, as `extract(text).directives` reports them: one table row per written variant
 * of a Party or state document number (vietnamese-documents §1–§3), with the ids the article
 * must yield and, for some rows, the issue date, issuing body, quoted title or mention text.
 * Negative rows hold numbers that are not documents and must yield no id.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../extractors/index.ts";
import type { Directive } from "../../extractors/types.ts";

/** Table rows named by their full text (the default `$text` title is cut short). */
const named = <T extends { text: string }>(rows: readonly T[]) => rows.map((r) => [r.text, r] as [string, T]);

/** A headline above the row's body, so the body is read as article text. */
const HEADLINE = "Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng";
const article = (body: string) => `${HEADLINE}\n${body}\nCác đại biểu đã thảo luận sôi nổi.`;

/** What one directive of a row must carry besides its id. */
interface Detail {
  /** null: the first document named without a number. */
  id: string | null;
  date?: string | null;
  type?: string | null;
  code?: string;
  issuer?: string | null;
  issuedBy?: string | null;
  title?: string | null;
  /** The text of every mention, in order. */
  mentions?: string[];
}

interface Row {
  text: string;
  /** The non-null ids found, in order of first mention. */
  ids: string[];
  detail?: Detail;
}

const idsOf = (ds: readonly Directive[]) => ds.flatMap((d) => (d.id ? [d.id] : []));

function check({ text, ids, detail }: Row): void {
  const record = extract(article(text));
  expect(idsOf(record.directives)).toEqual(ids);
  for (const d of record.directives) for (const m of d.mentions) expect(record.text.slice(m.start, m.end)).toBe(m.text);
  if (!detail) return;
  const d = record.directives.find((x) => x.id === detail.id);
  expect(d, `directive ${detail.id}`).toBeDefined();
  if (detail.date !== undefined) expect(d!.date).toBe(detail.date);
  if (detail.type !== undefined) expect(d!.type).toBe(detail.type);
  if (detail.code !== undefined) expect(d!.code).toBe(detail.code);
  if (detail.issuer !== undefined) expect(d!.issuer).toBe(detail.issuer);
  if (detail.issuedBy !== undefined) expect(d!.issuedBy).toBe(detail.issuedBy);
  if (detail.title !== undefined) expect(d!.title).toBe(detail.title);
  if (detail.mentions) expect(d!.mentions.map((m) => m.text)).toEqual(detail.mentions);
}

const PARTY_NUMBERS: Row[] = [
  { text: "Quận ủy quán triệt Chỉ thị số 39 - CT/TW đến toàn thể đảng viên.", ids: ["39-CT/TW"], detail: { id: "39-CT/TW", mentions: ["Chỉ thị số 39 - CT/TW"] } },
  { text: "Các chi bộ học tập Chỉ thị số 34 – CT/TW một cách nghiêm túc.", ids: ["34-CT/TW"] },
  { text: "Thực hiện Chỉ thị số 35 — CT/TW, các chi bộ tiến hành đại hội.", ids: ["35-CT/TW"] },
  { text: "Thực hiện Chỉ thị số 36 ‑ CT/TW, các chi bộ tiến hành đại hội.", ids: ["36-CT/TW"] },
  { text: "Thực hiện Chỉ thị số 37 − CT/TW, các chi bộ tiến hành đại hội.", ids: ["37-CT/TW"] },
  { text: "Thực hiện Chỉ thị số 38\u00A0-\u00A0CT/TW, các chi bộ tiến hành đại hội.", ids: ["38-CT/TW"] },
  { text: "Thực hiện Chỉ thị số 40-CT／TW, các chi bộ tiến hành đại hội.", ids: ["40-CT/TW"] },
  { text: "Thực hiện Chỉ thị số 41-CT / TW, các chi bộ tiến hành đại hội.", ids: ["41-CT/TW"] },
  { text: "Đảng ủy triển khai Hướng dẫn số 09- HD/TU ngày 29/10/2014 tới các chi bộ.", ids: ["9-HD/TU"], detail: { id: "9-HD/TU", date: "2014-10-29" } },
  { text: "Chi bộ nghiên cứu Quy định số 08- QĐi/TW về trách nhiệm nêu gương.", ids: ["8-QĐi/TW"] },
  { text: "QUY ĐỊNH SỐ 07-QĐI/TW VỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM.", ids: ["7-QĐi/TW"] },
  { text: "Ban Thường vụ Tỉnh ủy ban hành Quy định 19-QĐi/TU về tiếp công dân.", ids: ["19-QĐi/TU"] },
  { text: "Hội nghị quán triệt Quy định số 205/QĐ-TW về kiểm soát quyền lực.", ids: ["205-QĐ/TW"] },
  { text: "Thực hiện Nghị Quyết số 72-NQ-TW về bảo vệ sức khỏe nhân dân.", ids: ["72-NQ/TW"] },
  { text: "Triển khai Quy định số31-QĐ/TW về thi hành Điều lệ Đảng.", ids: ["31-QĐ/TW"] },
  { text: "Đảng ủy Khối ban hành công văn số 858CV/ĐUK hướng dẫn các chi bộ.", ids: ["858-CV/ĐUK"] },
  { text: "Hoc tap Nghi Quyet So 15- Nq/tw cua Bo Chinh tri.", ids: ["15-NQ/TW"] },
  { text: "Các đảng viên nghiên cứu chỉ thị số 05-ct/tw của Bộ Chính trị.", ids: ["5-CT/TW"] },
  { text: "Thực hiện Quyết định số 262-QD/TW về lấy phiếu tín nhiệm.", ids: ["262-QĐ/TW"] },
  { text: "Huyện ủy xây dựng Đề án số 05-DA/HU về phát triển du lịch.", ids: ["5-ĐA/HU"] },
  { text: "Triển khai Quy định số 20-QĐ&#x002F;TW về công tác cán bộ.", ids: ["20-QĐ/TW"] },
  { text: "Triển khai Quy định số 22-QĐ&#47;TW về công tác kiểm tra.", ids: ["22-QĐ/TW"] },
  { text: "Ban hành Chương trình số 12-CTr/TU thực hiện nghị quyết của Trung ương.", ids: ["12-CTr/TU"] },
  { text: "Ban hành Chương trình hành động số 08-Ctr/HU thực hiện nghị quyết.", ids: ["8-CTr/HU"] },
  { text: "Ban Thường vụ thông qua Tờ trình số 45-TTr/QU về nhân sự.", ids: ["45-TTr/QU"] },
  { text: "Ban Bí thư ban hành Thông tri số 03-TT/TW về kết nạp đảng viên.", ids: ["3-TT/TW"] },
  { text: "Quận ủy ban hành Kế hoạch số 108-KH/QU về tổng kết công tác năm.", ids: ["108-KH/QU"] },
  { text: "Đảng ủy phường ban hành Nghị quyết số 01-NQ/ĐU về nhiệm vụ năm.", ids: ["1-NQ/ĐU"] },
  { text: "Thực hiện Kế hoạch số 25-KH/DU, các chi bộ tổ chức sinh hoạt.", ids: ["25-KH/ĐU"] },
  { text: "Thực hiện Hướng dẫn số 14-HD/BTCTU về quy trình nhân sự.", ids: ["14-HD/BTCTU"] },
  { text: "Căn cứ Thông báo số 05-TB/BCĐTW về kết luận của Ban Chỉ đạo.", ids: ["5-TB/BCĐTW"] },
  // A steering board's number in the state pattern is a state document's: kept as written.
  { text: "Thực hiện Kế hoạch số 08/KH-BCĐ ngày 1/3/2014 của Ban Chỉ đạo huyện.", ids: ["8/KH-BCĐ"] },
  { text: "Theo Thông báo số 12-TB/BCĐ của Ban Chỉ đạo 35 Tỉnh ủy.", ids: ["12-TB/BCĐ"] },
  { text: "Quán triệt Nghị quyết số 847-NQ/QUTW về phẩm chất Bộ đội Cụ Hồ.", ids: ["847-NQ/QUTW"] },
  { text: "Thực hiện Hướng dẫn 06-HD/UBKTTW về xử lý kỷ luật.", ids: ["6-HD/UBKTTW"] },
  { text: "Tỉnh đoàn thực hiện Quyết định số 367 - QĐ/TWĐTN-VP về khen thưởng.", ids: ["367-QĐ/TWĐTN-VP"] },
  { text: "Ủy ban Kiểm tra gửi bản sao số 24-BS/UBKTTU tới các chi bộ.", ids: ["24-BS/UBKTTU"] },
  { text: "Thị ủy ban hành Kế hoạch số 30-KH/ThU về chuyển đổi số.", ids: ["30-KH/ThU"] },
  { text: "Chi bộ ra Nghị quyết số 03-NQ/CB về nhiệm vụ quý III.", ids: ["3-NQ/CB"] },
  { text: "Quán triệt Nghị quyết 18-NQ/TW về sắp xếp tổ chức bộ máy.", ids: ["18-NQ/TW"] },
  { text: "Học tập Kết luận số 021-KL/TW về chỉnh đốn Đảng.", ids: ["21-KL/TW"] },
  { text: "Thực hiện Chỉ thị số 39-CT/TW và Chỉ thị số 05-CT/TW, đảng bộ đạt nhiều kết quả.", ids: ["39-CT/TW", "5-CT/TW"] },
  { text: "Thực hiện Kết luận 445-KL/TƯ về công tác cán bộ.", ids: ["445-KL/TW"] },
  { text: "Thực hiện Nghị quyết số 12-NQ/T.Ư về công tác cán bộ.", ids: ["12-NQ/TW"] },
  { text: "Thực hiện Chỉ thị 39-CT-TW về công tác cán bộ.", ids: ["39-CT/TW"] },
  { text: "Thực hiện Chỉ thị số 42 -CT/TW về công tác cán bộ.", ids: ["42-CT/TW"] },
  { text: "Thực hiện Chỉ thị số 44 CT/TW về công tác cán bộ.", ids: ["44-CT/TW"] },
  { text: "Ban Thường vụ ban hành Quyết định số 99 QĐ/TU về nhân sự.", ids: ["99-QĐ/TU"] },
  { text: "Thực hiện Chỉ thị số 43- CT/ TW về công tác cán bộ.", ids: ["43-CT/TW"] },
  { text: "Thực hiện Nghị quyết số 35/NQ-TW về bảo vệ nền tảng tư tưởng.", ids: ["35-NQ/TW"] },
  { text: "Huyện ủy ban hành Quyết định số 12/QĐ-HU về thành lập đoàn kiểm tra.", ids: ["12-QĐ/HU"] },
  { text: "Quận ủy ban hành Kế hoạch số 108/KH-QU về tổng kết.", ids: ["108-KH/QU"] },
  { text: "Văn phòng gửi Thông báo số 12/TB-VPTU tới các huyện ủy.", ids: ["12-TB/VPTU"] },
  { text: "Căn cứ Quy chế số 01-QC/TU về làm việc của Ban Chấp hành.", ids: ["1-QC/TU"] },
  { text: "Số: 39-CT/TW, ngày 18 tháng 10 năm 2019", ids: ["39-CT/TW"] },
  { text: "Quy định số 262-QĐ/TW về việc lấy phiếu tín nhiệm được quán triệt.", ids: ["262-QĐ/TW"], detail: { id: "262-QĐ/TW", type: "Quy định" } },
  { text: "Triển khai Quyết định số 99-QĐ/TU về thành lập ban chỉ đạo.", ids: ["99-QĐ/TU"], detail: { id: "99-QĐ/TU", type: "Quyết định" } },
  { text: "Thực hiện Thông báo kết luận số 45-TB/TW về công tác cán bộ.", ids: ["45-TB/TW"], detail: { id: "45-TB/TW", type: "Thông báo", mentions: ["Thông báo kết luận số 45-TB/TW"] } },
  { text: "Các chi bộ học tập Quy định số31-QĐ/TW.", ids: ["31-QĐ/TW"], detail: { id: "31-QĐ/TW", mentions: ["Quy định số31-QĐ/TW"] } },
  { text: "Chi bộ quán triệt Chỉ thị số 39-CT/TW. Thời gian qua, đảng viên gương mẫu.", ids: ["39-CT/TW"], detail: { id: "39-CT/TW", mentions: ["Chỉ thị số 39-CT/TW"] } },
  { text: "Thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW của Trung ương.", ids: ["18-NQ/TW", "19-NQ/TW"], detail: { id: "19-NQ/TW", issuedBy: "Trung ương" } },
  { text: "Thực hiện Nghị quyết số 01-NQ/TU, Nghị quyết số 02-NQ/TU và Nghị quyết số 03-NQ/TU của Tỉnh ủy.", ids: ["1-NQ/TU", "2-NQ/TU", "3-NQ/TU"] },
];

const STATE_NUMBERS: Row[] = [
  { text: "Thực hiện Nghị định số 15/2020/NĐ-CP về xử phạt vi phạm hành chính.", ids: ["15/2020/NĐ-CP"] },
  { text: "Thực hiện Nghị định 30/2020/ND-CP về công tác văn thư.", ids: ["30/2020/NĐ-CP"] },
  { text: "Ủy ban ban hành Quyết định số 30/2018/QĐ-UBND về quy chế làm việc.", ids: ["30/2018/QĐ-UBND"] },
  // TT in a state number is a Thông tư (a Party TT is a Thông tri): the word before it, or the pattern, says which.
  { text: "Thực hiện Thông tư số 01/2021/TT-BNV về công tác thi đua.", ids: ["1/2021/TT-BNV"], detail: { id: "1/2021/TT-BNV", type: "Thông tư", code: "TT" } },
  { text: "Căn cứ 01/2021/TT-BNV của Bộ Nội vụ, các sở rà soát.", ids: ["1/2021/TT-BNV"], detail: { id: "1/2021/TT-BNV", type: "Thông tư" } },
  { text: "Sở Tài chính thực hiện Thông tư 15/TT-BTC về quản lý tài sản.", ids: ["15/TT-BTC"], detail: { id: "15/TT-BTC", type: "Thông tư" } },
  { text: "Tỉnh ủy ban hành Thông tri số 05-TT/TU về lãnh đạo bầu cử.", ids: ["5-TT/TU"], detail: { id: "5-TT/TU", type: "Thông tri" } },
  { text: "Thực hiện 05-TT/TU của Tỉnh ủy, các huyện triển khai.", ids: ["5-TT/TU"], detail: { id: "5-TT/TU", type: "Thông tri" } },
  { text: "Căn cứ Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP về thể thức văn bản.", ids: ["55/2005/TTLT-BNV-VPCP"] },
  { text: "Căn cứ Luật số 80/2015/QH13 về ban hành văn bản quy phạm pháp luật.", ids: ["80/2015/QH13"], detail: { id: "80/2015/QH13", type: "Luật" } },
  { text: "Quốc hội thông qua Nghị quyết số 20/2023/QH15 về giám sát tối cao.", ids: ["20/2023/QH15"], detail: { id: "20/2023/QH15", type: "Nghị quyết" } },
  // A National Assembly number names no type: the word before it does.
  { text: "Vượt chỉ tiêu theo Nghị quyết số 96/2019/QH14 của Quốc hội.", ids: ["96/2019/QH14"], detail: { id: "96/2019/QH14", type: "Nghị quyết" } },
  { text: "Thực hiện Nghị quyết 57/2022/QH15, các địa phương rà soát.", ids: ["57/2022/QH15"], detail: { id: "57/2022/QH15", type: "Nghị quyết" } },
  { text: "Căn cứ Bộ luật số 45/2019/QH14.", ids: ["45/2019/QH14"], detail: { id: "45/2019/QH14", type: "Luật" } },
  { text: "Ủy ban nhân dân tỉnh ban hành Quyết định số 1234/QĐ-UBND về kiện toàn ban chỉ đạo.", ids: ["1234/QĐ-UBND"] },
  { text: "Thực hiện Kế hoạch số 74/KH-UBND của Ủy ban nhân dân huyện.", ids: ["74/KH-UBND"] },
  { text: "Hội đồng nhân dân tỉnh thông qua Nghị quyết số 20/NQ-HĐND về biên chế.", ids: ["20/NQ-HĐND"] },
  { text: "Thủ tướng ký Quyết định số 439/QĐ-TTg phê duyệt đề án.", ids: ["439/QĐ-TTg"] },
  { text: "Sở Nội vụ trình Tờ trình số 1494/TTr-SNV về tổ chức bộ máy.", ids: ["1494/TTr-SNV"] },
  { text: "Ủy ban có Công văn số 4912/UBND-NC chỉ đạo các sở, ngành.", ids: ["4912/UBND-NC"] },
  { text: "Hội đồng Bầu cử quốc gia có công văn số 731/HĐBCQG-VP hướng dẫn địa phương.", ids: ["731/HĐBCQG-VP"] },
  // A state letter has no type code: the part after the slash is its issuer, whatever word names it.
  { text: "Triển khai Văn bản số 4912/UBND-NC ngày 3/10/2023 của UBND tỉnh.", ids: ["4912/UBND-NC"], detail: { id: "4912/UBND-NC", type: "Công văn", code: "CV", issuer: "UBND" } },
  { text: "Sở Nội vụ có văn bản 2231/SNV-CCHC&PC đề nghị các huyện.", ids: ["2231/SNV-CCHC&PC"], detail: { id: "2231/SNV-CCHC&PC", type: "Công văn", code: "CV", issuer: "SNV" } },
  { text: "Theo hướng dẫn tại 731/HĐBCQG-VP, các tổ bầu cử niêm yết danh sách.", ids: ["731/HĐBCQG-VP"], detail: { id: "731/HĐBCQG-VP", type: "Công văn", code: "CV", issuer: "HĐBCQG" } },
  { text: "Thực hiện Quyết định 1234/QĐ-UBND của UBND tỉnh.", ids: ["1234/QĐ-UBND"], detail: { id: "1234/QĐ-UBND", type: "Quyết định", code: "QĐ", issuer: "UBND" } },
  { text: "Sở Nội vụ có văn bản số 2231/SNV-CCHC&PC gửi các huyện.", ids: ["2231/SNV-CCHC&PC"] },
  { text: "Học viện ban hành Quyết định số 1206 /QĐ-HVTC về tuyển sinh.", ids: ["1206/QĐ-HVTC"] },
  { text: "Thủ tướng ban hành Chỉ thị số 05/CT-TTg về tăng cường kỷ cương.", ids: ["5/CT-TTg"] },
  { text: "Thực hiện Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN về phối hợp.", ids: ["9/2008/NQLT-CP-UBTWMTTQVN"] },
  { text: "Ủy ban ban hành Quyết định số 1234/QÐ-UBND về kiện toàn tổ công tác.", ids: ["1234/QĐ-UBND"] },
  { text: "Thực hiện Nghị định số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ về xử phạt.", ids: ["15/2020/NĐ-CP"], detail: { id: "15/2020/NĐ-CP", date: "2020-02-03", issuedBy: "Chính phủ" } },
  { text: "Căn cứ Quyết định số 30/2018/QĐ-UBND ngày 12/9/2018 của UBND tỉnh.", ids: ["30/2018/QĐ-UBND"], detail: { id: "30/2018/QĐ-UBND", date: "2018-09-12", issuedBy: "UBND tỉnh" } },
  { text: "Chính phủ ban hành Nghị quyết số 128/NQ-CP về thích ứng an toàn.", ids: ["128/NQ-CP"] },
];

/** Short references (§3): resolved from a full number in the same article, or the issuing body. */
const SHORT_FORMS: Row[] = [
  {
    text: "Quận ủy quán triệt Chỉ thị số 39 - CT/TW của Bộ Chính trị. Sau hội nghị, các chi bộ thực hiện Chỉ thị 39 nghiêm túc.",
    ids: ["39-CT/TW"], detail: { id: "39-CT/TW", mentions: ["Chỉ thị số 39 - CT/TW", "Chỉ thị 39"] },
  },
  {
    text: "Thực hiện Kế hoạch số 25-KH/TU ngày 8/10/2014. Theo Kế hoạch số 25, các huyện hoàn thành đại hội chi bộ.",
    ids: ["25-KH/TU"], detail: { id: "25-KH/TU", mentions: ["Kế hoạch số 25-KH/TU", "Kế hoạch số 25"] },
  },
  { text: "Chi bộ tổ chức học tập Chỉ thị 05 của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", ids: ["5-CT/TW"], detail: { id: "5-CT/TW", issuedBy: "Bộ Chính trị" } },
  { text: "Thực hiện Kế hoạch 25 của Ban Thường vụ Tỉnh ủy, huyện tổ chức đại hội điểm.", ids: ["25-KH/TU"], detail: { id: "25-KH/TU", issuedBy: "Ban Thường vụ Tỉnh ủy" } },
  {
    text: "Học tập Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII về sắp xếp tổ chức bộ máy.",
    ids: ["18-NQ/TW"], detail: { id: "18-NQ/TW", date: "2017-10-25" },
  },
  { text: "Quán triệt Kết luận số 21 ngày 25/10/2021 của Ban Chấp hành Trung ương về chỉnh đốn Đảng.", ids: ["21-KL/TW"], detail: { id: "21-KL/TW", date: "2021-10-25" } },
  { text: "Các chi bộ thực hiện Chỉ thị 12 của Ban Bí thư về công tác dân vận.", ids: ["12-CT/TW"], detail: { id: "12-CT/TW", issuedBy: "Ban Bí thư" } },
  { text: "Hội nghị quán triệt Nghị quyết 03 của Thành ủy về chỉnh trang đô thị.", ids: ["3-NQ/TU"], detail: { id: "3-NQ/TU", issuedBy: "Thành ủy" } },
  { text: "Đảng bộ thực hiện Chỉ thị 07 của Tỉnh ủy về phòng, chống thiên tai.", ids: ["7-CT/TU"] },
  { text: "Các chi bộ quán triệt Nghị quyết 05 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp.", ids: ["5-NQ/TU"] },
  { text: "Các chi bộ ở quận Đông Quang thực hiện Kế hoạch 108 của Quận ủy về tổng kết năm.", ids: ["108-KH/QU"], detail: { id: "108-KH/QU", issuedBy: "Quận ủy Đông Quang" } },
  { text: "Triển khai Kế hoạch 10 của Ban Thường vụ Quận ủy về công tác kiểm tra.", ids: ["10-KH/QU"] },
  // A body named without its place is completed from the article; so is a bloc's committee.
  {
    text: "Sở Nội vụ tỉnh Bắc Lâm triển khai Kế hoạch số 186/KH-UBND ngày 2/3/2021 của UBND tỉnh về cải cách hành chính.",
    ids: ["186/KH-UBND"], detail: { id: "186/KH-UBND", issuedBy: "UBND tỉnh Bắc Lâm" },
  },
  {
    text: "Huyện ủy Minh Sơn thực hiện Hướng dẫn số 21-HD/BTCTU của Ban Tổ chức Tỉnh ủy; tỉnh Vân Hải có 9 huyện.",
    ids: ["21-HD/BTCTU"], detail: { id: "21-HD/BTCTU", issuedBy: "Ban Tổ chức Tỉnh ủy Vân Hải" },
  },
  // A person after a level's position is no place of it: "Chủ tịch HĐND tỉnh Phạm Thị Thu Hà".
  {
    text: "Chủ tịch HĐND tỉnh Phạm Thị Thu Hà chủ trì. Thông báo số 1025-TB/TU ngày 2/12/2024 của Ban Thường vụ Tỉnh ủy đã cho ý kiến.",
    ids: ["1025-TB/TU"], detail: { id: "1025-TB/TU", issuedBy: "Ban Thường vụ Tỉnh ủy" },
  },
  {
    text: "Bí thư Tỉnh ủy Lê Văn Hùng dự. Tỉnh ủy Vân Hải ban hành Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số.",
    ids: ["12-KH/TU"], detail: { id: "12-KH/TU", issuedBy: "Ban Thường vụ Tỉnh ủy Vân Hải" },
  },
  {
    text: "Ông Hà Minh Tuấn, Phó Chủ tịch UBND tỉnh Hà Giang Lâm Thị Hoa dự. UBND tỉnh Hà Giang có Kế hoạch số 56/KH-UBND của UBND tỉnh về du lịch.",
    ids: ["56/KH-UBND"], detail: { id: "56/KH-UBND", issuedBy: "UBND tỉnh Hà Giang" },
  },
  {
    text: "Phó Bí thư Tỉnh ủy Đặng Hữu Phương dự. Tỉnh ủy Vân Hải ban hành Kế hoạch số 14-KH/TU của Ban Thường vụ Tỉnh ủy về du lịch.",
    ids: ["14-KH/TU"], detail: { id: "14-KH/TU", issuedBy: "Ban Thường vụ Tỉnh ủy Vân Hải" },
  },
  // A place ends at its line: the next line's first word is none of it.
  {
    text: "Hội nghị do Huyện ủy Lam Hòa\nThứ Ba tuần này, các chi bộ thực hiện Kế hoạch số 9-KH/HU của Ban Thường vụ Huyện ủy.",
    ids: ["9-KH/HU"], detail: { id: "9-KH/HU", issuedBy: "Ban Thường vụ Huyện ủy Lam Hòa" },
  },
  // "TƯ" in a number is Trung ương, unless the body that issues it is a provincial committee (an OCR's horn on "TU").
  { text: "Thực hiện Kết luận số 445-KL/TƯ của Ban Thường vụ Tỉnh ủy về công tác cán bộ.", ids: ["445-KL/TU"], detail: { id: "445-KL/TU", issuer: "TU" } },
  { text: "Tỉnh ủy ban hành Kết luận số 445-KL/TƯ về công tác cán bộ.", ids: ["445-KL/TU"] },
  { text: "Thực hiện Nghị quyết số 18-NQ/TƯ của Ban Chấp hành Trung ương.", ids: ["18-NQ/TW"] },
  { text: "Thực hiện Nghị quyết số 19-NQ/TƯ về nông nghiệp.", ids: ["19-NQ/TW"] },
  // A ĐU number with no body named takes the Party committee the article names in full.
  {
    text: "Sáng 4/1, Đảng ủy xã Tân Phú tổ chức hội nghị. Theo Thông báo số 125-TB/ĐU, các chi bộ hoàn thành thu nộp đảng phí.",
    ids: ["125-TB/ĐU"], detail: { id: "125-TB/ĐU", issuedBy: "Đảng ủy xã Tân Phú" },
  },
  {
    text: "Đảng ủy Khối các cơ quan tỉnh sơ kết. Các chi bộ thực hiện Chỉ thị số 08-CT/ĐU về học tập.",
    ids: ["8-CT/ĐU"], detail: { id: "8-CT/ĐU", issuedBy: null },
  },
  // (A district whose name ends in "Văn" is a place: "huyện Đồng Văn".)
  {
    text: "Huyện ủy Đồng Văn sơ kết. Các chi bộ thực hiện Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy về giảm nghèo.",
    ids: ["45-KH/HU"], detail: { id: "45-KH/HU", issuedBy: "Ban Thường vụ Huyện ủy Đồng Văn" },
  },
  {
    text: "Đảng bộ huyện Yên Thái thực hiện Nghị quyết số 17-NQ/HU của Ban Chấp hành Đảng bộ huyện về quốc phòng.",
    ids: ["17-NQ/HU"], detail: { id: "17-NQ/HU", issuedBy: "Ban Chấp hành Đảng bộ huyện Yên Thái" },
  },
  {
    text: "Đảng ủy Khối các cơ quan tỉnh Vân Hải sơ kết 6 tháng. Đảng ủy Khối đã ban hành Kế hoạch số 64-KH/ĐUK về học tập.",
    ids: ["64-KH/ĐUK"], detail: { id: "64-KH/ĐUK", issuedBy: "Đảng ủy Khối các cơ quan tỉnh Vân Hải" },
  },
  {
    text: "Đảng ủy Khối Doanh nghiệp tỉnh Bắc Lâm tổ chức hội nghị sơ kết 3 năm thực hiện Kế hoạch số 58-KH/ĐUK ngày 10/4/2018.",
    ids: ["58-KH/ĐUK"], detail: { id: "58-KH/ĐUK", issuedBy: "Đảng ủy Khối Doanh nghiệp tỉnh Bắc Lâm" },
  },
  {
    text: "Đảng ủy xã Tân Hòa Đông (huyện Phù Vân) vừa ban hành Nghị quyết số 09-NQ/ĐU ngày 6/6/2017 về nông thôn mới.",
    ids: ["9-NQ/ĐU"], detail: { id: "9-NQ/ĐU", issuedBy: "Đảng ủy xã Tân Hòa Đông" },
  },
  { text: "Các sở, ngành tỉnh Đồng Lạc thực hiện Kế hoạch số 25-KH/TU về chuyển đổi số.", ids: ["25-KH/TU"], detail: { id: "25-KH/TU", issuedBy: null } },
  { text: "Tỉnh ủy Đồng Lạc chỉ đạo các cấp thực hiện Kế hoạch số 25-KH/TU về chuyển đổi số.", ids: ["25-KH/TU"], detail: { id: "25-KH/TU", issuedBy: "Tỉnh ủy Đồng Lạc" } },
  // The fullest naming of the body among the mentions.
  {
    text: "Quán triệt Chỉ thị 23-CT/TU của Ban Thường vụ Thành ủy. Chỉ thị số 23-CT/TU ngày 26/8/2024 của Ban Thường vụ Thành ủy TP.HCM được triển khai.",
    ids: ["23-CT/TU"], detail: { id: "23-CT/TU", issuedBy: "Ban Thường vụ Thành ủy TP.HCM", date: "2024-08-26" },
  },
  // A reposted document's heading: the body above its number, the place and day below.
  {
    text: "BAN TUYÊN GIÁO TỈNH ỦY\n*\nSố 45-HD/BTGTU\nĐồng Lạc, ngày 10 tháng 4 năm 2025\nThực hiện Kế hoạch của Tỉnh ủy, Ban Tuyên giáo hướng dẫn như sau.",
    ids: ["45-HD/BTGTU"], detail: { id: "45-HD/BTGTU", issuedBy: "BAN TUYÊN GIÁO TỈNH ỦY", date: "2025-04-10" },
  },
  {
    text: "TỈNH ỦY ĐỒNG LẠC\nSố: 123-CV/TU\nV/v báo cáo kết quả sơ kết\nĐồng Lạc, ngày 5/3/2024\nKính gửi các huyện ủy.",
    ids: ["123-CV/TU"], detail: { id: "123-CV/TU", issuedBy: "TỈNH ỦY ĐỒNG LẠC", date: "2024-03-05" },
  },
  // A body in capitals of another level is not the number's; a number inside a sentence has no heading.
  { text: "HUYỆN ỦY SƠN HÀ\nSố 45-HD/BTGTU\nNội dung hướng dẫn.", ids: ["45-HD/BTGTU"], detail: { id: "45-HD/BTGTU", issuedBy: null, date: null } },
  { text: "BAN TUYÊN GIÁO TỈNH ỦY\nThực hiện Hướng dẫn số 45-HD/BTGTU, các huyện triển khai.", ids: ["45-HD/BTGTU"], detail: { id: "45-HD/BTGTU", date: null } },
  // A national body's code names it: the Assembly, the Government, the Prime Minister.
  { text: "Tập huấn Luật số 80/2015/QH13 cho cán bộ.", ids: ["80/2015/QH13"], detail: { id: "80/2015/QH13", issuedBy: "Quốc hội" } },
  { text: "Thực hiện Nghị định 15/2020/NĐ-CP về xử phạt vi phạm hành chính.", ids: ["15/2020/NĐ-CP"], detail: { id: "15/2020/NĐ-CP", issuedBy: "Chính phủ" } },
  { text: "Theo Quyết định 439/QĐ-TTg, các tỉnh rà soát quy hoạch.", ids: ["439/QĐ-TTg"], detail: { id: "439/QĐ-TTg", issuedBy: "Thủ tướng Chính phủ" } },
  { text: "Xã thực hiện Kế hoạch 46 của Huyện ủy về xây dựng nông thôn mới.", ids: ["46-KH/HU"] },
  { text: "Chi bộ khu phố thực hiện Nghị quyết 02 của Đảng ủy phường về trật tự đô thị.", ids: ["2-NQ/ĐU"] },
  { text: "Các chi bộ thực hiện Kế hoạch 97 của Đảng ủy Khối các cơ quan tỉnh về chuyển đổi số.", ids: ["97-KH/ĐUK"] },
  { text: "Đảng ủy xã thực hiện Hướng dẫn 14 của Ban Tổ chức Tỉnh ủy về quy hoạch cán bộ.", ids: ["14-HD/BTCTU"] },
  { text: "Các quận ủy thực hiện Hướng dẫn 09 của Ban Tổ chức Thành ủy về đánh giá cán bộ.", ids: ["9-HD/BTCTU"] },
  { text: "Quán triệt Chỉ thị 17 của Trung ương về đổi mới công tác giáo dục chính trị.", ids: ["17-CT/TW"] },
  { text: "Thực hiện Kế hoạch 32 của Thường trực Tỉnh ủy về tiếp xúc cử tri.", ids: ["32-KH/TU"] },
  { text: "Các chi bộ thực hiện các Chỉ thị số 05, 39 của Bộ Chính trị.", ids: ["5-CT/TW", "39-CT/TW"] },
  // numbers listed before a full one share its code and issuer
  { text: "Quán triệt các Nghị quyết số 26, 27 và 28-NQ/TW của Hội nghị Trung ương 7 khóa XII.", ids: ["26-NQ/TW", "27-NQ/TW", "28-NQ/TW"] },
  { text: "Thực hiện Nghị quyết số 26, 27, 28-NQ/TW ngày 21/5/2018.", ids: ["26-NQ/TW", "27-NQ/TW", "28-NQ/TW"] },
  { text: "Triển khai Chỉ thị số 05, 10 và 12-CT/TU của Ban Thường vụ Tỉnh ủy.", ids: ["5-CT/TU", "10-CT/TU", "12-CT/TU"] },
  { text: "Các Kết luận số 01, 02-KL/TU được quán triệt.", ids: ["1-KL/TU", "2-KL/TU"] },
  // a different type before the full number shares nothing
  { text: "Thực hiện Chỉ thị số 05 và 28-NQ/TW.", ids: ["5-CT", "28-NQ/TW"] },
  { text: "Thực hiện Kế hoạch 46 của Huyện ủy Sơn Khê, Kế hoạch 47 của Huyện ủy về chuyển đổi số.", ids: ["46-KH/HU", "47-KH/HU"] },
  { text: "Đảng ủy quán triệt Hướng dẫn số 09- HD/TU. Theo Hướng dẫn 09, các chi bộ tổ chức đại hội.", ids: ["9-HD/TU"], detail: { id: "9-HD/TU", mentions: ["Hướng dẫn số 09- HD/TU", "Hướng dẫn 09"] } },
  { text: "Thực hiện Nghị quyết 26 của BCH TW khóa XII về công tác cán bộ.", ids: ["26-NQ/TW"] },
  { text: "Thực hiện Nghị quyết 27 của BCH Trung ương về cải cách tiền lương.", ids: ["27-NQ/TW"] },
  { text: "Thực hiện Chỉ thị 15 của BTV Tỉnh ủy về giám sát.", ids: ["15-CT/TU"] },
  { text: "Thực hiện Hướng dẫn 05 của Ban Tuyên giáo Tỉnh ủy về học tập.", ids: ["5-HD/BTGTU"] },
  { text: "Thực hiện Kế hoạch 07 của Ủy ban Kiểm tra Tỉnh ủy về giám sát.", ids: ["7-KH/UBKTTU"] },
  { text: "Thực hiện Kế hoạch 12 của Huyện ủy Sơn Khê về chuyển đổi số.", ids: ["12-KH/HU"], detail: { id: "12-KH/HU", issuedBy: "Huyện ủy Sơn Khê" } },
  { text: "Thực hiện Nghị quyết số 01-NQ/TU của Ban Thường vụ Tỉnh uỷ về cán bộ.", ids: ["1-NQ/TU"], detail: { id: "1-NQ/TU", issuedBy: "Ban Thường vụ Tỉnh uỷ" } },
  { text: "Thực hiện Chỉ thị 05 ngày 15/5/2016 của Bộ Chính trị về học tập.", ids: ["5-CT/TW"], detail: { id: "5-CT/TW", date: "2016-05-15", issuedBy: "Bộ Chính trị" } },
  // A plenum's number is part of the body that names the issuer.
  {
    text: "Quán triệt Nghị quyết số 18 ngày 25-10-2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII.",
    ids: ["18-NQ/TW"], detail: { id: "18-NQ/TW", date: "2017-10-25", issuedBy: "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng" },
  },
  { text: "Thực hiện Kết luận số 14 của Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng.", ids: ["14-KL/TW"] },
  { text: "Triển khai Nghị quyết số 05 của Hội nghị lần thứ ba Ban Chấp hành Đảng bộ tỉnh.", ids: ["5-NQ/TU"] },
  // The Đảng bộ of a ward, commune or town is led by its Đảng ủy; of a town (thị xã) by its Thị ủy.
  { text: "Đảng ủy triển khai Nghị quyết số 12 của Ban Chấp hành Đảng bộ phường.", ids: ["12-NQ/ĐU"] },
  { text: "Thực hiện Kế hoạch số 7 của Ban Thường vụ Đảng bộ xã về công tác dân vận.", ids: ["7-KH/ĐU"] },
  { text: "Thực hiện Nghị quyết số 04 của Đảng bộ thị xã về phát triển đô thị.", ids: ["4-NQ/ThU"] },
  { text: "Quán triệt Chỉ thị số 02 của Ban Thường vụ Đảng bộ Khối cơ quan tỉnh.", ids: ["2-CT/ĐUK"] },
  { text: "Chỉ thị 35 về đại hội đảng các cấp được quán triệt.", ids: ["35-CT"] },
  { text: "Chương trình 135 của Chính phủ về giảm nghèo tiếp tục được thực hiện.", ids: [] },
  {
    text: "Chỉ thị 39 được quán triệt sâu rộng. Chỉ thị số 39-CT/TW của Bộ Chính trị yêu cầu cấp ủy bảo vệ nội bộ.",
    ids: ["39-CT/TW"], detail: { id: "39-CT/TW", issuedBy: "Bộ Chính trị", mentions: ["Chỉ thị 39", "Chỉ thị số 39-CT/TW"] },
  },
  {
    text: "Chi bộ quán triệt Chỉ thị số 39-CT/TW của Bộ Chính trị. Thời gian qua, việc thực hiện Chỉ thị số 39 đạt kết quả.",
    ids: ["39-CT/TW"], detail: { id: "39-CT/TW", mentions: ["Chỉ thị số 39-CT/TW", "Chỉ thị số 39"] },
  },
  {
    text: "Chi bộ quán triệt Nghị quyết số 01-NQ/TU về kinh tế. Kết quả thực hiện Nghị quyết 01 khả quan.",
    ids: ["1-NQ/TU"], detail: { id: "1-NQ/TU", mentions: ["Nghị quyết số 01-NQ/TU", "Nghị quyết 01"] },
  },
  {
    text: "Quận ủy đã quán triệt Chỉ thị số 39-CT/TW. Kế hoạch 39 của huyện cũng được ban hành.",
    ids: ["39-CT/TW", "39-KH"], detail: { id: "39-KH", issuedBy: "huyện" },
  },
  { text: "Hội nghị thảo luận dự thảo Nghị quyết số 45 về phát triển kinh tế tư nhân.", ids: ["45-NQ"] },
  { text: "Học tập Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII.", ids: [] },
  // A name without a number ends where a word no body's name holds begins.
  {
    text: "Quận cụ thể hóa Nghị quyết Đại hội thành các chương trình, kế hoạch.",
    ids: [], detail: { id: null, mentions: ["Nghị quyết Đại hội"] },
  },
  {
    text: "Các chi bộ đưa Nghị quyết Đại hội Đảng bộ quận lần thứ XII vào cuộc sống.",
    ids: [], detail: { id: null, mentions: ["Nghị quyết Đại hội Đảng bộ quận lần thứ XII"] },
  },
];

/** What follows a full number: the issue date (with or without a comma), the body, the quoted title. */
const AFTER_NUMBER: Row[] = [
  { text: "Thực hiện Kế hoạch số 25-KH/TU, ngày 8/10/2014 của Tỉnh ủy, các huyện tổ chức hội nghị.", ids: ["25-KH/TU"], detail: { id: "25-KH/TU", date: "2014-10-08", issuedBy: "Tỉnh ủy" } },
  { text: "Căn cứ Nghị quyết số 01-NQ/TU ngày 13 tháng 11 năm 2014 của Ban Chấp hành Đảng bộ tỉnh, huyện ủy ban hành chương trình.", ids: ["1-NQ/TU"], detail: { id: "1-NQ/TU", date: "2014-11-13" } },
  { text: "Thực hiện Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức văn bản.", ids: ["36-HD/VPTW"], detail: { id: "36-HD/VPTW", date: "2018-04-03", issuedBy: "Văn phòng Trung ương Đảng" } },
  { text: "Quán triệt Chỉ thị số 39-CT/TW của Bộ Chính trị về tăng cường công tác bảo vệ chính trị nội bộ.", ids: ["39-CT/TW"], detail: { id: "39-CT/TW", issuedBy: "Bộ Chính trị", date: null } },
  {
    text: "Quán triệt Chỉ thị số 39-CT/TW ngày 18/10/2019 của Bộ Chính trị về “Tăng cường công tác bảo vệ chính trị nội bộ trong tình hình mới”.",
    ids: ["39-CT/TW"],
    detail: { id: "39-CT/TW", date: "2019-10-18", issuedBy: "Bộ Chính trị", title: "Tăng cường công tác bảo vệ chính trị nội bộ trong tình hình mới" },
  },
  {
    text: "Triển khai Kế hoạch số 12-KH/HU “về việc tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027”.",
    ids: ["12-KH/HU"], detail: { id: "12-KH/HU", title: "về việc tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027" },
  },
  { text: "Thực hiện Quyết định số 1234/QĐ-UBND ngày 05/3/2021 của Ủy ban nhân dân tỉnh về kiện toàn ban chỉ đạo.", ids: ["1234/QĐ-UBND"], detail: { id: "1234/QĐ-UBND", date: "2021-03-05" } },
  // The body that issues it, named as the subject before "ban hành": the issuer of a number written without one.
  { text: "Ngày 5/3, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 25 về triển khai công tác năm.", ids: ["25-KH/HU"], detail: { id: "25-KH/HU", issuedBy: "Ban Thường vụ Huyện ủy" } },
  { text: "Đảng ủy xã đã ban hành Nghị quyết số 05 về phát triển kinh tế.", ids: ["5-NQ/ĐU"], detail: { id: "5-NQ/ĐU", issuedBy: "Đảng ủy xã" } },
  { text: "Thường trực Tỉnh ủy vừa ban hành Thông báo số 1125-TB/TU kết luận về công tác cán bộ.", ids: ["1125-TB/TU"], detail: { id: "1125-TB/TU", issuedBy: "Thường trực Tỉnh ủy" } },
  { text: "Ban Tuyên giáo Trung ương ban hành Hướng dẫn 132-HD/BTGTW ngày 10/4/2020 về tuyên truyền.", ids: ["132-HD/BTGTW"], detail: { id: "132-HD/BTGTW", issuedBy: "Ban Tuyên giáo Trung ương" } },
  // The body after the number wins; a person or an unknown subject issues nothing known.
  { text: "Huyện ủy ban hành Kế hoạch số 30-KH/HU của Ban Thường vụ Huyện ủy về đại hội.", ids: ["30-KH/HU"], detail: { id: "30-KH/HU", issuedBy: "Ban Thường vụ Huyện ủy" } },
  { text: "Đồng chí Nguyễn Văn An ban hành Chỉ thị số 7 về kỷ cương.", ids: ["7-CT"], detail: { id: "7-CT", issuedBy: null } },
  // A short reference resolved to the full number takes the full number's body.
  {
    text: "Ngày 5/3, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 25 về công tác. Thực hiện Kế hoạch số 25-KH/TU của Tỉnh ủy, các chi bộ quán triệt.",
    ids: ["25-KH/TU"], detail: { id: "25-KH/TU", issuedBy: "Tỉnh ủy" },
  },
  // A plenum's number and a term after the body: the body keeps the number, the title follows the term.
  {
    text: "Thực hiện Kết luận số 22-KL/TW của Hội nghị Trung ương 4 khóa XII về “Đẩy mạnh xây dựng, chỉnh đốn Đảng”.",
    ids: ["22-KL/TW"], detail: { id: "22-KL/TW", issuedBy: "Hội nghị Trung ương 4", title: "Đẩy mạnh xây dựng, chỉnh đốn Đảng" },
  },
  {
    text: "Quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII) về “Một số vấn đề về tiếp tục đổi mới”.",
    ids: ["18-NQ/TW"], detail: { id: "18-NQ/TW", date: "2017-10-25", issuedBy: "Ban Chấp hành Trung ương Đảng", title: "Một số vấn đề về tiếp tục đổi mới" },
  },
  // "và" inside a body's name.
  {
    text: "Thực hiện Quyết định số 15/QĐ-STNMT ngày 2/3/2014 của Sở Tài nguyên và Môi trường tỉnh về cấp phép.",
    ids: ["15/QĐ-STNMT"], detail: { id: "15/QĐ-STNMT", date: "2014-03-02", issuedBy: "Sở Tài nguyên và Môi trường tỉnh" },
  },
  { text: "Thực hiện Hướng dẫn 05 của Ban Tuyên giáo và Dân vận Tỉnh ủy.", ids: ["5-HD/BTGDVTU"], detail: { id: "5-HD/BTGDVTU", issuedBy: "Ban Tuyên giáo và Dân vận Tỉnh ủy" } },
  { text: "Thực hiện Hướng dẫn 07 của Ban Tuyên giáo Tỉnh ủy.", ids: ["7-HD/BTGTU"], detail: { id: "7-HD/BTGTU", issuedBy: "Ban Tuyên giáo Tỉnh ủy" } },
  { text: "Theo Hướng dẫn 11 của Ban Tuyên giáo và Dân vận Trung ương.", ids: ["11-HD/BTGDVTW"] },
  // Titles in guillemets or single curly quotes.
  { text: "Thực hiện Kết luận số 21-KL/TW của Hội nghị Trung ương 4 về «Đẩy mạnh xây dựng, chỉnh đốn Đảng».", ids: ["21-KL/TW"], detail: { id: "21-KL/TW", title: "Đẩy mạnh xây dựng, chỉnh đốn Đảng" } },
  { text: "Quán triệt Nghị quyết số 43-NQ/TW về ‘Tiếp tục phát huy truyền thống, cội nguồn vẻ vang’.", ids: ["43-NQ/TW"], detail: { id: "43-NQ/TW", title: "Tiếp tục phát huy truyền thống, cội nguồn vẻ vang" } },
  { text: "Các chi bộ học tập Chỉ thị số 05-CT/TW của Bộ Chính trị.", ids: ["5-CT/TW"], detail: { id: "5-CT/TW", issuedBy: "Bộ Chính trị" } },
];

/** Numbers that are not documents. */
const NEGATIVES: Row[] = [
  { text: "Toàn đảng bộ có 91/1447 đảng viên được đánh giá hoàn thành xuất sắc nhiệm vụ.", ids: [] },
  { text: "Có 21/25 đảng bộ trực thuộc hoàn thành đại hội đúng kế hoạch.", ids: [] },
  { text: "Mọi ý kiến xin liên hệ số điện thoại 0236.3822.123 hoặc 0912-345-678.", ids: [] },
  { text: "Đường dây nóng của Ban Tổ chức: 0203 3825 111.", ids: [] },
  { text: "Các chi bộ tiếp tục phòng, chống dịch Covid-19 trong sinh hoạt.", ids: [] },
  { text: "Chi bộ duy trì sinh hoạt chuyên đề 2-3 lần/tuần trong đợt cao điểm.", ids: [] },
  { text: "Huyện ủy xây dựng Kế hoạch 5 năm phát triển kinh tế - xã hội.", ids: [] },
  { text: "Ban Thường vụ thông qua Báo cáo 6 tháng đầu năm của Đảng ủy.", ids: [] },
  { text: "Hội nghị thông qua Báo cáo 9 tháng và phương hướng quý IV.", ids: [] },
  { text: "Đảng bộ đề ra mục tiêu nhiệm kỳ 2020-2025 và tầm nhìn 2030.", ids: [] },
  { text: "Hội nghị được tổ chức ngày 29/10/2014 tại hội trường Huyện ủy.", ids: [] },
  { text: "Đoàn công tác của Quân khu 3 đến thăm và làm việc với Tỉnh ủy.", ids: [] },
  { text: "Tin đăng trên Báo Bắc Lâm Số 67 (7.050) phát hành sáng nay.", ids: [] },
  { text: "Huyện ủy ban hành Kế hoạch năm 2015 về công tác kiểm tra, giám sát.", ids: [] },
  { text: "Tỷ lệ tăng trưởng đạt 7,54%/năm, thu nhập bình quân 65,5 triệu đồng/người/năm.", ids: [] },
  { text: "Giai đoạn 2021 - 2025, Đảng bộ kết nạp 1.250 đảng viên mới.", ids: [] },
  { text: "Tổ dân phố số 5 và khu dân cư số 12/3 tổ chức ngày hội đại đoàn kết.", ids: [] },
  { text: "Kế hoạch 3 năm 2021-2023 được triển khai đồng bộ.", ids: [] },
];

describe("extract().directives", () => {
  describe("Party numbers, every written variant", () => {
    it.each(named(PARTY_NUMBERS))("%s", (_text, row) => check(row));
  });
  describe("state numbers", () => {
    it.each(named(STATE_NUMBERS))("%s", (_text, row) => check(row));
  });
  describe("short references and issuers named in words", () => {
    it.each(named(SHORT_FORMS))("%s", (_text, row) => check(row));
  });
  describe("issue date, issuing body and title after the number", () => {
    it.each(named(AFTER_NUMBER))("%s", (_text, row) => check(row));
  });
  describe("numbers that are not documents", () => {
    it.each(named(NEGATIVES))("%s", (_text, row) => check(row));
  });

  it("a Quy định named by number alone is not given the QĐ code", () => {
    const record = extract(article("Các chi bộ thực hiện nghiêm Quy định 11 của Bộ Chính trị về tiếp dân."));
    expect(idsOf(record.directives)).not.toContain("11-QĐ/TW");
  });

  it("issue date and body at the very end of the article", () => {
    const record = extract(`${HEADLINE}\nHội nghị quán triệt Chỉ thị số 39-CT/TW của Bộ Chính trị.`);
    expect(record.directives.map((d) => [d.id, d.issuedBy])).toEqual([["39-CT/TW", "Bộ Chính trị"]]);
  });
});
