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

/** Where the bytes of an input stop being UTF-8: the line (from 1) and the byte offset (from 0) in the input. */
export interface InvalidText {
  readonly line: number;
  readonly byte: number;
  /** What is wrong, in words: `line 3: the bytes at offset 41 are not UTF-8`. */
  readonly message: string;
}

/**
 * The text of each chunk in turn, bytes decoded as UTF-8 across chunk boundaries (a character whose bytes fall
 * in two chunks is read whole) and a leading byte-order mark dropped. Bytes that are not UTF-8 are not replaced
 * in silence: the first such sequence is passed to `onInvalid` with its line and byte offset, and the rest is
 * read on with U+FFFD for each bad sequence, so that the reader can report it among its other issues. A chunk
 * that is neither a string nor bytes is `invalid-argument`; an error the input itself throws (a read stream that
 * fails) is passed on as it is. Breaking out of the loop closes the input.
 */
export function textChunks(
  input: TextInput,
  name: string,
  onInvalid?: (invalid: InvalidText) => void,
  signal?: AbortSignal,
): AsyncGenerator<string, void, undefined> {
  return new TextSource(input, name, onInvalid, signal).chunks();
}

/**
 * A streaming reader's input, opened when the reader is called: its iterator is taken at once, so that the
 * input can be closed (its iterator's `return()` called: a Node.js stream destroyed, a web stream cancelled)
 * even when the consumer stops before asking for the first item. See {@link closingStream}.
 */
export class TextSource {
  private readonly iterator: Iterator<unknown> | AsyncIterator<unknown> | undefined;
  private closed = false;

  constructor(
    private readonly input: TextInput,
    private readonly name: string,
    private readonly onInvalid?: (invalid: InvalidText) => void,
    private readonly signal?: AbortSignal,
  ) {
    if (typeof input === 'string') this.iterator = undefined;
    else if (isAsyncIterable(input)) this.iterator = input[Symbol.asyncIterator]();
    else this.iterator = (input as Iterable<unknown>)[Symbol.iterator]();
  }

  /** The text, chunk by chunk; the input is closed when the loop over it stops early, throws or is aborted. */
  async *chunks(): AsyncGenerator<string, void, undefined> {
    const text = new ChunkText(this.name, this.onInvalid);
    const { iterator, signal } = this;
    if (iterator === undefined) {
      // One whole text is read in pieces too, so that a stream of it holds a piece's records at a time, never
      // the table's: the records of the first piece are yielded before the next is read.
      const whole = this.input as string;
      signal?.throwIfAborted();
      for (let from = 0; from < whole.length; ) {
        if (from > 0) signal?.throwIfAborted();
        // A piece may end between the two halves of a character: the readers join text across pieces.
        const to = Math.min(from + PIECE, whole.length);
        yield text.decode(whole.slice(from, to));
        from = to;
      }
      return;
    }
    let finished = false;
    try {
      for (;;) {
        signal?.throwIfAborted();
        const pending = iterator.next();
        const step = signal === undefined ? await pending : await untilAborted(pending, signal);
        if (step.done === true) break;
        yield text.decode(step.value);
      }
      finished = true;
    } finally {
      if (!finished) await this.close();
    }
    const tail = text.end();
    if (tail !== '') yield tail;
  }

  /** Closes the input, once: its iterator's `return()`, when it has one. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.iterator?.return?.();
  }
}

/** How many characters of a whole text a stream reads at a time. */
const PIECE = 1 << 16;

/** The promise, or the signal's reason as soon as it is aborted. */
function untilAborted<T>(promise: Promise<T> | T, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(promise).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * A streaming reader's iterator, which closes its input when the consumer stops: on `return()` (a `break` out of
 * `for await`) the reading generator is ended, and the input closed too when no item was asked for yet (a
 * generator not started runs no `finally`).
 */
export function closingStream<T>(
  source: TextSource,
  reading: AsyncGenerator<T, void, undefined>,
): AsyncIterableIterator<T> {
  let started = false;
  const stream: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => stream,
    next: () => {
      started = true;
      return reading.next();
    },
    return: async (value?: unknown) => {
      if (!started) await source.close();
      return reading.return(value as undefined) as Promise<IteratorResult<T>>;
    },
    throw: async (error?: unknown) => {
      if (!started) await source.close();
      return reading.throw(error);
    },
  };
  return stream;
}

/** The `signal` option of a streaming reader: an `AbortSignal`, or absent. */
export function signalOption(options: unknown): AbortSignal | undefined {
  const { signal } = optionsObject(options);
  if (signal !== undefined && !(signal instanceof AbortSignal))
    fail('invalid-argument', ['options', 'signal'], `signal is an AbortSignal; got ${describeValue(signal)}`);
  return signal as AbortSignal | undefined;
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
  /** Notes bytes that are not UTF-8, where they are. */
  invalidText(invalid: InvalidText): void;
}

/**
 * The one loop of every streaming reader: each chunk of the text through `reader`, yielding its records as it
 * gives them, then its issues at the end. The input is closed when the consumer stops early, and `signal` aborts
 * the loop between records.
 */
export function streamThrough<T>(
  input: TextInput,
  name: string,
  reader: ChunkReader<T>,
  signal: AbortSignal | undefined,
): AsyncIterableIterator<T> {
  const source = new TextSource(input, name, (invalid) => reader.invalidText(invalid), signal);
  return closingStream(source, readThrough(source, reader, signal));
}

