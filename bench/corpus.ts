/**
 * A generated corpus of Vietnamese committee news for benchmarks: fictional places and people
 * written in the patterns of real articles (document numbers in their written variants, date
 * forms, deadline phrasings, officials with positions, boilerplate lines, captions, bylines,
 * repeated paragraphs, encoding noise). Seeded: the same options give the same corpus.
 *
 * @example
 *   const corpus = generateCorpus({ bytes: 50 * 1024 * 1024, seed: 1 });
 *   for (const article of corpus.articles) extract(article.text, { published: article.published });
 */

/** What to generate. */
export interface CorpusOptions {
  /** Stop once the articles total at least this many UTF-8 bytes. */
  bytes: number;
  /** PRNG seed; the same seed gives the same corpus. Default 1. */
  seed?: number;
  /** Smallest article in UTF-8 bytes. Default 1024. */
  minArticleBytes?: number;
  /** Largest article in UTF-8 bytes. Default 8192. */
  maxArticleBytes?: number;
}

/** One generated article. */
export interface CorpusArticle {
  /** Plain article text, lines separated by "\n" (sometimes "\r\n"). */
  text: string;
  /** The publication date a crawler would know (`YYYY-MM-DD`), or null when it would not. */
  published: string | null;
  /** `Buffer.byteLength(text, "utf8")`. */
  bytes: number;
}

/** A generated corpus and its size. */
export interface Corpus {
  articles: CorpusArticle[];
  /** Total UTF-8 bytes over all articles. */
  bytes: number;
}

/** Seeded mulberry32 generator with the few draws the templates need. */
class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("Random.pick: empty list");
    return item;
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists (places and people are invented by combining syllables)

const PLACE_FIRST = [
  "Phú", "Tân", "Long", "Bình", "Hòa", "An", "Thạch", "Vĩnh", "Đông", "Kim", "Ngọc", "Sơn", "Hải",
  "Lạc", "Mỹ", "Quảng", "Thái", "Xuân", "Yên", "Hưng", "Gia", "Cẩm", "Đức", "Phước", "Thanh", "Vân",
  "Trà", "Lam", "Nghĩa", "Tường",
] as const;
const PLACE_SECOND = [
  "Khê", "Lâm", "Thạnh", "Vân", "Nguyên", "Điền", "Giang", "Hà", "Sơn", "Phong", "Lộc", "Thịnh",
  "Bồng", "Minh", "Trung", "Châu", "Đình", "Hội", "Xương", "Quế", "Uyên", "Lương", "Thủy", "Hòa",
] as const;
const FAMILY = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
  "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương",
] as const;
const MIDDLE = ["Văn", "Thị", "Đức", "Hữu", "Công", "Minh", "Quang", "Xuân", "Thanh", "Ngọc", "Đình", "Kim", "Thu"] as const;
const GIVEN = [
  "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh",
  "Long", "Mai", "Minh", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Thu",
  "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến", "Duyên", "Toàn", "Lợi", "Khoa", "Nhàn", "Oanh", "Diên",
] as const;
const HONORIFICS = ["đồng chí", "Đồng chí", "đ/c", "Đ/c", "ông", "Ông", "bà", "Bà"] as const;
const RANKS = ["Đại tá", "Thượng tá", "Trung tá", "Thiếu tướng", "GS.TS", "PGS.TS", "TS.", "ThS."] as const;

