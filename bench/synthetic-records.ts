/**
 * Synthetic article records for the storage benchmark: fictional places and people in
 * committee-news sentences, with directives (central numbers shared by all sites, local
 * numbers that every district reuses), officials, dates and deadlines whose offsets are
 * computed from the text. Seeded: record `i` of a seed is always the same record.
 *
 * @example const gen = syntheticRecords({ seed: 1, sites: 200 }); const r = gen.record(0);
 */
import type { LoadInput } from "../storage/load-input.ts";

/** Options of {@link syntheticRecords}. */
export interface SyntheticOptions {
  seed: number;
  /** Number of sites (each a district committee with its own local numbers). Default 200. */
  sites?: number;
}

/** A generator of records, plus what queries may ask of them. */
export interface SyntheticRecords {
  record(i: number): LoadInput;
  /** Document ids the records cite, as canonical ids. */
  directiveIds: string[];
  /** Search queries (unaccented, as users type) of five kinds, from selective to common. */
  searchQueries: Array<{ kind: "place" | "topic" | "person" | "document" | "phrase"; text: string }>;
  sites: string[];
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Vân", "Đông", "Tây", "Nam", "Bắc", "Hòa", "Phú", "Lạc", "Minh", "Hồng", "Thạch", "Ngọc", "Yên", "Kim", "Long", "Bình", "Tân", "Gia", "Quang", "Thanh", "An", "Đức", "Mỹ", "Trường", "Vĩnh", "Xuân", "Hải", "Sơn", "Cẩm", "Phước"];
const SECOND = ["Khê", "Lâm", "Sơn", "Hà", "Quang", "Lạc", "Phong", "Điền", "Thủy", "Xá", "Trung", "Hưng", "Lộc", "Thịnh", "Giang", "Đình", "Châu", "Nguyên", "Hòa", "Vân", "Linh", "Tiến", "Thành", "Đoài", "Bảo", "Phúc", "Tràng", "Lũng", "Cát", "Mai"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mạc", "Kha", "Lại"];
const MIDDLE = ["Văn", "Thị", "Đức", "Hữu", "Công", "Minh", "Quang", "Xuân", "Thanh", "Ngọc", "Đình", "Thu", "Bích", "Kim"];
const GIVEN = ["Nam", "Lan", "Hùng", "Hà", "Thảo", "Phương", "Tuấn", "Dũng", "Hương", "Khởi", "Triệu", "Lộc", "Bình", "Hải", "Yến", "Châu", "Khoa", "Nhật", "Vinh", "Quyết", "Thắng", "Hạnh", "Sơn", "Trung", "Mai", "Long", "Toàn", "Thu", "Định", "Hiền", "Khải", "Tâm", "Đạt", "Nghĩa", "Hòa", "Ánh", "Cường", "Duyên", "Giang", "Hiếu"];
const ROLES = ["Bí thư Quận ủy", "Phó Bí thư Thường trực Quận ủy", "Chủ tịch UBND quận", "Trưởng Ban Tổ chức Quận ủy", "Chủ nhiệm Ủy ban Kiểm tra Quận ủy", "Trưởng Ban Tuyên giáo Quận ủy", "Chủ tịch HĐND quận", "Bí thư Đảng ủy phường", "Chủ tịch Ủy ban MTTQ quận", "Phó Chủ tịch UBND quận"];
const TOPICS = ["bảo vệ chính trị nội bộ", "xây dựng Đảng", "công tác dân vận", "kiểm tra, giám sát", "phòng, chống tham nhũng", "cải cách hành chính", "chuyển đổi số", "đào tạo cán bộ", "phát triển kinh tế tư nhân", "an ninh trật tự", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "công tác tuyên giáo", "đại hội chi bộ", "xây dựng nông thôn mới", "bảo vệ môi trường", "công tác cán bộ"];
const VERBS = ["quán triệt", "triển khai", "sơ kết", "tổng kết", "thực hiện", "học tập", "kiểm tra việc thực hiện", "đánh giá kết quả thực hiện"];
const PROSE = [
  "Các cấp ủy, tổ chức đảng cần nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên",
  "hội nghị đã thảo luận, làm rõ những kết quả đạt được, hạn chế và nguyên nhân",
  "đại biểu đề nghị tăng cường phối hợp giữa các ban, ngành, đoàn thể",
  "công tác tuyên truyền được đổi mới về nội dung và hình thức",
  "nhiều mô hình hay, cách làm hiệu quả được nhân rộng trong toàn đảng bộ",
  "việc kiểm tra, giám sát được thực hiện thường xuyên, đúng quy định",
  "đội ngũ cán bộ cơ sở từng bước được kiện toàn, nâng cao chất lượng",
  "tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững",
  "các chỉ tiêu kinh tế - xã hội cơ bản đạt và vượt kế hoạch đề ra",
  "người đứng đầu cấp ủy phải gương mẫu, nói đi đôi với làm",
  "nhân dân đồng tình, ủng hộ các chủ trương của cấp ủy và chính quyền",
  "một số nơi còn chậm, chưa quyết liệt trong chỉ đạo thực hiện",
];
const CENTRAL_CODES: Array<[code: string, word: string]> = [["CT", "Chỉ thị"], ["NQ", "Nghị quyết"], ["KL", "Kết luận"], ["QĐ", "Quy định"], ["HD", "Hướng dẫn"]];
const LOCAL_CODES: Array<[code: string, word: string]> = [["KH", "Kế hoạch"], ["NQ", "Nghị quyết"], ["CTr", "Chương trình"], ["HD", "Hướng dẫn"]];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
// Skewed draw: a few items are cited far more often than the rest.
const zipf = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(list.length * Math.pow(r(), 2.5))]!;
const pad = (n: number) => String(n).padStart(2, "0");
const unaccent = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/gu, "d").toLowerCase();

