import { MARK_RADIUS, type Placement, placeLabels } from './layout.js';
import type { Scene, SceneAxis, SceneLane, SceneMark } from './scene.js';
import { escapeMarkup, FONT_FAMILY, markupText, num, textWidth, visibleText, wrapText } from './text.js';
import type { Theme } from './theme.js';

/**
 * Draws a scene as SVG text: the one drawing routine behind the timeline and the cases side by side. Sized for
 * print: at the default width of 680 px (180 mm at 96 px per inch) the smallest text is 10 px, 7.5 pt.
 */

const PAD = 12;
/** The font sizes, in px: labels and every other text, and the title. */
export const FONT_SIZE = 10;
const TITLE_SIZE = 13;
const LINE = 12;
const TITLE_LINE = 17;
const LANE_PAD = 4;
/** The widest a label's lines may be: at least 34 columns, at most 55 % of the plot; and how many lines. */
const MIN_LABEL_WIDTH = 212;
const LABEL_SHARE = 0.6;
const MAX_LABEL_LINES = 3;
const TICK_ROW = 16;

/** How a drawing is drawn: `interactive` makes each mark focusable, for the HTML page's details. */
export interface DrawSettings {
  readonly theme: Theme;
  readonly interactive: boolean;
  /** On a page that already holds each mark's text (the HTML table), the ids that name a mark, by its key. */
  readonly labelledBy?: ((key: string) => string) | undefined;
}

const LEGEND_TEXT: Readonly<Record<Scene['legend'][number], string>> = {
  event: 'event',
  demand: 'demand',
  response: 'response',
  span: 'date known only to a month, year or range: the span it may cover (~ about, ? uncertain)',
  deadline: 'deadline: solid when final, dashed when extended, dotted when rescinded',
  extension: 'extension: old due date → new',
  break: 'axis break: a stretch with no records left out, its length above it',
  anchor: 'day 0 (the anchor)',
};

/** The shape of a mark, centred at (x, y): each record kind has its own, so colour never carries the meaning. */
function shapeOf(shape: SceneMark['shape'], x: number, y: number, theme: Theme): string {
  const r = MARK_RADIUS;
  if (shape === 'event') return `<circle cx="${num(x)}" cy="${num(y)}" r="${r - 0.5}" fill="${theme.mark}"/>`;
  if (shape === 'demand')
    return `<rect x="${num(x - r + 1)}" y="${num(y - r + 1)}" width="${2 * r - 2}" height="${2 * r - 2}" fill="${theme.mark}"/>`;
  if (shape === 'response')
    return `<path d="M${num(x)} ${num(y - r - 1.5)}L${num(x + r + 0.5)} ${num(y)}L${num(x)} ${num(y + r + 1.5)}L${num(x - r - 0.5)} ${num(y)}Z" fill="${theme.mark}"/>`;
  return `<path d="M${num(x - r - 1)} ${num(y - r + 1)}L${num(x + r + 1)} ${num(y - r + 1)}L${num(x)} ${num(y + r)}Z" fill="${theme.deadline}"/>`;
}

/** A text of several lines, one `<tspan>` each, the first baseline at `y`. */
function lines(
  texts: readonly string[],
  x: number,
  y: number,
  attributes: string,
  lineHeight = LINE,
): string {
  // A line broken at a space keeps it, in a spacer of no width: the text reads (and is named) with its spaces,
  // and no line is pushed by a space at its end.
  const spans = texts
    .map((text, i) => {
      const line = `<tspan x="${num(x)}"${i === 0 ? '' : ` dy="${lineHeight}"`}>${escapeMarkup(text.trimEnd())}</tspan>`;
      return i < texts.length - 1 && text !== text.trimEnd() ? `${line}<tspan font-size="0"> </tspan>` : line;
    })
    .join('');
  return `<text x="${num(x)}" y="${num(y)}"${attributes}>${spans}</text>`;
}

