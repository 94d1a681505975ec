import type { ParsedDate } from '../../dates/parsed-date.js';
import type { Dispute } from '../../model/dispute.js';
import type { TimelineEvent } from '../../model/event.js';
import { dateOf } from '../../model/record-date.js';
import { restates } from '../../model/restatement.js';

/** Which records an event may restate. */
export interface RestatedRecords {
  readonly responses: boolean;
  readonly demands: boolean;
}

/**
 * The events that restate a demand or a response (see `restates` in `model/restatement.ts`: an event linked to
 * it, on the same dates, whose first actor is one of those who made it). Each such happening is one: drawn once in a figure, as
 * the demand or response with the event's title, and counted once in PLOVER. An event restates at most one
 * record. Keys are `response:<id>` and `demand:<id>`.
 */
export function restatements(
  dispute: Dispute,
  events: readonly TimelineEvent[],
  records: RestatedRecords = { responses: true, demands: true },
): Map<string, TimelineEvent> {
  const finder = new RestatementFinder(dispute, records);
  const found = new Map<string, TimelineEvent>();
  for (const event of events) {
    const key = finder.of(event);
    if (key !== undefined) found.set(key, event);
  }
  return found;
}

/**
 * Finds what each event restates as the events come, in their order, without holding them (a stream of events
 * is coded one at a time): each response (then each demand) is restated by the first event that restates it and
 * no earlier record. Taking the events in order and giving each the first record it may still restate matches
 * the same pairs as taking the records in order and giving each the first event still free: a record's first
 * event is never taken by an earlier record, and takes that record first.
 */
export class RestatementFinder {
  private readonly responses: ReadonlyMap<string, { index: number; by: readonly string[]; date: ParsedDate }>;
  private readonly demands: ReadonlyMap<string, { index: number; by: readonly string[]; date: ParsedDate }>;
  private readonly taken = new Set<string>();

  constructor(
    private readonly dispute: Pick<Dispute, 'timeZone' | 'responses' | 'demands'>,
    records: RestatedRecords = { responses: true, demands: true },
  ) {
    const zone = { timeZone: dispute.timeZone };
    this.responses = new Map(
      records.responses
        ? dispute.responses.map((r, index) => [r.id as string, { index, by: r.by, date: dateOf(r, zone) }])
        : [],
    );
    this.demands = new Map(
      records.demands
        ? dispute.demands.map((d, index) => [d.id as string, { index, by: d.by, date: dateOf(d, zone) }])
        : [],
    );
  }

  /** The record the event restates (`response:<id>` or `demand:<id>`), now taken; `undefined` for none. */
  of(event: TimelineEvent): string | undefined {
    if (event.actors[0] === undefined) return undefined;
    let date: ParsedDate | undefined;
    const first = (kind: string, links: readonly string[] | undefined, records: typeof this.responses) => {
      let best: { key: string; index: number } | undefined;
      for (const id of links ?? []) {
        const record = records.get(id);
        const key = `${kind}:${id}`;
        if (record === undefined || this.taken.has(key) || (best !== undefined && best.index <= record.index))
          continue;
        date ??= dateOf(event, { timeZone: this.dispute.timeZone });
        if (restates(event, links, { id, by: record.by }, date, record.date))
          best = { key, index: record.index };
      }
      return best?.key;
    };
    const key =
      first('response', event.responses, this.responses) ?? first('demand', event.demands, this.demands);
    if (key !== undefined) this.taken.add(key);
    return key;
  }
}
