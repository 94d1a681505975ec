import type { OutputStream } from './terminal.js';

/** How far a piece of work has got: what the library's `onProgress` callbacks report. */
export interface Progress {
  readonly done: number;
  readonly total?: number;
}

/** What a phase counts, for its line: bytes are shown in kB/MB, anything else as a number. */
export type ProgressUnit = 'bytes' | 'records' | 'lines';

/**
 * Shows how long work is getting on, on one line of standard error that is rewritten in place and cleared at the
 * end. Work is a series of phases (`reading case.json`, `validating`, `writing csv`); each gives an
 * `onProgress` callback to pass to the library, or to call around the steps the CLI runs itself.
 */
export interface ProgressReporter {
  /** Starts a phase and answers its callback. */
  phase(label: string, unit?: ProgressUnit): (progress: Progress) => void;
  /** Clears the line; the reporter stays usable (a later phase draws again). */
  clear(): void;
}

/** A reporter that shows nothing: for a pipe, a file or `--quiet`. */
export const silentProgress: ProgressReporter = Object.freeze({
  phase: () => () => {},
  clear: () => {},
});

/** Work done within this time is never shown: a line that flashes by only distracts. */
const SHOW_AFTER_MS = 300;
/** At most this many redraws a second: a terminal is slower than a loop. */
const REDRAW_EVERY_MS = 100;

/**
 * The reporter for a stream: a live line when the stream is a terminal and `quiet` is false; else silent.
 * Nothing is drawn for work that ends within {@link SHOW_AFTER_MS} of the reporter's creation.
 */
export function progressReporter(
  stream: OutputStream,
  options: { readonly quiet: boolean; readonly now?: () => number },
): ProgressReporter {
  if (options.quiet || stream.isTTY !== true) return silentProgress;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let drawn = false;
  let lastDraw = -Infinity;
  const draw = (line: string, force: boolean) => {
    const time = now();
    if (time - started < SHOW_AFTER_MS || (!force && time - lastDraw < REDRAW_EVERY_MS)) return;
    lastDraw = time;
    // A terminal of unknown size (a pseudo-terminal without one) says 0 columns.
    const width = (stream.columns !== undefined && stream.columns > 20 ? stream.columns : 80) - 1;
    stream.write(`\r\u001b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
    drawn = true;
  };
  return {
    phase(label, unit = 'records') {
      draw(`${label}…`, true);
      return (progress) => draw(progressLine(label, unit, progress), false);
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}

/** `reading case.json  42% (12.1 MB of 28.7 MB)`, or `validating  1,200,000 records` when the total is unknown. */
export function progressLine(label: string, unit: ProgressUnit, { done, total }: Progress): string {
  const amount = (n: number) => (unit === 'bytes' ? bytes(n) : `${n.toLocaleString('en-US')} ${unit}`);
  if (total === undefined || !(total > 0)) return `${label}  ${amount(done)}`;
  const percent = Math.min(100, Math.floor((done / total) * 100));
  return `${label}  ${percent}% (${amount(done)} of ${amount(total)})`;
}

function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
