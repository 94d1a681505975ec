/**
 * The numbers a build keeps of each valid event's date: its first and last instant and the rank of its precision
 * (`precisionRank`), by the event's place among the valid events, in typed arrays. The sort orders the events by
 * them and the query index selects by them; a date object is made only when a query asks for more (see `built.ts`).
 * A rank of −1: not read yet (an event the schema took, read when the dispute is assembled).
 */
export class EventInstants {
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
  readonly ranks: Int8Array;

  constructor(length: number) {
    this.earliest = new Float64Array(length);
    this.latest = new Float64Array(length);
    this.ranks = new Int8Array(length).fill(-1);
  }

  /** Keeps the instants and the precision's rank of the event at `at`. */
  set(at: number, earliest: number, latest: number, rank: number): void {
    this.earliest[at] = earliest;
    this.latest[at] = latest;
    this.ranks[at] = rank;
  }
}
