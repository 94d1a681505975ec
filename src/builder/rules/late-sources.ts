import type { ParsedDate } from '../../dates/edtf.js';
import type { IssuePath } from '../../errors/index.js';
import type { Citation, DateValue } from '../../model/common.js';
import { forEach, type Rule, type RuleContext, showDate, type ValidList, type ValidRecords } from './rule.js';

/**
 * Warns of a source published more than a year after the record that cites it happened (`late-source`): a
 * demand, response, event or dated claim whose date ends more than a year before the source's `published` date
 * begins, when none of the sources it cites is known to be from the time (published within the year). A late
 * account (a retrospective, a court's summary) may be right, but one from the time is better evidence. A stream
 * checks the demands and responses once they are all read, then each event and claim as it comes.
 */
export const lateSources: Rule = {
  reads: ['sources', 'demands', 'responses', 'events', 'claims'],
  check(records, context) {
    const published = publishedDates(records, context);
    if (published.size === 0) return;
    const check = (list: ValidList<'demands' | 'responses' | 'events' | 'claims'>, collection: string) => {
      const { records: items, indices } = list;
      items.forEach((record, i) => {
        checkDated(record, [collection, indices[i] as number], published, context);
      });
    };
    check(records.demands, 'demands');
    check(records.responses, 'responses');
    check(records.events, 'events');
    check(records.claims, 'claims');
  },
  stream(held, context) {
    const published = publishedDates(held, context);
    if (published.size > 0) {
      forEach(held.demands, (demand, index) => checkDated(demand, ['demands', index], published, context));
      forEach(held.responses, (response, index) =>
        checkDated(response, ['responses', index], published, context),
      );
      // A claim may come before the first event: it is held with the records before the events.
      forEach(held.claims, (claim, index) => checkDated(claim, ['claims', index], published, context));
    }
    return (collection, index, record, recordContext) => {
      if (published.size > 0) checkDated(record, [collection, index], published, recordContext);
    };
  },
};

/** Each source's `published` date, by its id. */
function publishedDates(
  records: ValidRecords,
  context: RuleContext,
): Map<string, { value: DateValue; date: ParsedDate }> {
  const published = new Map<string, { value: DateValue; date: ParsedDate }>();
  for (const source of records.sources.records)
    if (source.published !== undefined)
      published.set(source.id, { value: source.published, date: context.dateOf(source.published) });
  return published;
}

/** Checks a record that may carry a date and sources. */
function checkDated(
  record: {
    readonly id: string;
    readonly date?: DateValue | undefined;
    readonly sources?: readonly Citation[] | undefined;
  },
  path: IssuePath,
  published: ReadonlyMap<string, { value: DateValue; date: ParsedDate }>,
  context: RuleContext,
): void {
  if (record.date === undefined) return;
  checkRecord(record.id, record.date, record.sources ?? [], path, published, context);
}

function checkRecord(
  id: string,
  date: DateValue,
  sources: readonly Citation[],
  path: IssuePath,
  published: ReadonlyMap<string, { value: DateValue; date: ParsedDate }>,
  context: RuleContext,
): void {
  const happened = context.dateOf(date);
  if (!Number.isFinite(happened.latest)) return;
  const yearAfter = new Date(happened.latest);
  yearAfter.setUTCFullYear(yearAfter.getUTCFullYear() + 1);
  const late = (citation: Citation) => {
    const source = published.get(citation.source);
    return source !== undefined && source.date.earliest > yearAfter.getTime();
  };
  // A late account beside one from the time is corroboration, not the only evidence.
  if (!sources.some(late) || sources.some((citation) => !late(citation) && published.has(citation.source)))
    return;
  sources.forEach((citation, k) => {
    const source = published.get(citation.source);
    if (source === undefined || !late(citation)) return;
    context.warning(
      'late-source',
      [...path, 'sources', k, 'source'],
      `${citation.source} was published ${showDate(source.value)}, more than a year after ${id} (${showDate(date)}) ` +
        'that cites it, and no source it cites is dated from the time: cite a report from the time if there is one, ' +
        'or check the dates',
      citation.source,
    );
  });
}