/** A Party document type: its word, its code in the number. */
interface DocType {
  word: string;
  code: string;
}
const PARTY_TYPES: readonly DocType[] = [
  { word: "Chỉ thị", code: "CT" }, { word: "Nghị quyết", code: "NQ" }, { word: "Kết luận", code: "KL" },
  { word: "Quy định", code: "QĐ" }, { word: "Quy định", code: "QĐi" }, { word: "Hướng dẫn", code: "HD" },
  { word: "Kế hoạch", code: "KH" }, { word: "Thông báo", code: "TB" }, { word: "Quyết định", code: "QĐ" },
  { word: "Chương trình", code: "CTr" }, { word: "Tờ trình", code: "TTr" }, { word: "Báo cáo", code: "BC" },
  { word: "Đề án", code: "ĐA" }, { word: "Quy chế", code: "QC" }, { word: "Thông tri", code: "TT" },
  { word: "Công văn", code: "CV" },
];
/** A Party issuer: its code and the body the text names. */
interface Issuer {
  code: string;
  body: (place: string) => string;
}
const PARTY_ISSUERS: readonly Issuer[] = [
  { code: "TW", body: () => "Bộ Chính trị" }, { code: "TW", body: () => "Ban Bí thư" },
  { code: "TW", body: () => "Ban Chấp hành Trung ương Đảng" }, { code: "TU", body: (p) => `Ban Thường vụ Tỉnh ủy ${p}` },
  { code: "TU", body: (p) => `Thành ủy ${p}` }, { code: "QU", body: (p) => `Quận ủy ${p}` },
  { code: "HU", body: (p) => `Huyện ủy ${p}` }, { code: "ĐU", body: (p) => `Đảng ủy xã ${p}` },
  { code: "ĐUK", body: () => "Đảng ủy Khối các cơ quan tỉnh" }, { code: "BTCTU", body: () => "Ban Tổ chức Tỉnh ủy" },
  { code: "UBKTTU", body: () => "Ủy ban Kiểm tra Tỉnh ủy" }, { code: "VPTW", body: () => "Văn phòng Trung ương Đảng" },
  { code: "BTGTU", body: () => "Ban Tuyên giáo Tỉnh ủy" },
];
const STATE_TYPES = ["QĐ", "KH", "NQ", "CT", "TB", "HD", "TTr", "CV"] as const;
const STATE_ISSUERS = ["UBND", "HĐND", "SNV", "STC", "SKHĐT", "UBMTTQ"] as const;
const DOC_TITLES = [
  "tăng cường công tác bảo vệ chính trị nội bộ trong tình hình mới",
  "nâng cao chất lượng sinh hoạt chi bộ",
  "đổi mới phương thức tiếp công dân và xử lý phản ánh, kiến nghị",
  "đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan đảng",
  "xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
  "tăng cường công tác kiểm tra, giám sát và kỷ luật đảng",
  "thực hành tiết kiệm, chống lãng phí trong cơ quan, đơn vị",
  "phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
  "tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
] as const;
const TASKS = [
  "kiểm điểm, đánh giá, xếp loại chất lượng tổ chức cơ sở đảng và đảng viên",
  "tổng kết 10 năm thực hiện chỉ thị",
  "rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030",
  "xây dựng kế hoạch triển khai nghị quyết đến từng chi bộ",
  "tổ chức lấy ý kiến góp ý vào dự thảo văn kiện",
  "kiện toàn ban chỉ đạo các cấp",
  "cập nhật dữ liệu đảng viên trên phần mềm quản lý",
  "báo cáo kết quả thực hiện về Ban Thường vụ",
  "hoàn thiện hồ sơ đề nghị khen thưởng",
  "tổ chức hội nghị sơ kết công tác tiếp công dân",
] as const;
const ROMAN = ["I", "II", "III", "IV"] as const;
const TERM = ["X", "XI", "XII", "XIII"] as const;
const MONTH_WORDS = ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Chạp"] as const;
const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;
const PARTS_OF_DAY = ["Sáng", "Chiều", "Trưa", "Tối", "Ngày", "Sáng nay", "Chiều nay"] as const;
const DASHES = ["-", "-", "-", " - ", " – ", "– ", " —", "‐", "−"] as const;
const SOURCE_TAGS = ["(TKĐT) -", "(PKĐT) -", "(Phukhe.vn) -", "CTTĐT -", "TKTV -", "(ĐCSTK) -"] as const;
const CAPTION_SUBJECTS = [
  "Quang cảnh hội nghị", "Các đại biểu dự hội nghị", "Toàn cảnh buổi làm việc", "Đoàn công tác khảo sát tại cơ sở",
  "Các đại biểu biểu quyết thông qua nghị quyết", "Trao giấy khen cho các tập thể có thành tích xuất sắc",
] as const;
const BOILERPLATE_TOP = [
  "Giới thiệu\nTin tức - Sự kiện\nVăn bản chỉ đạo\nLịch công tác", "ĐẢNG CỘNG SẢN VIỆT NAM",
  "Trang chủ › Hoạt động Đảng", "Trang chủ > Tin tức > Xây dựng Đảng", "Tăng cỡ chữ Giảm cỡ chữ",
  "PublishingPortal - Block_BanTin_Toolbar", "In bài | Gửi email", "Bạn đang xem: Tin hoạt động",
] as const;
const BOILERPLATE_BOTTOM = [
  "Chia sẻ Zalo", "Phản hồi", "Các tin khác", "Tin liên quan", "Tin nổi bật", "BÀI MỚI ĐĂNG", "»Cùng chủ đề",
  "Ý kiến bạn đọc", "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
  "Advertisement", "Sau đây là một số hình ảnh minh họa:", "Theo dõi Cổng thông tin điện tử Phú Khê",
] as const;
const OPENING_EVENTS = [
  "tổ chức Hội nghị quán triệt, triển khai", "tổ chức Hội nghị sơ kết 5 năm thực hiện",
  "tổ chức Hội nghị Ban Chấp hành Đảng bộ lần thứ {n} để đánh giá việc thực hiện",
  "tổ chức hội nghị trực tuyến tổng kết", "làm việc với Ban Thường vụ về kết quả thực hiện",
  "tổ chức lễ trao Huy hiệu Đảng và triển khai",
] as const;
const PROSE = [
  "Thời gian qua, công tác xây dựng Đảng, xây dựng hệ thống chính trị trên địa bàn có nhiều chuyển biến tích cực.",
  "Các cấp ủy, tổ chức đảng đã quan tâm lãnh đạo, chỉ đạo, cụ thể hóa bằng các chương trình, kế hoạch phù hợp với tình hình thực tế.",
  "Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế, khuyết điểm như việc nắm bắt tình hình tư tưởng của cán bộ, đảng viên có lúc chưa kịp thời.",
  "Công tác tuyên truyền được đổi mới cả về nội dung và hình thức, tạo sự đồng thuận trong Nhân dân.",
  "Hội nghị đã nghe báo cáo tóm tắt kết quả thực hiện nhiệm vụ chính trị và thảo luận phương hướng thời gian tới.",
  "Các đại biểu tập trung thảo luận, làm rõ nguyên nhân của những tồn tại, hạn chế và đề xuất giải pháp khắc phục.",
  "Việc sinh hoạt chi bộ định kỳ được duy trì nền nếp, chất lượng từng bước được nâng lên.",
  "Toàn Đảng bộ có {n}/{m} tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
  "Tốc độ tăng trưởng kinh tế bình quân đạt {p}%/năm, thu nhập bình quân đầu người tăng đều qua các năm.",
  "Tỷ lệ đảng viên được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên đạt {p}%.",
  "Công tác kiểm tra, giám sát được tiến hành thường xuyên, đúng quy trình, đúng quy định.",
  "Qua kiểm tra đã kịp thời chấn chỉnh những thiếu sót, góp phần nâng cao ý thức trách nhiệm của người đứng đầu.",
  "Trong nhiệm kỳ {y1} - {y2}, Đảng bộ đã kết nạp {n} đảng viên mới, đạt {p}% chỉ tiêu nghị quyết đề ra.",
  "Giai đoạn {y1}-{y2}, toàn huyện đầu tư xây dựng {n} công trình giao thông nông thôn.",
  "Báo Phú Khê số {n} ({m}.{n}) đã phản ánh kết quả này.",
] as const;
const DIRECTION_VERBS = [
  "đề nghị các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc", "yêu cầu các chi bộ, đảng bộ trực thuộc nghiêm túc triển khai",
  "nhấn mạnh trách nhiệm của người đứng đầu trong việc thực hiện", "đề nghị cụ thể hóa bằng chương trình hành động để thực hiện",
] as const;

