/**
 * A figure's SVG drawn into a PDF with pdfkit: the SVG is the one the library writes, so only what it uses is
 * read (rect, circle, path, line, text and tspan, g; solid colours, the hatch pattern, arrow markers, dashes,
 * the text halo). Vector throughout, text as text. pdfkit is passed in: it is an optional dependency.
 */

/** One element of the SVG: its name, attributes, children and text. */
interface Node {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: Node[];
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x[0-9a-fA-F]+|#\d+);/g, (_, name: string) => {
    if (name in ENTITIES) return ENTITIES[name] as string;
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });
}

/** Reads the SVG the library writes into a tree: well-formed, no comments, attributes in double quotes. */
export function parseSvg(svg: string): Node {
  const root: Node = { name: '#root', attributes: {}, children: [], text: '' };
  const stack: Node[] = [root];
  const pattern = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const match of svg.matchAll(pattern)) {
    const parent = stack[stack.length - 1] as Node;
    const [, closing, name, attributeText, selfClosing, text] = match;
    if (text !== undefined) {
      parent.text += decode(text);
      continue;
    }
    if (closing === '/') {
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of (attributeText ?? '').matchAll(/([\w:-]+)="([^"]*)"/g))
      attributes[key as string] = decode(value as string);
    const node: Node = { name: name as string, attributes, children: [], text: '' };
    parent.children.push(node);
    if (selfClosing !== '/') stack.push(node);
  }
  return root.children[0] ?? root;
}

/** The part of pdfkit's document this uses (pdfkit ships no types). */
interface Pdf {
  registerFont(name: string, source: string): Pdf;
  font(name: string): Pdf;
  fontSize(size: number): Pdf;
  save(): Pdf;
  restore(): Pdf;
  scale(factor: number): Pdf;
  rect(x: number, y: number, width: number, height: number): Pdf;
  circle(x: number, y: number, radius: number): Pdf;
  path(d: string): Pdf;
  moveTo(x: number, y: number): Pdf;
  lineTo(x: number, y: number): Pdf;
  closePath(): Pdf;
  fillColor(colour: string): Pdf;
  strokeColor(colour: string): Pdf;
  lineWidth(width: number): Pdf;
  lineJoin(join: string): Pdf;
  dash(lengths: number[]): Pdf;
  undash(): Pdf;
  fill(colour?: string): Pdf;
  stroke(colour?: string): Pdf;
  clip(): Pdf;
  text(text: string, x: number, y: number, options: Record<string, unknown>): Pdf;
  widthOfString(text: string): number;
  on(event: string, listener: (chunk?: Uint8Array) => void): Pdf;
  end(): void;
}

/** Style that children inherit, as SVG does. */
interface Style {
  readonly fill: string | undefined;
  readonly stroke: string | undefined;
  readonly strokeWidth: number;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly anchor: string;
  readonly dash: number[] | undefined;
}

const PX_TO_PT = 0.75;

/** Characters the standard Courier font can show (WinAnsi): others become `?` when no font file is found. */
function courierSafe(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/g, '?');
}

/**
 * Draws the library's SVG figure into a PDF of the figure's size (px at 96 per inch, so 680 px is 180 mm), with
 * the fonts given (regular, bold) embedded, or Courier.
 */
