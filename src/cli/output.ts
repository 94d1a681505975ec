import { createWriteStream, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError, OutputClosed } from './errors.js';
import type { Progress } from './progress.js';
import { shown } from './shown.js';
import type { OutputStream } from './terminal.js';

/** Where a command's data goes: standard output, or a file written whole or not at all. */
export interface Sink {
  /** Writes text (or bytes: a PNG, a PDF), waiting while the reader is slower than the writer. */
  write(text: string | Uint8Array): Promise<void>;
  /** Finishes: a file is moved into place only now, so a failed export never leaves half a file. */
  close(): Promise<void>;
  /** Gives up: a file being written is removed. */
  abort(): void;
}

/** Big texts go out in slices, so that progress can be shown and a closed pipe is noticed early. */
const SLICE = 1 << 20;

/** The sink for `-o`: a file path, `-` or absent for standard output. */
export function openSink(target: string | undefined, stdout: OutputStream): Sink {
  if (target === undefined || target === '-')
    return streamSink(stdout, (error) => {
      throw new InputError(`cannot write to standard output: ${reason(error)}`);
    });
  checkWritable(target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.part`);
  const file = createWriteStream(temporary);
  let finished = false;
  const sink = streamSink(file, (error) => {
    throw new InputError(`cannot write ${shown(target)}: ${reason(error)}`);
  });
  return {
    write: sink.write,
    async close() {
      await new Promise<void>((resolve, reject) => {
        file.on('error', reject);
        file.end(() => resolve());
      }).catch((error: unknown) => {
        throw new InputError(`cannot write ${shown(target)}: ${reason(error)}`);
      });
      renameSync(temporary, target);
      finished = true;
    },
    abort() {
      if (finished) return;
      file.destroy();
      try {
        unlinkSync(temporary);
      } catch {
        // Never created, or already gone: nothing to clean up.
      }
    },
  };
}

/** Writes a text in slices, reporting how much has gone out. */
export async function writeAll(sink: Sink, text: string, onProgress?: (progress: Progress) => void) {
  for (let at = 0; at < text.length; at += SLICE) {
    await sink.write(text.slice(at, at + SLICE));
    onProgress?.({ done: Math.min(text.length, at + SLICE), total: text.length });
  }
}

function streamSink(stream: OutputStream, onError: (error: unknown) => never): Sink {
  let failure: unknown;
  stream.on('error', (error) => {
    failure = error;
  });
  const check = () => {
    if (failure === undefined) return;
    if (isClosedPipe(failure)) throw new OutputClosed();
    onError(failure);
    throw failure;
  };
  return {
    async write(text) {
      check();
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('error', done);
            stream.off('close', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('error', done);
          stream.on('close', done);
        });
      }
      check();
    },
    async close() {
      check();
    },
    abort() {},
  };
}

/** A write to a pipe whose reader has gone (`| head`): EPIPE, or a stream already destroyed by it. */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/** Fails early, before any work, for a target that can't be a file: a directory, or a folder that does not exist. */
function checkWritable(target: string): void {
  const stat = statOrUndefined(target);
  if (stat?.isDirectory()) throw new InputError(`cannot write ${shown(target)}: it is a directory`);
  const folder = statOrUndefined(dirname(target));
  if (folder === undefined) throw new InputError(`cannot write ${shown(target)}: its folder does not exist`);
  if (!folder.isDirectory())
    throw new InputError(`cannot write ${shown(target)}: its folder is not a folder`);
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A system error in words: `permission denied` rather than `EACCES: permission denied, open '…'`. */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const words: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
  };
  if (typeof code === 'string' && words[code] !== undefined) return words[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
