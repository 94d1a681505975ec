import type { ParsedDate } from '../../dates/parsed-date.js';
import type { Dispute } from '../../model/dispute.js';
import type { TimelineEvent } from '../../model/event.js';
import { dateOf } from '../../model/record-date.js';
import { restates } from '../../model/restatement.js';

/**
 * The events that restate a demand or a response (see `restates` in `model/restatement.ts`: an event linked to
 * it, on the same dates, whose first actor is one of those who made it). Each such happening is one: drawn once in a figure, as
 * the demand or response with the event's title, and counted once in PLOVER. An event restates at most one
 * record. Keys are `response:<id>` and `demand:<id>`.
 */
export function restatements(
  dispute: Dispute,
  events: readonly TimelineEvent[],
  records: { readonly responses: boolean; readonly demands: boolean } = { responses: true, demands: true },
): Map<string, TimelineEvent> {
  const found = new Map<string, TimelineEvent>();
  const used = new Set<string>();
  const find = (
    key: string,
    id: string,
    by: readonly string[],
    date: ParsedDate,
    links: (event: TimelineEvent) => readonly string[] | undefined,
  ) => {
    const event = events.find(
      (e) => !used.has(e.id) && restates(e, links(e), { id, by }, dateOf(e, dispute), date),
    );
    if (event === undefined) return;
    used.add(event.id);
    found.set(key, event);
  };
  if (records.responses)
    for (const response of dispute.responses)
      find(
        `response:${response.id}`,
        response.id,
        response.by,
        dateOf(response, dispute),
        (e) => e.responses,
      );
  if (records.demands)
    for (const demand of dispute.demands)
      find(`demand:${demand.id}`, demand.id, demand.by, dateOf(demand, dispute), (e) => e.demands);
  return found;
}
