import { pad, terminalSafe, truncate, wrap } from '../_lib/text.js';
import type { Style } from './terminal.js';

/**
 * A table for a terminal: a bold header line, columns as wide as their widest cell (up to `max`), the last column
 * wrapped in what is left of the width. Every cell is made safe for a terminal first.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: { readonly width: number; readonly style: Style; readonly max?: number },
): string {
  const max = options.max ?? 32;
  const safe = rows.map((row) => row.map((cell) => terminalSafe(cell)));
  const last = headers.length - 1;
  const widths = headers.map((header, column) =>
    column === last
      ? 0
      : Math.min(max, Math.max(header.length, ...safe.map((row) => Array.from(row[column] ?? '').length))),
  );
  const used = widths.reduce((sum, w) => sum + w + 2, 0);
  const rest = Math.max(30, options.width - used);
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) =>
      column === last ? cell : pad(truncate(cell, widths[column] as number), (widths[column] as number) + 2),
    );
  const out = [options.style.bold(line(headers).join('').trimEnd())];
  for (const row of safe) {
    const wrapped = wrap(row[last] ?? '', rest);
    out.push(
      line([...row.slice(0, last), wrapped[0] ?? ''])
        .join('')
        .trimEnd(),
    );
    for (const more of wrapped.slice(1)) out.push(`${' '.repeat(used)}${more}`);
  }
  return `${out.join('\n')}\n`;
}
