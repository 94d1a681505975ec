import { MARK_RADIUS, type Placement, placeRows } from './layout.js';
import type { Scene, SceneLane, SceneMark } from './scene.js';
import { escapeMarkup, FONT_FAMILY, fitText, markupText, num, textWidth } from './text.js';
import type { Theme } from './theme.js';

/** Draws a scene as SVG text: the one drawing routine behind the timeline and the cases side by side. */

const PAD = 16;
const TITLE_SIZE = 18;
const FONT_SIZE = 12;
const ROW = 22;
const LANE_PAD = 5;
const MAX_LABEL_WIDTH = 300;
const MAX_ROWS = 12;

/** How a drawing is drawn: `interactive` makes each mark focusable, for the HTML page's details. */
export interface DrawSettings {
  readonly theme: Theme;
  readonly interactive: boolean;
  /** On a page that already holds each mark's text (the HTML table), the ids that name a mark, by its key. */
  readonly labelledBy?: ((key: string) => string) | undefined;
}

interface PlacedLane {
  readonly lane: SceneLane;
  readonly top: number;
  readonly height: number;
  readonly placements: readonly Placement[];
}

const LEGEND_TEXT: Readonly<Record<Scene['legend'][number], string>> = {
  event: 'event',
  demand: 'demand',
  response: 'response',
  span: 'date known only to a span (~ about, ? uncertain)',
  deadline: 'deadline: solid when final, dashed when extended, dotted when rescinded',
  extension: 'extension: old due date → new',
  link: 'demand → response',
  anchor: 'day 0 (the anchor)',
};

/** The shape of a mark, centred at (x, y): each record kind has its own, so colour never carries the meaning. */
function shapeOf(shape: SceneMark['shape'], x: number, y: number, theme: Theme): string {
  const r = MARK_RADIUS;
  if (shape === 'event') return `<circle cx="${num(x)}" cy="${num(y)}" r="${r}" fill="${theme.mark}"/>`;
  if (shape === 'demand')
    return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${2 * r}" height="${2 * r}" fill="${theme.mark}"/>`;
  if (shape === 'response')
    return `<path d="M${num(x)} ${num(y - r - 1)}L${num(x + r + 1)} ${num(y)}L${num(x)} ${num(y + r + 1)}L${num(x - r - 1)} ${num(y)}Z" fill="${theme.mark}"/>`;
  return `<path d="M${num(x - r)} ${num(y - r)}L${num(x + r)} ${num(y - r)}L${num(x)} ${num(y + r)}Z" fill="${theme.deadline}"/>`;
}

/** The legend items laid out in rows across the width; returns the SVG and the height used. */
function drawLegend(scene: Scene, top: number, theme: Theme): { svg: string; height: number } {
  const parts: string[] = [];
  let x = PAD;
  let y = top;
  for (const item of scene.legend) {
    const text = LEGEND_TEXT[item];
    const width = 22 + textWidth(text, FONT_SIZE) + 18;
    if (x > PAD && x + width > scene.width - PAD) {
      x = PAD;
      y += ROW;
    }
    const cy = y + ROW / 2;
    let symbol: string;
    if (item === 'span')
      symbol = `<rect x="${num(x)}" y="${num(cy - 5)}" width="16" height="10" fill="url(#${scene.idPrefix}-hatch)" stroke="${theme.mark}"/>`;
    else if (item === 'deadline')
      symbol = `<line x1="${num(x + 8)}" y1="${num(cy - 8)}" x2="${num(x + 8)}" y2="${num(cy + 8)}" stroke="${theme.deadline}" stroke-width="2"/>`;
    else if (item === 'extension')
      symbol = `<line x1="${num(x)}" y1="${num(cy)}" x2="${num(x + 14)}" y2="${num(cy)}" stroke="${theme.deadline}" stroke-width="2" marker-end="url(#${scene.idPrefix}-arrow)"/>`;
    else if (item === 'link')
      symbol = `<line x1="${num(x)}" y1="${num(cy)}" x2="${num(x + 14)}" y2="${num(cy)}" stroke="${theme.mark}" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#${scene.idPrefix}-link)"/>`;
    else if (item === 'anchor')
      symbol = `<line x1="${num(x + 8)}" y1="${num(cy - 8)}" x2="${num(x + 8)}" y2="${num(cy + 8)}" stroke="${theme.anchor}" stroke-width="3"/>`;
    else symbol = shapeOf(item, x + 8, cy, theme);
    parts.push(
      `<g class="dt-legend-item">${symbol}<text x="${num(x + 22)}" y="${num(cy + 4)}" fill="${theme.muted}">${escapeMarkup(text)}</text></g>`,
    );
    x += width;
  }
  return { svg: `<g class="dt-legend">${parts.join('')}</g>`, height: y + ROW - top };
}

