/**
 * Bylines: the author's name on a line of its own ("Hồng Vân", "KIM CHI", "L.T", "H.Nguyên",
 * "Huỳnh Phong - Hùng Anh", "Bài, ảnh: Minh Anh", "Lê Thanh Chương (Ban Tổ chức Tỉnh ủy)").
 */

/** Words that make a short line a unit or a publication, not a person. */
const NOT_PERSON = /^(ban|báo|tạp chí|đài|cổng|trang|văn phòng|phòng|sở|trung tâm|bbt|ban biên tập|nguồn|theo|ubnd|hđnd|mttq|đảng|quận|huyện|tỉnh|thành|xã|phường|trường|hội|công an|bộ|tin|ảnh|video|clip|tpo|ttxvn|vna|vov|vtv|nhóm|pv|ctv|btv)(?![\p{L}])/iu;
/** One name syllable: capitalized (or all capitals), Vietnamese letters only. */
const SYLLABLE = "\\p{Lu}[\\p{Ll}\\p{M}]*|\\p{Lu}+";
/** A person's name: 2–5 syllables. */
const NAME = `(?:${SYLLABLE})(?: (?:${SYLLABLE})){1,4}`;
/** Initials: "L.T", "T.H.", "N.Q.B". */
const INITIALS = "\\p{Lu}\\.(?:\\p{Lu}\\.?){1,3}";
/** Initials before a name written out: "H.Nguyên", "T. Hương", "N.Q.Bảo Anh". */
const INITIALS_NAME = `(?:\\p{Lu}\\.){1,2} ?(?:${SYLLABLE})(?: (?:${SYLLABLE}))?`;
const ONE = `(?:${INITIALS_NAME}|${NAME}|${INITIALS})`;
/** A byline line: one or more names joined by " - ", ", " or " và ", an optional final period. */
const BYLINE = new RegExp(`^(${ONE}(?:\\s*(?:-|,|và)\\s*${ONE}){0,3})\\s*\\.?$`, "u");
/** A labelled byline: "Tác giả: X", "Bài, ảnh: X", "Bài và ảnh: X", "Tin, ảnh: X". */
const LABELLED = /^(?:tác giả|bài(?:,| và)? ảnh|bài|tin(?:,| và)? ảnh|tin|nhóm phóng viên|phóng viên)\s*:\s*(.{2,80})$/iu;
/** A writer credited with a paper or agency: "Theo Minh Hòa (Báo Bắc Lâm)", "Theo Thu Hà - TTXVN". */
// (No "i" flag: with it \p{Lu} would match lower case too, and the name must be capitalized.)
const CREDITED = /^[Tt]heo\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4})\s*(?:\(\s*(?:[Bb]áo|[Tt]ạp chí|[Đđ]ài|[Cc]ổng|TTXVN|VOV|VTV|VNA)[^)]{0,60}\)|-\s*(?:[Bb]áo|[Tt]ạp chí|TTXVN|VOV|VTV|VNA)(?![\p{L}])[^()]{0,60})$/u;
/** A reporter's label before the name: "PV. Minh Khôi", "CTV Thu Hà", "Phóng viên Hồng Nhung". */
const REPORTER = /^(?:PV|CTV|[Pp]hóng viên|[Cc]ộng tác viên)\s*\.?\s+(?=\p{Lu})/u;
/** A writer's line, then the photographer's: "Tin: Minh Châu; Ảnh: Hồng Phúc", "Đức Anh, ảnh: Minh Thư". */
const WITH_PHOTOGRAPHER = /^(?!(?:bài|tin)\s*[;,])(.{2,60}?)\s*[;,]\s*ảnh\s*:\s*(.{2,40})$/iu;
/** A writer's academic degree before the name: "ThS. Nguyễn Văn An", "TS Lê Minh", "PGS.TS Trần Văn Phòng". */
const DEGREE = /^(?:GS\.?\s?TSKH|GS\.?\s?TS|PGS\.?\s?TS|TS|ThS|NCS|GS|PGS)\.?\s+(?=\p{Lu})/u;
/** A top byline may carry an affiliation in parentheses or a publication time. */
const TRAILER = /\s*(\([^)]{2,80}\)|\/\s*\p{Lu}{2,8}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(\s+\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2}(:\d{2})?(\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?)\s*$/u;

/** True for a byline that credits the photographer after the writer ("Tin: Minh Châu; Ảnh: Hồng Phúc"): no caption. */
export function isBylineWithPhotographer(line: string): boolean {
  return WITH_PHOTOGRAPHER.test(line) && parseByline(line) !== null;
}

/** True for a line that labels itself a byline ("Tác giả: Lê Minh", "Bài, ảnh: Thu Hà"): one above the headline is one too. */
export function isLabelledByline(line: string): boolean {
  return LABELLED.test(line);
}

/**
 * Reads the author names from a line that is a byline, or returns null when it is not one.
 *
 * @example parseByline("Huỳnh Phong - Hùng Anh") // ["Huỳnh Phong", "Hùng Anh"]
 * @example parseByline("Bài, ảnh: Minh Anh")     // ["Minh Anh"]
 * @example parseByline("Ban Tuyên giáo Quận ủy") // null
 */
export function parseByline(line: string): string[] | null {
  if (line.length > 90) return null;
  // "Tin: Minh Châu; Ảnh: Hồng Phúc", "Đức Anh, ảnh: Minh Thư": the writer and the photographer, both credited.
  const photo = WITH_PHOTOGRAPHER.exec(line);
  if (photo) {
    const writers = parseByline(photo[1]!), photographers = parseByline(photo[2]!);
    return writers && photographers ? [...writers, ...photographers] : null;
  }
  const labelled = LABELLED.exec(line);
  let body = (labelled ? labelled[1]!.trim() : line.trim()).replace(REPORTER, "").replace(DEGREE, "");
  body = body.replace(TRAILER, "").trim();
  // "Minh Khôi - Ban Tuyên giáo Quận ủy": the writer and the unit; the unit is no author, nor
  // what follows it ("Thu Hà - Phòng Văn hóa - Thông tin huyện": a unit with a dash in its name).
  const parts = body.split(/\s+-\s+/u);
  const unit = parts.findIndex((p) => NOT_PERSON.test(p));
  if (unit > 0) body = parts.slice(0, unit).join(" - ");
  // "Theo Minh Hòa (Báo Bắc Lâm)": a writer credited with the paper that first ran the story.
  const credited = CREDITED.exec(line.trim());
  if (credited) body = credited[1]!;
  if (!body || NOT_PERSON.test(body)) return null;
  const m = BYLINE.exec(body);
  if (!m) return null;
  const names = m[1]!
    .split(/\s*(?:\s-\s|-|,|\svà\s)\s*/u)
    .map((n) => n.trim().replace(/\.$/, ""))
    .filter(Boolean);
  if (names.some((n) => NOT_PERSON.test(n))) return null;
  return names.length ? names : null;
}