// ---------------------------------------------------------------------------------------------
// Small renderers

function place(r: Random): string {
  const first = r.pick(PLACE_FIRST);
  let second = r.pick(PLACE_SECOND);
  while (second === first) second = r.pick(PLACE_SECOND);
  return `${first} ${second}`;
}

function personName(r: Random): string {
  const parts: string[] = [r.pick(FAMILY)];
  const middles = r.int(0, 2);
  for (let i = 0; i < middles; i++) parts.push(r.pick(MIDDLE));
  parts.push(r.pick(GIVEN));
  return parts.join(" ");
}

function pad2(n: number, always: boolean): string {
  return always && n < 10 ? `0${n}` : String(n);
}

/** Everything an article's generator keeps constant: its places, year and published date. */
interface ArticleScene {
  province: string;
  district: string;
  commune: string;
  year: number;
  month: number;
  day: number;
}

function role(r: Random, s: ArticleScene): string {
  const roles = [
    `Bí thư Quận ủy ${s.district}`, `Bí thư Huyện ủy ${s.district}`, `Phó Bí thư Thường trực Tỉnh ủy`,
    `Chủ tịch UBND tỉnh`, `Chủ tịch Ủy ban nhân dân huyện ${s.district}`, `Phó Chủ tịch HĐND tỉnh`,
    `Ủy viên Ban Thường vụ Tỉnh ủy`, `UVTV Tỉnh ủy`, `TUV`, `Tỉnh ủy viên`, `Thành ủy viên`,
    `Ủy viên dự khuyết Trung ương Đảng`, `UVT.Ư Đảng`, `Trưởng Ban Tổ chức Tỉnh ủy`,
    `Trưởng Ban Tuyên giáo Huyện ủy`, `Chủ nhiệm UBKT Quận ủy`, `Chủ tịch Ủy ban MTTQ Việt Nam tỉnh`,
    `Trưởng đoàn ĐBQH tỉnh ${s.province}`, `Giám đốc Sở Nội vụ`, `Chánh Văn phòng Tỉnh ủy`,
    `nguyên Ủy viên Bộ Chính trị`, `Bí thư Đảng ủy xã ${s.commune}`, `Phó Chủ tịch UBND quận`,
    `Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh`, `Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy`,
    `Phó Giám đốc phụ trách Sở Tư pháp`,
  ];
  return r.pick(roles);
}

