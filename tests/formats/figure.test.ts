import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figureToPdf, figureToPng, TimelineError, writeCasesSvg, writeSvg } from 'dispute-timeline';
import { blackberryPakistan2015, datasets, saudiBlackberry2010 } from 'dispute-timeline/datasets';
import { afterAll, describe, expect, it } from 'vitest';
import { optional } from '../../src/formats/figure.js';
import { drawPdf, parseSvg } from '../../src/formats/render/pdf.js';
import { runMain } from '../cli/in-process.js';

/** pdfkit, the optional package the PDF is drawn with (it ships no types). */
const PDFDocument = createRequire(import.meta.url)('pdfkit') as new (options: unknown) => unknown;

const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
};
const svgSize = (svg: string): [number, number] => [
  Number(/width="(\d+)"/.exec(svg)?.[1]),
  Number(/height="(\d+)"/.exec(svg)?.[1]),
];

describe('figureToPng', () => {
  it('draws a figure at the dots per inch asked for, the SVG px taken as 1/96 inch', async () => {
    const svg = writeSvg(saudiBlackberry2010);
    const [width, height] = svgSize(svg);
    const at96 = await figureToPng(svg, { dpi: 96 });
    expect(Array.from(at96.slice(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(at96)).toEqual([width, height]);
    expect(pngSize(await figureToPng(svg, { dpi: 48 }))).toEqual([
      Math.round(width / 2),
      Math.round(height / 2),
    ]);
    // 300 dpi by default (the 680 px, 180 mm, figure 2,125 px wide): the CLI's test below draws at the default.
  });

  it('draws a wrapped label as it would without the zero-size spaces the SVG keeps at its line breaks', async () => {
    // resvg drew each next line's first letter at the spacer's place: "the information" came out "he information"
    // with the "t" over the line above.
    const svg = writeSvg(blackberryPakistan2015);
    const spacer = '<tspan font-size="0"> </tspan>';
    expect(svg).toContain(spacer);
    const drawn = await figureToPng(svg, { dpi: 48 });
    const without = await figureToPng(svg.replaceAll(spacer, ''), { dpi: 48 });
    expect(Buffer.from(drawn).equals(Buffer.from(without))).toBe(true);
  });

  it('rejects text that is not a figure, and bad options, with a TimelineError', async () => {
    await expect(figureToPng('<html></html>')).rejects.toThrow(TimelineError);
    await expect(figureToPng(writeSvg(saudiBlackberry2010), { dpi: 0 })).rejects.toThrow(/dpi/);
  });
});

describe('figureToPdf', () => {
  it('writes one vector page the figure\u2019s size (680 px = 510 pt = 180 mm), its font embedded', async () => {
    for (const svg of [writeCasesSvg(datasets)]) {
      const pdf = await figureToPdf(svg);
      const text = new TextDecoder('latin1').decode(pdf);
      expect(text.startsWith('%PDF-')).toBe(true);
      const [width, height] = svgSize(svg);
      const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
      expect(Number(box?.[1])).toBeCloseTo((width as number) * 0.75, 1);
      expect(Number(box?.[2])).toBeCloseTo((height as number) * 0.75, 1);
      expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
      expect(text).toMatch(/\/FontFile2|\/BaseFont \/Courier/);
    }
  });

  it('says which font file is missing, and draws in Courier when no font file is found', async () => {
    const error = await figureToPdf(writeSvg(saudiBlackberry2010), {
      fontFiles: ['/no/such/font.ttf'],
    }).catch((e: unknown) => e);
    expect((error as TimelineError).issues[0]).toMatchObject({
      code: 'invalid-argument',
      path: ['options', 'fontFiles', 0],
    });
    const courier = await drawPdf(writeSvg(saudiBlackberry2010), PDFDocument, []);
    const text = new TextDecoder('latin1').decode(courier);
    expect(text).toMatch(/\/BaseFont \/Courier\b/);
    expect(text).not.toMatch(/\/FontFile2/);
  });

  it('reads every element of the library\u2019s SVG, with its text and attributes', () => {
    const root = parseSvg(writeSvg(blackberryPakistan2015));
    const names = new Set<string>();
    const walk = (node: ReturnType<typeof parseSvg>) => {
      names.add(node.name);
      node.children.forEach(walk);
    };
    walk(root);
    expect([...names].sort()).toEqual(
      [
        'circle',
        'defs',
        'desc',
        'g',
        'line',
        'marker',
        'path',
        'pattern',
        'rect',
        'svg',
        'text',
        'title',
        'tspan',
      ].sort(),
    );
    expect(root.children.find((child) => child.name === 'title')?.text).toBe(blackberryPakistan2015.title);
  });
});

describe('an optional package that is not installed', () => {
  it('gives a missing-dependency TimelineError that says what to install', async () => {
    const error = await optional('dispute-timeline-no-such-package', 'A test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimelineError);
    const issue = (error as TimelineError).issues[0];
    expect(issue.code).toBe('missing-dependency');
    expect(issue.message).toMatch(/npm install dispute-timeline-no-such-package$/);
  });
});

describe('dispute-timeline export -f png|pdf', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dt-figure-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the svg picture as a PDF or a PNG, chosen by --format or the file\u2019s extension', async () => {
    const pdf = join(folder, 'pakistan.pdf');
    expect((await runMain(['export', 'blackberry-pakistan-2015', '-o', pdf])).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const png = join(folder, 'saudi.out');
    expect((await runMain(['export', 'saudi-blackberry-2010', '-f', 'png', '-o', png])).code).toBe(0);
    expect(pngSize(new Uint8Array(readFileSync(png)))[0]).toBe(2125);
  });
});
