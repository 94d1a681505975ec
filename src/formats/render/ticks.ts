import type { Axis } from './axis.js';
import type { SceneAxis } from './scene.js';

/**
 * Axis ticks on a UTC ladder, from hours to millennia: the finest step whose labels fit the width. Calendar
 * arithmetic uses `Date.UTC` only, so the ticks are the same in every time zone of the machine.
 */

/** One tick: its instant and its label. */
export interface Tick {
  readonly at: number;
  readonly label: string;
}

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** The ladder, finest first: unit and how many of it per step. */
const LADDER: readonly (readonly [Unit, number])[] = [
  ['hour', 1],
  ['hour', 3],
  ['hour', 6],
  ['hour', 12],
  ['day', 1],
  ['day', 2],
  ['week', 1],
  ['week', 2],
  ['month', 1],
  ['month', 2],
  ['month', 3],
  ['month', 6],
  ['year', 1],
  ['year', 2],
  ['year', 5],
  ['year', 10],
  ['year', 20],
  ['year', 25],
  ['year', 50],
  ['year', 100],
  ['year', 200],
  ['year', 500],
  ['year', 1000],
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function labelOf(at: number, unit: Unit): string {
  const d = new Date(at);
  const ymd = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (unit === 'hour') return `${ymd} ${pad(d.getUTCHours())}:00`;
  if (unit === 'day' || unit === 'week') return ymd;
  if (unit === 'month') return ymd.slice(0, 7);
  return ymd.slice(0, 4);
}

/** Characters of a label of each unit: how far apart its ticks must be. */
const LABEL_CHARS: Readonly<Record<Unit, number>> = { hour: 16, day: 10, week: 10, month: 7, year: 4 };

/** The first tick of a step at or after an instant. */
function firstTick(from: number, unit: Unit, step: number): number {
  const d = new Date(from);
  const y = d.getUTCFullYear();
  if (unit === 'hour') return Math.ceil(from / (step * HOUR)) * step * HOUR;
  if (unit === 'day') {
    const day = Math.ceil(from / DAY);
    return Math.ceil(day / step) * step * DAY;
  }
  if (unit === 'week') {
    // Weeks start on Mondays; 1970-01-05 was one.
    const monday = 4 * DAY;
    return monday + Math.ceil((from - monday) / (step * 7 * DAY)) * step * 7 * DAY;
  }
  if (unit === 'month') {
    let month = y * 12 + d.getUTCMonth();
    if (utc(y, d.getUTCMonth(), 1) < from) month += 1;
    month = Math.ceil(month / step) * step;
    return utc(Math.floor(month / 12), month % 12, 1);
  }
  let year = utc(y, 0, 1) < from ? y + 1 : y;
  year = Math.ceil(year / step) * step;
  return utc(year, 0, 1);
}

function nextTick(at: number, unit: Unit, step: number): number {
  if (unit === 'hour') return at + step * HOUR;
  if (unit === 'day') return at + step * DAY;
  if (unit === 'week') return at + step * 7 * DAY;
  const d = new Date(at);
  if (unit === 'month') return utc(d.getUTCFullYear(), d.getUTCMonth() + step, 1);
  return utc(d.getUTCFullYear() + step, 0, 1);
}

/** A UTC date and time `Date.UTC` can't give for years 0–99 (it reads them as 1900–1999). */
function utc(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, ((month % 12) + 12) % 12, day));
  date.setUTCFullYear(year + Math.floor(month / 12));
  return date.getTime();
}

/** The width in pixels a label of `chars` characters needs, with room around it. */
export type LabelSpace = (chars: number) => number;

/**
 * The ticks of a time domain `[from, to]` for a plot `width` pixels wide: the finest rung of the ladder whose
 * labels, each `space(chars)` wide, fit side by side.
 */
