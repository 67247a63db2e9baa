/**
 * Officials, as `extract(text).officials` reports them: one table row per pattern of
 * vietnamese-documents §6 (name - title with any dash or comma, title name, lists, ranks and
 * academic titles stripped, "nguyên" kept, honorifics stripped, names after a place in the
 * title), the same person named twice, and rows that name no official (ideology, streets
 * and wards, places after a title, bylines, people without a position, organisations).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../extractors/index.ts";

/** Table rows named by their full text (the default `$text` title is cut short). */
const named = <T extends { text: string }>(rows: readonly T[]) => rows.map((r) => [r.text, r] as [string, T]);

/** A headline long enough to be read as the title, so every row's line is body text. */
const HEADLINE = "Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm mới";

/** An expected official: the name alone, or the name and its roles in order. */
type Expected = readonly [name: string] | readonly [name: string, roles: readonly string[]];

interface Row {
  text: string;
  officials: readonly Expected[];
  /** How many mentions the first official has, when it matters. */
  mentions?: number;
}

function check({ text, officials, mentions }: Row): void {
  const record = extract(`${HEADLINE}\n${text}`);
  expect(record.officials.map((o) => o.name)).toEqual(officials.map(([name]) => name));
  officials.forEach(([, roles], i) => {
    if (roles) expect(record.officials[i]?.roles).toEqual(roles);
  });
  for (const o of record.officials) for (const m of o.mentions) expect(record.text.slice(m.start, m.end)).toBe(m.text);
  if (mentions !== undefined) expect(record.officials[0]?.mentions).toHaveLength(mentions);
}

