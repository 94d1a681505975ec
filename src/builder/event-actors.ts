/**
 * The actors of each event as numbers, captured while the build resolves the events' references: the query's first
 * selection by actor groups a million events by these, in typed arrays, instead of reading every event's list and
 * hashing every id in it again.
 *
 * An actor's number is its position in the dispute's actors (which a built dispute keeps in input order). An event
 * whose actors were not resolved as it was read (one the schema took, one whose reference failed) has no numbers:
 * the query reads its list.
 */

/** The actors of a dispute's events, by the events' positions. */
export interface EventActorNumbers {
  /** Where each event's numbers end in `items`; they start where the previous event's end (0 for the first). */
  readonly ends: Int32Array;
  /** The actors' numbers, event after event. */
  readonly items: Int32Array;
  /** 1 for an event whose numbers are known; 0 for one whose list must be read (it has no numbers in `items`). */
  readonly known: Uint8Array;
}

/** The actors' numbers of the events as they are read, in reading order. */
export class EventActors {
  private ends: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private known = new Uint8Array(1024);
  private items: Int32Array<ArrayBuffer> = new Int32Array(2048);
  private count = 0;
  private length = 0;
  /** Where the numbers of the event being added end, before it is known whether all of its actors resolve. */
  private pending = 0;

  /** Starts the numbers of the next event. */
  begin(): void {
    this.pending = this.length;
  }

  /** Adds an actor's number to the event begun. */
  add(number: number): void {
    if (this.pending === this.items.length) this.items = grown(this.items);
    this.items[this.pending++] = number;
  }

  /** The numbers added to the event begun so far, as a list of their own. */
  pendingNumbers(): Int32Array {
    return this.items.slice(this.length, this.pending);
  }

  /** Ends the event begun: its numbers kept when `known`, else dropped and the event marked as not known. */
  end(known: boolean): void {
    if (this.count === this.ends.length) {
      this.ends = grown(this.ends);
      const marks = new Uint8Array(this.known.length * 2);
      marks.set(this.known);
      this.known = marks;
    }
    if (known) this.length = this.pending;
    this.known[this.count] = known ? 1 : 0;
    this.ends[this.count++] = this.length;
  }

  /** The numbers of the events in `order` (positions into the reading order), or in reading order without one. */
  inOrder(order: ArrayLike<number> | undefined): EventActorNumbers {
    const { count, ends, items, known } = this;
    if (order === undefined)
      return { ends: ends.slice(0, count), items: items.slice(0, this.length), known: known.slice(0, count) };
    const outEnds = new Int32Array(count);
    const outItems = new Int32Array(this.length);
    const outKnown = new Uint8Array(count);
    let at = 0;
    for (let p = 0; p < count; p++) {
      const from = order[p] as number;
      const end = ends[from] as number;
      for (let q = from === 0 ? 0 : (ends[from - 1] as number); q < end; q++)
        outItems[at++] = items[q] as number;
      outEnds[p] = at;
      outKnown[p] = known[from] as number;
    }
    return { ends: outEnds, items: outItems, known: outKnown };
  }
}

function grown(list: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(list.length * 2);
  out.set(list);
  return out;
}
