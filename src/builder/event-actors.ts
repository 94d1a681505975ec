/**
 * The actors of each event as numbers, captured while the build resolves the events' references: the query's first
 * selection by actor groups a million events by these, in typed arrays, instead of reading every event's list and
 * hashing every id in it again.
 *
 * An actor's number is its position in the dispute's actors (which a built dispute keeps in input order). Events
 * name lists of actors, and most events name one of a few dozen lists: each list is kept once, found again by a
 * hash of its numbers whichever event names it (a parsed dispute's events each have their own array), and an event
 * keeps only the number of its list. A selection by actor then reads a few dozen lists and one number an event. An
 * event whose actors were not resolved as it was read (one the schema took, one whose reference failed) has no
 * list: the query reads its own.
 */

/** The actors of a dispute's events, by the events' positions. */
export interface EventActorNumbers {
  /** The list of each event, a number into `ends`; -1 for an event whose own list must be read. */
  readonly lists: Int32Array;
  /** Where each list's actor numbers end in `items`; they start where the previous list's end (0 for the first). */
  readonly ends: Int32Array;
  /** The actors' numbers, list after list. */
  readonly items: Int32Array;
}

/** The slots of the cache of lists (a power of two). */
const SLOTS = 4096;

/** The list of an event whose actors are not known as numbers. */
export const NO_LIST = -1;

/**
 * The lists of actor numbers, and each event's list, in reading order. Sized once for the events it is made for:
 * a build writes one number an event, and lists only as many as the events name.
 */
export class EventActors {
  private lists: Int32Array<ArrayBuffer>;
  private count = 0;
  private ends: Int32Array<ArrayBuffer> = new Int32Array(64);
  private listCount = 0;
  private items: Int32Array<ArrayBuffer> = new Int32Array(128);
  private length = 0;
  /** Where the numbers of the list being made end, before it is known whether all of its actors resolve. */
  private pending = 0;
  /** The hash of the numbers of the list being made. */
  private hash = 0;
  /**
   * The last list kept in each slot, by hash (its number plus one; 0 for none). A cache, not a table: a list whose
   * slot a later one took is kept again. It holds a few dozen lists, as a dispute has, and stays small (16 kB) and
   * fast where a million events name as many lists.
   */
  private readonly slots = new Int32Array(SLOTS);

  /** @param expected - how many events will be added (more still work) */
  constructor(expected = 0) {
    this.lists = new Int32Array(Math.max(expected, 16));
  }

  /** Starts a new list. */
  begin(): void {
    this.pending = this.length;
    this.hash = 0x811c9dc5;
  }

  /** Adds an actor's number to the list begun. */
  add(number: number): void {
    if (this.pending === this.items.length) this.items = grown(this.items);
    this.items[this.pending++] = number;
    this.hash = Math.imul(this.hash ^ number, 0x01000193);
  }

  /**
   * Ends the list begun: when `known`, the number of a list with these numbers in this order (an earlier one when
   * its slot still holds it, else kept now); else {@link NO_LIST}, and the numbers are dropped.
   */
  close(known: boolean): number {
    if (!known) return NO_LIST;
    const at = this.hash & (SLOTS - 1);
    const slot = this.slots[at] as number;
    if (slot !== 0 && this.holdsPending(slot - 1)) return slot - 1;
    if (this.listCount === this.ends.length) this.ends = grown(this.ends);
    this.length = this.pending;
    this.ends[this.listCount] = this.length;
    this.slots[at] = this.listCount + 1;
    return this.listCount++;
  }

  /** Whether the list numbered `list` holds the numbers of the list begun, in the same order. */
  private holdsPending(list: number): boolean {
    const start = list === 0 ? 0 : (this.ends[list - 1] as number);
    const size = this.pending - this.length;
    if ((this.ends[list] as number) - start !== size) return false;
    for (let i = 0; i < size; i++) if (this.items[start + i] !== this.items[this.length + i]) return false;
    return true;
  }

  /** Gives the next event the list numbered `list` ({@link NO_LIST}: its own list is to be read). */
  push(list: number): void {
    if (this.count === this.lists.length) this.lists = grown(this.lists);
    this.lists[this.count++] = list;
  }

  /** The numbers of the events in `order` (positions into the reading order), or in reading order without one. */
  inOrder(order: ArrayLike<number> | undefined): EventActorNumbers {
    const { count, lists } = this;
    const ends = this.ends.slice(0, this.listCount);
    const items = this.items.slice(0, this.length);
    if (order === undefined) return { lists: lists.slice(0, count), ends, items };
    const sorted = new Int32Array(count);
    for (let p = 0; p < count; p++) sorted[p] = lists[order[p] as number] as number;
    return { lists: sorted, ends, items };
  }
}

function grown(list: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(list.length * 2);
  out.set(list);
  return out;
}
