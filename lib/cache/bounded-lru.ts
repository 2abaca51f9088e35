/**
 * A map that keeps its most recently used entries within two limits, a number of entries and a
 * total size (in whatever unit the caller weighs its values: characters, bytes), dropping the
 * least recently used first. An entry's size may grow after it is put in (`grow`), as a value
 * that makes a part of itself lazily does; the limits are then restored at the next `set`.
 */
export class BoundedLru<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private total = 0;

  /** `entrySize`: the largest value kept (larger ones are not); the whole size limit unless told. */
  constructor(private readonly limits: { entries: number; size: number; entrySize?: number }) {}

  /** The value kept under `key`, now the most recently used; undefined when none is. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Keeps `value` under `key` as the most recently used, then drops the least recently used
   * others until both limits hold. A value larger than `entrySize` is not kept (nor is what was
   * kept under `key` before).
   */
  set(key: string, value: V, size: number): void {
    this.delete(key);
    if (size > (this.limits.entrySize ?? this.limits.size)) return;
    this.entries.set(key, { value, size });
    this.total += size;
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.limits.entries && this.total <= this.limits.size) break;
      if (k !== key) this.delete(k);
    }
  }

  /** Adds `extra` to the size of the entry kept under `key`, when `value` is still the one kept. */
  grow(key: string, value: V, extra: number): void {
    const entry = this.entries.get(key);
    if (!entry || entry.value !== value) return;
    entry.size += extra;
    this.total += extra;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.size;
  }

  /** Drops every entry whose value `test` answers true for. */
  deleteWhere(test: (value: V) => boolean): void {
    for (const [key, entry] of this.entries) if (test(entry.value)) this.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** How many entries are kept, and their total size. */
  get usage(): { entries: number; size: number } {
    return { entries: this.entries.size, size: this.total };
  }
}
