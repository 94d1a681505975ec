import { type ParsedDate, readDate } from '../dates/edtf.js';
import { precisionRank } from '../dates/precision.js';
import type { DateValue } from '../model/common.js';

/** The zone a date value is read in: its own, else the dispute's, else UTC. */
export function zoneOf(value: DateValue, disputeZone: string | undefined): string {
  return typeof value === 'string' ? (disputeZone ?? 'UTC') : value.timeZone;
}

/** Reads a validated date value; the model guarantees it parses. */
export function parsedDateOf(value: DateValue, disputeZone: string | undefined): ParsedDate {
  const result = readDate(typeof value === 'string' ? value : value.value, zoneOf(value, disputeZone));
  if ('code' in result) throw new Error(`unreachable: a validated date did not parse: ${result.message}`);
  return result;
}

/** The timeline order: earliest instant, then coarser precision first (a month heads its days), then id. */
export function compareTimelineOrder(
  a: { readonly date: ParsedDate; readonly id: string },
  b: { readonly date: ParsedDate; readonly id: string },
): number {
  if (a.date.earliest !== b.date.earliest) return a.date.earliest < b.date.earliest ? -1 : 1;
  const byPrecision = precisionRank(a.date.precision) - precisionRank(b.date.precision);
  if (byPrecision !== 0) return byPrecision;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
