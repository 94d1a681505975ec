import type { Readable, Writable } from 'node:stream';

/** A stream the CLI writes to, and what it knows of the terminal behind it (if any). */
export type OutputStream = Writable & { readonly isTTY?: boolean; readonly columns?: number };

/** Where the CLI reads and writes: the process's streams and environment, or a test's. */
export interface Terminal {
  readonly stdin: Readable & { readonly isTTY?: boolean };
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether to colour what goes to a stream: only a terminal, never with `NO_COLOR` set to anything
 * (https://no-color.org) or on a terminal that says it can't (`TERM=dumb`). `FORCE_COLOR` set to anything
 * but `0` or `false` colours a pipe too (as Node and the chalk family read it); `NO_COLOR` still wins.
 */
export function colourOn(stream: OutputStream, env: Terminal['env']): boolean {
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force.toLowerCase() !== 'false') return true;
  if (force === '0' || force?.toLowerCase() === 'false') return false;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** The styles of the CLI; each is the identity when colour is off. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/** The styles for a stream: ANSI colours on a terminal that takes them, plain text otherwise. */
export function styleFor(on: boolean): Style {
  return on
    ? { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39) }
    : { bold: plain, dim: plain, red: plain, yellow: plain, green: plain };
}
