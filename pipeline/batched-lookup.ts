/**
 * Lookups by key coalesced into one call: the keys asked for in the same turn of the event
 * loop (the fetch jobs a worker runs at once) are looked up together, and each caller gets
 * its own answer. A failed call fails the lookups it served.
 */
export class BatchedLookup<K, V> {
  private waiting = new Map<K, Array<{ resolve: (value: V | null) => void; reject: (err: unknown) => void }>>();
  private scheduled = false;

  /** @param lookupMany answers many keys at once; a key it leaves out has no value */
  constructor(
    private readonly lookupMany: (keys: K[]) => Promise<ReadonlyMap<K, V>>,
    private readonly maxKeys = 500,
  ) {}

  /** The value of `key`, or null. */
  get(key: K): Promise<V | null> {
    return new Promise<V | null>((resolve, reject) => {
      const callers = this.waiting.get(key);
      if (callers) callers.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const all = [...this.waiting];
    this.waiting = new Map();
    for (let i = 0; i < all.length; i += this.maxKeys) {
      const part = all.slice(i, i + this.maxKeys);
      this.lookupMany(part.map(([key]) => key)).then(
        (found) => {
          for (const [key, callers] of part) for (const c of callers) c.resolve(found.get(key) ?? null);
        },
        (err: unknown) => {
          for (const [, callers] of part) for (const c of callers) c.reject(err);
        },
      );
    }
  }
}
