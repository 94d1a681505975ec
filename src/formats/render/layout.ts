import { linesWidth, wrapText } from './text.js';

/**
 * Where each mark of a lane and its label go: a label is wrapped to at most a few lines and put beside its
 * mark (right first, else left), at the lowest place where it overlaps nothing placed before it (greedy, by
 * x). A label that cannot be shown whole beside its mark gets a number instead, and its full text goes in the
 * key under the figure: no label is ever cut.
 */

/** A mark to place: its span in pixels and its label. */
export interface Placeable {
  /** Left and right of the mark, in pixels (equal for a point in time). */
  readonly x0: number;
  readonly x1: number;
  /** The label, as it would be shown in full. */
  readonly label: string;
}

/** Where a mark and its label go. */
export interface Placement {
  /** The top of the mark's first line, from the top of its lane's marks. */
  readonly y: number;
  /** The label's lines as drawn: the label whole, or its number in the key. */
  readonly lines: readonly string[];
  /** The number of its entry in the key, when its label did not fit beside it. */
  readonly keyNumber?: number | undefined;
  /** Where the text starts (or ends, left of its mark). */
  readonly textX: number;
  readonly anchor: 'start' | 'end';
}

/** Half the size of a mark's shape, in pixels. */
export const MARK_RADIUS = 5;
/** The gap between a mark and its label, and between two placed things. */
const LABEL_GAP = 4;
const GAP = 2;

/** The layout's settings. */
export interface PlaceSettings {
  readonly left: number;
  readonly right: number;
  readonly fontSize: number;
  /** The height of a line of text. */
  readonly lineHeight: number;
  /** The widest a label's lines may be, in pixels. */
  readonly maxLabelWidth: number;
  /** The most lines a label is wrapped to before it is given a number instead. */
  readonly maxLines: number;
  /** The number the next label sent to the key gets. */
  readonly nextNumber: () => number;
}

interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** The most lines a lane's labels stack to before a label is sent to the key to keep the lane readable. */
const MAX_LANE_LINES = 48;

/**
 * Places the marks of one lane, left to right. Returns a placement per mark (in the order given) and the
 * height the lane's marks take.
 */
export function placeLabels(
  marks: readonly Placeable[],
  settings: PlaceSettings,
): { placements: Placement[]; height: number } {
  const { left, right, fontSize, lineHeight, maxLabelWidth, maxLines } = settings;
  const order = marks
    .map((mark, index) => ({
      index,
      label: mark.label,
      markLeft: Math.min(mark.x0, mark.x1) - MARK_RADIUS,
      markRight: Math.max(mark.x0, mark.x1) + MARK_RADIUS,
    }))
    .sort((a, b) => a.markLeft - b.markLeft || a.index - b.index);
  const placements: Placement[] = new Array(marks.length);
  // Boxes that may still meet a later mark's: a later mark starts at or after this one.
  let active: Box[] = [];
  let height = lineHeight;
  const limit = MAX_LANE_LINES * lineHeight;
  const lowest = (boxes: readonly Box[]): number => {
    // The lowest top at which every box, moved down by it, overlaps no active box. Each active box that meets
    // one of the boxes across forbids an open range of tops; the answer is the smallest top ≥ 0 outside them
    // all, found in one sweep (a lane never stacks past its limit, so this is bounded work per mark).
    const forbidden: { from: number; to: number }[] = [];
    for (const b of boxes)
      for (const p of active)
        if (b.x0 < p.x1 + GAP && p.x0 < b.x1 + GAP)
          forbidden.push({ from: p.y0 - GAP - b.y1, to: p.y1 + GAP - b.y0 });
    forbidden.sort((a, b) => a.from - b.from);
    let top = 0;
    for (const range of forbidden) {
      if (range.from >= top) break;
      if (range.to > top) top = range.to;
    }
    return top > limit ? Number.POSITIVE_INFINITY : top;
  };
  for (const mark of order) {
    const reach = mark.markLeft - LABEL_GAP - maxLabelWidth - GAP;
    active = active.filter((box) => box.x1 >= reach);
    const markBox: Box = { x0: mark.markLeft, x1: mark.markRight, y0: 0, y1: lineHeight };
    const options: { lines: string[]; textX: number; anchor: 'start' | 'end'; boxes: Box[]; top: number }[] =
      [];
    const besides = (text: string, numbered: boolean) => {
      const found: typeof options = [];
      for (const anchor of ['start', 'end'] as const) {
        const room =
          anchor === 'start' ? right - mark.markRight - LABEL_GAP : mark.markLeft - LABEL_GAP - left;
        const lines = wrapText(text, Math.min(maxLabelWidth, room), fontSize, numbered ? 1 : maxLines);
        if (lines === undefined || room <= 0) continue;
        const width = linesWidth(lines, fontSize);
        if (width > room) continue;
        const textX = anchor === 'start' ? mark.markRight + LABEL_GAP : mark.markLeft - LABEL_GAP;
        const textBox: Box =
          anchor === 'start'
            ? { x0: textX, x1: textX + width, y0: 0, y1: lines.length * lineHeight }
            : { x0: textX - width, x1: textX, y0: 0, y1: lines.length * lineHeight };
        const boxes = [markBox, textBox];
        found.push({ lines, textX, anchor, boxes, top: lowest(boxes) });
      }
      return found;
    };
    options.push(...besides(mark.label, false));
    // The lowest place wins; right of the mark when both are as low.
    let best = options.reduce<(typeof options)[number] | undefined>(
      (a, b) => (a === undefined || b.top < a.top ? b : a),
      undefined,
    );
    let keyNumber: number | undefined;
    if (best === undefined || best.top + (best.lines.length - 1) * lineHeight > limit) {
      keyNumber = settings.nextNumber();
      const numbered = besides(String(keyNumber), true);
      best = numbered.reduce<(typeof options)[number] | undefined>(
        (a, b) => (a === undefined || b.top < a.top ? b : a),
        undefined,
      );
    }
    if (best === undefined || !Number.isFinite(best.top)) {
      // No room beside it (a plot narrower than a number, or a lane stacked to its limit): the mark alone, its
      // number in the key. Past the limit it goes on a crowded row under the lane, where marks may overlap.
      keyNumber ??= settings.nextNumber();
      const free = lowest([markBox]);
      const top = Number.isFinite(free) ? free : limit + lineHeight + GAP;
      placements[mark.index] = { y: top, lines: [], keyNumber, textX: mark.markRight, anchor: 'start' };
      if (Number.isFinite(free)) active.push({ ...markBox, y0: top, y1: top + lineHeight });
      height = Math.max(height, top + lineHeight);
      continue;
    }
    const top = best.top;
    placements[mark.index] = { y: top, lines: best.lines, keyNumber, textX: best.textX, anchor: best.anchor };
    for (const box of best.boxes) active.push({ ...box, y0: box.y0 + top, y1: box.y1 + top });
    height = Math.max(height, top + best.lines.length * lineHeight);
  }
  return { placements, height };
}