function roles(r: Random, s: ArticleScene, max: number): string[] {
  const out: string[] = [];
  const n = r.int(1, max);
  while (out.length < n) {
    const next = role(r, s);
    if (!out.includes(next)) out.push(next);
  }
  return out;
}

function dash(r: Random): string {
  return r.pick(DASHES);
}

/** "Đồng chí A, title" and the other common patterns of a person with positions. */
function officialPhrase(r: Random, s: ArticleScene): string {
  const name = personName(r);
  const titles = roles(r, s, 3);
  switch (r.int(0, 8)) {
    case 6:
      // A deputy's position before names joined by commas; an envoy posted to a country.
      return `Phó Chủ tịch UBND tỉnh ${name}, ${personName(r)}`;
    case 7:
      return `${r.pick(HONORIFICS)} ${name}, Đại sứ Việt Nam tại ${r.pick(["Lào", "Campuchia", "Nhật Bản", "Hàn Quốc"])}`;
    case 8:
      // What the person does next ends the position.
      return `${r.pick(HONORIFICS)} ${name}, ${titles[0] ?? "Bí thư"} ${r.pick(["thực hiện nghi thức", "kiểm tra thực tế", "đồng thời là Trưởng Ban Chỉ đạo", "hiện là Chủ tịch Hội Cựu chiến binh"])}`;
    case 0:
      return `${titles.join(", ")} ${name}`;
    case 1:
      return `${r.pick(HONORIFICS)} ${name}, ${titles.join(", ")}`;
    case 2:
      return `${r.pick(HONORIFICS)} ${name}${dash(r)}${titles.join(", ")}`;
    case 3:
      return `${r.pick(RANKS)} ${name}, ${titles.join(", ")}`;
    case 4:
      return `${titles[0] ?? "Bí thư"} ${name}`;
    default:
      return `Đ/c ${name} (${titles.join(", ")})`;
  }
}

function attendeeList(r: Random, s: ArticleScene): string {
  const n = r.int(2, 5);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`${personName(r)}${dash(r)}${roles(r, s, 2).join(", ")}`);
  const lead = r.pick(["Tham dự có các đồng chí: ", "Dự hội nghị có các đồng chí: ", "Chủ trì hội nghị có các đồng chí "]);
  return `${lead}${parts.join(r.chance(0.7) ? "; " : ", ")}.`;
}

/** A calendar reference in one of its written forms; `year` may be dropped. */
function dateForm(r: Random, s: ArticleScene): string {
  const y = r.chance(0.7) ? s.year : r.int(2005, 2026);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const zero = r.chance(0.3);
  switch (r.int(0, 16)) {
    case 16: return `tháng ${m} ${r.pick(["năm nay", "năm sau", "năm tới", "năm ngoái", "năm trước"])}`;
    case 0: return `ngày ${pad2(d, zero)}/${pad2(m, zero)}/${y}`;
    case 1: return `ngày ${d}-${m}-${y}`;
    case 2: return `ngày ${pad2(d, zero)} tháng ${pad2(m, zero)} năm ${y}`;
    case 3: return `${r.pick(PARTS_OF_DAY).toLowerCase()} ${d}/${m}`;
    case 4: return `tháng ${m}/${y}`;
    case 5: return `tháng ${m}-${y}`;
    case 6: return `tháng ${m} năm ${y}`;
    case 7: return `tháng ${Math.min(m, 10)}, ${Math.min(m, 10) + 1} và ${Math.min(m, 10) + 2}-${y}`;
    case 8: return `quý ${r.pick(ROMAN)}-${y}`;
    case 9: return `quý ${r.pick(ROMAN)}/${y}`;
    case 10: return `quý ${r.pick(ROMAN)} năm ${y}`;
    case 11: return `6 tháng đầu năm ${y}`;
    case 12: return `(${d}/${m}/1930 - ${d}/${m}/${y})`;
    case 13: return `${r.pick(["thượng", "trung", "hạ"])} tuần tháng ${m}`;
    case 14: return `tháng ${r.pick(MONTH_WORDS)}`;
    default: return `ngày ${d} và ${d + 1}-${m}`;
  }
}