/** A paragraph wrapped to a width: its SVG and its height. */
function paragraph(
  text: string,
  x: number,
  top: number,
  width: number,
  attributes: string,
  size = FONT_SIZE,
  lineHeight = LINE,
): { svg: string; height: number } {
  const visible = visibleText(text);
  const wrapped = wrapText(visible, width, size, Number.POSITIVE_INFINITY) ?? [visible];
  return {
    svg: lines(wrapped, x, top + lineHeight - (lineHeight - size) / 2 - 2, attributes, lineHeight),
    height: wrapped.length * lineHeight,
  };
}

/** The legend items laid out in rows across the width; returns the SVG and the height used. */
function drawLegend(scene: Scene, top: number, theme: Theme): { svg: string; height: number } {
  const parts: string[] = [];
  let x = PAD;
  let y = top;
  const row = 16;
  for (const item of scene.legend) {
    const text = LEGEND_TEXT[item];
    const width = 20 + textWidth(text, FONT_SIZE) + 14;
    if (x > PAD && x + width > scene.width - PAD) {
      x = PAD;
      y += row;
    }
    const cy = y + row / 2;
    let symbol: string;
    if (item === 'span')
      symbol = `<rect x="${num(x)}" y="${num(cy - 4)}" width="16" height="8" fill="url(#${scene.idPrefix}-hatch)" stroke="${theme.mark}"/>`;
    else if (item === 'deadline')
      symbol = `<line x1="${num(x + 8)}" y1="${num(cy - 7)}" x2="${num(x + 8)}" y2="${num(cy + 7)}" stroke="${theme.deadline}" stroke-width="2"/>`;
    else if (item === 'extension')
      symbol = `<line x1="${num(x)}" y1="${num(cy)}" x2="${num(x + 14)}" y2="${num(cy)}" stroke="${theme.deadline}" stroke-width="2" marker-end="url(#${scene.idPrefix}-arrow)"/>`;
    else if (item === 'break') symbol = breakSymbol(x + 3, cy - 7, 14, theme);
    else if (item === 'anchor')
      symbol = `<line x1="${num(x + 8)}" y1="${num(cy - 7)}" x2="${num(x + 8)}" y2="${num(cy + 7)}" stroke="${theme.anchor}" stroke-width="3"/>`;
    else symbol = shapeOf(item, x + 8, cy, theme);
    parts.push(
      `<g class="dt-legend-item">${symbol}<text x="${num(x + 20)}" y="${num(cy + 3.5)}" fill="${theme.muted}">${escapeMarkup(text)}</text></g>`,
    );
    x += width;
  }
  return { svg: `<g class="dt-legend">${parts.join('')}</g>`, height: y + row - top };
}

/** Two slanted strokes: the sign of an axis break, `height` tall from `top`. */
function breakSymbol(x: number, top: number, height: number, theme: Theme): string {
  return `<path class="dt-break-sign" d="M${num(x)} ${num(top + height)}L${num(x + 6)} ${num(top)}M${num(x + 6)} ${num(top + height)}L${num(x + 12)} ${num(top)}" stroke="${theme.muted}" stroke-width="1.5" fill="none"/>`;
}

/** A lane's name as shown: whole on up to three lines, or a short name that fits, or a number in the key. */
interface LaneName {
  readonly lines: readonly string[];
  /** What the key says of it: `PTA: Pakistan Telecommunication Authority`. */
  readonly keyEntry?: string | undefined;
}

function laneNameOf(lane: SceneLane, width: number, next: () => number): LaneName {
  const one = wrapText(lane.name, width, FONT_SIZE, 1);
  if (one !== undefined) return { lines: one };
  const alias = [...(lane.aliases ?? [])]
    .filter((a) => wrapText(a, width, FONT_SIZE, 1) !== undefined)
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  if (alias !== undefined) return { lines: [alias], keyEntry: `${alias}: ${lane.name}` };
  const wrapped = wrapText(lane.name, width, FONT_SIZE, 3);
  if (wrapped !== undefined) return { lines: wrapped };
  const n = next();
  return { lines: [`[${n}]`], keyEntry: `[${n}] ${lane.name}` };
}

interface PlacedLane {
  readonly lane: SceneLane;
  readonly top: number;
  readonly height: number;
  /** Where its axis's tick labels go, and where its marks start. */
  readonly axisTop: number;
  readonly marksTop: number;
  readonly name: LaneName;
  readonly headingSvg: string;
  readonly placements: readonly Placement[];
}

