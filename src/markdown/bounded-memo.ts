/**
 * Values remembered by key, for work a build repeats with the same input (the same guide in
 * every syllabus, the same part in every PDF). Bounded: when `limit` values are held, all are
 * forgotten, so that a long-running process (a dev server) never holds more than that.
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The value remembered for `key`, or the one `make` gives, then remembered. */
  get(key: string, make: () => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = make();
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}
