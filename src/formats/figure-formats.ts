import { optionsObject } from '../_lib/args.js';
import type { Dispute } from '../model/dispute.js';
import { type FigureOptions, figureToPdf, figureToPng } from './figure.js';
import { defineFigureFormat, type FormatOption, type FormatOptions } from './format.js';
import type { SvgOptions } from './render/options.js';
import { svgFormat, writeSvg } from './svg.js';

/** The options a figure takes beyond the picture's: the font files, and for PNG its resolution. */
const FONT_FILES: FormatOption = {
  name: 'fontFiles',
  description: 'font files for the monospace text, regular then bold (default DejaVu Sans Mono)',
  type: 'list',
};
const DPI: FormatOption = {
  name: 'dpi',
  description: 'dots per inch, 24 to 2,400 (default 300)',
  type: 'number',
};

/** Draws the `svg` format's picture with the picture's options, then turns it into bytes with the figure's. */
function figureWriter(
  draw: (svg: string, options: FigureOptions) => Promise<Uint8Array>,
): (dispute: Dispute, options?: FormatOptions) => Promise<Uint8Array> {
  return async (dispute, options) => {
    // Checked as the writers check them: an error is a rejected promise, never a throw before it.
    const { dpi, fontFiles, ...svgOptions } = optionsObject(options);
    const svg = writeSvg(dispute, svgOptions as SvgOptions);
    return draw(svg, {
      ...(dpi === undefined ? {} : { dpi: dpi as number }),
      ...(fontFiles === undefined ? {} : { fontFiles: fontFiles as readonly string[] }),
    });
  };
}

/** The SVG picture as a PNG, by the optional `@resvg/resvg-js`. */
export const pngFormat = /* @__PURE__ */ defineFigureFormat({
  name: 'png',
  description: 'the svg picture as a PNG (300 dpi), drawn by the optional package @resvg/resvg-js',
  mediaType: 'image/png',
  extension: '.png',
  options: [...svgFormat.options, DPI, FONT_FILES],
  write: figureWriter(figureToPng),
});

/** The SVG picture as a vector PDF, by the optional `pdfkit`. */
export const pdfFormat = /* @__PURE__ */ defineFigureFormat({
  name: 'pdf',
  description: 'the svg picture as a vector PDF (180 mm wide), written by the optional package pdfkit',
  mediaType: 'application/pdf',
  extension: '.pdf',
  options: [...svgFormat.options, FONT_FILES],
  write: figureWriter(figureToPdf),
});