function placeLane(lane: SceneLane, scene: Scene, top: number): PlacedLane {
  // An extension's arrow runs from the old due date: it belongs to the mark's room as much as the label.
  const spans = lane.marks.map((mark) => ({
    x0: Math.min(mark.x0, mark.extendsFrom ?? mark.x0),
    x1: mark.x1,
    label: mark.label,
  }));
  const { placements, rows } = placeRows(spans, {
    left: scene.left,
    right: scene.right,
    fontSize: FONT_SIZE,
    maxLabelWidth: MAX_LABEL_WIDTH,
    maxRows: MAX_ROWS,
  });
  return { lane, top, height: 2 * LANE_PAD + rows * ROW, placements };
}

/** The centre of a mark's shape: the middle of its span, in the middle of its row. */
function centreOf(mark: SceneMark, placement: Placement, laneTop: number): [number, number] {
  return [(mark.x0 + mark.x1) / 2, laneTop + LANE_PAD + placement.row * ROW + ROW / 2];
}

function drawMark(
  scene: Scene,
  mark: SceneMark,
  placement: Placement,
  laneTop: number,
  settings: DrawSettings,
): string {
  const { theme } = settings;
  const [cx, cy] = centreOf(mark, placement, laneTop);
  // On the page, the name and the details panel say what the tooltip would: one copy of the text is enough.
  const parts: string[] = settings.interactive ? [] : [`<title>${markupText(mark.tooltip)}</title>`];
  // An arrow too short to see (the two due dates a pixel apart) is left out: the label still names the outcome.
  if (mark.extendsFrom !== undefined && mark.x1 - MARK_RADIUS - 2 > mark.extendsFrom + 2)
    parts.push(
      `<line class="dt-extension" x1="${num(mark.extendsFrom)}" y1="${num(cy)}" x2="${num(mark.x1 - MARK_RADIUS - 2)}" y2="${num(cy)}" stroke="${theme.deadline}" stroke-width="2" marker-end="url(#${scene.idPrefix}-arrow)"/>`,
    );
  if (mark.span)
    parts.push(
      `<rect class="dt-span" x="${num(mark.x0)}" y="${num(cy - 5)}" width="${num(Math.max(1, mark.x1 - mark.x0))}" height="10" fill="url(#${scene.idPrefix}-hatch)" stroke="${mark.shape === 'deadline' ? theme.deadline : theme.mark}"/>`,
    );
  parts.push(shapeOf(mark.shape, cx, cy, theme));
  if (placement.text !== '')
    parts.push(
      // On the page the mark's name holds the label in full; the cut one it shows is hidden from the name.
      `<text class="dt-label" x="${num(placement.textX)}" y="${num(cy + 4)}"${placement.anchor === 'end' ? ' text-anchor="end"' : ''}${settings.interactive ? ' aria-hidden="true"' : ''} fill="${theme.text}" stroke="${theme.background}" stroke-width="3" paint-order="stroke">${markupText(placement.text)}</text>`,
    );
  // The name holds the label in full, so it holds whatever words of it are shown (WCAG 2.5.3).
  const name =
    settings.labelledBy === undefined
      ? `aria-label="${markupText(`${mark.label}. ${mark.name}`)}"`
      : `aria-labelledby="${escapeMarkup(settings.labelledBy(mark.key))}"`;
  const focus = settings.interactive ? ` tabindex="0" role="button" ${name}` : '';
  return `<g class="dt-mark" data-key="${escapeMarkup(mark.key)}" data-shape="${mark.shape}"${focus}>${parts.join('')}</g>`;
}

