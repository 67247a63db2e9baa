/**
  * Word lists for reading people and positions: family names, honorifics, ranks, the words
  * a position starts with, and the words that end a position. All in normalized spelling
  * (NFC, old-style tones: "Ủy", "Thủy").
  */

/** Vietnamese family names (họ), the common ones and the rarer ones seen in officials' names. */
export const FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lương Đoàn Đào " +
    "Trịnh Mai Tô Hà Lâm Cao Đàm Tạ Thái Quản Đường Kiều Chu Châu Lưu Mạc La Tăng Lại Khúc Thân Triệu " +
    "Nông Lò Hứa Vương Tôn Từ Quách Phùng Khổng Âu Doãn Hầu Đồng Lục Ninh Ông Lạc Bế Hàn Lã Lữ Diệp " +
    "Viên Nghiêm Thạch Tống Khương Mã Mẫn Ân Ứng Thiều Trình Chử Chung Đàng Thiệu Bạch Cù Đới Đậu " +
    " Kha Khuất Lô Lều Mông Nhữ Phí Sầm Tào Tiêu Trà Tưởng Vi Y H' Cấn " +
    "Lường Lỗ Lò Lầu Giáp Ma Hán Bàn Sùng Vàng Thào Giàng Mùa Hoàng Quan " +
    // Family names of the Thái, Hmông, Dao and Central Highlands peoples: "Cầm Bá Xuân", "Vừ A
    // Dính", "Tẩn Láo Sử", "Ksor Phước Hà". (Not the Khmer "Sơn", "Kim", "Danh": middle names
    // and place syllables of the Kinh too, "Phan Ngọc Kim Hạnh", "Huyện ủy Sơn Điền".)
    "Cầm Quàng Điêu Tòng Đèo Lù Vừ Hờ Hạng Chảo Tẩn Ksor Siu Kpă " +
    // Rarer ones (not those that open place names too: "Tiền Giang", "Bạc Liêu", "Yên Bái", "Vĩnh Long").
    "Ung Ngọ Nhan Dư Cung Tất Bồ Mạch Tiết Đổng Nhâm Trầm Vòng"
  ).split(/\s+/).filter(Boolean),
);

/** Honorifics and forms of address before a name; stripped from the name. */
export const HONORIFICS = ["đồng chí", "đ/c", "đ.c", "ông", "bà", "anh", "chị", "cụ", "ngài", "Đồng chí", "Đ/c", "Ông", "Bà", "Anh", "Chị", "Ngài"];

/** Military, police and academic ranks; stripped from the name, not roles. */
export const RANKS = [
  "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
  "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Chuẩn úy", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
  "GS.TSKH", "GS.TS", "PGS.TS", "PGS. TS", "GS. TS", "PGS", "GS", "TS.BS", "TS", "ThS", "BS", "BSCKII", "BSCKI", "KS", "CN", "NSND", "NSƯT", "NGND", "NGƯT", "LS", "Nhà báo", "Luật sư", "Bác sĩ", "Tiến sĩ", "Thạc sĩ", "Giáo sư", "Phó Giáo sư",
];

/**
  * Words a position starts with ("Bí thư …", "Phó Chủ tịch …", "UVTV …"). Matched at the
  * start of a role phrase, case-insensitively.
  */
