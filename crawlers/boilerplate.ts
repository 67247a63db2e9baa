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

/** Learns which paragraphs repeat across a site's pages. */
export class BoilerplateTracker {
  private readonly counts = new Map<string, { count: number; sample: string }>();
  private readonly pagesSeen = new Set<string>();
  private readonly minPages: number;
  private readonly minShare: number;

  constructor(options: BoilerplateOptions = {}) {
    this.minPages = options.minPages ?? 3;
    this.minShare = options.minShare ?? 0.2;
  }

  /** Records the paragraphs of one page; observing the same page twice counts once. */
  observe(pageUrl: string, lines: readonly string[]): void {
    if (this.pagesSeen.has(pageUrl)) return;
    this.pagesSeen.add(pageUrl);
    const keys = new Map<string, string>();
    for (const line of lines) {
      const key = paragraphKey(line);
      if (key && !keys.has(key)) keys.set(key, line);
    }
    for (const [key, line] of keys) {
      const entry = this.counts.get(key);
      if (entry) entry.count++;
      else this.counts.set(key, { count: 1, sample: line });
    }
  }

  /** How many pages were observed. */
  get pages(): number {
    return this.pagesSeen.size;
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
