import { describeValue, optionsObject } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';

/**
 * PNG and PDF of a figure, for papers and slides. The core library draws SVG with no dependency; these two
 * load an optional one when called, so only those who want bytes install it: `@resvg/resvg-js` (a Rust SVG
 * renderer with prebuilt binaries) for PNG, `pdfkit` (PDF written in JavaScript, no browser) for PDF.
 */

/**
 * Options of {@link figureToPng} and {@link figureToPdf}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { figureToPng, writeSvg, type FigureOptions } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * const options: FigureOptions = { dpi: 150 };
 * const png = await figureToPng(writeSvg(saudiBlackberry2010), options);
 * String.fromCharCode(...png.subarray(1, 4));
 * //=> 'PNG'
 * ```
 */
export interface FigureOptions {
  /** PNG only: dots per inch, taking the SVG's px as 1/96 inch (default 300: a 680 px figure is 2,125 px wide). */
  readonly dpi?: number;
  /**
   * Font files (TrueType or OpenType) for the figure's monospace text, regular then bold. By default DejaVu Sans
   * Mono where Debian, Ubuntu or Fedora put it; the PDF falls back to the standard Courier font when there is
   * none (then characters beyond Latin-1 punctuation are written as `?`).
   */
  readonly fontFiles?: readonly string[];
}

/** Where DejaVu Sans Mono usually is: Debian and Ubuntu, Fedora, Arch, Homebrew. */
const FONT_PLACES = [
  '/usr/share/fonts/truetype/dejavu/',
  '/usr/share/fonts/dejavu-sans-mono-fonts/',
  '/usr/share/fonts/TTF/',
  '/opt/homebrew/share/fonts/',
];

/** Loads an optional dependency, or fails saying which package to install and why. */
export async function optional(name: string, purpose: string): Promise<unknown> {
  try {
    const loaded = (await import(/* @vite-ignore */ name)) as { default?: unknown };
    return loaded.default ?? loaded;
  } catch (error) {
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return fail(
      'missing-dependency',
      [],
      `${purpose} needs the optional package ${name}, which could not be loaded (${why}): install it with npm install ${name}`,
    );
  }
}

function checkSvg(svg: unknown): string {
  if (typeof svg !== 'string' || !svg.startsWith('<svg'))
    fail(
      'invalid-argument',
      ['svg'],
      `a figure is the SVG text writeSvg or writeCasesSvg gives; got ${describeValue(svg)}`,
    );
  return svg as string;
}

interface CheckedOptions {
  readonly dpi: number;
  readonly fontFiles: readonly string[] | undefined;
}

function checkOptions(options: unknown): CheckedOptions {
  const given = optionsObject(options);
  const dpi = given['dpi'];
  if (dpi !== undefined && (typeof dpi !== 'number' || !Number.isFinite(dpi) || dpi < 24 || dpi > 2400))
    fail(
      'invalid-argument',
      ['options', 'dpi'],
      `dpi is a number from 24 to 2400; got ${describeValue(dpi)}`,
    );
  const files = given['fontFiles'];
  if (
    files !== undefined &&
    (!Array.isArray(files) || files.length === 0 || files.some((file) => typeof file !== 'string'))
  )
    fail(
      'invalid-argument',
      ['options', 'fontFiles'],
      `fontFiles is a list of font file paths, regular then bold; got ${describeValue(files)}`,
    );
  return { dpi: (dpi as number | undefined) ?? 300, fontFiles: files as readonly string[] | undefined };
}

/** The fonts given, each checked to exist; else DejaVu Sans Mono, regular and bold, where the system keeps it. */
async function fontsOf(given: readonly string[] | undefined): Promise<readonly string[]> {
  // The specifier is not a literal so that the published types need no Node types (the build's declarations
  // are made without them); this function runs only in Node, where a figure is rasterized.
  const fs: string = 'node:fs';
  const { existsSync } = (await import(fs)) as { existsSync(path: string): boolean };
  if (given !== undefined) {
    given.forEach((file, i) => {
      if (!existsSync(file))
        fail('invalid-argument', ['options', 'fontFiles', i], `there is no font file at ${file}`, file);
    });
    return given;
  }
  for (const place of FONT_PLACES) {
    const regular = `${place}DejaVuSansMono.ttf`;
    if (existsSync(regular)) {
      const bold = `${place}DejaVuSansMono-Bold.ttf`;
      return existsSync(bold) ? [regular, bold] : [regular];
    }
  }
  return [];
}

