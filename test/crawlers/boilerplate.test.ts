import { describe, expect, it } from "vitest";
import { BoilerplateTracker, looksLikeByline } from "../../crawlers/boilerplate.ts";

describe("BoilerplateTracker", () => {
  const note = "Cổng thông tin điện tử Đảng bộ thành phố Lâm Giang ghi rõ nguồn khi phát hành lại thông tin.";
  const page = (i: number) => [`Nội dung riêng của bài số ${i} về công tác xây dựng Đảng.`, "In bài viết | Gửi email", note, "Thu Hà"];

  it("flags a paragraph that appears once per page on many pages, not the pages' own text or bylines", () => {
    const tracker = new BoilerplateTracker();
    for (let i = 0; i < 10; i++) tracker.observe(`https://a.vn/${i}`, page(i));
    expect(tracker.isBoilerplate(note)).toBe(true);
    expect(tracker.isBoilerplate("in bài viết |  gửi email")).toBe(true);
    expect(tracker.isBoilerplate("Nội dung riêng của bài số 3 về công tác xây dựng Đảng.")).toBe(false);
    expect(tracker.isBoilerplate("Thu Hà")).toBe(false);
    expect(tracker.lines().sort()).toEqual(["In bài viết | Gửi email", note].sort());
  });

  it("needs at least minPages pages and minShare of them", () => {
    const tracker = new BoilerplateTracker({ minPages: 3, minShare: 0.2 });
    tracker.observe("p1", page(1));
    tracker.observe("p2", page(2));
    expect(tracker.isBoilerplate(note)).toBe(false);
    tracker.observe("p2", page(2)); // the same page again does not count
    expect(tracker.isBoilerplate(note)).toBe(false);
    tracker.observe("p3", page(3));
    expect(tracker.isBoilerplate(note)).toBe(true);
    for (let i = 0; i < 20; i++) tracker.observe(`other${i}`, [`Bài khác ${i}`]);
    expect(tracker.isBoilerplate(note)).toBe(false); // 3 of 23 pages is below 20%
  });

  it("holds a bounded number of paragraphs over a long crawl and still finds the repeated ones", () => {
    const tracker = new BoilerplateTracker();
    let most = 0;
    for (let i = 0; i < 5000; i++) {
      const own = Array.from({ length: 10 }, (_, k) => `Đoạn ${k} của bài ${i}: hội nghị bàn nhiệm vụ số ${i * 10 + k}.`);
      // The note on every page; a banner on every fourth (25%); a link on every tenth (10%).
      tracker.observe(`https://a.vn/${i}`, [...own, note, ...(i % 4 === 0 ? ["Bản tin Đảng bộ tỉnh"] : []), ...(i % 10 === 0 ? ["Xem tin ảnh"] : [])]);
      most = Math.max(most, tracker.size);
    }
    // An exact count would hold all 50,003 paragraphs; the lossy count a few buckets' worth.
    expect(most).toBeLessThan(1000);
    expect(tracker.isBoilerplate(note)).toBe(true);
    expect(tracker.isBoilerplate("Bản tin Đảng bộ tỉnh")).toBe(true);
    expect(tracker.isBoilerplate("Xem tin ảnh")).toBe(false);
    expect(tracker.isBoilerplate("Đoạn 3 của bài 4999: hội nghị bàn nhiệm vụ số 49993.")).toBe(false);
  });

  it.each([
    ["Thu Hà", true],
    ["KIM CHI", true],
    ["Huỳnh Phong - Hùng Anh", true],
    ["Chia sẻ Zalo", false],
    ["Lượt xem: 85", false],
  ])("byline %s → %s", (line, expected) => {
    expect(looksLikeByline(line)).toBe(expected);
  });
});
