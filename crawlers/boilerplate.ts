/**
 * Cross-page boilerplate: a paragraph that repeats across many pages of one site (a share
 * bar, a copyright note, a standing appeal) is boilerplate even though it appears once per
 * page. The tracker counts, per normalized paragraph, the distinct pages it appears on.
 * Bylines are exempt: the same reporter signing many articles is information, not chrome.
 */
/** When a repeated paragraph counts as boilerplate. */
export interface BoilerplateOptions {
  /** Seen on at least this many distinct pages. Default 3. */
  minPages?: number;
  /** …and on at least this share of the pages observed. Default 0.2. */
  minShare?: number;
}

/** The normalized form paragraphs are compared in: NFC, spaces collapsed, lower case. */
export function paragraphKey(line: string): string {
  return line.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** A short line of capitalized words (a byline such as "Thu Hà" or "KIM CHI"). */
export function looksLikeByline(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6 || /\d/.test(line)) return false;
  return words.every((w) => /^[-–.,()]*$/.test(w) || /^\p{Lu}/u.test(w));
}

/**
 * Learns which paragraphs repeat across a site's pages, in memory bounded by the share it
 * looks for, not by the crawl's length: a lossy count (Manku and Motwani) over pages in buckets
 * of 1/ε pages, ε a quarter of `minShare`, forgets at each bucket's end the paragraphs seen on
 * too few pages to matter. A paragraph on a share ≥ ε of the pages is never forgotten, and its
 * count falls short of its pages by at most ε of them; the count decides, so the tracker never
 * calls boilerplate what an exact count would not. (Every article's own paragraphs are counted
 * once and forgotten: held for a whole crawl, they grew with it, some 20 KB a page.)
 */
export class BoilerplateTracker {
  /** Per paragraph key: the pages counted, the most it may have been missed by, its first line. */
  private readonly counts = new Map<string, { count: number; delta: number; sample: string }>();
  private readonly pagesSeen = new Set<string>();
  private readonly minPages: number;
  private readonly minShare: number;
  /** Pages per bucket (1/ε). */
  private readonly bucketPages: number;

  constructor(options: BoilerplateOptions = {}) {
    this.minPages = options.minPages ?? 3;
    this.minShare = options.minShare ?? 0.2;
    this.bucketPages = Math.max(4, Math.ceil(4 / this.minShare));
  }

  /** Records the paragraphs of one page; observing the same page twice counts once. */
  observe(pageUrl: string, lines: readonly string[]): void {
    if (this.pagesSeen.has(pageUrl)) return;
    this.pagesSeen.add(pageUrl);
    const page = this.pagesSeen.size;
    const bucket = Math.ceil(page / this.bucketPages);
    const keys = new Map<string, string>();
    for (const line of lines) {
      const key = paragraphKey(line);
      if (key && !keys.has(key)) keys.set(key, line);
    }
    for (const [key, line] of keys) {
      const entry = this.counts.get(key);
      if (entry) entry.count++;
      else this.counts.set(key, { count: 1, delta: bucket - 1, sample: line });
    }
    if (page % this.bucketPages === 0) {
      for (const [key, entry] of this.counts) if (entry.count + entry.delta <= bucket) this.counts.delete(key);
    }
  }

  /** How many pages were observed. */
  get pages(): number {
    return this.pagesSeen.size;
  }

  /** How many paragraphs the tracker holds now. */
  get size(): number {
    return this.counts.size;
  }

  /** True when `line` repeats on enough of the site's pages. */
  isBoilerplate(line: string): boolean {
    const entry = this.counts.get(paragraphKey(line));
    return entry !== undefined && this.repeats(entry.count) && !looksLikeByline(entry.sample);
  }

  private repeats(count: number): boolean {
    return count >= this.minPages && count >= this.minShare * this.pagesSeen.size;
  }

  /** Every paragraph currently judged boilerplate, as first seen. */
  lines(): string[] {
    const out: string[] = [];
    for (const entry of this.counts.values()) if (this.repeats(entry.count) && !looksLikeByline(entry.sample)) out.push(entry.sample);
    return out;
  }
}