/** A document as the article names it, with what a later short reference may say. */
interface NamedDocument {
  full: string;
  short: string;
}

function partyDocument(r: Random, s: ArticleScene): NamedDocument {
  const type = r.pick(PARTY_TYPES);
  const issuer = r.pick(PARTY_ISSUERS);
  const n = r.int(1, 499);
  const num = r.chance(0.3) && n < 10 ? `0${n}` : String(n);
  const body = issuer.body(r.chance(0.5) ? s.district : s.province);
  let code = type.code;
  let iss = issuer.code;
  if (r.chance(0.08)) code = code.toUpperCase();
  if (r.chance(0.05)) code = code.replace("Đ", "D");
  if (r.chance(0.04)) iss = iss.toLowerCase();
  if (r.chance(0.03) && iss === "TU") iss = "TƯ";
  let number: string;
  switch (r.int(0, 7)) {
    case 0: number = `${num} - ${code}/${iss}`; break;
    case 1: number = `${num} – ${code}/${iss}`; break;
    case 2: number = `${num}- ${code}/${iss}`; break;
    case 3: number = `${num}/${code}-${iss}`; break;
    case 4: number = `${num}-${code}-${iss}`; break;
    case 5: number = `${num}${code}/${iss}`; break;
    default: number = `${num}-${code}/${iss}`;
  }
  const word = r.chance(0.1) ? type.word.toUpperCase() : type.word;
  const so = r.pick(["số ", "số ", "Số ", "số", ""]);
  let full = `${word} ${so}${number}`;
  if (r.chance(0.4)) full += ` ngày ${pad2(r.int(1, 28), true)}/${pad2(r.int(1, 12), true)}/${r.int(2010, s.year)}`;
  if (r.chance(0.6)) full += ` của ${body}`;
  if (r.chance(0.4)) full += ` về “${r.pick(DOC_TITLES)}”`;
  const short = r.chance(0.5) ? `${type.word} ${num}` : `${type.word} số ${num} của ${body}`;
  return { full, short };
}

function stateDocument(r: Random, s: ArticleScene): NamedDocument {
  const n = r.int(1, 4999);
  const y = r.int(2010, s.year);
  let full: string;
  switch (r.int(0, 4)) {
    case 0: full = `Nghị định số ${r.int(1, 199)}/${y}/NĐ-CP`; break;
    case 1: full = `Quyết định số ${n}/${y}/QĐ-UBND`; break;
    case 2: full = `Luật số ${r.int(1, 99)}/${y}/QH${r.int(13, 15)}`; break;
    case 3: full = `Công văn số ${n}/UBND-NC`; break;
    default: full = `${r.pick(["Quyết định", "Kế hoạch", "Nghị quyết", "Tờ trình"])} số ${n}${r.chance(0.1) ? " " : ""}/${r.pick(STATE_TYPES)}-${r.pick(STATE_ISSUERS)}`;
  }
  if (r.chance(0.3)) full += ` ngày ${r.int(1, 28)}/${r.int(1, 12)}/${y}`;
  return { full, short: full };
}

