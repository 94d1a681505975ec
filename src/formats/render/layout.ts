import { fitText, textWidth } from './text.js';

/** Label rows: each mark's label goes in the first row of its lane where it overlaps nothing (greedy, by x). */

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
  /** The row in its lane; `overflow` when its lane has no room left, and it is drawn unlabelled in the lane's last row. */
  readonly row: number;
  readonly overflow: boolean;
  /** The label as drawn (cut to fit, `''` when none fits), and where it starts (or ends, left of its mark). */
  readonly text: string;
  readonly textX: number;
  readonly anchor: 'start' | 'end';
}

/** Half the size of a mark's shape, in pixels. */
export const MARK_RADIUS = 5;
/** The gap between a mark and its label, and between two labels in a row. */
const LABEL_GAP = 4;
const ROW_GAP = 10;

/** The layout's settings. */
export interface RowSettings {
  readonly left: number;
  readonly right: number;
  readonly fontSize: number;
  /** The widest a label may be, in pixels; longer labels are cut with an ellipsis. */
  readonly maxLabelWidth: number;
  /** The most label rows a lane gets; marks beyond them go in one overflow row without labels. */
  readonly maxRows: number;
}

/** The fewest characters a cut label keeps before the next row is tried instead. */
const MIN_LABEL_CHARS = 12;

/**
 * Places the marks of one lane, greedily, left to right: each goes in the first row where its mark fits after
 * what the row holds, with its label on the side that shows the most of it (right first), cut to the room
 * there. Returns a placement per mark (in the order given) and the number of rows used.
 */
export function placeRows(
  marks: readonly Placeable[],
  settings: RowSettings,
): { placements: Placement[]; rows: number; overflow: boolean } {
  const { left, right, fontSize, maxLabelWidth, maxRows } = settings;
  const order = marks
    .map((mark, index) => ({
      index,
      label: mark.label,
      markLeft: Math.min(mark.x0, mark.x1) - MARK_RADIUS,
      markRight: Math.max(mark.x0, mark.x1) + MARK_RADIUS,
    }))
    .sort((a, b) => a.markLeft - b.markLeft || a.index - b.index);
  const rowEnds: number[] = [];
  const placements: Placement[] = new Array(marks.length);
  let overflow = false;
  const option = (text: string, textX: number, anchor: 'start' | 'end', to: number) => ({
    text,
    textX,
    anchor,
    to,
  });
  for (const mark of order) {
    const full = Array.from(mark.label).length;
    let placed = false;
    for (let row = 0; row < maxRows && !placed; row++) {
      const isNew = row === rowEnds.length;
      const rowFree = isNew ? Number.NEGATIVE_INFINITY : (rowEnds[row] as number) + ROW_GAP;
      if (mark.markLeft < rowFree) continue;
      const free = Math.max(rowFree, left);
      const rightText = fitText(
        mark.label,
        Math.min(maxLabelWidth, right - mark.markRight - LABEL_GAP),
        fontSize,
      );
      const leftText = fitText(
        mark.label,
        Math.min(maxLabelWidth, mark.markLeft - LABEL_GAP - free),
        fontSize,
      );
      const onRight = option(
        rightText,
        mark.markRight + LABEL_GAP,
        'start',
        rightText === '' ? mark.markRight : mark.markRight + LABEL_GAP + textWidth(rightText, fontSize),
      );
      const onLeft = option(leftText, mark.markLeft - LABEL_GAP, 'end', mark.markRight);
      // A span wide enough holds its own label, drawn over it from its left end.
      const insideText = fitText(
        mark.label,
        Math.min(
          maxLabelWidth,
          Math.min(mark.markRight, right) - Math.max(mark.markLeft, free) - 2 * LABEL_GAP,
        ),
        fontSize,
      );
      const inside = option(insideText, Math.max(mark.markLeft, free) + LABEL_GAP, 'start', mark.markRight);
      const length = (text: string) => Array.from(text).length;
      const best = [onRight, onLeft, inside].reduce((a, b) =>
        length(b.text) > length(a.text) && length(a.text) < full ? b : a,
      );
      // A label cut short in a crowded row is worth a new row, while there is one.
      if (length(best.text) < Math.min(full, MIN_LABEL_CHARS) && !isNew && rowEnds.length < maxRows) continue;
      if (isNew) rowEnds.push(best.to);
      else rowEnds[row] = best.to;
      placements[mark.index] = {
        row,
        overflow: false,
        text: best.text,
        textX: best.textX,
        anchor: best.anchor,
      };
      placed = true;
    }
    if (!placed) {
      overflow = true;
      placements[mark.index] = {
        row: maxRows,
        overflow: true,
        text: '',
        textX: mark.markRight,
        anchor: 'start',
      };
    }
  }
  return { placements, rows: Math.max(1, rowEnds.length) + (overflow ? 1 : 0), overflow };
}