/** Draws a scene as one `<svg>` element. */
export function drawScene(scene: Scene, settings: DrawSettings): string {
  const { theme } = settings;
  const id = scene.idPrefix;
  const body: string[] = [];
  let y = PAD + TITLE_SIZE;
  body.push(
    `<text class="dt-title" x="${PAD}" y="${y}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${theme.text}">${markupText(fitText(scene.title, scene.width - 2 * PAD, TITLE_SIZE))}</text>`,
  );
  y += 8;
  for (const note of scene.notes) {
    y += 18;
    body.push(
      `<text class="dt-note" x="${PAD}" y="${y}" fill="${theme.muted}">${markupText(fitText(note, scene.width - 2 * PAD, FONT_SIZE))}</text>`,
    );
  }
  y += 10;
  const legend = drawLegend(scene, y, theme);
  body.push(legend.svg);
  y += legend.height + 8;
  const tickLabelY = y + 12;
  const plotTop = y + 20;
  const lanes: PlacedLane[] = [];
  let top = plotTop;
  const strip = scene.strip === undefined ? undefined : placeLane(scene.strip, scene, top);
  if (strip !== undefined) top += strip.height;
  for (const lane of scene.lanes) {
    const placed = placeLane(lane, scene, top);
    lanes.push(placed);
    top += placed.height;
  }
  const plotBottom = Math.max(top, plotTop + ROW);
  const height = plotBottom + PAD;

  // Grid and tick labels: a tick whose label would leave the picture is drawn without it.
  const grid: string[] = [];
  for (const tick of scene.ticks) {
    const x = scene.tickX(tick.at);
    if (x < scene.left - 0.5 || x > scene.right + 0.5) continue;
    grid.push(
      `<line x1="${num(x)}" y1="${plotTop}" x2="${num(x)}" y2="${plotBottom}" stroke="${theme.grid}" stroke-width="1"/>`,
    );
    const half = textWidth(tick.label, FONT_SIZE) / 2;
    if (x - half >= PAD && x + half <= scene.width - 4)
      grid.push(
        `<text class="dt-tick" x="${num(x)}" y="${tickLabelY}" text-anchor="middle" fill="${theme.muted}">${escapeMarkup(tick.label)}</text>`,
      );
  }

  // Lane bands and names.
  const bands: string[] = [];
  const allLanes = strip === undefined ? lanes : [strip, ...lanes];
  allLanes.forEach((placed, i) => {
    if (i % 2 === 0)
      bands.push(
        `<rect x="0" y="${placed.top}" width="${scene.width}" height="${placed.height}" fill="${theme.band}"/>`,
      );
    const name = fitText(placed.lane.name, scene.left - PAD - 8, FONT_SIZE);
    bands.push(
      `<text class="dt-lane" x="${PAD}" y="${placed.top + LANE_PAD + ROW / 2 + 4}" fill="${theme.muted}">${markupText(name)}<title>${markupText(placed.lane.name)}</title></text>`,
    );
  });

  // Vertical lines: deadlines across the plot (or their case's lane), day 0.
  const lines: string[] = [];
  for (const line of scene.lines) {
    const span = line.lane === undefined ? undefined : lanes[line.lane];
    const y1 = span === undefined ? plotTop : span.top;
    const y2 = span === undefined ? plotBottom : span.top + span.height;
    const colour = line.kind === 'anchor' ? theme.anchor : theme.deadline;
    const dash = line.dash === undefined ? '' : ` stroke-dasharray="${line.dash}"`;
    lines.push(
      `<line class="dt-${line.kind}-line"${line.key === undefined ? '' : ` data-key="${escapeMarkup(line.key)}"`} x1="${num(line.x)}" y1="${y1}" x2="${num(line.x)}" y2="${y2}" stroke="${colour}" stroke-width="${line.kind === 'anchor' ? 3 : 2}"${dash}/>`,
    );
  }

  // Marks, and the centres links are drawn between.
  const marks: string[] = [];
  const centres = new Map<string, [number, number]>();
  for (const placed of allLanes) {
    placed.lane.marks.forEach((mark, i) => {
      const placement = placed.placements[i] as Placement;
      centres.set(mark.key, centreOf(mark, placement, placed.top));
      marks.push(drawMark(scene, mark, placement, placed.top, settings));
    });
  }
  const links: string[] = [];
  for (const link of scene.links) {
    const from = centres.get(link.from);
    const to = centres.get(link.to);
    if (from === undefined || to === undefined) continue;
    const bend = Math.max(20, Math.abs(to[0] - from[0]) / 3);
    const end = to[0] >= from[0] ? to[0] - MARK_RADIUS - 2 : to[0] + MARK_RADIUS + 2;
    links.push(
      `<path class="dt-link" d="M${num(from[0])} ${num(from[1])}C${num(from[0] + bend)} ${num(from[1])} ${num(end - bend)} ${num(to[1])} ${num(end)} ${num(to[1])}" fill="none" stroke="${theme.mark}" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#${id}-link)"/>`,
    );
  }

  const defs =
    `<defs>` +
    `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${theme.background}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${theme.mark}" stroke-width="2"/></pattern>` +
    `<marker id="${id}-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${theme.deadline}"/></marker>` +
    `<marker id="${id}-link" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${theme.mark}"/></marker>` +
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
    `<g class="dt-grid">${grid.join('')}</g>` +
    `<line x1="${scene.left}" y1="${plotTop}" x2="${scene.right}" y2="${plotTop}" stroke="${theme.muted}"/>` +
    `<g class="dt-lines">${lines.join('')}</g>` +
    `<g class="dt-links">${links.join('')}</g>` +
    `<g class="dt-marks">${marks.join('')}</g>` +
    `</svg>\n`
  );
}