export const ROLE_HEADS = [
  "Tổng Bí thư", "Bí thư", "Phó Bí thư", "PBT", "Chủ tịch", "Phó Chủ tịch", "Chủ nhiệm", "Phó Chủ nhiệm",
  "Ủy viên", "UV", "UVBCT", "UVTW", "UVTƯ", "UVT.Ư", "UVTV", "UVBTV", "UVBCH", "TUV", "HUV", "QUV", "ĐUV", "ThUV",
  "Thành ủy viên", "Tỉnh ủy viên", "Quận ủy viên", "Huyện ủy viên", "Thị ủy viên", "Đảng ủy viên", "Cấp ủy viên",
  "Trưởng ban", "Phó Trưởng ban", "Phó ban", "Trưởng Ban", "Trưởng", "Phó Trưởng", "Phó trưởng", "Trưởng phòng", "Phó Trưởng phòng",
  "Trưởng đoàn", "Phó Trưởng đoàn", "Trưởng khoa", "Trưởng công an", "Trưởng Công an",
  "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Chánh", "Phó Chánh", "Chánh Văn phòng", "Phó Chánh Văn phòng",
  "Chánh án", "Viện trưởng", "Phó Viện trưởng", "Hiệu trưởng", "Phó Hiệu trưởng",
  "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Chủ tịch nước", "Phó Chủ tịch nước",
  "Tổng Thư ký", "Thư ký", "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Phó Chính ủy", "Chỉ huy trưởng", "Chỉ huy phó",
  "Tham mưu trưởng", "Giám đốc Công an", "Đại biểu Quốc hội", "ĐBQH", "Đại biểu HĐND", "Người phát ngôn",
  "Tổng Biên tập", "Phó Tổng Biên tập", "Trưởng Đại diện", "Bí thư Đoàn", "Bí thư chi bộ", "Bí thư Chi bộ",
  "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Tổng cục trưởng", "Chủ nhiệm Ủy ban",
  "Thường trực", "Ủy viên Thường trực", "Ủy viên Bộ Chính trị", "Phó trưởng ban", "Phó Chủ tịch Thường trực",
  "Tổng Tham mưu trưởng", "Phó Tổng Tham mưu trưởng", "Phó Tham mưu trưởng", "Chính trị viên", "Phó Chính trị viên",
  "Phó Tổng cục trưởng", "Phó Chánh án", "Thủ trưởng", "Phó Thủ trưởng", "Đại sứ", "Tổng Lãnh sự", "Phó Tổng Thư ký",
  "Phó Thư ký", "Tổng Kiểm toán", "Phó Tổng Kiểm toán", "Tổng Thanh tra", "Phó Tổng Thanh tra",
  "Chi hội trưởng", "Chi hội phó", "Tổ trưởng", "Tổ phó", "Khu phố trưởng", "Ấp trưởng", "Thôn trưởng", "Xóm trưởng",
  "Đội trưởng", "Đội phó", "Trạm trưởng", "Hiệu phó", "Kế toán trưởng", "Trợ lý", "Chuyên viên",
  // Who teaches or presents a resolution: "giảng viên cao cấp Học viện Chính trị khu vực I", "báo cáo viên Trung ương".
  "Giảng viên", "Báo cáo viên",
  // Chủ tịch / Phó Chủ tịch abbreviated: "CT HĐND huyện", "PCT UBND xã" ("CT" alone is a document code).
  "PCT", "CT UBND", "CT HĐND", "CT UBMTTQ", "CT MTTQ",
  // Giám đốc / Phó Giám đốc abbreviated: "GĐ Trung tâm Y tế huyện", "PGĐ Sở Y tế".
  "GĐ", "PGĐ",
  // State Bank governors; heads of foreign provinces, cities and states, and their envoys.
  "Thống đốc", "Phó Thống đốc", "Tỉnh trưởng", "Phó Tỉnh trưởng", "Thị trưởng", "Phó Thị trưởng", "Tổng thống",
  "Phó Tổng thống", "Phó Đại sứ", "Lãnh sự", "Tham tán",
  // Deputies of the heads above that are written as one word with "Phó" before them.
  "Phó Chỉ huy trưởng", "Phó Đội trưởng", "Phó Trạm trưởng", "Phó Trưởng khoa", "Phó Trưởng Đại diện", "Phó Tổng Lãnh sự",
  "Phó Trưởng công an", "Phó Trưởng Công an", "Phó Tổ trưởng",
];

/** "nguyên" (former) and "tân" (new) stand before a position and stay in it. */
export const ROLE_PREFIXES = ["nguyên", "Nguyên", "tân", "Tân", "quyền", "Quyền"];

/**
  * Words that end a position when they follow it: verbs and connectives of the sentence
  * around a name ("… Bí thư Quận ủy phát biểu", "… Chủ tịch UBND quận cho biết").
  */