function placeLane(
  lane: SceneLane,
  scene: Scene,
  top: number,
  next: () => number,
  attributes: string,
): PlacedLane {
  let y = top + LANE_PAD;
  let headingSvg = '';
  if (lane.heading !== undefined) {
    const heading = paragraph(
      lane.heading,
      PAD,
      y,
      scene.width - 2 * PAD,
      `${attributes} font-weight="bold"`,
    );
    headingSvg = heading.svg;
    y += heading.height;
  }
  const axisTop = y;
  if (lane.axis !== undefined) y += axisHeight(lane.axis);
  const marksTop = y + LANE_PAD;
  const name =
    lane.heading === undefined ? laneNameOf(lane, scene.left - PAD - 8, next) : { lines: [] as string[] };
  const { placements, height } = placeLabels(
    lane.marks.map((mark) => ({
      // An extension's arrow runs from the old due date: it belongs to the mark's room as much as the label.
      x0: Math.min(mark.x0, mark.extendsFrom ?? mark.x0),
      x1: mark.x1,
      label: mark.label,
    })),
    {
      left: scene.left,
      right: scene.right,
      fontSize: FONT_SIZE,
      lineHeight: LINE,
      maxLabelWidth: Math.max(MIN_LABEL_WIDTH, (scene.right - scene.left) * LABEL_SHARE),
      maxLines: MAX_LABEL_LINES,
      nextNumber: next,
    },
  );
  const bottom = marksTop + Math.max(height, name.lines.length * LINE) + LANE_PAD;
  return { lane, top, height: bottom - top, axisTop, marksTop, name, headingSvg, placements };
}

/** The height of an axis's labels: a row of ticks, and a row of break lengths above it if it has breaks. */
function axisHeight(axis: SceneAxis): number {
  return TICK_ROW + (axis.breaks.length > 0 ? LINE : 0);
}

/** The centre of a mark's shape: the middle of its span, in the middle of its first line. */
function centreOf(mark: SceneMark, placement: Placement, marksTop: number): [number, number] {
  return [(mark.x0 + mark.x1) / 2, marksTop + placement.y + LINE / 2];
}

function drawMark(
  scene: Scene,
  mark: SceneMark,
  placement: Placement,
  marksTop: number,
  settings: DrawSettings,
): string {
  const { theme } = settings;
  const [cx, cy] = centreOf(mark, placement, marksTop);
  // On the page, the name and the details panel say what the tooltip would: one copy of the text is enough.
  const parts: string[] = settings.interactive ? [] : [`<title>${markupText(mark.tooltip)}</title>`];
  // An arrow too short to see (the two due dates a pixel apart) is left out: the label still names the outcome.
  if (mark.extendsFrom !== undefined && mark.x1 - MARK_RADIUS - 2 > mark.extendsFrom + 2)
    parts.push(
      `<line class="dt-extension" x1="${num(mark.extendsFrom)}" y1="${num(cy)}" x2="${num(mark.x1 - MARK_RADIUS - 2)}" y2="${num(cy)}" stroke="${theme.deadline}" stroke-width="2" marker-end="url(#${scene.idPrefix}-arrow)"/>`,
    );
  if (mark.span)
    parts.push(
      `<rect class="dt-span" x="${num(mark.x0)}" y="${num(cy - 4)}" width="${num(Math.max(1, mark.x1 - mark.x0))}" height="8" fill="url(#${scene.idPrefix}-hatch)" stroke="${mark.shape === 'deadline' ? theme.deadline : theme.mark}"/>`,
    );
  parts.push(shapeOf(mark.shape, cx, cy, theme));
  // On the page a number would be text its name lacks (the table holds the label): it is drawn beside the mark.
  let beside = '';
  if (placement.lines.length > 0) {
    const shown = placement.keyNumber === undefined ? placement.lines : [`[${placement.keyNumber}]`];
    // On the page the mark's name holds the label in full; the text it shows is hidden from the name.
    const text = lines(
      shown,
      placement.textX,
      cy + 3.5,
      ` class="dt-label${placement.keyNumber === undefined ? '' : ' dt-key-number'}"${placement.anchor === 'end' ? ' text-anchor="end"' : ''}${settings.interactive ? ' aria-hidden="true"' : ''} fill="${theme.text}" stroke="${theme.background}" stroke-width="3" paint-order="stroke"`,
    );
    if (settings.interactive && placement.keyNumber !== undefined) {
      // Named by its mark's key, so that the page's filters hide the number with its mark.
      beside = `<g class="dt-beside" data-for="${escapeMarkup(mark.key)}">${text}</g>`;
      // The number is drawn outside the focusable mark; the restated event's key stays on the mark itself.
      if (mark.alsoKey !== undefined)
        parts.push(`<g class="dt-restated" data-key="${escapeMarkup(mark.alsoKey)}"></g>`);
    } else
      parts.push(
        mark.alsoKey === undefined
          ? text
          : `<g class="dt-restated" data-key="${escapeMarkup(mark.alsoKey)}">${text}</g>`,
      );
  }
  // The name holds the label in full, so it holds whatever words of it are shown (WCAG 2.5.3).
  const name =
    settings.labelledBy === undefined
      ? `aria-label="${markupText(`${mark.label}. ${mark.name}`)}"`
      : `aria-labelledby="${escapeMarkup(settings.labelledBy(mark.key))}"`;
  const focus = settings.interactive ? ` tabindex="0" role="button" ${name}` : '';
  const exact = mark.exact ? ' data-exact="true"' : '';
  return `<g class="dt-mark" data-key="${escapeMarkup(mark.key)}" data-shape="${mark.shape}"${exact}${focus}>${parts.join('')}</g>${beside}`;
}

