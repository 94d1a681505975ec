/**
 * An axis that follows the data: the dense stretches of time each get a linear piece of the width, and a long
 * empty stretch between them is put behind a break (drawn as such, with its length), so one outlier years
 * away never squeezes the rest of a case into a sliver. Works on any numeric domain: instants in milliseconds
 * for one dispute, day counts for cases side by side.
 */

/** A stretch of the domain the records cover, `[from, to)`. */
export interface Stretch {
  readonly from: number;
  readonly to: number;
}

/** One linear piece of the axis: the stretch `[from, to)` drawn from `x0` to `x1`. */
export interface AxisSegment extends Stretch {
  readonly x0: number;
  readonly x1: number;
  /** How many records fall in it. */
  readonly count: number;
}

/** A break between two segments: the gap `[from, to)` left out, drawn between `x0` and `x1`. */
export interface AxisBreak extends Stretch {
  readonly x0: number;
  readonly x1: number;
}

/** An axis: its pieces, the breaks between them, and where a value goes. */
export interface Axis {
  readonly segments: readonly AxisSegment[];
  readonly breaks: readonly AxisBreak[];
  /** The x of a value: linear within a segment, proportional across a break, clamped at the ends. */
  readonly x: (at: number) => number;
}

/** How an axis is fitted. */
export interface AxisSettings {
  readonly left: number;
  readonly right: number;
  /** The shortest gap put behind a break, in domain units. */
  readonly minGap: number;
  /** The least room a segment gets around its data, in domain units (half a day, say). */
  readonly minMargin: number;
  /** No breaks: one segment over `[from, to)` when given (the `from`/`to` options). */
  readonly fixed?: Stretch | undefined;
}

/** The width a break takes, in pixels. */
export const BREAK_WIDTH = 26;
/** A gap is broken when it is longer than this share of what the rest of the axis covers. */
const BREAK_RATIO = 0.4;
/** The least share of the width a segment gets, so its marks and ticks have room. */
const MIN_SHARE = 0.12;
/** The share of a segment's extent left as margin on each side. */
const MARGIN_SHARE = 0.04;

/** Merges stretches that overlap or touch, in order. */
function merged(stretches: readonly Stretch[]): Stretch[] {
  const sorted = [...stretches].filter((s) => Number.isFinite(s.from) && Number.isFinite(s.to));
  sorted.sort((a, b) => a.from - b.from || a.to - b.to);
  const out: { from: number; to: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ from: s.from, to: Math.max(s.to, s.from) });
  }
  return out;
}

/**
 * The dense stretches of a set of records: records are merged with the stretches that must stay whole (from a
 * demand to its deadline, say), and the longest gap is cut out while it is longer than `BREAK_RATIO` of what
 * the rest covers (and at least `minGap`).
 */
export function denseStretches(
  records: readonly Stretch[],
  keepWhole: readonly Stretch[],
  minGap: number,
): Stretch[] {
  const clusters = merged([...records, ...keepWhole.filter((s) => s.to > s.from)]);
  if (clusters.length === 0) return [];
  const broken = new Set<number>();
  const first = clusters[0] as Stretch;
  const last = clusters[clusters.length - 1] as Stretch;
  let extent = last.to - first.from;
  for (;;) {
    let best = -1;
    let gap = 0;
    for (let i = 1; i < clusters.length; i++) {
      if (broken.has(i)) continue;
      const g = (clusters[i] as Stretch).from - (clusters[i - 1] as Stretch).to;
      if (g > gap) [best, gap] = [i, g];
    }
    if (best < 0 || gap < minGap || gap <= BREAK_RATIO * (extent - gap)) break;
    broken.add(best);
    extent -= gap;
  }
  const out: Stretch[] = [];
  let start = first.from;
  for (let i = 1; i <= clusters.length; i++) {
    if (i === clusters.length || broken.has(i)) {
      out.push({ from: start, to: (clusters[i - 1] as Stretch).to });
      if (i < clusters.length) start = (clusters[i] as Stretch).from;
    }
  }
  return out;
}

/**
 * Fits an axis to records: their dense stretches, each a linear segment whose width follows how many records it
 * holds (at least `MIN_SHARE` of the plot), with breaks between them.
 */
export function fitAxis(
  records: readonly Stretch[],
  keepWhole: readonly Stretch[],
  settings: AxisSettings,
): Axis {
  const { left, right } = settings;
  const stretches =
    settings.fixed === undefined ? denseStretches(records, keepWhole, settings.minGap) : [settings.fixed];
  if (stretches.length === 0) stretches.push({ from: 0, to: 1 });
  // Room around each stretch, so marks at its ends are not cut by the break or the edge.
  const padded = stretches.map((s) => {
    const margin =
      settings.fixed === undefined ? Math.max(settings.minMargin, (s.to - s.from) * MARGIN_SHARE) : 0;
    return { from: s.from - margin, to: Math.max(s.to + margin, s.from - margin + 1e-9) };
  });
  const counts = padded.map((s) => records.filter((r) => r.to > s.from && r.from < s.to).length || 1);
  const plot = right - left - BREAK_WIDTH * (padded.length - 1);
  const total = counts.reduce((a, b) => a + b, 0);
  let shares = counts.map((c) => c / total);
  // Small segments get their minimum; the rest is shared by count among the others.
  const small = shares.map((share) => share < MIN_SHARE && padded.length > 1);
  const rest = 1 - MIN_SHARE * small.filter(Boolean).length;
  const bigTotal = counts.reduce((a, c, i) => (small[i] ? a : a + c), 0);
  shares = shares.map((_, i) => (small[i] ? MIN_SHARE : ((counts[i] as number) / bigTotal) * rest));
  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let x = left;
  padded.forEach((s, i) => {
    const width = plot * (shares[i] as number);
    segments.push({ ...s, x0: x, x1: x + width, count: counts[i] as number });
    x += width;
    const next = padded[i + 1];
    if (next !== undefined) {
      breaks.push({ from: s.to, to: next.from, x0: x, x1: x + BREAK_WIDTH });
      x += BREAK_WIDTH;
    }
  });
  const at = (value: number): number => {
    const firstSegment = segments[0] as AxisSegment;
    if (value <= firstSegment.from) return firstSegment.x0;
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i] as AxisSegment;
      if (value <= s.to) return s.x0 + ((value - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
      const b = breaks[i];
      if (b !== undefined && value < b.to) return b.x0 + ((value - b.from) / (b.to - b.from)) * BREAK_WIDTH;
    }
    return (segments[segments.length - 1] as AxisSegment).x1;
  };
  return { segments, breaks, x: at };
}
