/**
 * The CLI's `main` run inside the test process, with standard streams of its own: for the many argument checks
 * whose wiring the runs of the built binary (cli.test.ts) already cover. Files are real: name them by path.
 */
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** What a run printed and how it ended. */
export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

class Collector extends Writable {
  text = '';
  override _write(
    chunk: Buffer | string,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void,
  ): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    done();
  }
}

/** Runs `dispute-timeline …args` in-process, standard input holding `stdin`, nothing a terminal. */
export async function runMain(args: readonly string[], stdin: string | Buffer = ''): Promise<InProcessRun> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await main(args, {
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
    stdout,
    stderr,
    env: {},
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