/** The zero-size space the SVG writer keeps where a label's line breaks (see `render/draw.ts`). */
const LINE_BREAK_SPACER = '<tspan font-size="0"> </tspan>';

interface ResvgModule {
  Resvg: new (
    svg: string,
    options: unknown,
  ) => {
    render(): { asPng(): Uint8Array };
  };
}

/**
 * A PNG of a figure (the SVG text of {@link writeSvg} or {@link writeCasesSvg}), drawn by the optional
 * `@resvg/resvg-js` at `dpi` dots per inch (default 300), in DejaVu Sans Mono where it is installed.
 *
 * @category Formats
 * @param svg - the SVG text of a figure
 * @param options - dots per inch, font files
 * @returns the PNG file's bytes
 * @throws {@link TimelineError} `missing-dependency` when `@resvg/resvg-js` is not installed; `invalid-argument`
 * for text that is not an SVG, or bad options
 * @example
 * ```ts
 * import { figureToPng, writeSvg } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const png = await figureToPng(writeSvg(blackberryPakistan2015), { dpi: 96 });
 * new DataView(png.buffer, png.byteOffset).getUint32(16); // its width in pixels: the SVG's 680 at 96 dpi
 * //=> 680
 * ```
 */
export async function figureToPng(svg: string, options: FigureOptions = {}): Promise<Uint8Array> {
  const text = checkSvg(svg);
  const checked = checkOptions(options);
  const { Resvg } = (await optional('@resvg/resvg-js', 'A PNG of a figure')) as ResvgModule;
  const fontFiles = await fontsOf(checked.fontFiles);
  // The SVG keeps a zero-size space where a label breaks, so that its text reads with its spaces; resvg draws the
  // next line's first letter at that space's place, so the rasterizer gets the lines without it.
  const png = new Resvg(text.replaceAll(LINE_BREAK_SPACER, ''), {
    fitTo: { mode: 'zoom', value: checked.dpi / 96 },
    font: {
      loadSystemFonts: true,
      fontFiles: [...fontFiles],
      defaultFontFamily: 'DejaVu Sans Mono',
      monospaceFamily: 'DejaVu Sans Mono',
    },
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/**
 * A PDF of a figure (the SVG text of {@link writeSvg} or {@link writeCasesSvg}), vector and one page the figure's
 * size (680 px is 180 mm), written by the optional `pdfkit` with its text as text, in DejaVu Sans Mono embedded
 * (the characters used) where it is installed.
 *
 * @category Formats
 * @param svg - the SVG text of a figure
 * @param options - font files
 * @returns the PDF file's bytes
 * @throws {@link TimelineError} `missing-dependency` when `pdfkit` is not installed; `invalid-argument` for text
 * that is not an SVG, or bad options
 * @example
 * ```ts
 * import { figureToPdf, writeSvg } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const pdf = await figureToPdf(writeSvg(uaeBlackberry2010));
 * new TextDecoder().decode(pdf.slice(0, 5));
 * //=> '%PDF-'
 * ```
 */
export async function figureToPdf(svg: string, options: FigureOptions = {}): Promise<Uint8Array> {
  const text = checkSvg(svg);
  const checked = checkOptions(options);
  const PDFDocument = (await optional('pdfkit', 'A PDF of a figure')) as PdfConstructor;
  const fontFiles = await fontsOf(checked.fontFiles);
  const { drawPdf } = await import('./render/pdf.js');
  return drawPdf(text, PDFDocument, fontFiles);
}

/** pdfkit's document class, as the PDF drawing takes it. */
type PdfConstructor = new (options: unknown) => unknown;