/** An axis's ticks and breaks: grid lines from `gridTop` to `gridBottom`, labels on `labelY`; a label that would
 * run into another, or out of the picture, is left out (its grid line stays). */
function drawAxis(
  axis: SceneAxis,
  scene: Scene,
  breakLabelY: number,
  labelY: number,
  gridTop: number,
  gridBottom: number,
  theme: Theme,
): string {
  const parts: string[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([c, d]) => b + 6 <= c || d + 6 <= a);
  for (const b of axis.breaks) {
    parts.push(
      `<rect class="dt-break" x="${num(b.x0)}" y="${num(gridTop)}" width="${num(b.x1 - b.x0)}" height="${num(gridBottom - gridTop)}" fill="${theme.background}"/>`,
      `<line x1="${num(b.x0)}" y1="${num(gridTop)}" x2="${num(b.x0)}" y2="${num(gridBottom)}" stroke="${theme.grid}" stroke-dasharray="2 3"/>`,
      `<line x1="${num(b.x1)}" y1="${num(gridTop)}" x2="${num(b.x1)}" y2="${num(gridBottom)}" stroke="${theme.grid}" stroke-dasharray="2 3"/>`,
      `<rect x="${num(b.x0 + 2)}" y="${num(gridTop - 7)}" width="${num(b.x1 - b.x0 - 4)}" height="14" fill="${theme.background}"/>`,
      breakSymbol((b.x0 + b.x1) / 2 - 6, gridTop - 7, 14, theme),
    );
    // On a row of their own above the ticks, so a tick never hides a break's length nor a break a tick.
    const half = textWidth(b.label, FONT_SIZE) / 2;
    const mid = (b.x0 + b.x1) / 2;
    const x = Math.min(Math.max(mid, PAD + half), scene.width - PAD - half);
    parts.push(
      `<text class="dt-break-label" x="${num(x)}" y="${num(breakLabelY)}" text-anchor="middle" fill="${theme.muted}">${escapeMarkup(b.label)}</text>`,
    );
  }
  for (const tick of axis.ticks) {
    if (tick.x < scene.left - 0.5 || tick.x > scene.right + 0.5) continue;
    parts.unshift(
      `<line x1="${num(tick.x)}" y1="${num(gridTop)}" x2="${num(tick.x)}" y2="${num(gridBottom)}" stroke="${theme.grid}" stroke-width="1"/>`,
    );
    const half = textWidth(tick.label, FONT_SIZE) / 2;
    const x = Math.min(Math.max(tick.x, PAD + half), scene.width - 4 - half);
    if (Math.abs(x - tick.x) > half || !free(x - half, x + half)) continue;
    taken.push([x - half, x + half]);
    parts.push(
      `<text class="dt-tick" x="${num(x)}" y="${num(labelY)}" text-anchor="middle" fill="${theme.muted}">${escapeMarkup(tick.label)}</text>`,
    );
  }
  // The axis line, one piece per segment, each with the values at its ends (so a script can read dates off it).
  parts.unshift(
    ...axis.segments.map(
      (segment) =>
        `<line class="dt-axis-line" data-from="${segment.from}" data-to="${segment.to}" x1="${num(segment.x0)}" y1="${num(gridTop)}" x2="${num(segment.x1)}" y2="${num(gridTop)}" stroke="${theme.muted}"/>`,
    ),
  );
  return `<g class="dt-axis">${parts.join('')}</g>`;
}