async function* readThrough<T>(
  source: TextSource,
  reader: ChunkReader<T>,
  signal: AbortSignal | undefined,
): AsyncGenerator<T, void, undefined> {
  for await (const text of source.chunks()) {
    reader.push(text);
    yield* records(reader.take(), signal);
  }
  reader.end();
  yield* records(reader.take(), signal);
  reader.throwIfAny();
}

function* records<T>(read: readonly T[], signal: AbortSignal | undefined): Generator<T, void, undefined> {
  for (let i = 0; i < read.length; i++) {
    signal?.throwIfAborted();
    yield read[i] as T;
  }
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

/**
 * Decodes chunks one by one: strings as they are, bytes through one streaming UTF-8 decoder that refuses what is
 * not UTF-8. It counts the bytes and lines read, and keeps the bytes of a character cut at the end of a chunk,
 * so that the first bad byte can be placed.
 */
class ChunkText {
  private decoder = new TextDecoder('utf-8', { fatal: true });
  private started = false;
  /** Bytes read before the current chunk, and the line the next character is on. */
  private bytes = 0;
  private line = 1;
  /** The bytes of a character begun at the end of the chunks read so far and not finished. */
  private pending: Uint8Array = new Uint8Array(0);
  /** Set once bad bytes were reported: the rest is decoded with U+FFFD. */
  private invalid = false;

  constructor(
    private readonly name: string,
    private readonly onInvalid: ((invalid: InvalidText) => void) | undefined,
  ) {}

  decode(chunk: unknown): string {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else if (chunk instanceof Uint8Array) text = this.bytesText(chunk);
    else
      fail(
        'invalid-argument',
        [this.name],
        `each line or chunk is a string or bytes; got ${describeValue(chunk)}`,
      );
    this.countLines(text);
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith('\ufeff')) text = text.slice(1);
    }
    return text;
  }

  /** What the decoder still holds: a character cut short at the end of the input is bad bytes too. */
  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      this.report(this.bytes - this.pending.length, this.line);
      return '\ufffd';
    }
  }

  private bytesText(chunk: Uint8Array): string {
    if (this.invalid) return this.decoder.decode(chunk, { stream: true });
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      // The chunk with the character begun before it: the bytes up to the first bad one are good text.
      const joined = new Uint8Array(this.pending.length + chunk.length);
      joined.set(this.pending);
      joined.set(chunk, this.pending.length);
      const at = firstInvalidByte(joined);
      const good = new TextDecoder('utf-8').decode(joined.subarray(0, at));
      this.report(this.bytes - this.pending.length + at, this.line + countNewlines(good));
      this.bytes += chunk.length;
      return good + this.decoder.decode(joined.subarray(at), { stream: true });
    }
    this.pending = unfinishedEnd(this.pending, chunk);
    this.bytes += chunk.length;
    return text;
  }

  private report(byte: number, line: number): void {
    this.invalid = true;
    this.decoder = new TextDecoder('utf-8');
    this.onInvalid?.({ line, byte, message: `line ${line}: the bytes at offset ${byte} are not UTF-8` });
  }

  private countLines(text: string): void {
    if (this.onInvalid !== undefined && !this.invalid) this.line += countNewlines(text);
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** How many bytes a UTF-8 sequence that starts with `lead` has (0 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * The bytes of a character begun and not finished at the end of valid UTF-8 (`before` followed by `chunk`): at
 * most three, found from the last four bytes, so nothing but them is copied.
 */
function unfinishedEnd(before: Uint8Array, chunk: Uint8Array): Uint8Array {
  const last =
    chunk.length >= 4 ? chunk.subarray(chunk.length - 4) : Uint8Array.from([...before, ...chunk].slice(-4));
  for (let i = last.length - 1; i >= 0 && i >= last.length - 4; i--) {
    const byte = last[i] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const length = sequenceLength(byte);
    return last.length - i < length ? last.slice(i) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/**
 * The offset of the first byte that is not part of a UTF-8 character (RFC 3629: no overlong forms, no
 * surrogates, nothing beyond U+10FFFF); the length when the bytes end in a character cut short and are
 * otherwise good.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (length === 1) {
      i++;
      continue;
    }
    if (i + length > bytes.length) {
      // Cut short at the end: good so far when what there is could still become a character.
      for (let j = i + 1; j < bytes.length; j++) if (!continues(bytes, i, j)) return i;
      return bytes.length;
    }
    for (let j = i + 1; j < i + length; j++) if (!continues(bytes, i, j)) return i;
    i += length;
  }
  return bytes.length;
}

/** Whether the byte at `j` may follow the sequence that starts at `i` (the second byte's narrower ranges too). */
function continues(bytes: Uint8Array, i: number, j: number): boolean {
  const byte = bytes[j] as number;
  if (j === i + 1) {
    const lead = bytes[i] as number;
    if (lead === 0xe0) return byte >= 0xa0 && byte <= 0xbf;
    if (lead === 0xed) return byte >= 0x80 && byte <= 0x9f;
    if (lead === 0xf0) return byte >= 0x90 && byte <= 0xbf;
    if (lead === 0xf4) return byte >= 0x80 && byte <= 0x8f;
  }
  return (byte & 0xc0) === 0x80;
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
