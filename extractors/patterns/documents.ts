/**
 * How Party and state documents are named: type words and their codes, the codes that can
 * follow a number, the issuer codes, and the bodies that imply an issuer.
 */

/** Document type words → their code, longest first so "Quyết định" wins over "Quy". */
export const TYPE_WORDS: ReadonlyArray<readonly [word: string, code: string]> = [
  ["Nghị quyết liên tịch", "NQLT"],
  ["Thông tư liên tịch", "TTLT"],
  ["Nghị quyết", "NQ"],
  ["Chỉ thị", "CT"],
  ["Kết luận", "KL"],
  ["Quy chế", "QC"],
  ["Quy định", "QĐ"],
  ["Quyết định", "QĐ"],
  ["Hướng dẫn", "HD"],
  ["Thông báo", "TB"],
  ["Kế hoạch", "KH"],
  ["Báo cáo", "BC"],
  ["Tờ trình", "TTr"],
  ["Chương trình hành động", "CTr"],
  ["Chương trình", "CTr"],
  ["Thông tri", "TT"],
  ["Thông tư", "TT"],
  ["Công văn", "CV"],
  ["Đề án", "ĐA"],
  ["Phương án", "PA"],
  ["Nghị định", "NĐ"],
  ["Pháp lệnh", "PL"],
  ["Luật", "L"],
  ["Công điện", "CĐ"],
  ["Giấy mời", "GM"],
];

/** Type code → its type word, for the record's `type`. */
export const CODE_TYPES: Readonly<Record<string, string>> = {
  NQ: "Nghị quyết", CT: "Chỉ thị", KL: "Kết luận", QC: "Quy chế", QĐ: "Quyết định", QĐi: "Quy định",
  QyĐ: "Quy định", HD: "Hướng dẫn", TB: "Thông báo", KH: "Kế hoạch", BC: "Báo cáo", TTr: "Tờ trình",
  CTr: "Chương trình", TT: "Thông tri", CV: "Công văn", ĐA: "Đề án", PA: "Phương án", NĐ: "Nghị định",
  TTLT: "Thông tư liên tịch", NQLT: "Nghị quyết liên tịch", PL: "Pháp lệnh", CĐ: "Công điện", GM: "Giấy mời",
  BB: "Biên bản", QĐNS: "Quyết định", BS: "Bản sao", L: "Luật", QH: "Luật",
};

/**
 * Codes that may follow a number, in the spelling the id uses. Matching folds case and
 * D/Đ; longer codes are tried first (CTr before CT, QĐi before QĐ).
 */
export const TYPE_CODES = [
  "QĐNS", "QĐi", "QyĐ", "TTLT", "NQLT", "CTr", "TTr", "NQ", "CT", "KL", "QC", "QĐ", "HD", "TB", "KH", "BC",
  "TT", "CV", "ĐA", "PA", "NĐ", "PL", "CĐ", "GM", "BB", "BS",
];

/** Party issuer codes (after the slash of a Party number). Anything else is read as written. */
export const PARTY_ISSUERS = [
  "TW", "TƯ", "T.Ư", "VPTW", "BTCTW", "BTGTW", "BTGDVTW", "UBKTTW", "BDVTW", "BNCTW", "BKTTW", "QUTW", "ĐUQSTW", "ĐUCA", "BCĐTW",
  "TU", "BTCTU", "BTGTU", "BTGDVTU", "UBKTTU", "VPTU", "BDVTU", "BNCTU", "HU", "QU", "ThU", "TX", "ĐU", "ĐUK", "CB", "BCĐ",
  "BTCHU", "BTGHU", "UBKTHU", "BTCQU", "BTGQU", "UBKTQU", "BDVQU", "VPQU", "VPHU", "TWĐTN", "ĐTN", "TWĐ", "BCS", "BCSĐ",
];

/**
 * An issuing body named in words → the issuer code it implies. Tried in order; the first
 * pattern that matches the body phrase wins (the commissions before their committee).
 */
export const BODY_ISSUERS: ReadonlyArray<readonly [pattern: RegExp, issuer: string]> = [
  [/Quân ủy Trung ương/iu, "QUTW"],
  // The commissions merged in 2025 number their documents under the merged code ("-HD/BTGDVTU").
  [/Ban Tuyên giáo và Dân vận (Trung ương|TW|TƯ|T\.Ư)/iu, "BTGDVTW"],
  [/Ban Tuyên giáo (Trung ương|TW|TƯ|T\.Ư)/iu, "BTGTW"],
  [/Ban Tổ chức (Trung ương|TW|TƯ|T\.Ư)/iu, "BTCTW"],
  [/Ủy ban Kiểm tra (Trung ương|TW|TƯ|T\.Ư)/iu, "UBKTTW"],
  [/Ban Dân vận (Trung ương|TW|TƯ|T\.Ư)/iu, "BDVTW"],
  [/Văn phòng (Trung ương|TW|TƯ|T\.Ư)/iu, "VPTW"],
  [/Ban Nội chính (Trung ương|TW|TƯ|T\.Ư)/iu, "BNCTW"],
  [/Ban Chỉ đạo (Trung ương|TW)/iu, "BCĐTW"],
  [/Bộ Chính trị|Ban Bí thư|Ban Chấp hành (Trung ương|TW|TƯ|T\.Ư)|BCH ?(Trung ương|TW|TƯ|T\.Ư)|^(Trung ương|TW|TƯ|T\.Ư)( Đảng)?$|Hội nghị (Trung ương|TW)|Trung ương Đảng/iu, "TW"],
  [/Ban Tổ chức (Tỉnh|Thành) ủy/iu, "BTCTU"],
  [/Ban Tuyên giáo và Dân vận (Tỉnh|Thành) ủy/iu, "BTGDVTU"],
  [/Ban Tuyên giáo (Tỉnh|Thành) ủy/iu, "BTGTU"],
  [/Ủy ban Kiểm tra (Tỉnh|Thành) ủy/iu, "UBKTTU"],
  [/Văn phòng (Tỉnh|Thành) ủy/iu, "VPTU"],
  [/Ban Dân vận (Tỉnh|Thành) ủy/iu, "BDVTU"],
  [/(Tỉnh|Thành) ủy|Đảng bộ (tỉnh|thành phố)/iu, "TU"],
  [/Thị ủy|Đảng bộ thị xã/iu, "ThU"],
  [/Quận ủy|Đảng bộ quận/iu, "QU"],
  [/Huyện ủy|Đảng bộ huyện/iu, "HU"],
  [/Đảng ủy Khối|Đảng bộ Khối/iu, "ĐUK"],
  [/Đảng ủy|Đảng bộ (phường|xã|thị trấn|cơ sở)/iu, "ĐU"],
  [/Chi bộ/iu, "CB"],
  [/Chính phủ/iu, "CP"],
  [/Thủ tướng/iu, "TTg"],
  [/Quốc hội/iu, "QH"],
  [/Ủy ban nhân dân|UBND/u, "UBND"],
  [/Hội đồng nhân dân|HĐND/u, "HĐND"],
];

/**
 * Issuer codes of state bodies: a `N/CODE-ISSUER` number with one of these is a state document.
 * "BCĐ" too: People's Committees have steering boards as Party committees do, and the state
 * pattern ("08/KH-BCĐ") is theirs.
 */
export const STATE_ISSUERS = ["CP", "TTg", "UBND", "HĐND", "QH", "UBTVQH", "VPCP", "BNV", "BYT", "BTC", "BCA", "BQP", "BGDĐT", "BTTTT", "BCĐ"];