export function drawPdf(
  svg: string,
  PDFDocument: new (options: unknown) => unknown,
  fontFiles: readonly string[],
): Promise<Uint8Array> {
  const root = parseSvg(svg);
  const width = Number(root.attributes['width']);
  const height = Number(root.attributes['height']);
  const title = root.children.find((child) => child.name === 'title')?.text;
  const doc = new PDFDocument({
    size: [width * PX_TO_PT, height * PX_TO_PT],
    margin: 0,
    info: {
      Title: title ?? 'Figure',
      Producer: 'dispute-timeline',
      Creator: 'dispute-timeline',
      CreationDate: new Date(0),
    },
  }) as Pdf;
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve) => {
    doc.on('data', (chunk) => {
      if (chunk !== undefined) chunks.push(chunk);
    });
    doc.on('end', () => {
      const total = chunks.reduce((n, c) => n + c.byteLength, 0);
      const out = new Uint8Array(total);
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.byteLength;
      }
      resolve(out);
    });
  });
  const embedded = fontFiles[0] !== undefined;
  if (embedded) {
    doc.registerFont('figure', fontFiles[0] as string);
    doc.registerFont('figure-bold', (fontFiles[1] ?? fontFiles[0]) as string);
  }
  const fontName = (bold: boolean) =>
    embedded ? (bold ? 'figure-bold' : 'figure') : bold ? 'Courier-Bold' : 'Courier';
  const shown = embedded ? (text: string) => text : courierSafe;
  const patterns = new Map<string, Node>();
  const collect = (node: Node) => {
    if (node.name === 'pattern' && node.attributes['id'] !== undefined)
      patterns.set(node.attributes['id'], node);
    node.children.forEach(collect);
  };
  collect(root);

  doc.scale(PX_TO_PT);
  const num = (node: Node, key: string, fallback = 0) => {
    const value = Number(node.attributes[key]);
    return Number.isFinite(value) ? value : fallback;
  };
  const paint = (style: Style, shape: () => void, fillOverride?: string) => {
    const fill = fillOverride ?? style.fill;
    if (fill !== undefined && fill !== 'none' && !fill.startsWith('url(')) {
      shape();
      doc.fill(fill);
    }
    if (style.stroke !== undefined && style.stroke !== 'none') {
      doc.lineWidth(style.strokeWidth);
      if (style.dash === undefined) doc.undash();
      else doc.dash(style.dash);
      shape();
      doc.stroke(style.stroke);
      doc.undash();
    }
  };
  const hatch = (id: string, x: number, y: number, w: number, h: number) => {
    const pattern = patterns.get(id);
    const background = pattern?.children.find((child) => child.name === 'rect')?.attributes['fill'];
    const line = pattern?.children.find((child) => child.name === 'line')?.attributes['stroke'] ?? '#000000';
    doc.save();
    doc.rect(x, y, w, h).clip();
    if (background !== undefined) doc.rect(x, y, w, h).fill(background);
    doc.lineWidth(2);
    // Lines at 45°, 6 px apart across the pattern's stripes, as the SVG pattern draws them.
    for (let offset = -h; offset < w + h; offset += 6 * Math.SQRT2)
      doc
        .moveTo(x + offset, y + h)
        .lineTo(x + offset + h, y)
        .stroke(line);
    doc.restore();
  };
  const arrow = (x1: number, y1: number, x2: number, y2: number, size: number, colour: string) => {
    const length = Math.hypot(x2 - x1, y2 - y1) || 1;
    const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
    // The marker's tip is 2 of its 10 units past the line's end (refX 8), its base 8 before.
    const tip = [x2 + ux * size * 0.2, y2 + uy * size * 0.2];
    const base = [x2 - ux * size * 0.8, y2 - uy * size * 0.8];
    doc
      .moveTo(tip[0] as number, tip[1] as number)
      .lineTo((base[0] as number) - uy * size * 0.5, (base[1] as number) + ux * size * 0.5)
      .lineTo((base[0] as number) + uy * size * 0.5, (base[1] as number) - ux * size * 0.5)
      .closePath()
      .fill(colour);
  };
  const markerColour = (id: string) => {
    const find = (node: Node): Node | undefined =>
      node.name === 'marker' && node.attributes['id'] === id
        ? node
        : node.children.map(find).find((n) => n !== undefined);
    const marker = find(root);
    return marker?.children[0]?.attributes['fill'] ?? '#000000';
  };
  const textAt = (content: string, x: number, y: number, style: Style, halo: Node) => {
    const text = shown(content.trimEnd());
    if (text === '') return;
    doc.font(fontName(style.bold)).fontSize(style.fontSize);
    const w = doc.widthOfString(text);
    const left = style.anchor === 'end' ? x - w : style.anchor === 'middle' ? x - w / 2 : x;
    const options = { lineBreak: false, baseline: 'alphabetic' };
    if (halo.attributes['paint-order'] === 'stroke' && style.stroke !== undefined) {
      doc.lineWidth(style.strokeWidth).lineJoin('round').strokeColor(style.stroke);
      doc.text(text, left, y, { ...options, stroke: true, fill: false });
    }
    doc.fillColor(style.fill ?? '#000000');
    doc.text(text, left, y, { ...options, fill: true, stroke: false });
  };

  const draw = (node: Node, inherited: Style) => {
    if (['defs', 'title', 'desc', 'marker', 'pattern'].includes(node.name)) return;
    const a = node.attributes;
    const style: Style = {
      fill: a['fill'] ?? inherited.fill,
      stroke: a['stroke'] ?? inherited.stroke,
      strokeWidth: a['stroke-width'] === undefined ? inherited.strokeWidth : Number(a['stroke-width']),
      fontSize: a['font-size'] === undefined ? inherited.fontSize : Number(a['font-size']),
      bold: a['font-weight'] === undefined ? inherited.bold : a['font-weight'] === 'bold',
      anchor: a['text-anchor'] ?? inherited.anchor,
      dash:
        a['stroke-dasharray'] === undefined
          ? inherited.dash
          : a['stroke-dasharray'].split(/[\s,]+/).map(Number),
    };
    if (node.name === 'rect') {
      const [x, y, w, h] = [num(node, 'x'), num(node, 'y'), num(node, 'width'), num(node, 'height')];
      const fill = style.fill ?? '';
      const pattern = /^url\(#(.+)\)$/.exec(fill)?.[1];
      if (pattern !== undefined) hatch(pattern, x, y, w, h);
      paint(style, () => doc.rect(x, y, w, h));
    } else if (node.name === 'circle') {
      paint(style, () => doc.circle(num(node, 'cx'), num(node, 'cy'), num(node, 'r')));
    } else if (node.name === 'path') {
      const d = a['d'] ?? '';
      // A path is filled only when it says so: the break's strokes have fill="none".
      paint(style, () => doc.path(d));
    } else if (node.name === 'line') {
      const [x1, y1, x2, y2] = [num(node, 'x1'), num(node, 'y1'), num(node, 'x2'), num(node, 'y2')];
      paint({ ...style, fill: 'none', stroke: style.stroke ?? '#000000' }, () =>
        doc.moveTo(x1, y1).lineTo(x2, y2),
      );
      const marker = /^url\(#(.+)\)$/.exec(a['marker-end'] ?? '')?.[1];
      if (marker !== undefined) arrow(x1, y1, x2, y2, 7 * style.strokeWidth, markerColour(marker));
    } else if (node.name === 'text') {
      let y = num(node, 'y');
      const x = num(node, 'x');
      if (node.children.length === 0) textAt(node.text, x, y, style, node);
      for (const child of node.children) {
        if (child.name !== 'tspan') continue;
        y += num(child, 'dy');
        textAt(child.text, num(child, 'x', x), y, style, node);
      }
      return;
    }
    for (const child of node.children) draw(child, style);
  };
  draw(root, {
    fill: '#000000',
    stroke: undefined,
    strokeWidth: 1,
    fontSize: Number(root.attributes['font-size'] ?? 10),
    bold: false,
    anchor: 'start',
    dash: undefined,
  });
  doc.end();
  return done;
}