/** "X - title", "X – title", "X, title", "X (title)", glued dashes. */
const NAME_THEN_TITLE: Row[] = [
  { text: "Đồng chí Trần Văn Toàn - Bí thư Huyện ủy phát biểu chỉ đạo hội nghị.", officials: [["Trần Văn Toàn", ["Bí thư Huyện ủy"]]] },
  { text: "Đồng chí Trần Văn Toàn – Bí thư Huyện ủy phát biểu chỉ đạo hội nghị.", officials: [["Trần Văn Toàn", ["Bí thư Huyện ủy"]]] },
  { text: "Đồng chí Trần Văn Toàn — Bí thư Huyện ủy phát biểu chỉ đạo hội nghị.", officials: [["Trần Văn Toàn", ["Bí thư Huyện ủy"]]] },
  { text: "Ông Nguyễn Thanh Phong- Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.", officials: [["Nguyễn Thanh Phong", ["Phó Chủ tịch HĐND tỉnh"]]] },
  { text: "Đoàn đại biểu do đồng chí Lê Văn Khánh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dẫn đầu đã dâng hương.", officials: [["Lê Văn Khánh", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]]] },
  { text: "Đồng chí Hồ Thị Mai - Chủ tịch UBND huyện tiếp thu, giải trình các ý kiến của cử tri.", officials: [["Hồ Thị Mai", ["Chủ tịch UBND huyện"]]] },
  {
    text: "Hội nghị do đồng chí Trần Quốc Nam, Chủ tịch UBND tỉnh và đồng chí Lý Thị Hiền, Phó Chủ tịch UBND tỉnh đồng chủ trì.",
    officials: [["Trần Quốc Nam", ["Chủ tịch UBND tỉnh"]], ["Lý Thị Hiền", ["Phó Chủ tịch UBND tỉnh"]]],
  },
  {
    text: "Bí thư Huyện ủy Phạm Thị Mai, Chủ tịch UBND huyện Trần Văn Hiếu dự hội nghị.",
    officials: [["Phạm Thị Mai", ["Bí thư Huyện ủy"]], ["Trần Văn Hiếu", ["Chủ tịch UBND huyện"]]],
  },
  {
    text: "Bí thư Huyện ủy Phạm Thị Mai và Chủ tịch UBND huyện Trần Văn Hiếu dự hội nghị.",
    officials: [["Phạm Thị Mai", ["Bí thư Huyện ủy"]], ["Trần Văn Hiếu", ["Chủ tịch UBND huyện"]]],
  },
  {
    text: "Bí thư Tỉnh ủy Hà Văn Sơn, Chủ tịch UBND tỉnh Lê Văn Bình và Trưởng Ban Tổ chức Tỉnh ủy Đỗ Thị Lan cùng dự.",
    officials: [["Hà Văn Sơn", ["Bí thư Tỉnh ủy"]], ["Lê Văn Bình", ["Chủ tịch UBND tỉnh"]], ["Đỗ Thị Lan", ["Trưởng Ban Tổ chức Tỉnh ủy"]]],
  },
  {
    text: "Bộ trưởng Bộ Nội vụ Vương Thị Hằng và Chủ tịch UBND TP Hải Đông Trần Sỹ Thanh cùng dự hội nghị.",
    officials: [["Vương Thị Hằng", ["Bộ trưởng Bộ Nội vụ"]], ["Trần Sỹ Thanh", ["Chủ tịch UBND TP Hải Đông"]]],
  },
  { text: "Phó Chủ tịch UBND TP Hải Đông Trần Văn Thanh phát biểu tại hội nghị.", officials: [["Trần Văn Thanh", ["Phó Chủ tịch UBND TP Hải Đông"]]] },
  { text: "Thượng tướng Lò Văn Nghĩa, Phó Tổng Tham mưu trưởng phát biểu.", officials: [["Lò Văn Nghĩa", ["Phó Tổng Tham mưu trưởng"]]] },
  // A given name that is also a body's word ("Phòng", "Nghị", "Kỳ"), ending the name before a separator.
  { text: "PGS.TS Trần Văn Phòng, nguyên Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh trình bày.", officials: [["Trần Văn Phòng", ["nguyên Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"]]] },
  { text: "Đồng chí Lê Văn Nghị - Bí thư Đảng ủy xã phát biểu.", officials: [["Lê Văn Nghị", ["Bí thư Đảng ủy xã"]]] },
  { text: "Tham dự có ông Phạm Văn Kỳ, Phó Chủ tịch UBND huyện.", officials: [["Phạm Văn Kỳ", ["Phó Chủ tịch UBND huyện"]]] },
  { text: "Nguyễn Hữu Luận, Chủ tịch Hội Nông dân huyện cho biết.", officials: [["Nguyễn Hữu Luận", ["Chủ tịch Hội Nông dân huyện"]]] },
  { text: "Bà Nguyễn Thị Mừng, Chủ tịch Hội Nông dân xã phát biểu.", officials: [["Nguyễn Thị Mừng", ["Chủ tịch Hội Nông dân xã"]]] },
  { text: "Chủ tịch UBND huyện Trần Văn Kiểm phát biểu.", officials: [["Trần Văn Kiểm", ["Chủ tịch UBND huyện"]]] },
  { text: "Đồng chí Lê Văn Tặng cho biết, xã đã hoàn thành chỉ tiêu. Đồng chí Lê Văn Tặng là Bí thư Đảng ủy xã.", officials: [["Lê Văn Tặng", ["Bí thư Đảng ủy xã"]]], mentions: 2 },
  { text: "Ông Phạm Văn Họp - Trưởng thôn Đông phát biểu.", officials: [["Phạm Văn Họp", ["Trưởng thôn Đông"]]] },
  // Common given names that are words of bodies or of the sentence too: "Như", "Thường", "Năm", "Trực", "Chức".
  { text: "Bà Nguyễn Thị Quỳnh Như, Phó Chủ tịch UBND quận phát biểu.", officials: [["Nguyễn Thị Quỳnh Như", ["Phó Chủ tịch UBND quận"]]] },
  { text: "Bà Trần Thị Thường - Chủ tịch Hội Phụ nữ xã phát biểu.", officials: [["Trần Thị Thường", ["Chủ tịch Hội Phụ nữ xã"]]] },
  { text: "Ông Lê Văn Năm, Bí thư Chi bộ ấp 3 cho biết.", officials: [["Lê Văn Năm", ["Bí thư Chi bộ ấp 3"]]] },
  { text: "Ông Nguyễn Văn Trực, Chủ tịch UBND xã cho biết.", officials: [["Nguyễn Văn Trực", ["Chủ tịch UBND xã"]]] },
  { text: "Chủ tịch UBND xã Nguyễn Văn Chức phát biểu.", officials: [["Nguyễn Văn Chức", ["Chủ tịch UBND xã"]]] },
  { text: "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Lê Văn Thường chủ trì.", officials: [["Lê Văn Thường", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"]]] },
  { text: "Ông Đỗ Văn Truyền, Phó Giám đốc Trung tâm Văn hóa huyện cho biết.", officials: [["Đỗ Văn Truyền", ["Phó Giám đốc Trung tâm Văn hóa huyện"]]] },
  // "và" inside an agency's name; three syllables after a position's commune are its holder.
  { text: "Ông Lê Văn Hùng, Giám đốc Đài Phát thanh và Truyền hình tỉnh phát biểu.", officials: [["Lê Văn Hùng", ["Giám đốc Đài Phát thanh và Truyền hình tỉnh"]]] },
  { text: "Ông Lê Văn Hùng, Hiệu trưởng Trường Đại học Khoa học Xã hội và Nhân văn phát biểu.", officials: [["Lê Văn Hùng", ["Hiệu trưởng Trường Đại học Khoa học Xã hội và Nhân văn"]]] },
  { text: "Trưởng Công an xã Lê Văn Hùng phát biểu.", officials: [["Lê Văn Hùng", ["Trưởng Công an xã"]]] },
  { text: "Chỉ huy trưởng Ban Chỉ huy Quân sự xã Lê Văn Hùng phát biểu.", officials: [["Lê Văn Hùng", ["Chỉ huy trưởng Ban Chỉ huy Quân sự xã"]]] },
  { text: "Phó Chủ tịch UBND thị xã Lê Văn Hùng phát biểu.", officials: [["Lê Văn Hùng", ["Phó Chủ tịch UBND thị xã"]]] },
  { text: "Chủ tịch Hội Nông dân xã Trần Thị Mai báo cáo.", officials: [["Trần Thị Mai", ["Chủ tịch Hội Nông dân xã"]]] },
  // Rarer family names before a position's holder.
  { text: "Chủ tịch UBND huyện Ung Văn Hùng phát biểu tại hội nghị.", officials: [["Ung Văn Hùng", ["Chủ tịch UBND huyện"]]] },
  { text: "Bí thư Đảng ủy xã Tiết Minh Khoa chủ trì hội nghị.", officials: [["Tiết Minh Khoa", ["Bí thư Đảng ủy xã"]]] },
  { text: "Phó Chủ tịch HĐND huyện Nhâm Thị Thu báo cáo.", officials: [["Nhâm Thị Thu", ["Phó Chủ tịch HĐND huyện"]]] },
  // ("Thường trực" after a name is its position.)
  { text: "Đồng chí Nguyễn Văn An Thường trực Huyện ủy phát biểu.", officials: [["Nguyễn Văn An", ["Thường trực Huyện ủy"]]] },
  // A deputy of a head written as one word: "Phó Chỉ huy trưởng", "Phó Đội trưởng"; the rank is no position.
  { text: "Thượng tá Lê Minh Tuấn, Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện phát biểu.", officials: [["Lê Minh Tuấn", ["Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"]]] },
  { text: "Đại tá Nguyễn Văn Bình, Chính ủy và Thượng tá Lê Minh Tuấn, Phó Chỉ huy trưởng dự.", officials: [["Nguyễn Văn Bình", ["Chính ủy"]], ["Lê Minh Tuấn", ["Phó Chỉ huy trưởng"]]] },
  { text: "Đồng chí Hà Văn Long - Phó Đội trưởng Đội Cảnh sát giao thông phát biểu.", officials: [["Hà Văn Long", ["Phó Đội trưởng Đội Cảnh sát giao thông"]]] },
  // (Not after a position: "Trưởng Phòng" is one.)
  { text: "Ông Nguyễn Văn Hùng, Trưởng Phòng, Phó Chủ tịch Hội đồng thi đua phát biểu.", officials: [["Nguyễn Văn Hùng", ["Trưởng Phòng", "Phó Chủ tịch Hội đồng thi đua"]]] },
  // A place in the photo between the name and the position.
  { text: "Đồng chí Nguyễn Văn Ánh (bên phải) - Bí thư Huyện ủy trao quà cho các hộ nghèo.", officials: [["Nguyễn Văn Ánh", ["Bí thư Huyện ủy"]]] },
  { text: "Đồng chí Nguyễn Văn Ánh (thứ 2 từ trái sang), Bí thư Huyện ủy trao quà.", officials: [["Nguyễn Văn Ánh", ["Bí thư Huyện ủy"]]] },
  { text: "Bà Trần Thị Lan (giữa), Chủ tịch Hội Phụ nữ xã tặng quà cho hộ nghèo.", officials: [["Trần Thị Lan", ["Chủ tịch Hội Phụ nữ xã"]]] },
  // "Quan" is a family name too (of the Tày and the Kinh), after an honorific or before a position.
  { text: "Bà Quan Thị Ngọc Bích, Chủ tịch Ủy ban MTTQ Việt Nam quận đề nghị các tổ chức tiếp tục vận động hội viên.", officials: [["Quan Thị Ngọc Bích", ["Chủ tịch Ủy ban MTTQ Việt Nam quận"]]] },
  { text: "Đồng chí Quan Văn Hùng - Bí thư Huyện ủy phát biểu.", officials: [["Quan Văn Hùng", ["Bí thư Huyện ủy"]]] },
  { text: "Phó Chủ tịch UBND huyện Quan Minh Tuấn báo cáo tình hình.", officials: [["Quan Minh Tuấn", ["Phó Chủ tịch UBND huyện"]]] },
  { text: "Đại tá Khổng Văn Hùng, Chính trị viên Bộ Chỉ huy Quân sự tỉnh báo cáo.", officials: [["Khổng Văn Hùng", ["Chính trị viên Bộ Chỉ huy Quân sự tỉnh"]]] },
  { text: "Phó Tổng Thanh tra Chính phủ Dương Quốc Hiển làm việc với tỉnh.", officials: [["Dương Quốc Hiển", ["Phó Tổng Thanh tra Chính phủ"]]] },
  { text: "Ông Mai Văn Khang, Phó Chánh án Tòa án nhân dân tỉnh phát biểu.", officials: [["Mai Văn Khang", ["Phó Chánh án Tòa án nhân dân tỉnh"]]] },
  {
    text: "Phát biểu chỉ đạo, Bí thư Quận ủy Thạch Vân, Chánh Văn phòng Tỉnh ủy, Trưởng Ban Tuyên giáo Huyện ủy Bùi Thu Ngọc Toàn đề nghị các chi bộ quán triệt.",
    officials: [["Bùi Thu Ngọc Toàn", ["Bí thư Quận ủy Thạch Vân", "Chánh Văn phòng Tỉnh ủy", "Trưởng Ban Tuyên giáo Huyện ủy"]]],
  },
  {
    text: "Đồng chí Nguyễn Văn Nên, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy dự hội nghị.",
    officials: [["Nguyễn Văn Nên", ["Ủy viên dự khuyết Trung ương Đảng", "Bí thư Tỉnh ủy"]]],
  },
  { text: "Phát biểu chỉ đạo, Ủy viên dự khuyết Trung ương Đảng Bùi Hữu Long yêu cầu các chi bộ thực hiện.", officials: [["Bùi Hữu Long", ["Ủy viên dự khuyết Trung ương Đảng"]]] },
  {
    text: "Phát biểu chỉ đạo, Bí thư Huyện ủy Lạc Hòa, nguyên Ủy viên Bộ Chính trị Bùi Ngọc Dũng yêu cầu các chi bộ thực hiện.",
    officials: [["Bùi Ngọc Dũng", ["Bí thư Huyện ủy Lạc Hòa", "nguyên Ủy viên Bộ Chính trị"]]],
  },
  { text: "Phát biểu chỉ đạo, Bí thư Huyện ủy Trà Lộc, Thành ủy viên Đỗ Ngọc Văn Phong yêu cầu các chi bộ thực hiện.", officials: [["Đỗ Ngọc Văn Phong", ["Bí thư Huyện ủy Trà Lộc", "Thành ủy viên"]]] },
  {
    text: "Dự có đồng chí Lê Văn Bảo (Bí thư Chi bộ) và đồng chí Trần Thị Cúc (Chi hội trưởng Hội Phụ nữ).",
    officials: [["Lê Văn Bảo", ["Bí thư Chi bộ"]], ["Trần Thị Cúc", ["Chi hội trưởng Hội Phụ nữ"]]],
  },
  { text: "Ông Đỗ Văn Hải, Tổ trưởng tổ dân phố số 3 cho biết.", officials: [["Đỗ Văn Hải", ["Tổ trưởng tổ dân phố số 3"]]] },
  { text: "Dự hội nghị có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Sơn.", officials: [["Nguyễn Văn Sơn", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]]] },
  {
    text: "Đến dự và chỉ đạo hội nghị có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hoàng Văn Tư.",
    officials: [["Hoàng Văn Tư", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]]],
  },
  // Not the opening of a list: the position there is someone else's.
  {
    text: "Hội nghị đã nghe báo cáo của Bí thư Tỉnh ủy, sau đó Chủ tịch UBND tỉnh Nguyễn Văn Sơn phát biểu.",
    officials: [["Nguyễn Văn Sơn", ["Chủ tịch UBND tỉnh"]]],
  },
  { text: "Đ/c Hoàng Thị Hạnh - PBT Thường trực Huyện ủy, CT HĐND huyện dự.", officials: [["Hoàng Thị Hạnh", ["PBT Thường trực Huyện ủy", "CT HĐND huyện"]]] },
  { text: "Ông Lê Văn Tín, PCT UBND xã phát biểu.", officials: [["Lê Văn Tín", ["PCT UBND xã"]]] },
  // A province after a committee word is the place, positions following or not.
  { text: "Chủ tịch UBND tỉnh Cao Bằng, Trưởng đoàn ĐBQH tỉnh phát biểu.", officials: [] },
  { text: "Bí thư Tỉnh ủy Lâm Đồng, Chủ tịch HĐND tỉnh dự hội nghị.", officials: [] },
  { text: "Ông Hà Nam, Trưởng thôn 3 cho biết.", officials: [["Hà Nam", ["Trưởng thôn 3"]]] },
  { text: "Ông Đặng Quốc Toản, Phó Chủ tịch HĐND tỉnh chủ tọa kỳ họp.", officials: [["Đặng Quốc Toản", ["Phó Chủ tịch HĐND tỉnh"]]] },
  { text: "Bà Ngô Thị Hạnh, Trưởng Ban Dân vận Huyện ủy trò chuyện, thăm hỏi các gia đình chính sách.", officials: [["Ngô Thị Hạnh", ["Trưởng Ban Dân vận Huyện ủy"]]] },
  { text: "Đồng chí Nguyễn Thanh Phong -Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.", officials: [["Nguyễn Thanh Phong", ["Phó Chủ tịch HĐND tỉnh"]]] },
  { text: "Đồng chí Nguyễn Văn Nam-Bí thư Quận ủy phát biểu.", officials: [["Nguyễn Văn Nam", ["Bí thư Quận ủy"]]] },
  { text: "Bà Bùi Thị Thu Hà, Phó Bí thư Thường trực Quận ủy, chủ trì hội nghị.", officials: [["Bùi Thị Thu Hà", ["Phó Bí thư Thường trực Quận ủy"]]] },
  {
    text: "Đồng chí Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh phát biểu.",
    officials: [["Nguyễn Thị Thanh", ["UVT.Ư Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"]]],
  },
  { text: "Đồng chí Phạm Thị Mai, TUV, Bí thư Huyện ủy phát biểu.", officials: [["Phạm Thị Mai", ["TUV", "Bí thư Huyện ủy"]]] },
  { text: "Đồng chí Nguyễn Văn Nam, UVBTV Tỉnh ủy, Bí thư Huyện ủy phát biểu.", officials: [["Nguyễn Văn Nam", ["UVBTV Tỉnh ủy", "Bí thư Huyện ủy"]]] },
  { text: "Đồng chí Nguyễn Văn Nam - Ủy viên Ban Thường vụ Tỉnh ủy - Bí thư Huyện ủy phát biểu.", officials: [["Nguyễn Văn Nam", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy"]]] },
  { text: "Đồng chí Vũ Thị Hằng (Bí thư Chi bộ khu phố 3) phát biểu.", officials: [["Vũ Thị Hằng", ["Bí thư Chi bộ khu phố 3"]]] },
  { text: "Ông Trần Văn Bình, Trưởng Ban Tuyên giáo Huyện ủy, cho biết.", officials: [["Trần Văn Bình", ["Trưởng Ban Tuyên giáo Huyện ủy"]]] },
  { text: "Bà Lê Thị Hoa - Chủ tịch Hội LHPN huyện cho biết.", officials: [["Lê Thị Hoa", ["Chủ tịch Hội LHPN huyện"]]] },
  {
    text: "Đồng chí Đinh Thị Lan Duyên - Phó Bí thư Thường trực Quận uỷ, Chủ tịch HĐND quận phát biểu.",
    officials: [["Đinh Thị Lan Duyên", ["Phó Bí thư Thường trực Quận uỷ", "Chủ tịch HĐND quận"]]],
  },
  { text: "Phát biểu tại hội nghị, đồng chí Nguyễn Văn An - Bí thư Huyện ủy nhấn mạnh.", officials: [["Nguyễn Văn An", ["Bí thư Huyện ủy"]]] },
  { text: "Theo đồng chí Nguyễn Văn Nam, Bí thư Quận ủy, quận đạt kết quả tốt.", officials: [["Nguyễn Văn Nam", ["Bí thư Quận ủy"]]] },
  { text: "Thay mặt Ban Thường vụ, đồng chí Nguyễn Văn Nam, Bí thư Huyện ủy trao quyết định.", officials: [["Nguyễn Văn Nam", ["Bí thư Huyện ủy"]]] },
  { text: "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy xã An Phú phát biểu.", officials: [["Nguyễn Văn An", ["Bí thư Đảng ủy xã An Phú"]]] },
  { text: "Trao quyết định cho đồng chí Lê Thị Hoa giữ chức Phó Chủ tịch UBND huyện.", officials: [["Lê Thị Hoa", ["Phó Chủ tịch UBND huyện"]]] },
  // A full stop ends the role; the next sentence is not part of it.
  { text: "Đồng chí Nguyễn Văn Tâm được bầu giữ chức Bí thư Đảng ủy xã. Thực hiện Chỉ thị 45-CT/TW, đại hội kết thúc.", officials: [["Nguyễn Văn Tâm", ["Bí thư Đảng ủy xã"]]] },
  { text: "Đồng chí NGUYỄN VĂN NAM - Bí thư Quận ủy phát biểu.", officials: [["NGUYỄN VĂN NAM", ["Bí thư Quận ủy"]]] },
  // Elected to a position: "(tái) đắc cử", "trúng cử", with or without "chức (vụ)".
  { text: "Đồng chí Đoàn Minh Tâm tái đắc cử Bí thư Đảng ủy xã.", officials: [["Đoàn Minh Tâm", ["Bí thư Đảng ủy xã"]]] },
  { text: "Đồng chí Lê Văn Hậu trúng cử chức Chủ tịch HĐND xã với 100% số phiếu.", officials: [["Lê Văn Hậu", ["Chủ tịch HĐND xã"]]] },
  { text: "Bà Nguyễn Thị Thu Hà tiếp tục tái đắc cử chức vụ Chủ tịch Hội Liên hiệp Phụ nữ huyện.", officials: [["Nguyễn Thị Thu Hà", ["Chủ tịch Hội Liên hiệp Phụ nữ huyện"]]] },
  { text: "Đồng chí Phan Văn Út, Phó Bí thư Đảng ủy xã, đắc cử chức Chủ tịch UBND xã.", officials: [["Phan Văn Út", ["Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"]]] },
  { text: "Ông Trần Văn Lộc đắc cử vào Ban Chấp hành, ông Vũ Đình Khang - Bí thư Chi bộ thôn 3 phát biểu.", officials: [["Vũ Đình Khang", ["Bí thư Chi bộ thôn 3"]]] },
  { text: "Đồng chí Hoàng Minh Tuấn được bầu tái cử chức Bí thư Quận ủy.", officials: [["Hoàng Minh Tuấn", ["Bí thư Quận ủy"]]] },
  // A line that ends in a capitalized word: the next line's name is not joined to it.
  { text: "Hội nghị ở tỉnh Bắc Lâm\nÔng Nguyễn Văn An, Chủ tịch UBND tỉnh phát biểu.", officials: [["Nguyễn Văn An", ["Chủ tịch UBND tỉnh"]]] },
  { text: "Tham dự có Bí thư Đảng ủy xã Tân Phú\nNguyễn Văn An, Chủ tịch UBND xã cùng dự.", officials: [["Nguyễn Văn An", ["Chủ tịch UBND xã"]]] },
  // A colon between the name and the position, in a list.
  { text: "Ban Thường vụ gồm:\n- Lò Văn Pánh: Trưởng Ban Dân vận Huyện ủy\n- Hà Thị Thu: Trưởng Ban Tổ chức Huyện ủy", officials: [["Lò Văn Pánh", ["Trưởng Ban Dân vận Huyện ủy"]], ["Hà Thị Thu", ["Trưởng Ban Tổ chức Huyện ủy"]]] },
  // An interview's speaker: what follows the colon is no position.
  { text: "Đồng chí Bùi Văn Thắng: Năm 2023, Đảng bộ huyện hoàn thành 18/20 chỉ tiêu.", officials: [] },
  // A modal ends the position.
  { text: "Theo đồng chí Nguyễn Văn Nam, Bí thư Đảng ủy xã cần gương mẫu trước nhân dân.", officials: [["Nguyễn Văn Nam", ["Bí thư Đảng ủy xã"]]] },
  { text: "Đồng chí Trần Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ huyện luôn quan tâm hội viên.", officials: [["Trần Thị Hoa", ["Chủ tịch Hội Liên hiệp Phụ nữ huyện"]]] },
  // Foreign guests: "ngài", heads of foreign provinces and envoys.
  { text: "Tiếp đoàn có ngài Sok Chea, Đại sứ Vương quốc Campuchia tại Việt Nam.", officials: [["Sok Chea", ["Đại sứ Vương quốc Campuchia tại Việt Nam"]]] },
  { text: "Ngài Khăm Phăn Phôm Ma, Tỉnh trưởng tỉnh Khăm Muộn cùng dự.", officials: [["Khăm Phăn Phôm Ma", ["Tỉnh trưởng tỉnh Khăm Muộn"]]] },
  { text: "Phó Thống đốc Ngân hàng Nhà nước Đào Minh Tú dự hội nghị.", officials: [["Đào Minh Tú", ["Phó Thống đốc Ngân hàng Nhà nước"]]] },
  { text: "Đồng chí Lê Văn Nam tái cử Chủ tịch Hội Nông dân quận.", officials: [["Lê Văn Nam", ["Chủ tịch Hội Nông dân quận"]]] },
  {
    text: "Đồng chí Nguyễn Thị Lan, Chủ nhiệm Ủy ban Kiểm tra Quận ủy khóa XI, tiếp tục được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra Quận ủy khóa XII.",
    officials: [["Nguyễn Thị Lan", ["Chủ nhiệm Ủy ban Kiểm tra Quận ủy khóa XI", "Chủ nhiệm Ủy ban Kiểm tra Quận ủy khóa XII"]]],
  },
  { text: "Ông Trần Văn Bình được điều động giữ chức Phó Giám đốc Sở Nội vụ.", officials: [["Trần Văn Bình", ["Phó Giám đốc Sở Nội vụ"]]] },
  { text: "Bà Hà Thị Mai được chỉ định làm Bí thư Chi bộ.", officials: [["Hà Thị Mai", ["Bí thư Chi bộ"]]] },
  // A term qualifies the position; its years are no words of it.
  {
    text: "Ban Thường vụ Tỉnh ủy chuẩn y đồng chí Trịnh Minh Hoàng giữ chức Bí thư Huyện ủy nhiệm kỳ 2020 - 2025.",
    officials: [["Trịnh Minh Hoàng", ["Bí thư Huyện ủy"]]],
  },
  // No separator between the name and the position: the position opens with a capital.
  {
    text: "Tham dự hội nghị có đồng chí Nguyễn Văn Thắng Bí thư Huyện ủy, đồng chí Lê Thị Thu Chủ tịch UBND huyện.",
    officials: [["Nguyễn Văn Thắng", ["Bí thư Huyện ủy"]], ["Lê Thị Thu", ["Chủ tịch UBND huyện"]]],
  },
  { text: "Ông Đặng Văn Hòa Trưởng thôn 3 cho biết, thôn đã làm xong đường.", officials: [["Đặng Văn Hòa", ["Trưởng thôn 3"]]] },
  { text: "Đồng chí Trần Văn Thành, Bí thư Huyện ủy dự.", officials: [["Trần Văn Thành", ["Bí thư Huyện ủy"]]] },
  // Departments whose names hold "và": the position runs on; "và" before a person still ends it.
  {
    text: "Ông Huỳnh Văn Tí, Phó Giám đốc Sở Tài nguyên và Môi trường tỉnh cho biết.",
    officials: [["Huỳnh Văn Tí", ["Phó Giám đốc Sở Tài nguyên và Môi trường tỉnh"]]],
  },
  { text: "Ông Võ Văn Tám, Giám đốc Sở Kế hoạch và Đầu tư báo cáo.", officials: [["Võ Văn Tám", ["Giám đốc Sở Kế hoạch và Đầu tư"]]] },
  {
    text: "Đồng chí Lê Văn Ba, Bí thư Huyện ủy và đồng chí Hà Thị Lan, Chủ tịch UBND huyện dự.",
    officials: [["Lê Văn Ba", ["Bí thư Huyện ủy"]], ["Hà Thị Lan", ["Chủ tịch UBND huyện"]]],
  },
  // "kiêm": one person holding both positions.
  {
    text: "Đại tá Lê Văn Hà, Phó Chủ tịch UBND huyện kiêm Trưởng Công an huyện báo cáo tình hình an ninh.",
    officials: [["Lê Văn Hà", ["Phó Chủ tịch UBND huyện", "Trưởng Công an huyện"]]],
  },
  { text: "Ông Lê Văn Bảy, Bí thư Chi bộ kiêm Trưởng thôn 2 cho biết.", officials: [["Lê Văn Bảy", ["Bí thư Chi bộ", "Trưởng thôn 2"]]] },
  // Giám đốc abbreviated.
  { text: "Ông Trần Văn Bình, GĐ Trung tâm Y tế huyện báo cáo.", officials: [["Trần Văn Bình", ["GĐ Trung tâm Y tế huyện"]]] },
  { text: "PGĐ Sở Y tế Nguyễn Văn An cho biết.", officials: [["Nguyễn Văn An", ["PGĐ Sở Y tế"]]] },
  // An age or a year of birth between the name and the positions.
  { text: "Ông Trần Văn Cường (sinh năm 1970), Bí thư Đảng ủy xã Tân Lập được bầu lại.", officials: [["Trần Văn Cường", ["Bí thư Đảng ủy xã Tân Lập"]]] },
  { text: "Ông Phạm Văn Giang, 65 tuổi, nguyên Chủ tịch UBND xã, là người có uy tín.", officials: [["Phạm Văn Giang", ["nguyên Chủ tịch UBND xã"]]] },
  { text: "Bà Lê Thị Hoa (SN 1965) - Chi hội trưởng Chi hội Phụ nữ thôn 2 chia sẻ.", officials: [["Lê Thị Hoa", ["Chi hội trưởng Chi hội Phụ nữ thôn 2"]]] },
  // "giữ chức": the position given now, after the one held.
  {
    text: "UBND tỉnh bổ nhiệm ông Trần Văn Minh, Phó Giám đốc Sở Nội vụ giữ chức Giám đốc Sở Nội vụ.",
    officials: [["Trần Văn Minh", ["Phó Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ"]]],
  },
  {
    text: "Bộ Chính trị phân công ông Quản Văn Cường - Bí thư Tỉnh ủy Cao Lâm, giữ chức Bí thư Tỉnh ủy Hòa Bắc, nhiệm kỳ 2025 - 2030.",
    officials: [["Quản Văn Cường", ["Bí thư Tỉnh ủy Cao Lâm", "Bí thư Tỉnh ủy Hòa Bắc"]]],
  },
  {
    text: "Ông Hà Văn Lực, Trưởng thôn Đông được bầu làm Tổ trưởng tổ hòa giải.",
    officials: [["Hà Văn Lực", ["Trưởng thôn Đông", "Tổ trưởng tổ hòa giải"]]],
  },
  // Joining a body ends the position; "làm việc" is no new one.
  {
    text: "Ban Thường vụ Tỉnh ủy chỉ định đồng chí Lê Thị Nga, Phó Trưởng Ban Dân vận Tỉnh ủy tham gia Ban Chấp hành Đảng bộ tỉnh.",
    officials: [["Lê Thị Nga", ["Phó Trưởng Ban Dân vận Tỉnh ủy"]]],
  },
  { text: "Ông Đỗ Văn Hải, Chủ tịch UBND xã làm việc với đoàn công tác.", officials: [["Đỗ Văn Hải", ["Chủ tịch UBND xã"]]] },
  {
    text: "Đoàn công tác do đồng chí Lê Thị Hoa, Bí thư Tỉnh ủy làm trưởng đoàn đã làm việc với huyện.",
    officials: [["Lê Thị Hoa", ["Bí thư Tỉnh ủy"]]],
  },
  // Election bodies hold "bầu cử" in their names; voting ends a position.
  {
    text: "Đồng chí Lò Văn Inh - Phó Bí thư Thường trực Huyện ủy, Chủ tịch Ủy ban bầu cử huyện nhấn mạnh.",
    officials: [["Lò Văn Inh", ["Phó Bí thư Thường trực Huyện ủy", "Chủ tịch Ủy ban bầu cử huyện"]]],
  },
  { text: "Ông Lê Văn Bình, Chủ tịch Hội đồng bầu cử quốc gia phát biểu.", officials: [["Lê Văn Bình", ["Chủ tịch Hội đồng bầu cử quốc gia"]]] },
  { text: "Bà Trần Thị Hoa, Tổ trưởng Tổ bầu cử số 5 cho biết.", officials: [["Trần Thị Hoa", ["Tổ trưởng Tổ bầu cử số 5"]]] },
  { text: "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy bỏ phiếu tại khu vực bỏ phiếu số 3.", officials: [["Nguyễn Văn An", ["Bí thư Tỉnh ủy"]]] },
  { text: "Ông Hà Văn Tú, Chủ tịch UBND xã được bầu làm Chủ tịch HĐND xã.", officials: [["Hà Văn Tú", ["Chủ tịch UBND xã", "Chủ tịch HĐND xã"]]] },
  // A deputy in charge of a body holds a position of that body; in charge of a field, the position ends.
  { text: "Ông Trần Văn Bình, Phó Giám đốc phụ trách Sở Nội vụ cho biết như vậy.", officials: [["Trần Văn Bình", ["Phó Giám đốc phụ trách Sở Nội vụ"]]] },
  {
    text: "Bà Vi Thị Hằng - Phó Trưởng phòng phụ trách Phòng Giáo dục và Đào tạo huyện phát biểu.",
    officials: [["Vi Thị Hằng", ["Phó Trưởng phòng phụ trách Phòng Giáo dục và Đào tạo huyện"]]],
  },
  { text: "Đồng chí Lý Minh Tâm, Phó Chánh Văn phòng phụ trách Văn phòng Huyện ủy dự họp.", officials: [["Lý Minh Tâm", ["Phó Chánh Văn phòng phụ trách Văn phòng Huyện ủy"]]] },
  { text: "Bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh phụ trách khối văn xã chủ trì.", officials: [["Lê Thị Hoa", ["Phó Chủ tịch UBND tỉnh"]]] },
  { text: "Ông Đào Văn Khởi, Phó Giám đốc Sở phụ trách lĩnh vực đầu tư, phát biểu.", officials: [["Đào Văn Khởi", ["Phó Giám đốc Sở"]]] },
  // What the person does next ends the position: a verb, "kể từ", "đồng thời", "hiện nay".
  { text: "Đồng chí Vũ Văn Bình, Bí thư Huyện ủy thực hiện nghi thức gắn biển công trình.", officials: [["Vũ Văn Bình", ["Bí thư Huyện ủy"]]] },
  { text: "Ông Lê Văn Sơn, Chủ tịch UBND xã triển khai kế hoạch năm 2024.", officials: [["Lê Văn Sơn", ["Chủ tịch UBND xã"]]] },
  { text: "Ông Đặng Quốc Việt, Giám đốc Công an tỉnh kiểm tra công tác bảo đảm an ninh.", officials: [["Đặng Quốc Việt", ["Giám đốc Công an tỉnh"]]] },
  { text: "Ông Ngô Văn Khoa, Trưởng phòng Nội vụ huyện thông qua dự thảo báo cáo.", officials: [["Ngô Văn Khoa", ["Trưởng phòng Nội vụ huyện"]]] },
  { text: "Ông Đinh Công Tráng, Chánh Văn phòng Huyện ủy đi kiểm tra thực tế tại xã.", officials: [["Đinh Công Tráng", ["Chánh Văn phòng Huyện ủy"]]] },
  { text: "Ông Mạc Văn Tiến, Chủ tịch Hội Nông dân tỉnh gặp gỡ hội viên tiêu biểu.", officials: [["Mạc Văn Tiến", ["Chủ tịch Hội Nông dân tỉnh"]]] },
  { text: "UBND tỉnh giao quyền Giám đốc Sở cho ông Phan Đình Lộc, Phó Giám đốc Sở Tài chính kể từ ngày 15/3/2024.", officials: [["Phan Đình Lộc", ["Phó Giám đốc Sở Tài chính"]]] },
  { text: "Ông Bùi Văn Hùng, Bí thư Chi bộ thôn Đông hiện nay đang sinh hoạt tại chi bộ.", officials: [["Bùi Văn Hùng", ["Bí thư Chi bộ thôn Đông"]]] },
  // A position held besides, or now: a second position.
  {
    text: "Bà Trần Thị Hoa, Phó Chủ tịch UBND huyện đồng thời là Trưởng Ban Chỉ đạo huyện, chủ trì.",
    officials: [["Trần Thị Hoa", ["Phó Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo huyện"]]],
  },
  {
    text: "Ông Lục Văn Nhất, nguyên Chủ tịch UBND huyện, hiện là Chủ tịch Hội Cựu chiến binh huyện, phát biểu.",
    officials: [["Lục Văn Nhất", ["nguyên Chủ tịch UBND huyện", "Chủ tịch Hội Cựu chiến binh huyện"]]],
  },
  { text: "Đồng chí Hà Văn Sáu, Phó Bí thư Đảng ủy xã, nay giữ chức Bí thư Đảng ủy xã.", officials: [["Hà Văn Sáu", ["Phó Bí thư Đảng ủy xã", "Bí thư Đảng ủy xã"]]] },
  // Words of a body's name that read like those verbs do not end it.
  { text: "Ông Phạm Văn Tâm, Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện cho biết.", officials: [["Phạm Văn Tâm", ["Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện"]]] },
  { text: "Ông Lê Văn Tài, Chủ nhiệm Ủy ban kiểm tra Huyện ủy phát biểu.", officials: [["Lê Văn Tài", ["Chủ nhiệm Ủy ban kiểm tra Huyện ủy"]]] },
  {
    text: "Bà Hà Thị Thu, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện phát biểu.",
    officials: [["Hà Thị Thu", ["Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện"]]],
  },
  // Who teaches or presents a resolution.
  { text: "PGS.TS Lò Thị Xuân, giảng viên cao cấp Học viện Chính trị khu vực I trình bày chuyên đề.", officials: [["Lò Thị Xuân", ["giảng viên cao cấp Học viện Chính trị khu vực I"]]] },
  {
    text: "Đồng chí Hầu A Lềnh, Ủy viên Trung ương Đảng, báo cáo viên Trung ương truyền đạt chuyên đề.",
    officials: [["Hầu A Lềnh", ["Ủy viên Trung ương Đảng", "báo cáo viên Trung ương"]]],
  },
];

/** "title X", with a place inside the title ("Bí thư Quận ủy Quận 1 X", "Bí thư Tỉnh ủy Cao Bằng X"). */
const TITLE_THEN_NAME: Row[] = [
  // A position given or relieved "đối với" the person named after it.
  {
    text: "HĐND thành phố miễn nhiệm chức danh Phó Chủ tịch UBND thành phố đối với ông Đoàn Văn Tâm do nghỉ hưu.",
    officials: [["Đoàn Văn Tâm", ["Phó Chủ tịch UBND thành phố"]]],
  },
  {
    text: "HĐND tỉnh miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Lê Văn Hòa; cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với bà Trần Thị Thu.",
    officials: [["Lê Văn Hòa", ["Ủy viên UBND tỉnh"]], ["Trần Thị Thu", ["đại biểu HĐND tỉnh"]]],
  },
  { text: "Ủy ban Kiểm tra quyết định thi hành kỷ luật đối với ông Phạm Văn Nam.", officials: [] },
  // An envoy's position names the country posted to after "tại"; a country is nobody.
  { text: "Đại sứ Việt Nam tại Lào Nguyễn Minh Tân cũng tham dự.", officials: [["Nguyễn Minh Tân", ["Đại sứ Việt Nam tại Lào"]]] },
  { text: "Tổng Lãnh sự Việt Nam tại Thành phố Xiêm Riệp Trần Văn Hòa chúc mừng.", officials: [["Trần Văn Hòa", ["Tổng Lãnh sự Việt Nam tại Thành phố Xiêm Riệp"]]] },
  { text: "Ông Đặng Minh Khôi, Đại sứ Việt Nam tại Hoa Kỳ, phát biểu.", officials: [["Đặng Minh Khôi", ["Đại sứ Việt Nam tại Hoa Kỳ"]]] },
  { text: "Bà Lê Thu Hà, Phó Đại sứ Việt Nam tại Nhật Bản dự buổi gặp mặt.", officials: [["Lê Thu Hà", ["Phó Đại sứ Việt Nam tại Nhật Bản"]]] },
  { text: "Ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh tại buổi làm việc đã đề nghị.", officials: [["Lê Văn Tâm", ["Phó Chủ tịch UBND tỉnh"]]] },
  { text: "Đại sứ Hàn Quốc tại Việt Nam phát biểu.", officials: [] },
  { text: "Đại sứ Trung Quốc tại Việt Nam thăm tỉnh.", officials: [] },
  { text: "Bí thư Huyện ủy Phạm Minh Khôi phát biểu chỉ đạo.", officials: [["Phạm Minh Khôi", ["Bí thư Huyện ủy"]]] },
  { text: "Bí thư Thành ủy Nguyễn Văn Nên dự hội nghị.", officials: [["Nguyễn Văn Nên", ["Bí thư Thành ủy"]]] },
  { text: "Phó Giám đốc phụ trách Sở Tư pháp Nguyễn Văn An phát biểu.", officials: [["Nguyễn Văn An", ["Phó Giám đốc phụ trách Sở Tư pháp"]]] },
  { text: "Phó Chủ tịch Thường trực UBND tỉnh Đào Thị Bích Ngọc chủ trì.", officials: [["Đào Thị Bích Ngọc", ["Phó Chủ tịch Thường trực UBND tỉnh"]]] },
  { text: "Bí thư Quận ủy, Chủ tịch HĐND quận Nguyễn Văn Nam phát biểu.", officials: [["Nguyễn Văn Nam", ["Bí thư Quận ủy", "Chủ tịch HĐND quận"]]] },
  { text: "Tân Bí thư Huyện ủy Lê Văn Hưng phát biểu nhận nhiệm vụ.", officials: [["Lê Văn Hưng", ["Tân Bí thư Huyện ủy"]]] },
  {
    text: "Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Quận 1 Trần Kim Yến phát biểu.",
    officials: [["Trần Kim Yến", ["Ủy viên Ban Thường vụ Thành ủy", "Bí thư Quận ủy Quận 1"]]],
  },
  { text: "Bí thư Tỉnh ủy Cao Bằng Đinh Văn Khoa chủ trì hội nghị.", officials: [["Đinh Văn Khoa", ["Bí thư Tỉnh ủy Cao Bằng"]]] },
  { text: "Bí thư Tỉnh ủy Cao Bằng Lê Diên phát biểu.", officials: [["Lê Diên", ["Bí thư Tỉnh ủy Cao Bằng"]]] },
  { text: "Bí thư Tỉnh ủy Lâm Đồng Trần Văn Hiệp phát biểu.", officials: [["Trần Văn Hiệp", ["Bí thư Tỉnh ủy Lâm Đồng"]]] },
  { text: "Bí thư Quận ủy Hoàng Mai Trần Văn Thanh phát biểu.", officials: [["Trần Văn Thanh", ["Bí thư Quận ủy Hoàng Mai"]]] },
  { text: "Bí thư Tỉnh ủy Bắc Lâm Lê Thị Hoa thăm hỏi gia đình chính sách.", officials: [["Lê Thị Hoa", ["Bí thư Tỉnh ủy Bắc Lâm"]]] },
  { text: "Bí thư Thành ủy Hà Nội Nguyễn Quang Vinh phát biểu.", officials: [["Nguyễn Quang Vinh", ["Bí thư Thành ủy Hà Nội"]]] },
  { text: "Chủ tịch UBND tỉnh Hoàng Văn Thắng phát biểu.", officials: [["Hoàng Văn Thắng", ["Chủ tịch UBND tỉnh"]]] },
  { text: "Chủ tịch HĐND tỉnh Lương Nguyễn Minh Quân phát biểu.", officials: [["Lương Nguyễn Minh Quân", ["Chủ tịch HĐND tỉnh"]]] },
  { text: "Chủ tịch HĐND thành phố Lương Nguyễn Minh Quân phát biểu.", officials: [["Lương Nguyễn Minh Quân", ["Chủ tịch HĐND thành phố"]]] },
  {
    text: "Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Lương Nguyễn Minh Quân phát biểu.",
    officials: [["Lương Nguyễn Minh Quân", ["Ủy viên dự khuyết Trung ương Đảng", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố"]]],
  },
  { text: "Chủ tịch UBND phường Lê Lợi Nguyễn Văn Hòa báo cáo.", officials: [["Nguyễn Văn Hòa", ["Chủ tịch UBND phường Lê Lợi"]]] },
  { text: "Bí thư Đảng ủy xã Hồng Phong Nguyễn Văn Thịnh báo cáo.", officials: [["Nguyễn Văn Thịnh", ["Bí thư Đảng ủy xã Hồng Phong"]]] },
  { text: "Giám đốc Sở Nội vụ, ông Trần Văn Bình cho biết.", officials: [["Trần Văn Bình", ["Giám đốc Sở Nội vụ"]]] },
  // Family names of the Thái, Hmông, Khmer and Central Highlands peoples.
  { text: "Phó Chủ tịch UBND tỉnh Cầm Bá Xuân dự buổi làm việc.", officials: [["Cầm Bá Xuân", ["Phó Chủ tịch UBND tỉnh"]]] },
  { text: "Bí thư Huyện ủy Điêu Chính Hải chủ trì hội nghị.", officials: [["Điêu Chính Hải", ["Bí thư Huyện ủy"]]] },
  { text: "Chủ tịch UBND xã Quàng Văn Pâng cho biết.", officials: [["Quàng Văn Pâng", ["Chủ tịch UBND xã"]]] },
  { text: "Phó Chủ tịch UBND tỉnh Ksor Phước Hà trao quà.", officials: [["Ksor Phước Hà", ["Phó Chủ tịch UBND tỉnh"]]] },
  { text: "Bí thư Huyện ủy Kim Sơn Nguyễn Văn Tám dự.", officials: [["Nguyễn Văn Tám", ["Bí thư Huyện ủy Kim Sơn"]]] },
  { text: "Bà Phan Ngọc Kim Hạnh, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.", officials: [["Phan Ngọc Kim Hạnh", ["Trưởng Ban Tổ chức Tỉnh ủy"]]] },
  // The head of a village named right after the position.
  { text: "Trưởng thôn Vừ A Dính báo cáo tình hình an ninh.", officials: [["Vừ A Dính", ["Trưởng thôn"]]] },
  { text: "Trưởng bản Lò Văn Thắm cho biết bản đã có điện.", officials: [["Lò Văn Thắm", ["Trưởng bản"]]] },
  // What qualifies a position before the name is no part of it.
  { text: "Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa Nguyễn Văn An dự.", officials: [["Nguyễn Văn An", ["Phó Chủ tịch UBND tỉnh"]]] },
  { text: "Phó Chủ tịch UBND tỉnh phụ trách khối văn xã Nguyễn Văn Bình dự.", officials: [["Nguyễn Văn Bình", ["Phó Chủ tịch UBND tỉnh"]]] },
  { text: "Bí thư Huyện ủy nhiệm kỳ 2020 - 2025 Đỗ Văn Khánh phát biểu.", officials: [["Đỗ Văn Khánh", ["Bí thư Huyện ủy"]]] },
  // "phòng, chống": a comma inside the name of a steering board.
  {
    text: "Trưởng Ban Nội chính Tỉnh ủy, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực Lê Văn Cường phát biểu.",
    officials: [["Lê Văn Cường", ["Trưởng Ban Nội chính Tỉnh ủy", "Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực"]]],
  },
  {
    text: "Ông Tạ Văn Hùng, Phó Trưởng Ban Chỉ đạo phòng, chống dịch huyện cho biết.",
    officials: [["Tạ Văn Hùng", ["Phó Trưởng Ban Chỉ đạo phòng, chống dịch huyện"]]],
  },
  // The city named after a person and its abbreviation in a position.
  { text: "Bí thư Thành ủy TP.HCM Nguyễn Văn Nên dự hội nghị.", officials: [["Nguyễn Văn Nên", ["Bí thư Thành ủy TP.HCM"]]] },
  { text: "Bí thư Thành ủy TP. Hồ Chí Minh Nguyễn Văn Nên dự hội nghị.", officials: [["Nguyễn Văn Nên", ["Bí thư Thành ủy TP. Hồ Chí Minh"]]] },
  {
    text: "Ông Trần Lưu Quang, Bí thư Thành ủy Thành phố Hồ Chí Minh chủ trì hội nghị.",
    officials: [["Trần Lưu Quang", ["Bí thư Thành ủy Thành phố Hồ Chí Minh"]]],
  },
  // Three syllables after a position's commune or ward are the person holding it, not the place.
  { text: "Chủ tịch UBND xã Trần Văn Tú cho biết xã đã về đích nông thôn mới.", officials: [["Trần Văn Tú", ["Chủ tịch UBND xã"]]] },
  { text: "Bí thư Đảng ủy xã Lê Thị Hằng phát biểu tại đại hội.", officials: [["Lê Thị Hằng", ["Bí thư Đảng ủy xã"]]] },
  { text: "Phó Chủ tịch HĐND phường Ngô Quang Vũ báo cáo kết quả giám sát.", officials: [["Ngô Quang Vũ", ["Phó Chủ tịch HĐND phường"]]] },
  { text: "Ủy viên Ban Thường vụ Đảng ủy phường Đặng Thị Kim Oanh trao quà.", officials: [["Đặng Thị Kim Oanh", ["Ủy viên Ban Thường vụ Đảng ủy phường"]]] },
  // A family name third in a four-syllable name after a unit word: still one name ("Thị" ends no place).
  { text: "Bí thư Đảng ủy phường Nguyễn Thị Lê Hoa phát biểu.", officials: [["Nguyễn Thị Lê Hoa", ["Bí thư Đảng ủy phường"]]] },
  {
    text: "Phó Chủ tịch UBND huyện kiêm Trưởng Công an huyện Lê Văn Hùng báo cáo.",
    officials: [["Lê Văn Hùng", ["Phó Chủ tịch UBND huyện", "Trưởng Công an huyện"]]],
  },
];

/**
 * Departments and councils' committees whose names join fields with a dash or a comma ("Sở Lao
 * động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Ban Kinh tế - Ngân sách"):
 * the whole name stays in the position, before or after the person's name, while a dash or
 * comma before another position or person still separates.
 */
const AGENCY_NAMES: Row[] = [
  {
    text: "Đồng chí Nguyễn Văn Hưng, Giám đốc Sở Lao động - Thương binh và Xã hội báo cáo tình hình.",
    officials: [["Nguyễn Văn Hưng", ["Giám đốc Sở Lao động - Thương binh và Xã hội"]]],
  },
  {
    text: "Bà Trần Thị Mai, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Ủy viên Ban Chấp hành Đảng bộ tỉnh dự họp.",
    officials: [["Trần Thị Mai", ["Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Ủy viên Ban Chấp hành Đảng bộ tỉnh"]]],
  },
  {
    text: "Phát biểu tại hội nghị, Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Thị Mai cho biết tỉnh đón nhiều khách.",
    officials: [["Trần Thị Mai", ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]]],
  },
  {
    text: "Tỉnh ủy viên, Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Thị Mai phát biểu.",
    officials: [["Trần Thị Mai", ["Tỉnh ủy viên", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"]]],
  },
  {
    text: "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Lê Quang Vinh đề nghị làm rõ nguồn vốn.",
    officials: [["Lê Quang Vinh", ["Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"]]],
  },
  {
    text: "Ông Lê Quang Vinh - Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh đề nghị làm rõ nguồn vốn.",
    officials: [["Lê Quang Vinh", ["Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"]]],
  },
  {
    text: "Ông Hồ Văn Tâm - Trưởng phòng Tài chính - Kế hoạch huyện báo cáo dự toán.",
    officials: [["Hồ Văn Tâm", ["Trưởng phòng Tài chính - Kế hoạch huyện"]]],
  },
  {
    text: "Đồng chí Vũ Thị Lan, Trưởng phòng Văn hóa - Thông tin huyện, Ủy viên Ban Chấp hành Đảng bộ huyện dự họp.",
    officials: [["Vũ Thị Lan", ["Trưởng phòng Văn hóa - Thông tin huyện", "Ủy viên Ban Chấp hành Đảng bộ huyện"]]],
  },
  {
    text: "Dự có đồng chí Phạm Thu Hà, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh và ông Đỗ Minh Khang, Trưởng phòng Kinh tế - Hạ tầng thị xã.",
    officials: [["Phạm Thu Hà", ["Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"]], ["Đỗ Minh Khang", ["Trưởng phòng Kinh tế - Hạ tầng thị xã"]]],
  },
  {
    text: "Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Ngọc Lâm phát biểu.",
    officials: [["Đào Ngọc Lâm", ["Bộ trưởng Bộ Lao động - Thương binh và Xã hội"]]],
  },
  // Bodies merged in 2025, and a body's name with a comma inside.
  {
    text: "Đồng chí Lê Văn Hòa, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu.",
    officials: [["Lê Văn Hòa", ["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"]]],
  },
  { text: "Trưởng Ban Tuyên giáo và Dân vận Thành ủy Phạm Thị Lan dự.", officials: [["Phạm Thị Lan", ["Trưởng Ban Tuyên giáo và Dân vận Thành ủy"]]] },
  {
    text: "Ông Hồ Văn Nam, Phó Trưởng Ban Chính sách, chiến lược Trung ương dự buổi làm việc.",
    officials: [["Hồ Văn Nam", ["Phó Trưởng Ban Chính sách, chiến lược Trung ương"]]],
  },
  { text: "Phó Trưởng Ban Chính sách, chiến lược Trung ương Hồ Văn Nam dự.", officials: [["Hồ Văn Nam", ["Phó Trưởng Ban Chính sách, chiến lược Trung ương"]]] },
  // The dash or comma after a department still separates positions and people.
  {
    text: "Ông Trịnh Văn Phúc, Giám đốc Sở Tài chính, Phó Trưởng ban Chỉ đạo phát biểu.",
    officials: [["Trịnh Văn Phúc", ["Giám đốc Sở Tài chính", "Phó Trưởng ban Chỉ đạo"]]],
  },
  {
    text: "Các đồng chí: Lý Văn Sáng - Giám đốc Sở Tài chính, Hà Minh Đức - Giám đốc Sở Xây dựng cùng dự.",
    officials: [["Lý Văn Sáng", ["Giám đốc Sở Tài chính"]], ["Hà Minh Đức", ["Giám đốc Sở Xây dựng"]]],
  },
  {
    text: "Ông Kiều Văn Toàn - Giám đốc Sở Y tế - phát biểu tại buổi làm việc.",
    officials: [["Kiều Văn Toàn", ["Giám đốc Sở Y tế"]]],
  },
];

/** Lists after "các đồng chí", split by ";" or ",". */
const LISTS: Row[] = [
  // A deputy's position, held by several, before a list of names: each of them holds it.
  {
    text: "Dự hội nghị có Phó Chủ tịch UBND tỉnh Lê Ngọc Hải, Vương Thị Thanh Nga và lãnh đạo các sở.",
    officials: [["Lê Ngọc Hải", ["Phó Chủ tịch UBND tỉnh"]], ["Vương Thị Thanh Nga", ["Phó Chủ tịch UBND tỉnh"]]],
  },
  {
    text: "Cùng dự có Phó Bí thư Tỉnh ủy Hà Văn Sơn, Trần Thị Mai và Lò Văn Pánh.",
    officials: [["Hà Văn Sơn", ["Phó Bí thư Tỉnh ủy"]], ["Trần Thị Mai", ["Phó Bí thư Tỉnh ủy"]], ["Lò Văn Pánh", ["Phó Bí thư Tỉnh ủy"]]],
  },
  // One head: the names after the first hold no position the text gives.
  { text: "Dự có Bí thư Tỉnh ủy Hà Văn Sơn, Trần Thị Mai và nhiều cựu chiến binh.", officials: [["Hà Văn Sơn", ["Bí thư Tỉnh ủy"]]] },
  // A name with its own position keeps it.
  {
    text: "Dự có Phó Chủ tịch UBND tỉnh Lê Ngọc Hải, Vương Thị Thanh Nga - Giám đốc Sở Y tế.",
    officials: [["Lê Ngọc Hải", ["Phó Chủ tịch UBND tỉnh"]], ["Vương Thị Thanh Nga", ["Giám đốc Sở Y tế"]]],
  },
  // One position in the plural ("các …") before a list of names, without a colon.
  {
    text: "Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Thành Công, Lê Thị Thu Hằng.",
    officials: [["Nguyễn Thành Công", ["Phó Chủ tịch UBND tỉnh"]], ["Lê Thị Thu Hằng", ["Phó Chủ tịch UBND tỉnh"]]],
  },
  {
    text: "Các Phó Bí thư Tỉnh ủy Vũ Đức Hòa và Hà Văn Tú cùng dự.",
    officials: [["Vũ Đức Hòa", ["Phó Bí thư Tỉnh ủy"]], ["Hà Văn Tú", ["Phó Bí thư Tỉnh ủy"]]],
  },
  {
    text: "Các đồng chí Phó Chủ tịch UBND tỉnh Hồ Văn Quý, Lâm Thị Hà và Đinh Văn Sơn, Bí thư Huyện ủy dự.",
    officials: [["Hồ Văn Quý", ["Phó Chủ tịch UBND tỉnh"]], ["Lâm Thị Hà", ["Phó Chủ tịch UBND tỉnh"]], ["Đinh Văn Sơn", ["Bí thư Huyện ủy"]]],
  },
  // In the singular the position is the first name's only.
  { text: "Phó Bí thư Tỉnh ủy Kiều Văn Nam và Tạ Thị Lan cùng dự.", officials: [["Kiều Văn Nam", ["Phó Bí thư Tỉnh ủy"]]] },
  // One position the names share, written once before the colon.
  {
    text: "Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Thành Công, Lê Thị Thu Hằng.",
    officials: [["Nguyễn Thành Công", ["Phó Chủ tịch UBND tỉnh"]], ["Lê Thị Thu Hằng", ["Phó Chủ tịch UBND tỉnh"]]],
  },
  {
    text: "Dự hội nghị có các Phó Bí thư Tỉnh ủy: Trần Văn An và Vũ Đức Hòa; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Hà Văn Tú, Cao Thị Bích, Kiều Minh Sơn.",
    officials: [
      ["Trần Văn An", ["Phó Bí thư Tỉnh ủy"]], ["Vũ Đức Hòa", ["Phó Bí thư Tỉnh ủy"]],
      ["Hà Văn Tú", ["Ủy viên Ban Thường vụ Tỉnh ủy"]], ["Cao Thị Bích", ["Ủy viên Ban Thường vụ Tỉnh ủy"]], ["Kiều Minh Sơn", ["Ủy viên Ban Thường vụ Tỉnh ủy"]],
    ],
  },
  {
    text: "Dự hội nghị có các đồng chí: Nguyễn Văn Nam - Thành ủy viên, Bí thư Quận ủy; Đỗ Thị Lan Duyên - Phó Bí thư Thường trực Quận ủy.",
    officials: [["Nguyễn Văn Nam", ["Thành ủy viên", "Bí thư Quận ủy"]], ["Đỗ Thị Lan Duyên", ["Phó Bí thư Thường trực Quận ủy"]]],
  },
  {
    text: "Dự có các đồng chí: Nguyễn Văn Nam - Bí thư Quận ủy, Đỗ Thị Lan Duyên - Phó Bí thư Thường trực Quận ủy, Lê Văn Tám - Chủ tịch UBND quận.",
    officials: [["Nguyễn Văn Nam", ["Bí thư Quận ủy"]], ["Đỗ Thị Lan Duyên", ["Phó Bí thư Thường trực Quận ủy"]], ["Lê Văn Tám", ["Chủ tịch UBND quận"]]],
  },
  {
    text: "Dự hội nghị có đồng chí Nguyễn Văn Nam, Bí thư Quận ủy, đồng chí Đỗ Thị Lan Duyên, Phó Bí thư Thường trực Quận ủy.",
    officials: [["Nguyễn Văn Nam", ["Bí thư Quận ủy"]], ["Đỗ Thị Lan Duyên", ["Phó Bí thư Thường trực Quận ủy"]]],
  },
  {
    text: "Đồng chí Lê Văn Tám - Phó Chủ tịch UBND tỉnh; đồng chí Trần Thị Hoa - Giám đốc Sở Nội vụ dự hội nghị.",
    officials: [["Lê Văn Tám", ["Phó Chủ tịch UBND tỉnh"]], ["Trần Thị Hoa", ["Giám đốc Sở Nội vụ"]]],
  },
  {
    text: "Tham dự có đồng chí Lê Văn Tám, Phó Chủ tịch UBND tỉnh; Trần Thị Hoa, Giám đốc Sở Nội vụ.",
    officials: [["Lê Văn Tám", ["Phó Chủ tịch UBND tỉnh"]], ["Trần Thị Hoa", ["Giám đốc Sở Nội vụ"]]],
  },
  {
    text: "Đồng chí Nguyễn Văn Nam, Bí thư Huyện ủy Sơn Khê và đồng chí Lê Thị Hoa, Chủ tịch UBND huyện dự.",
    officials: [["Nguyễn Văn Nam", ["Bí thư Huyện ủy Sơn Khê"]], ["Lê Thị Hoa", ["Chủ tịch UBND huyện"]]],
  },
  // The shared position after the list's own colon.
  {
    text: "Cùng chủ trì có các đồng chí: Phó Bí thư Tỉnh ủy: Lại Thế Nguyên, Đỗ Minh Tuấn.",
    officials: [["Lại Thế Nguyên", ["Phó Bí thư Tỉnh ủy"]], ["Đỗ Minh Tuấn", ["Phó Bí thư Tỉnh ủy"]]],
  },
  // After a plural list's last name, its positions are every listed person's.
  {
    text: "Các đồng chí Nguyễn Văn An, Lê Thị Bình, Trần Văn Cường, Ủy viên Ban Thường vụ Huyện ủy cùng dự.",
    officials: [["Nguyễn Văn An", ["Ủy viên Ban Thường vụ Huyện ủy"]], ["Lê Thị Bình", ["Ủy viên Ban Thường vụ Huyện ủy"]], ["Trần Văn Cường", ["Ủy viên Ban Thường vụ Huyện ủy"]]],
  },
  {
    text: "Cùng dự có các đồng chí Nguyễn Văn An và Lê Thị Bình, Phó Bí thư Huyện ủy.",
    officials: [["Nguyễn Văn An", ["Phó Bí thư Huyện ủy"]], ["Lê Thị Bình", ["Phó Bí thư Huyện ủy"]]],
  },
  // (Each with a position of their own, or no position at all: nothing shared.)
  {
    text: "Tham dự có các đồng chí Nguyễn Văn An, Bí thư Huyện ủy, Lê Thị Bình, Chủ tịch UBND huyện.",
    officials: [["Nguyễn Văn An", ["Bí thư Huyện ủy"]], ["Lê Thị Bình", ["Chủ tịch UBND huyện"]]],
  },
  { text: "Các đồng chí Nguyễn Văn An, Lê Thị Bình được bầu bổ sung vào Ban Chấp hành.", officials: [] },
];

/** Ranks, academic titles and honorifics stripped from the name; "nguyên" kept in the role. */
const RANKS_AND_HONORIFICS: Row[] = [
  { text: "Đại tá Hoàng Văn Thắng, Chính ủy Bộ Chỉ huy Quân sự tỉnh phát biểu.", officials: [["Hoàng Văn Thắng", ["Chính ủy Bộ Chỉ huy Quân sự tỉnh"]]] },
  { text: "Thiếu tướng Vũ Đức Hạnh - Giám đốc Công an tỉnh báo cáo.", officials: [["Vũ Đức Hạnh", ["Giám đốc Công an tỉnh"]]] },
  { text: "Thượng tá Đỗ Văn Bình, Phó Trưởng Công an huyện cho biết.", officials: [["Đỗ Văn Bình", ["Phó Trưởng Công an huyện"]]] },
  { text: "Giám đốc Công an tỉnh, Đại tá Hoàng Văn Thắng phát biểu.", officials: [["Hoàng Văn Thắng", ["Giám đốc Công an tỉnh"]]] },
  { text: "Đại tướng Phan Văn Giang phát biểu tại hội nghị.", officials: [["Phan Văn Giang"]] },
  { text: "PGS.TS Ngô Thanh Tùng, Phó Giám đốc Học viện trình bày tham luận.", officials: [["Ngô Thanh Tùng", ["Phó Giám đốc Học viện"]]] },
  { text: "GS.TS Trịnh Xuân Lộc - Viện trưởng Viện Nghiên cứu phát biểu.", officials: [["Trịnh Xuân Lộc", ["Viện trưởng Viện Nghiên cứu"]]] },
  { text: "TS. Đặng Hữu Phúc, Phó Trưởng ban Tuyên giáo Tỉnh ủy trình bày.", officials: [["Đặng Hữu Phúc", ["Phó Trưởng ban Tuyên giáo Tỉnh ủy"]]] },
  { text: "ThS Huỳnh Công Danh, Trưởng phòng Nội vụ báo cáo.", officials: [["Huỳnh Công Danh", ["Trưởng phòng Nội vụ"]]] },
  { text: "Đồng chí Trần Đức Lương, nguyên Ủy viên Bộ Chính trị, đến dự.", officials: [["Trần Đức Lương", ["nguyên Ủy viên Bộ Chính trị"]]] },
  {
    text: "Đồng chí Trương Thị Mai, nguyên Ủy viên Bộ Chính trị, nguyên Thường trực Ban Bí thư thăm gia đình.",
    officials: [["Trương Thị Mai", ["nguyên Ủy viên Bộ Chính trị", "nguyên Thường trực Ban Bí thư"]]],
  },
  { text: "Đ/c Nguyễn Thị Thúy Phương - Phó Bí thư Đảng ủy phát biểu.", officials: [["Nguyễn Thị Thúy Phương", ["Phó Bí thư Đảng ủy"]]] },
  { text: "Đ/c Nguyễn Thị Thuý Phương - Phó Bí thư Đảng ủy phát biểu.", officials: [["Nguyễn Thị Thuý Phương", ["Phó Bí thư Đảng ủy"]]] },
  { text: "Đồng chí Lê Diên - Chủ tịch UBND huyện báo cáo.", officials: [["Lê Diên", ["Chủ tịch UBND huyện"]]] },
  { text: "Đồng chí Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy phát biểu.", officials: [["Y Thanh Hà Niê Kđăm", ["Bí thư Tỉnh ủy"]]] },
  // Ê Đê names open with "H'" (women) or "Y" (men), the apostrophe straight or curly, the syllable joined or apart.
  { text: "Đồng chí H'Yim Kđoh, Phó Chủ tịch UBND tỉnh phát biểu.", officials: [["H'Yim Kđoh", ["Phó Chủ tịch UBND tỉnh"]]] },
  { text: "Bà H’Hen Niê - Phó Chủ tịch HĐND tỉnh trao quà.", officials: [["H’Hen Niê", ["Phó Chủ tịch HĐND tỉnh"]]] },
  { text: "Phó Trưởng ban Dân tộc tỉnh H'Bla Êban cho biết.", officials: [["H'Bla Êban", ["Phó Trưởng ban Dân tộc tỉnh"]]] },
  { text: "Bà H' Yăn Mlô, Chủ tịch Hội Liên hiệp Phụ nữ huyện báo cáo.", officials: [["H' Yăn Mlô", ["Chủ tịch Hội Liên hiệp Phụ nữ huyện"]]] },
];

/** Text set in capitals, as headlines and some leads are: the same stop words end a position. */
const IN_CAPITALS: Row[] = [
  { text: "ĐỒNG CHÍ NGUYỄN VĂN HÙNG, BÍ THƯ HUYỆN ỦY PHÁT BIỂU KẾT LUẬN HỘI NGHỊ.", officials: [["NGUYỄN VĂN HÙNG", ["BÍ THƯ HUYỆN ỦY"]]] },
  { text: "PHÓ CHỦ TỊCH UBND TỈNH ĐẶNG VĂN NAM DỰ VÀ CHỈ ĐẠO HỘI NGHỊ.", officials: [["ĐẶNG VĂN NAM", ["PHÓ CHỦ TỊCH UBND TỈNH"]]] },
  {
    text: "ĐỒNG CHÍ LÊ VĂN TÁM - ỦY VIÊN DỰ KHUYẾT BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG, BÍ THƯ TỈNH ỦY VÀ ĐOÀN CÔNG TÁC LÀM VIỆC TẠI HUYỆN.",
    officials: [["LÊ VĂN TÁM", ["ỦY VIÊN DỰ KHUYẾT BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG", "BÍ THƯ TỈNH ỦY"]]],
  },
  // The verb after the name ends it: "LÀM VIỆC", "THĂM", "TẶNG", "GẶP".
  { text: "BÍ THƯ TỈNH ỦY NGUYỄN VĂN AN LÀM VIỆC VỚI HUYỆN ỦY ĐÔNG SƠN.", officials: [["NGUYỄN VĂN AN", ["BÍ THƯ TỈNH ỦY"]]] },
  { text: "PHÓ CHỦ TỊCH UBND TỈNH LÊ THỊ HOA THĂM VÀ TẶNG QUÀ HỘ NGHÈO.", officials: [["LÊ THỊ HOA", ["PHÓ CHỦ TỊCH UBND TỈNH"]]] },
  { text: "CHỦ TỊCH UBND HUYỆN TRẦN MINH ĐỨC GẶP MẶT CÁC DOANH NGHIỆP.", officials: [["TRẦN MINH ĐỨC", ["CHỦ TỊCH UBND HUYỆN"]]] },
];

/** Lao and Khmer names as Vietnamese writes them: syllables joined by hyphens, no Vietnamese family name. */
const TRANSLITERATED: Row[] = [
  {
    text: "Đồng chí Xỉ-sổm-phon Phôm-vi-hản, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, dự hội nghị.",
    officials: [["Xỉ-sổm-phon Phôm-vi-hản", ["Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào"]]],
  },
  { text: "Ngài Bun-thoong Xỉ-thạ-vông, Tỉnh trưởng tỉnh Chăm-pa-xắc phát biểu.", officials: [["Bun-thoong Xỉ-thạ-vông", ["Tỉnh trưởng tỉnh Chăm-pa-xắc"]]] },
  {
    text: "Đồng chí Khăm-phăn Phơi-nhả-vông - Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa-phăn cùng dự.",
    officials: [["Khăm-phăn Phơi-nhả-vông", ["Bí thư Tỉnh ủy", "Tỉnh trưởng tỉnh Hủa-phăn"]]],
  },
  // Title, then the name: every word of it hyphenated.
  {
    text: "Tổng Bí thư, Chủ tịch nước Lào Thoòng-lun Xi-sú-lít tiếp đoàn.",
    officials: [["Thoòng-lun Xi-sú-lít", ["Tổng Bí thư", "Chủ tịch nước Lào"]]],
  },
  // A Khmer name of a short syllable and a hyphenated one, after its title; a place of that shape names nobody.
  { text: "Thủ tướng Campuchia Hun Ma-nét tiếp đoàn.", officials: [["Hun Ma-nét", ["Thủ tướng Campuchia"]]] },
  { text: "Tỉnh trưởng tỉnh Xiêm Riệp Tia Xây-heng tiếp đoàn.", officials: [["Tia Xây-heng", ["Tỉnh trưởng tỉnh Xiêm Riệp"]]] },
  { text: "Bí thư Tỉnh ủy Luông Pha-bang phát biểu tại buổi tiếp.", officials: [] },
  // A dash glued before a position ends a Vietnamese name; a place in hyphens names nobody.
  { text: "Ông Trương Hồng Phúc-bí thư huyện ủy phát biểu.", officials: [["Trương Hồng Phúc", ["bí thư huyện ủy"]]] },
  { text: "Đoàn công tác thăm tỉnh Xay-nhạ-bu-ly và Luông Pha-bang.", officials: [] },
  { text: "Học tập chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh.", officials: [] },
];

/** One official per person, however often named (later by given name alone). */
const SAME_PERSON: Row[] = [
  { text: "Đồng chí Nguyễn Văn Nam - Bí thư Quận ủy phát biểu. Đồng chí Nam yêu cầu các chi bộ thực hiện tốt.", officials: [["Nguyễn Văn Nam", ["Bí thư Quận ủy"]]], mentions: 2 },
  { text: "Ông Nguyễn Văn Nam, Bí thư Quận ủy cho biết. Theo ông Nam, năm nay quận đạt kết quả tốt.", officials: [["Nguyễn Văn Nam", ["Bí thư Quận ủy"]]], mentions: 2 },
  {
    text: "Đồng chí Nguyễn Văn Nam - Bí thư Quận ủy phát biểu.\nPhó Bí thư Quận ủy Trần Thị Hoa báo cáo.\nKết luận, đồng chí Nguyễn Văn Nam yêu cầu thực hiện tốt.",
    officials: [["Nguyễn Văn Nam", ["Bí thư Quận ủy"]], ["Trần Thị Hoa", ["Phó Bí thư Quận ủy"]]], mentions: 2,
  },
  {
    text: "Bí thư Huyện ủy Phạm Minh Khôi chủ trì hội nghị.\nĐồng chí Phạm Minh Khôi, Bí thư Huyện ủy, Chủ tịch HĐND huyện kết luận.",
    officials: [["Phạm Minh Khôi", ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]]], mentions: 2,
  },
];

/** Nobody here is an official of the article. */
const NEGATIVES: Row[] = [
  { text: "Các cấp ủy học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", officials: [] },
  { text: "Chủ tịch Hồ Chí Minh đã dạy: Cán bộ là gốc của mọi công việc.", officials: [] },
  { text: "Học tập Di chúc của Chủ tịch Hồ Chí Minh.", officials: [] },
  { text: "Buổi lễ diễn ra tại phường Nguyễn Du, quận Hai Bà Trưng.", officials: [] },
  // A list opened by a group that is no position.
  { text: "Các đồng chí lãnh đạo huyện cùng dự và chúc mừng: Lê Văn An, Hà Thị Bình.", officials: [] },
  // A district named like a person, with no one named after it.
  { text: "Chủ tịch UBND huyện Kim Bảng phát biểu tại hội nghị.", officials: [] },
  { text: "Trưởng thôn Tân Lập phát biểu ý kiến.", officials: [] },
  // A ward named after a historical figure stays the place after a position's ward word.
  { text: "Chủ tịch UBND phường Hoàng Văn Thụ cho biết phường đã hoàn thành chỉ tiêu.", officials: [] },
  { text: "Bí thư Đảng ủy phường Nguyễn Thị Minh Khai phát biểu khai mạc.", officials: [] },
  { text: "Đoàn công tác đến thăm xã Lê Văn Tám, các hộ gia đình chính sách.", officials: [] },
  { text: "Tại đường Lê Lợi, các đoàn viên tổ chức ra quân.", officials: [] },
  { text: "Trường THPT Lê Quý Đôn đạt giải nhất.", officials: [] },
  { text: "Bí thư Quận ủy Hoàng Mai phát biểu chỉ đạo hội nghị.", officials: [] },
  // A person whose birth or death is commemorated is history, in every mention.
  { text: "Kỷ niệm 110 năm Ngày sinh Đại tướng Võ Nguyên Giáp (25/8/1911 - 25/8/2021).", officials: [] },
  { text: "Huyện ủy tổ chức lễ kỷ niệm 120 năm Ngày sinh đồng chí Hà Huy Tập, Tổng Bí thư của Đảng. Đồng chí Hà Huy Tập, Tổng Bí thư của Đảng, là tấm gương sáng.", officials: [] },
  { text: "Kỷ niệm ngày mất của đồng chí Trần Phú, Tổng Bí thư đầu tiên của Đảng.", officials: [] },
  { text: "Đồng chí Bí thư Đảng ủy Khối Cơ Quan Tỉnh phát biểu.", officials: [] },
  { text: "Chủ tịch UBND huyện Sơn Khê báo cáo tình hình.", officials: [] },
  { text: "Anh Nguyễn Văn Hùng, người dân ở thôn 3, cho biết.", officials: [] },
  { text: "Ông Lê Văn Hai (70 tuổi, ở thôn 2) chia sẻ niềm vui.", officials: [] },
  { text: "Ông Hà Văn Tú, 70 tuổi, ở thôn 3 cho biết gia đình đã thoát nghèo.", officials: [] },
  { text: "Ông Nguyễn Văn Hùng cho biết gia đình đã hiến đất làm đường.", officials: [] },
  { text: "Nhân dịp này, Ban Tổ chức Tỉnh ủy trao tặng giấy khen.", officials: [] },
  { text: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức hội nghị.", officials: [] },
  { text: "Công ty Cổ phần Phú Thành trao 100 suất quà.", officials: [] },
  { text: "Bệnh viện Đa khoa Thanh Hà tổ chức khám bệnh.", officials: [] },
  // An organization named after a person: its namesake is no official.
  { text: "Giám đốc Trường Chính trị Trần Phú cho biết, trường đào tạo 2.000 học viên.", officials: [] },
  { text: "Giám đốc Công ty Lê Gia trao 50 suất quà.", officials: [] },
  { text: "Bí thư Chi bộ Khu phố Lê Lợi phát biểu.", officials: [] },
  { text: "Tổng Giám đốc Tập đoàn Mai Linh tặng quà.", officials: [] },
  { text: "Hiệu trưởng Trường THCS Nguyễn Du Trần Văn Minh phát biểu.", officials: [["Trần Văn Minh", ["Hiệu trưởng Trường THCS Nguyễn Du"]]] },
  { text: "Giám đốc Trường Chính trị tỉnh Lê Văn Hùng dự.", officials: [["Lê Văn Hùng", ["Giám đốc Trường Chính trị tỉnh"]]] },
  { text: "Đồng chí Trần Văn Bình - Bí thư Quận ủy phát biểu.\nHồng Vân", officials: [["Trần Văn Bình", ["Bí thư Quận ủy"]]] },
  { text: "Đồng chí Trần Văn Bình - Bí thư Quận ủy phát biểu.\nHuỳnh Phong - Hùng Anh", officials: [["Trần Văn Bình", ["Bí thư Quận ủy"]]] },
  { text: "Đồng chí Nguyễn Văn Nam - Bí thư Huyện ủy và ông Trần Văn Bình cùng dự.", officials: [["Nguyễn Văn Nam", ["Bí thư Huyện ủy"]]] },
];

describe("extract().officials", () => {
  describe("name, then title", () => {
    it.each(named(NAME_THEN_TITLE))("%s", (_text, row) => check(row));
  });
  describe("title, then name", () => {
    it.each(named(TITLE_THEN_NAME))("%s", (_text, row) => check(row));
  });
  describe("lists", () => {
    it.each(named(LISTS))("%s", (_text, row) => check(row));
  });
  describe("agency names joining fields with a dash or comma", () => {
    it.each(named(AGENCY_NAMES))("%s", (_text, row) => check(row));
  });
  describe("ranks, academic titles, honorifics", () => {
    it.each(named(RANKS_AND_HONORIFICS))("%s", (_text, row) => check(row));
  });
  describe("text in capitals", () => {
    it.each(named(IN_CAPITALS))("%s", (_text, row) => check(row));
  });
  describe("names transliterated with hyphens", () => {
    it.each(named(TRANSLITERATED))("%s", (_text, row) => check(row));
  });
    describe("the same person named again", () => {
    it.each(named(SAME_PERSON))("%s", (_text, row) => check(row));
  });
  describe("no official", () => {
    it.each(named(NEGATIVES))("%s", (_text, row) => check(row));
  });

  it("keeps bylines out of officials and in authors", () => {
    const record = extract(`${HEADLINE}\nĐồng chí Trần Văn Bình - Bí thư Quận ủy phát biểu.\nHồng Vân`);
    expect(record.authors).toEqual(["Hồng Vân"]);
    expect(record.officials.map((o) => o.name)).not.toContain("Hồng Vân");
  });
});
