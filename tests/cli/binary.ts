/**
 * The built command line, run as a user runs it: `node dist/cli.js …` in a child process, never in the test's own.
 * `dist/cli.js` is rebuilt (alone, in about a second) when it is older than the sources.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { cliBuild } from '../../tsup.config.js';
import { root } from '../package/built-dist.js';

/** The built CLI. */
export const CLI = join(root, 'dist', 'cli.js');

function newestInput(): number {
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  files.push(join(root, 'package.json'), join(root, 'tsup.config.ts'));
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

/** Builds `dist/cli.js` unless it is newer than every source; answers what it did, for the log. */
export async function ensureCliBuilt(): Promise<string> {
  if (existsSync(CLI) && statSync(CLI).mtimeMs > newestInput()) return 'dist/cli.js is up to date';
  const started = performance.now();
  await build({ ...cliBuild, config: false, outDir: join(root, 'dist'), clean: false, silent: true });
  return `built dist/cli.js in ${Math.round(performance.now() - started)} ms`;
}

/** What a run printed and how it ended. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How to run: standard input, extra environment, the working folder. */
export interface RunOptions {
  readonly stdin?: string | Buffer;
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

/** The environment of every run: no colour settings inherited from the machine running the tests. */
function environment(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  return { ...env, ...extra };
}

/** Runs a program and collects its output; standard input is closed after `stdin` (or at once). */
export function spawnRun(command: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? root, env: environment(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.on('error', () => {
      // The program may exit before reading its input; that is its right.
    });
    child.stdin.end(options.stdin ?? '');
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `dispute-timeline …`: the built CLI with these arguments. */
export function cli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return spawnRun(process.execPath, [CLI, ...args], options);
}

/** Runs a shell script (bash), for pipes such as `| head -c 1`. */
export function shell(script: string, options: RunOptions = {}): Promise<Run> {
  return spawnRun('bash', ['-c', script], options);
}

/** Whether `script` (util-linux) can give a command a pseudo-terminal, to test what happens on a TTY. */
export function hasScript(): boolean {
  return ['/usr/bin/script', '/bin/script'].some((path) => existsSync(path));
}

/** Runs a shell command on a pseudo-terminal; answers everything it wrote there (stdout and stderr mixed). */
export function onTerminal(command: string, options: RunOptions = {}): Promise<Run> {
  return spawnRun('script', ['-qec', command, '/dev/null'], options);
}

/** A stack trace's frame, which no output of the CLI may contain. */
export const STACK_FRAME = /^\s+at .+[:(]\d+:\d+\)?$|node:internal/m;
