/**
 * Everything the library exports as text, for one process: each shipped dataset as JSON and as a table, the
 * events before each deadline, the JSON Schema, and parsed dates. The time-zone test runs this file in child
 * processes under different `TZ` values (`node --import tsx tests/reliability/print-exports.ts`) and compares
 * what they print; it also reports the zone the process runs in, so the test knows `TZ` took effect.
 */
import { pathToFileURL } from 'node:url';
import * as shipped from '../../src/datasets/index.js';
import {
  type Dispute,
  disputeJsonSchema,
  eventsBefore,
  formatTimelineText,
  parseDate,
  serializeDispute,
} from '../../src/index.js';

const DATES = [
  '2015-12-30',
  '2015-07',
  '2015',
  '201X',
  '2015-12-31?',
  '2011~',
  '2013-07-XX',
  '2015-11-30T09:00+05:00',
  '2015-03-08T02:30',
  '2015-11-01T01:30',
  '2010-08-12/2011-01-31',
  '2015-11/..',
];
const ZONES = ['UTC', 'Asia/Karachi', 'America/Toronto', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

/** The shipped datasets, by id. */
export function shippedDisputes(): [string, Dispute][] {
  return Object.values(shipped)
    .filter(
      (value): value is Dispute =>
        typeof value === 'object' && value !== null && 'events' in value && 'id' in value,
    )
    .map((dispute): [string, Dispute] => [dispute.id, dispute])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every export as text, keyed by what it is. */
export function collectExports(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, dispute] of shippedDisputes()) {
    out[`${id}.json`] = serializeDispute(dispute);
    out[`${id}.compact.json`] = serializeDispute(dispute, { indent: 0 });
    out[`${id}.table`] = formatTimelineText(dispute, { width: 100 });
    for (const deadline of dispute.deadlines) {
      const { certain, possible } = eventsBefore(dispute, deadline.id);
      out[`${id}.before.${deadline.id}`] = JSON.stringify({
        certain: certain.map((event) => event.id),
        possible: possible.map((event) => event.id),
      });
    }
  }
  out['dispute.schema.json'] = JSON.stringify(disputeJsonSchema(), null, 2);
  out['dates'] = JSON.stringify(
    DATES.flatMap((text) => ZONES.map((timeZone) => parseDate(text, { timeZone }))),
  );
  return out;
}

/** The zone this process runs in and its UTC offset on 1 July 2015, in minutes as `getTimezoneOffset` gives it. */
export function processZone(): { zone: string; offset: number } {
  return {
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offset: new Date(Date.UTC(2015, 6, 1)).getTimezoneOffset(),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify({ ...processZone(), exports: collectExports() }));
}