function deadlineSentence(r: Random, s: ArticleScene): string {
  const task = r.pick(TASKS);
  const y = s.year;
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const who = r.pick(["Các chi bộ, đảng bộ trực thuộc", "Cấp xã", "Cấp huyện", "Các cơ quan, đơn vị", "Ban Tổ chức Huyện ủy"]);
  switch (r.int(0, 18)) {
    case 16: return `Tính đến ngày ${d}/${m}/${y}, toàn huyện giải ngân được ${r.int(40, 95)}% kế hoạch vốn.`;
    case 17: return `${r.int(1, 5)}. ${who} ${task}.\n- Thời gian: trước ngày ${d}/${m}/${y}.`;
    case 18: return `${who} ${task} từ ngày ${d}/${m} - ${Math.min(d + 3, 28)}/${m}/${y}.`;
    case 12: return `Trước ngày ${d}/${m}/${y}, ${who.toLowerCase()} ${r.pick(["cần", "phải"])} ${task}.`;
    case 13: return `Kế hoạch cũng nêu rõ, chậm nhất ngày ${d}/${m}, ${who.toLowerCase()} phải ${task}.`;
    case 14: return `${who} phải ${task} trong tháng ${Math.min(m, 11)} và tháng ${Math.min(m, 11) + 1}/${y}.`;
    case 15: return `Đến hết tháng ${m}/${y}, toàn huyện có ${r.int(20, 90)} chi bộ đạt trong sạch, vững mạnh.`;
    case 0: return `${who} ${task}, hoàn thành trước ngày ${d}/${m}/${y}.`;
    case 1: return `${who} phải hoàn thành việc ${task} trong tháng ${m}/${y}.`;
    case 2: return `Báo cáo kết quả gửi về Ban Thường vụ Huyện ủy ${s.district} (qua Văn phòng Huyện ủy) trước ngày ${d}/${m}.`;
    case 3: return `${who} ${task}, chậm nhất ngày ${d}/${m}.`;
    case 4: return `Việc ${task} phải xong trước ${d}/${m}.`;
    case 5: return `${who} ${task} trong quý ${r.pick(ROMAN)}/${y}.`;
    case 6: return `Thời gian ${task} từ ngày ${d}/${m}/${y} đến ${Math.min(d + 9, 28)}/${m}/${y}.`;
    case 7: return `${who} ${task} đến hết tháng ${m}/${y}.`;
    case 8: return `${who} ${task} trong 6 tháng đầu năm ${y}.`;
    case 9: return `${who} ${task} trước Đại hội.`;
    case 10: return `Ngày chậm nhất phải hoàn thành: ${pad2(d, true)}/${pad2(m, true)}/${y}.`;
    default: return `Cấp xã hoàn thành trước ngày ${d}/${m}/${y}; cấp huyện hoàn thành trước ngày ${Math.min(d + 4, 28)}/${m}/${y}.`;
  }
}

function fillTemplate(r: Random, template: string, s: ArticleScene): string {
  return template
    .replaceAll("{n}", () => String(r.int(2, 60)))
    .replaceAll("{m}", () => String(r.int(60, 99)))
    .replaceAll("{p}", () => `${r.int(50, 99)},${r.int(0, 99)}`)
    .replaceAll("{y1}", String(s.year - 5))
    .replaceAll("{y2}", String(s.year));
}

function prose(r: Random, s: ArticleScene): string {
  return fillTemplate(r, r.pick(PROSE), s);
}

