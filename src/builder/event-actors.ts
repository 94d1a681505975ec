/**
 * The actors of each event as numbers, captured while the build resolves the events' references: the query's first
 * selection by actor groups a million events by these, in typed arrays, instead of reading every event's list and
 * hashing every id in it again.
 *
 * An actor's number is its position in the dispute's actors (which a built dispute keeps in input order). Events
 * name lists of actors, and most events name one of a few dozen lists: each list is numbered once, and an event
 * keeps only the number of its list. An event whose actors were not resolved as it was read (one the schema took,
 * one whose reference failed) has no list: the query reads its own.
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

  /** @param expected - how many events will be added (more still work) */
  constructor(expected = 0) {
    this.lists = new Int32Array(Math.max(expected, 16));
  }

  /** Starts a new list. */
  begin(): void {
    this.pending = this.length;
  }

  /** Adds an actor's number to the list begun. */
  add(number: number): void {
    if (this.pending === this.items.length) this.items = grown(this.items);
    this.items[this.pending++] = number;
  }

  /** Ends the list begun: kept, and its number returned, when `known`; else dropped, and {@link NO_LIST}. */
  close(known: boolean): number {
    if (!known) return NO_LIST;
    if (this.listCount === this.ends.length) this.ends = grown(this.ends);
    this.length = this.pending;
    this.ends[this.listCount] = this.length;
    return this.listCount++;
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
