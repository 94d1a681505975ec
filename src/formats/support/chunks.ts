/**
 * Text in chunks, as the streaming readers take it: an iterable or async iterable of strings or UTF-8 bytes, cut
 * anywhere (a character's bytes may fall in two chunks), or one string. Shared by the JSON Lines and CSV readers.
 */

import { describeValue, optionsObject } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';

/** What the streaming readers read: chunks of text or UTF-8 bytes, in any iterable, or the whole text. */
export type TextInput = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string;

/**
 * Checks that `input` is something {@link textChunks} can read, now rather than at the first chunk, so that a
 * wrong argument is reported where the call is made.
 */
export function checkTextInput(input: unknown, name: string): void {
  if (typeof input === 'string' || isAsyncIterable(input) || isIterable(input)) return;
  fail('invalid-argument', [name], `expected an iterable of lines or chunks; got ${describeValue(input)}`);
}

/**
 * The text of each chunk in turn, bytes decoded as UTF-8 across chunk boundaries and a leading byte-order mark
 * dropped. A chunk that is neither a string nor bytes is `invalid-argument`; an error the input itself throws
 * (a read stream that fails) is passed on as it is. Breaking out of the loop closes the input.
 */
export async function* textChunks(input: TextInput, name: string): AsyncGenerator<string, void, undefined> {
  const text = new ChunkText(name);
  if (typeof input === 'string') {
    yield text.decode(input);
    return;
  }
  if (isAsyncIterable(input)) for await (const chunk of input) yield text.decode(chunk);
  else for (const chunk of input as Iterable<unknown>) yield text.decode(chunk);
  const tail = text.end();
  if (tail !== '') yield tail;
}

/** The engine behind a stream: takes text as it comes, gives the records read so far, reports what was wrong. */
export interface ChunkReader<T> {
  /** Reads the next piece of text. */
  push(text: string): void;
  /** Reads what is left after the last piece. */
  end(): void;
  /** The records read since the last call. */
  take(): readonly T[];
  /** Throws the issues found, if any, once the text has ended. */
  throwIfAny(): void;
}

/**
 * The one loop of every streaming reader: each chunk of the text through a reader (made when the loop starts),
 * yielding its records as it gives them, then its issues at the end.
 */
export async function* streamThrough<T>(
  input: TextInput,
  name: string,
  makeReader: () => ChunkReader<T>,
): AsyncGenerator<T, void, undefined> {
  const reader = makeReader();
  for await (const text of textChunks(input, name)) {
    reader.push(text);
    const read = reader.take();
    for (let i = 0; i < read.length; i++) yield read[i] as T;
  }
  reader.end();
  const read = reader.take();
  for (let i = 0; i < read.length; i++) yield read[i] as T;
  reader.throwIfAny();
}

/** The `onProgress` option of a streaming reader: a function, or absent. */
export function progressOption<P>(options: unknown): ((progress: P) => void) | undefined {
  const { onProgress } = optionsObject(options);
  if (onProgress !== undefined && typeof onProgress !== 'function')
    fail(
      'invalid-argument',
      ['options', 'onProgress'],
      `onProgress is a function; got ${describeValue(onProgress)}`,
    );
  return onProgress as ((progress: P) => void) | undefined;
}

/** A whole text without its leading byte-order mark, as {@link textChunks} would give it. */
export function withoutBom(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/** Decodes chunks one by one: strings as they are, bytes through one streaming UTF-8 decoder. */
class ChunkText {
  private readonly decoder = new TextDecoder('utf-8');
  private started = false;

  constructor(private readonly name: string) {}

  decode(chunk: unknown): string {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else if (chunk instanceof Uint8Array) text = this.decoder.decode(chunk, { stream: true });
    else
      fail(
        'invalid-argument',
        [this.name],
        `each line or chunk is a string or bytes; got ${describeValue(chunk)}`,
      );
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith('\ufeff')) text = text.slice(1);
    }
    return text;
  }

  /** What the decoder still holds: a character cut short at the end of the input (decoded as U+FFFD). */
  end(): string {
    return this.decoder.decode();
  }
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<symbol, unknown>)[Symbol.asyncIterator] === 'function'
  );
}

export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<symbol, unknown>)[Symbol.iterator] === 'function'
  );
}

/**
 * Splits text into lines as chunks come: `push` returns the lines a chunk completes (without their `\n`), `end`
 * the last one. A line longer than `maxLine` characters is refused as it grows, so a stream without line breaks
 * cannot fill the memory.
 */
export class LineSplitter {
  private readonly pending: string[] = [];
  private pendingLength = 0;
  /** Lines completed so far. */
  lines = 0;

  constructor(
    private readonly tooLong: (line: number) => never,
    private readonly maxLine: number,
  ) {}

  push(text: string): string[] {
    const out: string[] = [];
    let from = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
      const piece = text.slice(from, newline);
      out.push(this.pending.length === 0 ? piece : `${this.pending.join('')}${piece}`);
      this.pending.length = 0;
      this.pendingLength = 0;
      from = newline + 1;
    }
    this.lines += out.length;
    if (from < text.length) {
      const rest = text.slice(from);
      this.pendingLength += rest.length;
      if (this.pendingLength > this.maxLine) this.tooLong(this.lines + 1);
      this.pending.push(rest);
    }
    return out;
  }

  end(): string[] {
    if (this.pending.length === 0) return [];
    const last = this.pending.join('');
    this.pending.length = 0;
    this.lines++;
    return [last];
  }
}
