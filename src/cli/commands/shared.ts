import { stringValue } from '../args.js';
import type { CommandContext } from '../command.js';
import { UsageError } from '../errors.js';
import { type Loaded, loadDispute } from '../input.js';
import { shown } from '../shown.js';
import type { StreamSource } from '../stream.js';

/** Reads the dispute a command's first argument names, with the command's `--from` and progress line. */
export function loadSource(
  context: CommandContext,
  options: { readonly cases?: boolean } = {},
): Promise<Loaded> {
  return loadDispute(context.args.positionals[0] as string, {
    terminal: context.terminal,
    progress: context.progress,
    from: stringValue(context.args, 'from'),
    note: context.note,
    ...options,
  });
}

/** The source a command's first argument names, as the streaming readers take it: the same input as {@link loadSource}. */
export function streamSource(context: CommandContext): StreamSource {
  return {
    source: context.args.positionals[0] as string,
    from: stringValue(context.args, 'from'),
    terminal: context.terminal,
    progress: context.progress,
    note: context.note,
  };
}

/** `--width`: a whole number of columns from 60 to 1000; else the terminal's width. */
export function widthOption(value: string | undefined, columns: number): number {
  if (value === undefined) return columns;
  const width = Number(value);
  if (!/^\d+$/.test(value) || width < 60 || width > 1000)
    throw new UsageError(`--width is a whole number of columns from 60 to 1000; got ${shown(value)}`);
  return width;
}