/** A prose sentence continuing a clause: its first letter in lower case. */
function proseClause(r: Random, s: ArticleScene): string {
  const sentence = prose(r, s);
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function headline(r: Random, s: ArticleScene): string {
  const heads = [
    `Huyện ủy ${s.district} triển khai nhiệm vụ trọng tâm năm ${s.year}`,
    `${s.district} tổng kết công tác xây dựng Đảng năm ${s.year - 1}`,
    `Hội nghị Ban Chấp hành Đảng bộ tỉnh ${s.province} lần thứ ${r.int(5, 30)}`,
    `Quận ủy ${s.district} quán triệt chỉ thị mới của Bộ Chính trị`,
    `Đảng bộ xã ${s.commune} nâng cao chất lượng sinh hoạt chi bộ`,
    `Tỉnh ${s.province} sơ kết công tác tiếp công dân ${r.int(6, 9)} tháng`,
    `Đoàn công tác của Tỉnh ủy làm việc tại huyện ${s.district}`,
  ];
  return r.pick(heads);
}

function dateLine(r: Random, s: ArticleScene): string {
  const dd = pad2(s.day, true);
  const mm = pad2(s.month, true);
  const time = `${pad2(r.int(6, 21), true)}:${pad2(r.int(0, 59), true)}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(s.year, s.month - 1, s.day)).getUTCDay()] ?? "Thứ Hai";
  switch (r.int(0, 4)) {
    case 0: return `Ngày đăng ${dd}/${mm}/${s.year} | ${time}`;
    case 1: return `${weekday}, ${dd}/${mm}/${s.year}, ${time} [GMT+7]`;
    case 2: return `${time}:${pad2(r.int(0, 59), true)} ${dd}/${mm}/${s.year}`;
    case 3: return `Ngày phát hành: ${dd}/${mm}/${s.year}`;
    default: return `Cập nhật: ${time} ${s.day}/${s.month}/${s.year}`;
  }
}

function byline(r: Random): string {
  const a = `${r.pick(GIVEN)} ${r.pick(GIVEN)}`;
  switch (r.int(0, 5)) {
    case 0: return a;
    case 1: return a.toUpperCase();
    case 2: return `${r.pick(FAMILY)} ${r.pick(GIVEN)} - ${r.pick(GIVEN)} ${r.pick(GIVEN)}`;
    case 3: return `${r.pick(FAMILY).charAt(0)}.${r.pick(GIVEN).charAt(0)}`;
    case 4: return `Bài, ảnh: ${a}`;
    default: return "Ban Tuyên giáo";
  }
}

function caption(r: Random, s: ArticleScene): string {
  const initials = `${r.pick(GIVEN).charAt(0)}${r.pick(GIVEN).charAt(0)}`;
  const subject = r.chance(0.5) ? r.pick(CAPTION_SUBJECTS) : `${officialPhrase(r, s)} phát biểu tại hội nghị`;
  return r.chance(0.5) ? `${subject}. Ảnh: ${initials}` : `${subject}. (Ảnh: ${initials})`;
}

/** One body paragraph: 1–5 sentences mixing prose, officials, documents, dates and deadlines. */
function bodyParagraph(r: Random, s: ArticleScene, docs: NamedDocument[]): string {
  const sentences: string[] = [];
  const n = r.int(1, 5);
  for (let i = 0; i < n; i++) {
    const kind = r.int(0, 9);
    if (kind <= 2) sentences.push(prose(r, s));
    else if (kind === 3) sentences.push(`Phát biểu chỉ đạo, ${officialPhrase(r, s)} ${r.pick(DIRECTION_VERBS)} ${docs.length > 0 && r.chance(0.7) ? r.pick(docs).short : "nghị quyết của cấp ủy"}.`);
    else if (kind === 4) sentences.push(attendeeList(r, s));
    else if (kind === 5) {
      const doc = r.chance(0.75) ? partyDocument(r, s) : stateDocument(r, s);
      docs.push(doc);
      sentences.push(`Thực hiện ${doc.full}, ${r.pick(["các cấp ủy đã xây dựng kế hoạch", "Ban Thường vụ đã ban hành văn bản chỉ đạo", "đơn vị đã tổ chức quán triệt"])} đến toàn thể cán bộ, đảng viên.`);
    } else if (kind === 6) sentences.push(deadlineSentence(r, s));
    else if (kind === 7) sentences.push(`Từ ${dateForm(r, s)} đến nay, ${proseClause(r, s)}`);
    else if (kind === 8 && docs.length > 0) sentences.push(`Sau ${r.int(3, 10)} năm thực hiện ${r.pick(docs).short}, ${proseClause(r, s)}`);
    else sentences.push(`Theo ${r.pick(["ông", "bà", "đồng chí"])} ${r.pick(GIVEN)}, ${proseClause(r, s)}`);
  }
  return sentences.join(" ");
}

/** Near-identical copy: one sentence dropped, a word changed, or a closing "./.". */
function nearCopy(r: Random, paragraph: string): string {
  switch (r.int(0, 2)) {
    case 0: {
      const cut = paragraph.lastIndexOf(". ");
      return cut > 0 ? paragraph.slice(0, cut + 1) : `${paragraph} ./.`;
    }
    case 1: return paragraph.replace(" các ", " những ");
    default: return `${paragraph.replace(/\.$/, "")}./.`;
  }
}

/**
 * Encoding and typing noise real pages carry (tone placement, NBSP, zero-width, Ð, blank
 * lines, CRLF, NFD), drawn once per article so that resizing the article keeps its noise.
 */
function pickNoise(r: Random): (text: string) => string {
  const steps: Array<(text: string) => string> = [];
  if (r.chance(0.25)) steps.push((t) => t.replaceAll("ủy", "uỷ").replaceAll("hòa", "hoà").replaceAll("khóa", "khoá").replaceAll("Thủy", "Thuỷ"));
  if (r.chance(0.15)) steps.push((t) => t.replaceAll(" của ", "\u00a0của ").replaceAll(", ", ",\u00a0"));
  if (r.chance(0.08)) steps.push((t) => t.replaceAll("Đảng", "\u00d0ảng"));
  if (r.chance(0.08)) steps.push((t) => t.replaceAll(" về ", " về\u200b "));
  if (r.chance(0.1)) steps.push((t) => `\ufeff${t}`);
  if (r.chance(0.1)) steps.push((t) => t.replaceAll("\n", "\n\n"));
  if (r.chance(0.05)) steps.push((t) => t.replaceAll("\n", "  \t\n"));
  if (r.chance(0.1)) steps.push((t) => t.replaceAll("\n", "\r\n"));
  if (r.chance(0.05)) steps.push((t) => t.normalize("NFD"));
  return (text) => steps.reduce((t, step) => step(t), text);
}

function generateArticle(r: Random, targetBytes: number, maxBytes: number): CorpusArticle {
  const scene: ArticleScene = {
    province: place(r),
    district: place(r),
    commune: place(r),
    year: r.int(2011, 2025),
    month: r.int(1, 12),
    day: r.int(2, 28),
  };
  const published = `${scene.year}-${pad2(scene.month, true)}-${pad2(scene.day, true)}`;
  const docs: NamedDocument[] = [];
  const lines: string[] = [];
  if (r.chance(0.2)) lines.push(r.pick(BOILERPLATE_TOP));
  if (r.chance(0.1)) lines.push(`${r.pick(WEEKDAYS)}, ngày ${r.int(1, 28)} tháng ${r.int(1, 12)} năm ${r.int(2020, 2026)}`);
  if (r.chance(0.85)) lines.push(headline(r, scene));
  if (r.chance(0.5)) lines.push(dateLine(r, scene));
  const eventDay = Math.max(1, scene.day - r.int(0, 1));
  const opening = `${r.chance(0.4) ? `${r.pick(SOURCE_TAGS)} ` : ""}${r.pick(PARTS_OF_DAY)} ${eventDay}/${scene.month}, ${r.pick([`Huyện ủy ${scene.district}`, `Ban Thường vụ Tỉnh ủy ${scene.province}`, `Đảng ủy xã ${scene.commune}`, `Quận ủy ${scene.district}`])} ${fillTemplate(r, r.pick(OPENING_EVENTS), scene)} ${(() => { const d = partyDocument(r, scene); docs.push(d); return d.full; })()}.`;
  lines.push(opening);
  const body: string[] = [];
  const footer: string[] = [];
  footer.push(byline(r));
  for (let i = r.int(1, 4); i > 0; i--) footer.push(r.pick(BOILERPLATE_BOTTOM));
  if (r.chance(0.3)) footer.push(`Lượt xem: ${r.int(10, 9999)}${r.chance(0.5) ? ` | Gửi lúc: ${dateLine(r, scene)}` : ""}`);
  if (r.chance(0.2)) footer.push(`>> ${headline(r, scene)}`);

  const noise = pickNoise(r);
  const render = () => noise([...lines, ...body, ...footer].join("\n"));
  const size = () => Buffer.byteLength(render(), "utf8");
  while (size() < targetBytes) {
    const roll = r.next();
    if (roll < 0.08) body.push(caption(r, scene));
    else if (roll < 0.12 && body.length > 0) body.push(r.pick(body));
    else if (roll < 0.16 && body.length > 0) body.push(nearCopy(r, r.pick(body)));
    else if (roll < 0.18) body.push(r.pick(BOILERPLATE_BOTTOM));
    else if (roll < 0.2) body.push(`${headline(r, scene)}\n${bodyParagraph(r, scene, [])}`);
    else body.push(bodyParagraph(r, scene, docs));
  }
  while (body.length > 1 && size() > maxBytes) body.pop();
  const text = render();
  return { text, published: r.chance(0.7) ? published : null, bytes: Buffer.byteLength(text, "utf8") };
}

/**
 * Generates articles until their total reaches `options.bytes` UTF-8 bytes.
 *
 * @example generateCorpus({ bytes: 1 << 20, seed: 7 }).articles.length // ≈ 220 articles of 1–8 KB
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const { bytes, seed = 1, minArticleBytes = 1024, maxArticleBytes = 8192 } = options;
  if (!Number.isFinite(bytes) || bytes <= 0) throw new Error(`generateCorpus: bytes must be a positive number, got ${bytes}`);
  if (!(minArticleBytes > 0 && maxArticleBytes >= minArticleBytes)) {
    throw new Error(`generateCorpus: need 0 < minArticleBytes <= maxArticleBytes, got ${minArticleBytes} and ${maxArticleBytes}`);
  }
  const r = new Random(seed);
  const articles: CorpusArticle[] = [];
  let total = 0;
  while (total < bytes) {
    const article = generateArticle(r, r.int(minArticleBytes, Math.max(minArticleBytes, maxArticleBytes - 512)), maxArticleBytes);
    articles.push(article);
    total += article.bytes;
  }
  return { articles, bytes: total };
}
