/**
 * The reference the zone tests check `dates/zone` against: the offset `Intl.DateTimeFormat` implies, read from
 * the wall clock it prints for an instant (no offset name parsed), to the second.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function intlOffsetMs(timeZone: string, instant: number): number {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  const year =
    parts['era'] === 'BC' || parts['era'] === 'B' ? 1 - Number(parts['year']) : Number(parts['year']);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  wall.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0);
  return wall.getTime() - Math.floor(instant / 1000) * 1000;
}

/** Every zone the runtime lists, and UTC. */
export const ALL_ZONES: readonly string[] = [...Intl.supportedValuesOf('timeZone'), 'UTC'];

/** Instants from 1850 to 2100, `step` milliseconds apart, starting `start` milliseconds into 1850. */
export function instantsFrom1850To2100(step: number, start = 0): number[] {
  const out: number[] = [];
  for (let t = Date.UTC(1850, 0, 1) + start; t < Date.UTC(2100, 11, 31); t += step) out.push(t);
  return out;
}

/**
 * The instants at which the reference offset of `timeZone` changes between `from` and `to`, found by reading it
 * every `step` milliseconds and bisecting each change to the millisecond: the first millisecond of each new offset.
 */
export function referenceTransitions(timeZone: string, from: number, to: number, step: number): number[] {
  const out: number[] = [];
  let at = from;
  let offset = intlOffsetMs(timeZone, at);
  while (at < to) {
    const next = Math.min(at + step, to);
    const nextOffset = intlOffsetMs(timeZone, next);
    if (nextOffset !== offset) {
      let lo = at;
      let hi = next;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (intlOffsetMs(timeZone, mid) === offset) lo = mid;
        else hi = mid;
      }
      out.push(hi);
      // A second change between the samples is followed from the first.
      at = hi;
      offset = intlOffsetMs(timeZone, hi);
      continue;
    }
    at = next;
    offset = nextOffset;
  }
  return out;
}
