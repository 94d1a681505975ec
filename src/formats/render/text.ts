/** Text for drawings: escaping for XML and HTML, and widths in a monospace font, so layout is computed, not measured. */

/**
 * Characters that must never reach a drawing as they are: C0/C1 controls (XML forbids most of them; a newline
 * in a label would be read as a space anyway), bidirectional overrides and isolates (they would reorder the
 * text around them), lone surrogates and the non-characters U+FFFE/U+FFFF.
 */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text from the data made safe to show: whitespace and line breaks become one space; bidi controls, other
 * controls and broken surrogates become U+FFFD, visibly, so a hidden override can't reorder what is shown.
 */
export function visibleText(text: string): string {
  return text
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ')
    .replace(INVISIBLE, '\ufffd')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Escapes text for an XML or HTML text node or a double- or single-quoted attribute. */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Data text made visible and escaped: what every label, title and cell of a drawing is written with. */
export function markupText(text: string): string {
  return escapeMarkup(visibleText(text));
}

/** The font every text of a drawing uses: monospace, so a label's width is its number of columns. */
export const FONT_FAMILY = "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";

/** A monospace glyph is 0.6 em wide (DejaVu Sans Mono: 0.602); a little more leaves room for other fonts. */
const EM_PER_COLUMN = 0.62;

/** Columns a character takes: two for East Asian wide characters and emoji, one and a half for scripts a
 * fallback font may draw wider, one otherwise. Overestimating is safe: labels only get more room. */
function columnsOf(codePoint: number): number {
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x1f000
  )
    return 2;
  return codePoint >= 0x0590 ? 1.5 : 1;
}

/** The width in pixels of a text at a font size, counting columns. */
export function textWidth(text: string, fontSize: number): number {
  let columns = 0;
  for (const char of text) columns += columnsOf(char.codePointAt(0) ?? 0);
  return columns * fontSize * EM_PER_COLUMN;
}

/** Cuts a text to fit a width in pixels, marking the cut with an ellipsis; `''` when not even two characters fit. */
export function fitText(text: string, width: number, fontSize: number): string {
  const column = fontSize * EM_PER_COLUMN;
  const ellipsis = columnsOf(0x2026) * column;
  let used = 0;
  let count = 0;
  let end = 0;
  let fits = true;
  // One pass: the widest prefix that leaves room for the ellipsis, and whether the whole text fits.
  for (const char of text) {
    used += columnsOf(char.codePointAt(0) ?? 0) * column;
    if (used > width) {
      fits = false;
      break;
    }
    if (used + ellipsis <= width) {
      end += char.length;
      count += 1;
    }
  }
  if (fits) return text;
  if (count < 2) return '';
  // Cut at a word's end where one is near: a screen reader's name holds whole words (WCAG 2.5.3).
  let kept = text.slice(0, end);
  const space = kept.lastIndexOf(' ');
  if (text[end] !== ' ' && space >= Math.max(2, kept.length / 2)) kept = kept.slice(0, space);
  return `${kept.trimEnd()}…`;
}

/** A number for an SVG attribute: at most one decimal, never `-0`, the same in every locale. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Breaks a text into lines no wider than `width` pixels, at spaces (a word wider than a line is split), each
 * line but the last keeping its closing space so the lines joined are the text. `undefined` when it needs more
 * than `maxLines` lines: the text is then never cut, but shown elsewhere whole.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
): string[] | undefined {
  const column = fontSize * EM_PER_COLUMN;
  const lines: string[] = [];
  let line = '';
  let used = 0;
  // Words with the space that follows them, so joining the lines gives the text back.
  for (const word of text.match(/\S+\s*/g) ?? []) {
    const bare = word.trimEnd();
    const wordWidth = textWidth(bare, fontSize);
    if (line !== '' && used + wordWidth > width) {
      lines.push(line);
      [line, used] = ['', 0];
    }
    if (wordWidth > width) {
      // A word wider than a line: split it by characters.
      for (const char of bare) {
        const w = columnsOf(char.codePointAt(0) ?? 0) * column;
        if (line !== '' && used + w > width) {
          lines.push(line);
          [line, used] = ['', 0];
        }
        line += char;
        used += w;
      }
      line += word.slice(bare.length);
      used += textWidth(word.slice(bare.length), fontSize);
    } else {
      line += word;
      used += textWidth(word, fontSize);
    }
    if (lines.length >= maxLines) return undefined;
  }
  if (line !== '') lines.push(line);
  return lines.length > maxLines ? undefined : lines.length === 0 ? [''] : lines;
}

/** The width of the widest of some lines, trailing spaces left out. */
export function linesWidth(lines: readonly string[], fontSize: number): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, textWidth(line.trimEnd(), fontSize));
  return widest;
}