export const ROLE_STOPS = [
  "phát biểu", "chủ trì", "báo cáo", "trình bày", "quán triệt", "cho biết", "nhấn mạnh", "đề nghị", "yêu cầu",
  "khẳng định", "trao", "tặng", "dự", "tham dự", "đã", "đến", "tới", "thăm", "làm việc", "tại", "với", "và", "cùng",
  "có", "được", "về", "trong", "khi", "thay mặt", "ghi nhận", "biểu dương", "đánh giá", "chỉ đạo", "kết luận",
  "giữ chức", "làm", "là", "cho", "chúc mừng", "động viên", "ký", "công bố", "đọc", "giới thiệu", "tiếp", "chứng kiến",
  "điều hành", "phụ trách", "nêu", "nói", "đề xuất", "gợi ý", "lưu ý", "mong muốn", "tin tưởng", "thông tin",
  "cũng", "vẫn", "sẽ", "đang", "vừa", "mới", "bày tỏ", "gửi", "nhận", "trực tiếp", "theo", "từ", "bị", "để",
  "nhằm", "qua", "sau", "trước", "khai mạc", "bế mạc", "điều động", "phân công", "bổ nhiệm", "chỉ định", "bầu",
  "kiêm", "hướng dẫn", "truyền đạt", "phổ biến", "tuyên dương", "khen thưởng", "lên", "xuống", "ra", "vào",
  "đồng chí", "các đồng chí", "ông", "bà",
  "dẫn đầu", "chủ tọa", "tiếp thu", "giải trình", "trả lời", "chia sẻ", "phát động", "dâng hương", "dâng hoa",
  "cắt băng", "đôn đốc", "hoan nghênh", "lắng nghe", "trò chuyện", "thăm hỏi", "đồng chủ trì", "đồng chủ tọa",
  // A term after a position qualifies it, and its years are no words of the position: "Bí thư Huyện ủy nhiệm kỳ 2020 - 2025".
  "nhiệm kỳ",
  // Joining a body is no part of a position: "Phó Trưởng Ban Dân vận Tỉnh ủy tham gia Ban Chấp hành".
  "tham gia",
  // Modals and adverbs of the sentence: "Bí thư Đảng ủy xã cần gương mẫu", "… luôn quan tâm".
  "cần", "phải", "nên", "luôn", "đều", "không", "chưa", "hãy", "tiếp tục", "quan tâm",
  // Election day: "… Bí thư Tỉnh ủy bỏ phiếu tại khu vực bỏ phiếu số 3".
  "bỏ phiếu",
  // Verbs of what the person does, and words that begin another statement about them: "… Bí thư
  // Huyện ủy thực hiện nghi thức gắn biển", "… Chánh Văn phòng Huyện ủy đi kiểm tra", "… Phó
  // Giám đốc Sở kể từ ngày 15/3", "… Phó Chủ tịch UBND huyện đồng thời là Trưởng ban …".
  "thực hiện", "triển khai", "kiểm tra", "thông qua", "đi", "gặp", "gặp gỡ", "đón", "kể từ", "đồng thời",
  "hiện là", "hiện nay", "hiện đang", "hiện giữ",
];