/** Draws a scene as one `<svg>` element. */
export function drawScene(scene: Scene, settings: DrawSettings): string {
  const { theme } = settings;
  const id = scene.idPrefix;
  const body: string[] = [];
  const full = scene.width - 2 * PAD;
  let y = PAD;
  const title = paragraph(
    scene.title,
    PAD,
    y,
    full,
    ` class="dt-title" font-size="${TITLE_SIZE}" font-weight="bold" fill="${theme.text}"`,
    TITLE_SIZE,
    TITLE_LINE,
  );
  body.push(title.svg);
  y += title.height + 4;
  for (const note of scene.notes) {
    const p = paragraph(note, PAD, y, full, ` class="dt-note" fill="${theme.muted}"`);
    body.push(p.svg);
    y += p.height;
  }
  y += 6;
  const legend = drawLegend(scene, y, theme);
  body.push(legend.svg);
  y += legend.height + 6;
  const axisTop = y;
  const plotTop = scene.axis === undefined ? y : y + axisHeight(scene.axis) + 4;

  let keyNumber = 0;
  const next = () => ++keyNumber;
  const placed: PlacedLane[] = [];
  let top = plotTop;
  const all = scene.strip === undefined ? scene.lanes : [scene.strip, ...scene.lanes];
  for (const lane of all) {
    const one = placeLane(lane, scene, top, next, ` fill="${theme.text}"`);
    placed.push(one);
    top += one.height;
  }
  const plotBottom = Math.max(top, plotTop + LINE);
  const lanes = scene.strip === undefined ? placed : placed.slice(1);

  // Lane bands, names and headings; each lane's own axis.
  const bands: string[] = [];
  const axes: string[] = [];
  placed.forEach((one, i) => {
    if (i % 2 === 0)
      bands.push(
        `<rect x="0" y="${num(one.top)}" width="${scene.width}" height="${num(one.height)}" fill="${theme.band}"/>`,
      );
    if (one.name.lines.length > 0)
      bands.push(
        `<g class="dt-lane">${lines(one.name.lines, PAD, one.marksTop + LINE / 2 + 3.5, ` fill="${theme.muted}"`)}<title>${markupText(one.lane.name)}</title></g>`,
      );
    bands.push(one.headingSvg);
    if (one.lane.axis !== undefined)
      axes.push(
        drawAxis(
          one.lane.axis,
          scene,
          one.axisTop + FONT_SIZE,
          one.axisTop + axisHeight(one.lane.axis) - TICK_ROW + FONT_SIZE,
          one.axisTop + axisHeight(one.lane.axis),
          one.top + one.height,
          theme,
        ),
      );
  });
  if (scene.axis !== undefined) {
    const ticksY = plotTop - 4 - TICK_ROW + FONT_SIZE;
    axes.unshift(drawAxis(scene.axis, scene, axisTop + FONT_SIZE, ticksY, plotTop, plotBottom, theme));
  }

  // Vertical lines: deadlines across the plot (or their case's lane), day 0.
  const verticals: string[] = [];
  for (const line of scene.lines) {
    const lane = line.lane === undefined ? undefined : lanes[line.lane];
    const y1 = lane === undefined ? plotTop : lane.marksTop - LANE_PAD;
    const y2 = lane === undefined ? plotBottom : lane.top + lane.height;
    const colour = line.kind === 'anchor' ? theme.anchor : theme.deadline;
    const dash = line.dash === undefined ? '' : ` stroke-dasharray="${line.dash}"`;
    verticals.push(
      `<line class="dt-${line.kind}-line"${line.key === undefined ? '' : ` data-key="${escapeMarkup(line.key)}"`} x1="${num(line.x)}" y1="${num(y1)}" x2="${num(line.x)}" y2="${num(y2)}" stroke="${colour}" stroke-width="${line.kind === 'anchor' ? 3 : 2}"${dash}/>`,
    );
  }

  // Marks, and the key of the labels too long to show beside them.
  const marks: string[] = [];
  const keyEntries: string[] = [];
  const laneEntries: string[] = [];
  for (const one of placed) {
    if (one.name.keyEntry !== undefined) laneEntries.push(one.name.keyEntry);
    one.lane.marks.forEach((mark, i) => {
      const placement = one.placements[i] as Placement;
      marks.push(drawMark(scene, mark, placement, one.marksTop, settings));
      if (placement.keyNumber !== undefined)
        keyEntries[placement.keyNumber] =
          `[${placement.keyNumber}] ${mark.label} \u2014 ${mark.details.date}`;
    });
  }

  // Under the plot: the key, short lane names, and the claims of the sources.
  const below: string[] = [];
  y = plotBottom + 8;
  const section = (heading: string, paragraphs: readonly string[], className: string) => {
    if (paragraphs.length === 0) return;
    const h = paragraph(
      heading,
      PAD,
      y,
      full,
      ` class="dt-key-heading" font-weight="bold" fill="${theme.text}"`,
    );
    below.push(h.svg);
    y += h.height;
    for (const text of paragraphs) {
      const p = paragraph(text, PAD, y, full, ` class="${className}" fill="${theme.text}"`);
      below.push(p.svg);
      y += p.height + 2;
    }
    y += 6;
  };
  // On the page the table holds every record's text and the claims: the picture's key would say it twice.
  if (!settings.interactive)
    section(
      'Key: labels too long to show beside their marks',
      keyEntries.filter((entry) => entry !== undefined),
      'dt-key-entry',
    );
  section('Lanes shown by a short name', laneEntries, 'dt-key-entry');
  if (!settings.interactive)
    for (const group of scene.claims)
      section(
        `Claims on ${group.topic} (${group.claims.length === 1 ? 'one source' : `${group.claims.length} claims, each with its sources`})`,
        group.claims.map(
          (claim) =>
            `\u2022 ${claim.statement}${claim.date === undefined ? '' : ` (${claim.date})`} \u2014 ${claim.sources.join('; ')}`,
        ),
        'dt-claim',
      );
  const height = Math.ceil(y + PAD - 6);

  const defs =
    `<defs>` +
    `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${theme.background}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${theme.mark}" stroke-width="2"/></pattern>` +
    `<marker id="${id}-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${theme.deadline}"/></marker>` +
    `</defs>`;
  const role = settings.interactive
    ? `role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc"`
    : `role="img" aria-labelledby="${id}-title ${id}-desc"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="dt-timeline" width="${scene.width}" height="${height}" viewBox="0 0 ${scene.width} ${height}" ${role} font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}" data-theme="${theme.name}">` +
    `<title id="${id}-title">${markupText(scene.title)}</title>` +
    `<desc id="${id}-desc">${markupText(scene.description)}</desc>` +
    defs +
    `<rect class="dt-background" width="${scene.width}" height="${height}" fill="${theme.background}"/>` +
    body.join('') +
    `<g class="dt-bands">${bands.join('')}</g>` +
    axes.join('') +
    `<g class="dt-lines">${verticals.join('')}</g>` +
    `<g class="dt-marks">${marks.join('')}</g>` +
    `<g class="dt-key">${below.join('')}</g>` +
    `</svg>\n`
  );
}
