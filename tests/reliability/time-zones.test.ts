import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FULL } from '../support/mode.js';
import { collectExports, shippedDisputes } from './print-exports.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('./print-exports.ts', import.meta.url));

/** Each zone and its offset on 1 July 2015 as `Date#getTimezoneOffset` gives it (minutes west of UTC). */
const ZONES: Record<string, number> = {
  UTC: 0,
  'Asia/Karachi': -300,
  'Asia/Kolkata': -330,
  'America/Toronto': 240,
  'Pacific/Kiritimati': -840,
  'Pacific/Pago_Pago': 660,
};

interface Printed {
  readonly zone: string;
  readonly offset: number;
  readonly exports: Record<string, string>;
}

async function printIn(zone: string): Promise<Printed> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, TZ: zone },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Printed;
}

/** Under `npm test`, the zone furthest east and the furthest west; under `npm run check`, all six, twice each. */
const RUN_ZONES = FULL
  ? [...Object.keys(ZONES), ...Object.keys(ZONES)]
  : ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe('every time zone', () => {
  it(`gives byte-identical exports in processes run under ${RUN_ZONES.length} zones`, async () => {
    const runs = await Promise.all(RUN_ZONES.map(async (zone) => [zone, await printIn(zone)] as const));
    const reference = collectExports();
    expect(Object.keys(reference).length).toBeGreaterThan(shippedDisputes().length * 3);
    for (const [zone, printed] of runs) {
      // The zone took effect in the child: its clock has the zone's offset. (ICU may name Asia/Kolkata by its
      // older alias Asia/Calcutta, so the offset is what is compared.)
      expect(printed.offset, `the offset of ${printed.zone} under TZ=${zone}`).toBe(ZONES[zone]);
      expect(Object.keys(printed.exports)).toEqual(Object.keys(reference));
      for (const [name, text] of Object.entries(reference))
        expect(printed.exports[name], `${name} in ${zone}`).toBe(text);
    }
  }, 60_000);
});
