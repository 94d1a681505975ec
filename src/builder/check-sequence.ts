import { issue } from '../_lib/issues.js';
import type { ParsedDate } from '../dates/edtf.js';
import type { TimelineIssue } from '../errors/index.js';
import type { DateValue } from '../model/common.js';
import { compareDateOrder, sequenceOf } from '../model/record-date.js';

/** A schema-valid record with a date, and its position in the input. */
interface Indexed<R> {
  readonly record: R;
  readonly index: number;
}

interface DatedOrdered {
  readonly id: string;
  readonly date: DateValue;
  readonly sequence?: number | undefined;
}

/**
 * Checks the order within a day against the references: a response dated the same as a demand it answers
 * (the same day, or month…, in the same zone) must come after it, so when either gives a `sequence`, the
 * response's is greater than the demand's (`sequence-conflict`). When neither gives one they are ordered by id,
 * which says nothing of the order of the day.
 */
export function checkSequences(
  demands: readonly Indexed<DatedOrdered>[],
  responses: readonly Indexed<DatedOrdered & { readonly to: readonly string[] }>[],
  dateOf: (value: DateValue) => ParsedDate,
  issues: TimelineIssue[],
): void {
  const byId = new Map<string, DatedOrdered>();
  for (const { record } of demands) byId.set(record.id, record);
  for (const { record, index } of responses) {
    for (const demandId of record.to) {
      const demand = byId.get(demandId);
      if (demand === undefined) continue;
      if (record.sequence === undefined && demand.sequence === undefined) continue;
      if (sequenceOf(record) > sequenceOf(demand)) continue;
      if (compareDateOrder(dateOf(record.date), dateOf(demand.date)) !== 0) continue;
      issues.push(
        issue(
          'sequence-conflict',
          ['responses', index, 'sequence'],
          `response ${record.id} (sequence ${sequenceOf(record)}) is dated the same as demand ${demandId} ` +
            `(sequence ${sequenceOf(demand)}) that it answers, so its sequence must be greater`,
          record.sequence ?? null,
        ),
      );
    }
  }
}