export function timeTicks(from: number, to: number, width: number, space: LabelSpace): readonly Tick[] {
  const span = Math.max(1, to - from);
  for (const [unit, step] of LADDER) {
    const approximate =
      unit === 'hour'
        ? step * HOUR
        : unit === 'day'
          ? step * DAY
          : unit === 'week'
            ? step * 7 * DAY
            : unit === 'month'
              ? step * 30.44 * DAY
              : step * 365.25 * DAY;
    // Each label must fit in the distance between two ticks.
    if ((approximate / span) * width < space(LABEL_CHARS[unit])) continue;
    const ticks: Tick[] = [];
    for (let at = firstTick(from, unit, step); at <= to && ticks.length < 1000; at = nextTick(at, unit, step))
      ticks.push({ at, label: labelOf(at, unit) });
    return ticks;
  }
  return [];
}

/** Nice steps for an axis of days: 1, 2, 5, 7, 14, 30, 60, 90, 180, 365 and multiples of a year. */
const DAY_STEPS = [1, 2, 5, 7, 14, 30, 60, 90, 180, 365, 730, 1825, 3650, 7300, 18250, 36500];

/** Ticks of an axis of days relative to day 0, labelled `−30`, `0`, `+30`. */
export function dayTicks(from: number, to: number, width: number, space: LabelSpace): readonly Tick[] {
  const span = Math.max(1, to - from);
  const chars =
    Math.max(String(Math.ceil(Math.abs(from))).length, String(Math.ceil(Math.abs(to))).length) + 1;
  const step = DAY_STEPS.find((s) => (s / span) * width >= space(chars)) ?? 36500;
  const ticks: Tick[] = [];
  for (let day = Math.ceil(from / step) * step; day <= to; day += step)
    ticks.push({ at: day, label: dayLabel(day) });
  return ticks;
}

/** The length of a stretch left out of an axis, in words: `40 days`, `8 months`, `4.4 years`. */
export function lengthInWords(days: number): string {
  if (days < 61) return `${Math.max(1, Math.round(days))} days`;
  if (days < 730) return `${Math.round(days / 30.44)} months`;
  return `${(days / 365.25).toFixed(1).replace(/\.0$/, '')} years`;
}

/**
 * The ticks and breaks of an axis with breaks: each segment gets the ticks that fit its width (at least one, so
 * every segment says where it is), and each break the length of what it leaves out.
 */
export function axisTicks(axis: Axis, unit: 'time' | 'days', space: LabelSpace): SceneAxis {
  const ticks: { x: number; label: string }[] = [];
  for (const segment of axis.segments) {
    const width = segment.x1 - segment.x0;
    let found =
      unit === 'time'
        ? timeTicks(segment.from, segment.to, width, space)
        : dayTicks(segment.from, segment.to, width, space);
    if (found.length === 0) found = oneTick(segment.from, segment.to, unit);
    for (const tick of found) ticks.push({ x: axis.x(tick.at), label: tick.label });
  }
  const breaks = axis.breaks.map((b) => ({
    x0: b.x0,
    x1: b.x1,
    label: lengthInWords(unit === 'time' ? (b.to - b.from) / DAY : b.to - b.from),
  }));
  const segments = axis.segments.map(({ x0, x1, from, to }) => ({ x0, x1, from, to }));
  return { segments, ticks, breaks };
}

/** One tick inside a stretch too narrow for a ladder's step: the start of its first month, year or day. */
function oneTick(from: number, to: number, unit: 'time' | 'days'): Tick[] {
  if (unit === 'days') {
    const day = Math.ceil(from);
    return day <= to ? [{ at: day, label: dayLabel(day) }] : [];
  }
  for (const u of ['month', 'year', 'day', 'hour'] as const) {
    const at = firstTick(from, u, 1);
    if (at <= to) return [{ at, label: labelOf(at, u) }];
  }
  return [];
}

function dayLabel(day: number): string {
  return day === 0 ? 'day 0' : day > 0 ? `+${day}` : `\u2212${-day}`;
}
