/**
 * The set of URLs a crawl already knows, so each article is queued once and paging stops
 * when a listing brings nothing new. In memory here; a queue backend can keep it in Redis.
 */

/** URLs already seen. */
export interface SeenUrls {
  /**
   * Adds `urls` (one round trip where the set is remote); for each, true when it was not there
   * before. A URL given twice is new at most once.
   */
  addMany(urls: readonly string[]): Promise<boolean[]>;
}

/** A `SeenUrls` in process memory. */
export class MemorySeenUrls implements SeenUrls {
  private readonly urls = new Set<string>();

  /** @inheritdoc */
  async addMany(urls: readonly string[]): Promise<boolean[]> {
    return urls.map((url) => {
      if (this.urls.has(url)) return false;
      this.urls.add(url);
      return true;
    });
  }

  /** How many URLs were seen. */
  get size(): number {
    return this.urls.size;
  }
}
