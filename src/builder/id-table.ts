/**
 * A set of ids sized for the list it is made for, with each id's position: what validation keeps of a million
 * event ids to find two that are the same. A `Set` of a million strings grows by rehashing and follows a chain of
 * entries for each lookup, several cache misses an id; this table is allocated once, at twice the ids it will
 * hold, and stores each id's hash beside its position, so that an insertion usually touches one slot.
 *
 * Open addressing with linear probing, hashed with FNV-1a from a random seed. A probe longer than
 * {@link MAX_PROBE} (ids crafted to collide, or a clustering no honest input makes) hands every id to a `Map`,
 * whose hashing V8 seeds per process: the table never turns quadratic.
 */

/** Slots probed before the table gives up on its hash and moves its ids into a `Map`. */
const MAX_PROBE = 64;

export class IdTable {
  /** Two numbers a slot: the id's hash, and the index it was added with + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly seed = (Math.random() * 0x1_0000_0000) | 0;
  private count = 0;
  /** The hashes of a batch given to {@link IdTable.addAll}. */
  private hashes = new Int32Array(0);
  /** Where the ids are once the table has given up on its hash. */
  private map: Map<string, number> | undefined;

  /**
   * @param expected - how many ids will be added (more still work, only more slowly)
   * @param idAt - the id added with an index: the table keeps indices, not the strings
   */
  constructor(
    expected: number,
    private readonly idAt: (index: number) => string,
  ) {
    let capacity = 1024;
    while (capacity < expected * 2 && capacity < 2 ** 25) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** How many ids the table holds. */
  get size(): number {
    return this.map?.size ?? this.count;
  }

  /** Adds `id` with `index` (0 to 2^31 - 2), unless it is there: then returns the index it was added with. */
  add(id: string, index: number): number | undefined {
    return this.map === undefined ? this.insert(id, index, this.hash(id)) : this.addToMap(id, index);
  }

  /**
   * Adds `ids[k]` with `indices[k]` for each `k` below `count`, in that order, as {@link IdTable.add} would; sets
   * `earlier[k]` to the index an id was already added with, or -1. Each id is hashed first, while its text is in
   * the cache, then the slots are probed in one tight loop: the processor waits for many slots at once, where
   * adding one id at a time among other work waits for each (the table is many times the cache's size).
   */
  addAll(ids: readonly string[], indices: readonly number[], count: number, earlier: number[]): void {
    if (this.hashes.length < count) this.hashes = new Int32Array(count);
    const hashes = this.hashes;
    for (let k = 0; k < count; k++) hashes[k] = this.hash(ids[k] as string);
    for (let k = 0; k < count; k++) {
      const id = ids[k] as string;
      const index = indices[k] as number;
      earlier[k] =
        (this.map === undefined ? this.insert(id, index, hashes[k] as number) : this.addToMap(id, index)) ??
        -1;
    }
  }

  private addToMap(id: string, index: number): number | undefined {
    const map = this.map as Map<string, number>;
    const known = map.get(id);
    if (known === undefined) map.set(id, index);
    return known;
  }

  private insert(id: string, index: number, hash: number): number | undefined {
    const slots = this.slots;
    let at = hash & this.mask;
    for (let probe = 0; probe < MAX_PROBE && this.count < this.mask; probe++) {
      const stored = slots[2 * at + 1] as number;
      if (stored === 0) {
        slots[2 * at] = hash;
        slots[2 * at + 1] = index + 1;
        this.count++;
        return undefined;
      }
      if (slots[2 * at] === hash && this.idAt(stored - 1) === id) return stored - 1;
      at = (at + 1) & this.mask;
    }
    const indices = this.indices();
    this.map = new Map(indices.map((i) => [this.idAt(i), i]));
    return this.addToMap(id, index);
  }

  /** The index `id` was added with, if it was. */
  get(id: string): number | undefined {
    if (this.map !== undefined) return this.map.get(id);
    const slots = this.slots;
    const hash = this.hash(id);
    let at = hash & this.mask;
    for (let probe = 0; probe <= this.mask; probe++) {
      const stored = slots[2 * at + 1] as number;
      if (stored === 0) return undefined;
      if (slots[2 * at] === hash && this.idAt(stored - 1) === id) return stored - 1;
      at = (at + 1) & this.mask;
    }
    return undefined;
  }

  /** The ids, in the order of their indices. */
  values(): string[] {
    return (this.map === undefined ? this.indices() : [...this.map.values()].sort((a, b) => a - b)).map((i) =>
      this.idAt(i),
    );
  }

  private indices(): number[] {
    const out: number[] = [];
    for (let at = 1; at < this.slots.length; at += 2)
      if (this.slots[at] !== 0) out.push((this.slots[at] as number) - 1);
    return out.sort((a, b) => a - b);
  }

  private hash(id: string): number {
    let hash = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    return hash;
  }
}
