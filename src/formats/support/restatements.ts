import type { ParsedDate } from '../../dates/parsed-date.js';
import type { Dispute } from '../../model/dispute.js';
import type { TimelineEvent } from '../../model/event.js';
import { dateOf } from '../../model/record-date.js';

/**
 * The events that restate a demand or a response: an event linked to it, on the same dates, whose first actor
 * is one of those who made it (BlackBerry's post announcing its exit, and the exit as a response; not a
 * ministry's letter that reports the company's answer). Each such happening is one: drawn once in a figure, as
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
  const same = (a: ParsedDate, b: ParsedDate) => a.earliest === b.earliest && a.latest === b.latest;
  const find = (
    key: string,
    id: string,
    by: readonly string[],
    date: ParsedDate,
    links: (event: TimelineEvent) => readonly string[] | undefined,
  ) => {
    const event = events.find(
      (e) =>
        !used.has(e.id) &&
        (links(e) ?? []).includes(id) &&
        e.actors[0] !== undefined &&
        by.includes(e.actors[0]) &&
        same(dateOf(e, dispute), date),
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