/** Builds the generator. */
export function syntheticRecords(options: SyntheticOptions): SyntheticRecords {
  const setup = rng(options.seed);
  const siteCount = options.sites ?? 200;
  const places: string[] = [];
  for (const a of FIRST) for (const b of SECOND) if (a !== b) places.push(`${a} ${b}`);
  const sitePlaces = Array.from({ length: siteCount }, (_, i) => places[(i * 7919) % places.length]!);
  const sites = sitePlaces.map((_, i) => `site-${String(i + 1).padStart(3, "0")}`);
  const central = Array.from({ length: 1500 }, () => {
    const [code, word] = pick(setup, CENTRAL_CODES);
    const n = 1 + Math.floor(setup() * 400);
    const year = 2006 + Math.floor(setup() * 18);
    return { id: `${n}-${code}/TW`, word, n, code, date: `${year}-${pad(1 + Math.floor(setup() * 12))}-${pad(1 + Math.floor(setup() * 28))}` };
  });
  const centralIds = [...new Set(central.map((c) => c.id))];
  const people: string[] = [];
  for (let i = 0; i < 20_000; i++) people.push(`${pick(setup, FAMILY)} ${pick(setup, MIDDLE)} ${pick(setup, GIVEN)}`);
  const queries = <K extends SyntheticRecords["searchQueries"][number]["kind"]>(kind: K, make: () => string) =>
    Array.from({ length: 40 }, () => ({ kind, text: make() }));
  const searchQueries: SyntheticRecords["searchQueries"] = [
    ...queries("place", () => unaccent(pick(setup, sitePlaces))),
    ...queries("topic", () => unaccent(pick(setup, TOPICS))),
    ...queries("person", () => unaccent(pick(setup, people))),
    ...queries("document", () => {
      const c = zipf(setup, central);
      return unaccent(`${c.word} ${c.n}`);
    }),
    ...queries("phrase", () => `${unaccent(pick(setup, VERBS))} ${unaccent(pick(setup, TOPICS).split(" ")[0]!)}`),
  ];

  function record(i: number): LoadInput {
    const r = rng(options.seed * 1_000_003 + i);
    const s = Math.floor(r() * siteCount);
    const place = sitePlaces[s]!;
    const year = 2012 + Math.floor(r() * 14);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const published = `${year}-${pad(month)}-${pad(day)}`;
    const committee = `Quận ủy ${place}`;
    const parts: string[] = [];
    let length = 0;
    const add = (piece: string): number => {
      const at = length;
      parts.push(piece);
      length += piece.length;
      return at;
    };
    const directives = new Map<string, LoadInput["directives"][number]>();
    const officials = new Map<string, LoadInput["officials"][number]>();
    const dates: LoadInput["dates"] = [];
    const deadlines: LoadInput["deadlines"] = [];
    const cite = (id: string, written: string, word: string, issuer: string, issuedBy: string | null, date: string | null) => {
      add(`${word} số `);
      const at = add(written);
      const d = directives.get(id) ?? { id, type: word, code: null, number: null, issuer, issuedBy, date, title: null, mentions: [] };
      d.mentions.push({ start: at, end: at + written.length, text: written });
      directives.set(id, d);
    };
    const topic = pick(r, TOPICS);
    const title = `${committee} ${pick(r, VERBS)} về ${topic}`;
    add(title);
    const paragraphs: string[] = [];
    const nParagraphs = 5 + Math.floor(r() * 5);
    for (let p = 0; p < nParagraphs; p++) {
      add("\n");
      const start = length;
      if (p === 0) {
        const dateText = `${day}/${month}`;
        const at = add(`Ngày `);
        add(dateText);
        dates.push({ value: published, start: at + 5, end: at + 5 + dateText.length, text: dateText });
        add(`, Ban Thường vụ ${committee} tổ chức hội nghị ${pick(r, VERBS)} `);
        const c = zipf(r, central);
        cite(c.id, r() < 0.3 ? `${c.n} - ${c.code}/TW` : c.id, c.word, "TW", "Bộ Chính trị", r() < 0.5 ? c.date : null);
        add(` của Bộ Chính trị về ${topic}.`);
      } else if (r() < 0.35) {
        const name = zipf(r, people);
        const role = pick(r, ROLES);
        add("Phát biểu tại hội nghị, đồng chí ");
        const at = add(name);
        add(`, ${role} ${place}, nhấn mạnh ${pick(r, PROSE)}; ${pick(r, PROSE)}.`);
        const o = officials.get(name) ?? { name, roles: [], mentions: [] };
        if (!o.roles.includes(role)) o.roles.push(role);
        o.mentions.push({ start: at, end: at + name.length, text: name });
        officials.set(name, o);
      } else if (r() < 0.35) {
        const [code, word] = pick(r, LOCAL_CODES);
        const n = 1 + Math.floor(r() * 300);
        add(`Quận ủy đã ban hành `);
        cite(`${n}-${code}/QU`, `${n}-${code}/QU`, word, "QU", r() < 0.5 ? "Ban Thường vụ Quận ủy" : null, null);
        add(` để ${pick(r, PROSE)}. Các chi bộ, đảng bộ `);
        const due = `${year}-${pad(Math.min(12, month + 1))}`;
        const written = `hoàn thành trong tháng ${Math.min(12, month + 1)}/${year}`;
        const at = add(written);
        deadlines.push({ due, task: `báo cáo kết quả thực hiện ${topic}`, start: at, end: at + written.length, text: written });
        add(".");
      } else {
        const first = pick(r, PROSE);
        add(`${first[0]!.toUpperCase()}${first.slice(1)}; ${pick(r, PROSE)}, ${pick(r, PROSE)}. `);
        add(`Bên cạnh đó, ${pick(r, PROSE)}; ${pick(r, PROSE)}.`);
      }
      paragraphs.push(parts.join("").slice(start));
    }
    add("\n");
    const notice = `Cổng thông tin điện tử ${committee} - Ban Biên tập.`;
    add(notice);
    paragraphs.push(notice);
    return {
      url: `https://${sites[s]}.example/tin/${i}`,
      site: sites[s]!,
      title,
      published,
      eventDate: published,
      authors: [`${pick(r, GIVEN)} ${pick(r, GIVEN)}`],
      paragraphs,
      text: parts.join(""),
      directives: [...directives.values()],
      officials: [...officials.values()],
      dates,
      deadlines,
    };
  }

  return { record, directiveIds: centralIds, searchQueries, sites };
}
