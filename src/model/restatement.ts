import type { ParsedDate } from '../dates/edtf.js';

/**
 * Whether an event restates a demand or a response: it is linked to it (`links`, the event's `demands` or
 * `responses`), on the same dates (the same earliest and latest instant), and its first actor is one of those who
 * made it (BlackBerry's post announcing its exit restates the exit; a ministry's letter that reports the company's
 * answer does not). The one definition of a restatement: the figure draws such a pair once, PLOVER counts it once,
 * and validation warns of an event that only restates a response (`rules/restated-responses.ts`).
 */
export function restates(
  event: { readonly actors: readonly string[] },
  links: readonly string[] | undefined,
  record: { readonly id: string; readonly by: readonly string[] },
  eventDate: ParsedDate,
  recordDate: ParsedDate,
): boolean {
  const first = event.actors[0];
  return (
    first !== undefined &&
    (links ?? []).includes(record.id) &&
    record.by.includes(first) &&
    eventDate.earliest === recordDate.earliest &&
    eventDate.latest === recordDate.latest
  );
}
