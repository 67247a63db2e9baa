/**
 * Lines that are page furniture, not article text: sharing, counters, navigation,
 * related-article headers, contact blocks, separators. Each pattern matches a whole line
 * (normalized text: NFC, old-style tones, dashes as "-").
 */
/** A page counter or a sharing link after a date line: "Thứ Tư, 13/03/2024 - 10:22 | Lượt xem: 532 | In bài". */
const COUNTER_AFTER = String.raw`(\s*\|\s*((lượt xem|số lượt xem|lượt đọc|views?|view count)\s*:?\s*[\d.,]+|in bài|gửi email|chia sẻ|bình luận))*\s*`;
/** The time zone after a date line's time: "GMT+7", "(GMT+07:00)", "[GMT+7]". */
const TIME_ZONE = String.raw`[(\[]?\s*gmt\s*\+\s*0?7(:00)?\s*[)\]]?`;

export const BOILERPLATE_LINES: readonly RegExp[] = [
  // sharing and reactions, a few words at most ("Chia sẻ bài viết lên Facebook", "Bình luận (5)"): never a
  // sentence, which ends in its full stop ("Chia sẻ với phóng viên, ông … cho biết …"; "Chia sẻ Zalo.", "… ./."
  // are two words and a dot), nor a headline
  // ("Chia sẻ kinh nghiệm xây dựng chi bộ vững mạnh")
  /^(chia sẻ|share|gửi email|gửi bài|in bài|in trang|bản in|lưu bài|phản hồi|bình luận|ý kiến bạn đọc|gửi ý kiến|gởi câu hỏi|zalo|facebook|twitter)(?![\p{L}\p{N}])(?:(?!.*[.!?…]$)(?:\s*[:(|,/-]?\s*[\p{L}\p{N})]+){0,4}|(?:\s+[\p{L}\p{N}]+){0,2}\s*\.(?:\/\.)?)\s*$/iu,
  /^(gởi|gửi) câu hỏi(?![\p{L}\p{N}])(?!.*[.!?…]$)/iu,
  /^email của bạn sẽ không được hiển thị/iu,
  /^(bạn cần đăng nhập|đăng nhập để|viết bình luận|họ và tên|nội dung bình luận|mã xác nhận)/iu,
  // a comment form's labels, each alone on its line
  /^(gửi bình luận|ý kiến của bạn|bình luận của bạn|viết ý kiến|họ tên|e-?mail|mã bảo mật|nhập mã)\s*[:*]?\s*$/iu,
  // counters and date lines
  /^(lượt xem|số lượt xem|view count|lượt đọc|views?)\s*:?\s*[\d.,]+/iu,
  /^ngày (đăng|xuất bản|phát hành|cập nhật)\s*:?\s*\d/iu,
  /^(cập nhật|đăng lúc|gửi lúc|xuất bản|đăng ngày|ngày phát hành)\s*(ngày|lúc)?\s*:?\s*(lúc\s*)?\d/iu,
  // a day, and its time, alone on a line: "Ngày 12/02/2024 09:15" (a lead goes on after its day)
  /^ngày \d{1,2}[/.-]\d{1,2}[/.-]\d{4}(\s*[,|-]?\s*\d{1,2}:\d{2}(:\d{2})?)?$/iu,
  // the time before the day: "Cập nhật lúc: 08:15 ngày 12/04/2024", "Đăng lúc 9h30, 12-4-2024"
  /^(cập nhật|đăng|gửi|xuất bản)( lúc| ngày)?\s*:?\s*\d{1,2}\s*[:h]\s*\d{2}(:\d{2})?\s*(,|-|\|)?\s*(ngày\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/iu,
  new RegExp(String.raw`^(thứ (hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|t[2-7]|cn)\s*,?\s*(ngày\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(\s*[,|-]?\s*\d{1,2}:\d{2}(:\d{2})?'?\s*(${TIME_ZONE})?)?` + COUNTER_AFTER + "$", "iu"),
  new RegExp(String.raw`^((thứ (hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*)?ngày \d{1,2} tháng \d{1,2} năm \d{4}(\s*[,|-]?\s*\d{1,2}:\d{2}(:\d{2})?)?` + COUNTER_AFTER + "$", "iu"),
  new RegExp(String.raw`^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*(-|\||,)?\s*\d{1,2}:\d{2}(:\d{2})?\s*(am|pm|sa|ch)?\s*(${TIME_ZONE})?` + COUNTER_AFTER + "$", "iu"),
  new RegExp(String.raw`^\d{1,2}:\d{2}(:\d{2})?\s*(-|\||,)?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}` + COUNTER_AFTER + "$", "iu"),
  new RegExp(String.raw`^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}` + COUNTER_AFTER + "$", "iu"),
  // navigation and related stories
  /^(trang chủ|home)(?![\p{L}\p{N}])(?!.*[.!?…]$).{0,120}$/iu,
  /^.{0,60}(›|»|>>)\s*.{0,60}$/u,
  /^(các tin khác|tin khác|tin liên quan|bài liên quan|tin cùng chuyên mục|tin mới|tin mới nhất|tin nổi bật|bài mới đăng|bài viết liên quan|xem thêm|đọc thêm|cùng chuyên mục|»\s*cùng chủ đề|cùng chủ đề|tin đã đưa|các bài viết khác|tin tức khác|video|ảnh|podcast|infographic|emagazine)\s*:?$/iu,
  /^(tăng cỡ chữ|giảm cỡ chữ|cỡ chữ|xem cỡ chữ|xem với cỡ chữ|font size|a\+\s*\|)/iu,
  /^(đọc bài viết|nghe đọc bài|nghe bài viết|đọc bài)(?![\p{L}\p{N}])(?!.*[.!?…]$).{0,40}$/iu,
  /^publishingportal(?![\p{L}\p{N}])/iu,
  /^(từ khóa|tags?|keywords?)\s*:/iu,
  /^(về đầu trang|lên đầu trang|quay lại|quay về|trở về|trở lại|đánh giá bài viết|bình chọn|lưu tin|lưu bài viết|gửi tin|in tin|bản để in|print)\s*:?$/iu,
  /^theo dõi .{1,60} trên (google news|zalo|facebook)/iu,
  /^(advertisement|quảng cáo)$/iu,
  /^bạn đang xem\s*:/iu,
  /^nguồn\s*[\p{L} ]{0,30}:\s*https?:\/\//iu,
  /^https?:\/\/\S+$/iu,
  // the page's address above a text cut from it: "URL: https://…", "URL: none (…)", "Link: https://…"
  /^url\s*:/iu,
  /^(link|liên kết|đường dẫn|địa chỉ bài viết|source)\s*:\s*(https?:\/\/)?\S+$/iu,
  /^(sau đây là )?(một số )?hình ảnh( tại| của)?( hội nghị| buổi lễ| sự kiện)?.{0,40}:$/iu,
  /^(xem chi tiết|tải về|tải xuống|file đính kèm|văn bản đính kèm|tệp đính kèm)\s*:?\s*$/iu,
  // contact blocks
  // (labelled: "Tổng Biên tập Lê Quốc Minh phát biểu", "Địa chỉ đỏ …" open sentences of an article)
  /^(địa chỉ|điện thoại|đt|fax|e-?mail|hotline|website|giấy phép|chịu trách nhiệm[\p{L} ]{0,20}|tổng biên tập|phó tổng biên tập)\s*:\s*\S/iu,
  /^(điện thoại|đt|fax|hotline)\s*[.:]?\s*[(+]?\d/iu,
  /^giấy phép\s+(số\s*)?\d/iu,
  /^(bản quyền|copyright|©)/iu,
  /^(ghi rõ nguồn|không được sao chép)/iu,
  // a reposted document's heading: the Party's name or the state's motto above its number and date
  /^(đảng cộng sản việt nam|cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|độc lập\s*-\s*tự do\s*-\s*hạnh phúc)\s*[-_*]*$/iu,
  // debris
  /^[\p{P}\p{S}\s]{1,8}$/u,
];

/**
 * A short line that shares the page: "Bấm chia sẻ lên Facebook", "Chia sẻ qua Zalo" (never a sentence:
 * "Người dân không chia sẻ lên Facebook những thông tin …."). Tried on short lines only, apart from
 * the lines above: where it may start, it would be tried on every line.
 */
export const SHARING_LINK = /^.{0,40}(chia sẻ|share) (bài viết |lên |qua )?(zalo|facebook|twitter).{0,40}(?<![.!?…])$/iu;

/**
 * Headers of related-story lists ("Các tin khác", "Tin liên quan"): the headline-like lines
 * after one are links to other stories, not part of the article.
 */
export const RELATED_HEADER =
  /^(xem thêm|đọc thêm|mời xem thêm|tin bài liên quan|các tin khác|tin khác|tin liên quan|bài liên quan|bài viết liên quan|tin cùng chuyên mục|cùng chuyên mục|»?\s*cùng chủ đề|tin mới|tin mới nhất|mới nhất|tin nổi bật|nổi bật|bài mới đăng|xem nhiều nhất|xem nhiều|đọc nhiều|đọc nhiều nhất|tin đọc nhiều|tin đã đưa|các bài viết khác|tin tức khác|có thể bạn quan tâm|bạn có thể quan tâm|tin xem nhiều)\s*:?$/iu;

/**
 * A source credit at the end: "Báo Bắc Lâm", "Theo Báo Nhân Dân", "Nguồn: TTXVN", "(Theo
 * TTXVN)", "Nguồn: baobaclam.vn".
 */
export const SOURCE_CREDIT =
  /^\(?\s*(?:(?:(?:theo|nguồn)\s*:?\s*)?(?:báo(?!\s+(?:cáo|chí)(?![\p{L}]))|tạp chí|cổng thông tin(?: điện tử)?|đài phát thanh(?: và truyền hình)?|đài truyền hình|trang thông tin(?: điện tử)?|ttxvn|vov|vtv|vna|tuyengiao\.vn|dangcongsan\.vn)(?:\s+[\p{L}\p{N}.]+){0,6}|(?:theo|nguồn)\s*:?\s*(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org)(?:\/\S*)?)\s*\)?\s*$/iu;

/**
 * A unit credited as the writer, on the last line: "Ban Tuyên giáo Quận ủy Đông Quang", "BBT",
 * "Nhóm PV", "PV" alone ("PV Minh Khôi" is a reporter's byline); with a full stop, a few words
 * only ("Phòng Nội vụ huyện chủ trì thực hiện." is a sentence).
 */
export const UNIT_CREDIT =
  /^(?:(?:ban|phòng|văn phòng|trung tâm|bbt|ban biên tập|nhóm phóng viên|nhóm pv|bộ phận)(?![\p{L}])(?:(?:\s+[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*){0,8}|(?:\s+[\p{L}\p{N}]+){0,4}\s*\.)|pv|ctv)\s*$/iu;

/**
 * A photo of the scene: "Quang cảnh hội nghị.", "Các đại biểu dự lễ khánh thành." (a caption when
 * it does not narrate: "Các đại biểu dự hội nghị đã thảo luận sôi nổi." is body).
 */
export const SCENE_CAPTION = /^(?:quang cảnh|toàn cảnh|các đại biểu dự|đại biểu dự|các đại biểu tham dự)(?![\p{L}])[^.;:]{0,180}\.?$/iu;

/** Markers that make a line an image caption: the photo named ("Ảnh: …") or its source. */
export const CAPTION_MARKERS: readonly RegExp[] = [
  /(?<!hình )\(?\s*ảnh\s*(minh họa|tư liệu|chụp màn hình|internet|tl)?\s*:\s*[^)]{1,60}\)?\.?$/iu,
  /^ảnh( minh họa| tư liệu)?\s*[:(]/iu,
  /\(ảnh[^)]{0,60}\)\s*\.?$/iu,
  /^ảnh minh họa(?![\p{L}\p{N}])/iu,
  /\(nguồn\s*:?\s*internet\)\s*$/iu,
];

/** A closing "./." after the last sentence. */
export const CLOSING_MARK = /\s*\.\/\.\s*$/u;
