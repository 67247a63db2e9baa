/**
 * Conditional GET needs the ETag and Last-Modified seen on the last fetch of a URL. The
 * crawler reads and writes them through this small interface; the pipeline backs it with the
 * database, tests and one-off crawls with memory.
 */

/** The validators a server sent with a page. */
export interface PageValidators {
  etag: string | null;
  lastModified: string | null;
  /** Hash of the body last fetched, when known (kept across 304s). */
  contentHash?: string | null;
}

/** Where the crawler keeps validators between runs. */
export interface ValidatorStore {
  /** The validators recorded for `url`, or null when it was never fetched. */
  get(url: string): Promise<PageValidators | null>;
  /** Records the validators of a fresh fetch of `url`. */
  put(url: string, validators: PageValidators): Promise<void>;
}

/** Validators kept in memory for the life of the process. */
export class MemoryValidatorStore implements ValidatorStore {
  private readonly entries = new Map<string, PageValidators>();

  /** @inheritdoc */
  async get(url: string): Promise<PageValidators | null> {
    return this.entries.get(url) ?? null;
  }

  /** @inheritdoc */
  async put(url: string, validators: PageValidators): Promise<void> {
    if (validators.etag === null && validators.lastModified === null) this.entries.delete(url);
    else this.entries.set(url, { ...validators });
  }

  /** How many URLs have validators. */
  get size(): number {
    return this.entries.size;
  }
}