/** Positions that open with a stop word: "Ủy viên dự khuyết" (an alternate member) does not "attend" (dự). */
export const ROLE_STOP_EXCEPTIONS = [
  "dự khuyết",
  // "Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện".
  "dự án",
  // A committee's inspection commission, written in lower case: "Chủ nhiệm Ủy ban kiểm tra Huyện ủy".
  ...["Trung ương", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy"].map((body) => `kiểm tra ${body}`),
  // Steering committees named for what they carry out: "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở".
  ...["Quy chế", "Chương trình", "các Chương trình", "Đề án", "Cuộc vận động", "Phong trào", "Nghị quyết", "Chỉ thị", "Kết luận", "Quy định"].map((what) => `thực hiện ${what}`),
  // Ministries and departments whose names hold "và": "Phó Giám đốc Sở Tài nguyên và Môi trường".
  "và Môi trường", "và Truyền thông", "và Công nghệ", "và Đầu tư", "và Phát triển nông thôn", "và Du lịch", "và Xã hội",
  "và Đào tạo", "và Tôn giáo", "và Thông tin", "và Kiểm toán", "và Truyền hình", "và Nhân văn", "và Phát triển", "và Khen thưởng",
  "và Hải đảo", "và Thể thao", "và Gia đình", "và Trẻ em",
  // Bodies merged in 2025: "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy".
  "và Dân vận",
  // Election bodies: "Chủ tịch Ủy ban bầu cử huyện", "Hội đồng bầu cử quốc gia", "Tổ trưởng Tổ bầu cử số 5".
  "bầu cử",
  // A deputy in charge of a body (its acting head): "Phó Giám đốc phụ trách Sở Nội vụ". In charge
  // of a field, the position ends: "Phó Chủ tịch UBND tỉnh phụ trách khối văn xã".
  ...["Sở", "Ban", "Phòng", "Văn phòng", "Ủy ban", "Cục", "Vụ", "Viện", "Trung tâm", "Trường", "Bệnh viện", "Chi cục", "Tổng cục"].map((body) => `phụ trách ${body}`),
];

/**
 * Phrases of bodies' names with a comma inside, the words on each side of it: "Ban Chỉ đạo
 * phòng, chống tham nhũng", "Ban Chính sách, chiến lược Trung ương". The comma continues the
 * position instead of ending it.
 */
export const COMMA_PHRASES: ReadonlyArray<readonly [before: string, after: string]> = [
  ["phòng", "chống"],
  ["Chính sách", "chiến lược"],
];

/**
 * Fields in the names of departments, ministries and councils' committees, whose names join
 * two or three of them with a dash or a comma: "Sở Lao động - Thương binh và Xã hội", "Sở
 * Văn hóa, Thể thao và Du lịch", "Ban Kinh tế - Ngân sách HĐND tỉnh", "Phòng Tài chính - Kế
 * hoạch". A dash or comma between two of them continues the position instead of ending it.
 */
export const AGENCY_FIELDS = [
  "Lao động", "Thương binh", "Xã hội", "Văn hóa", "Thể thao", "Du lịch", "Kinh tế", "Ngân sách", "Hạ tầng",
  "Tài chính", "Kế hoạch", "Đầu tư", "Tài nguyên", "Môi trường", "Thông tin", "Truyền thông", "Giáo dục", "Đào tạo",
  "Khoa học", "Công nghệ", "Kỹ thuật", "Nông nghiệp", "Phát triển nông thôn", "Thủy lợi", "Giao thông", "Vận tải",
  "Xây dựng", "Đô thị", "Quản lý đô thị", "Địa chính", "Nội vụ", "Tư pháp", "Hộ tịch", "Pháp chế", "Dân tộc", "Tôn giáo",
  "Quốc phòng", "An ninh", "Thi đua", "Khen thưởng", "Tổ chức", "Cán bộ", "Kiểm tra", "Tuyên giáo", "Dân vận",
  "Y tế", "Dân số", "Gia đình", "Trẻ em", "Việc làm", "Thương mại", "Công thương", "Văn phòng", "Thống kê",
];

/** Organization words that, directly before a name, make it a place or a body ("phường Nguyễn Du"). */
export const PLACE_WORDS = [
  "phường", "xã", "đường", "ngõ", "trường",
  "Trường", "THPT", "THCS", "Tiểu học", "cầu", "chợ", "công viên", "khu", "tổ dân phố", "thôn", "ấp", "bản", "làng",
  "Phường", "Xã", "Đường", "tàu", "giải", "Giải", "Quỹ", "quỹ",
  "Cúp", "cúp", "Đại lộ", "đại lộ", "Nhà văn hóa", "nhà văn hóa", "Bệnh viện", "bệnh viện", "học bổng", "chương trình",
];

/**
 * Wards, communes and districts named after historical figures with three or more syllables
 * ("phường Hoàng Văn Thụ", "huyện Trần Văn Thời"): after a position's unit word they are the
 * place, where another name of that length would be the person holding the position.
 */
export const NAMESAKE_PLACES: ReadonlySet<string> = new Set([
  "Trần Hưng Đạo", "Lê Hồng Phong", "Hoàng Văn Thụ", "Võ Thị Sáu", "Nguyễn Thị Minh Khai", "Phan Đình Phùng",
  "Hoàng Hoa Thám", "Nguyễn Văn Cừ", "Trần Văn Thời", "Phan Bội Châu", "Nguyễn Thái Học", "Phan Chu Trinh",
  "Lê Quý Đôn", "Nguyễn Đình Chiểu", "Trần Quang Khải", "Đinh Tiên Hoàng", "Lý Thường Kiệt", "Nguyễn Tri Phương",
  "Tôn Đức Thắng", "Nguyễn Văn Trỗi", "Lê Văn Tám", "Hà Huy Tập", "Phạm Ngũ Lão", "Trần Quốc Toản", "Nguyễn Trung Trực",
  "Trần Nhân Tông", "Lê Thanh Nghị", "Nguyễn Văn Linh", "Trần Văn Ơn", "Nguyễn Thị Định", "Lê Đại Hành", "Lý Tự Trọng",
  "Nguyễn Thị Thập", "Nguyễn Cư Trinh", "Phạm Văn Đồng", "Nguyễn An Ninh",
]);

/**
 * Organizations often named after a person ("Trường Chính trị Trần Phú", "Công ty Lê Gia",
 * "Khu phố Lê Lợi"): two syllables that end such a name after a position are its namesake.
 */
export const NAMESAKE_ORGS = [
  "Trường", "Công ty", "Tổng công ty", "Tập đoàn", "Khu phố", "Tổ dân phố", "Hợp tác xã", "HTX", "Bệnh viện", "Nhà văn hóa",
  "Thôn", "Ấp", "Xóm", "Khu",
];

/**
 * Provinces and centrally run cities: two capitalized syllables that open with a family name
 * ("Cao Bằng", "Hà Giang", "Lâm Đồng") read like a name, and after a committee word with a
 * position following ("Chủ tịch UBND tỉnh Cao Bằng, Trưởng đoàn ĐBQH tỉnh") they are the place.
 */
export const PROVINCES: ReadonlySet<string> = new Set([
  "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên",
  "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc",
  "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
  "Quảng Bình", "Quảng Trị", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận",
  "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Long An",
  "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng",
  "Bạc Liêu", "Cà Mau", "Vũng Tàu", "Bà Rịa", "Sài Gòn",
]);

/** People who appear as subjects of ideology or history, never as officials of the article. */
export const NOT_OFFICIALS: ReadonlySet<string> = new Set([
  "Hồ Chí Minh", "Karl Marx", "Lênin", "Các Mác", "Mác Lênin", "Mác - Lênin",
  // Countries whose names read as a family name and a given name: "Đại sứ Hàn Quốc tại Việt Nam".
  "Hàn Quốc", "Trung Quốc", "Hoa Kỳ", "Thái Lan", "Hà Lan", "Ba Lan", "Nhật Bản", "Triều Tiên", "Anh Quốc", "Ấn Độ",
  "Cu Ba", "Liên Xô", "Mông Cổ", "Đài Loan", "Hồng Kông", "Đan Mạch", "Thụy Điển", "Thụy Sĩ", "Phần Lan", "Na Uy",
]);

/**
 * Syllables of that list that are, or may be, given names too ("Trần Văn Phòng", "Lê Văn Nghị",
 * "Lương Văn Kiểm"): one ends a name when it ends the run of capitals (a separator or a word in
 * lower case follows it). Inside a run they still end the name: "… NGUYỄN VĂN AN LÀM VIỆC VỚI …".
 */
export const GIVEN_NAMES_TOO: ReadonlySet<string> = new Set([
  "Phòng", "Nghị", "Luận", "Kỳ", "Quy", "Như", "Thường", "Năm", "Trực", "Chức", "Trị", "Hướng", "Nhiên", "Luật", "Truyền",
  "Làm", "Việc", "Thăm", "Trao", "Tặng", "Kiểm", "Gặp", "Mừng", "Viếng", "Họp", "Khảo", "Sát", "Dâng",
]);

/** Syllables that can never be part of a person's name (titles, bodies, function words). */
export const NOT_NAME_SYLLABLES: ReadonlySet<string> = new Set(
  (
    "Bí Phó Chủ Tịch Ủy Viên Ban Thường Vụ Trực Quận Huyện Tỉnh Xã Phường Đảng Bộ Trị Ương " +
    " Nghị Ông Bà Tá Tướng Sở Phòng Cục Vụ Viện Giám Đốc Tổng Ngày Tháng Năm Chiều Tối " +
    "Trưa Theo Tại Về Với Các Những Của Và Là Có Được Trong Khi Sau Trước Đến Cùng Đội " +
    "Mặt Trận Tổ Lao Động UBND HĐND MTTQ Kế Hoạch Hướng Dẫn Báo Chỉ Luật Nghị Quy Kết Luận " +
    " Biểu Thay Mặt Dự Tham Thứ Chủ Ảnh Nguồn Tin Bài Báo Cổng Đài Truyền Hình " +
    " Nội Khóa Nhiệm Kỳ Lần Một Cụm Khối Cơ Đơn Vị Thể Cá Cán Chức Viên " +
    "Đảng Viên Bác Người Đây Đó Này Nay Nhằm Để Cho Như Tuy Nhưng Thời Đặc Biệt Bên Cạnh Tuy Nhiên " +
    // Verbs that follow a name in a headline set in capitals ("… NGUYỄN VĂN AN LÀM VIỆC VỚI …"); at a
    // run's end they may still be a given name (GIVEN_NAMES_TOO).
    "Làm Việc Thăm Trao Tặng Kiểm Gặp Mừng Viếng Họp Khảo Sát Dâng"
  ).split(/\s+/).filter(Boolean),
);
