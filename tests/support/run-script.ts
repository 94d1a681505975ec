/**
 * Runs a script of `examples/` in this process, as `npx tsx examples/<script>.ts <args>` would run it, and gives
 * what it printed with `console.log`. Starting a Node.js process with tsx for each example cost about a second and
 * a half of processor time apiece, a fifth of `npm test`'s budget for five scripts; in process, the library and the
 * datasets are already loaded. (`npm run demo`, the README's command, still runs as its own process.)
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';

let runs = 0;
/** One script at a time: `process.argv` and `console.log` are the process's own while it runs. */
let running: Promise<unknown> = Promise.resolve();

/** Runs `examples/<script>` with `args` as its command-line arguments; resolves to what it printed. */
export function runScript(script: string, args: readonly string[] = []): Promise<string> {
  const run = running.then(async () => {
    const { argv } = process;
    const log = console.log;
    const printed: string[] = [];
    const path = resolve('examples', script);
    process.argv = [argv[0] as string, path, ...args];
    console.log = (...values: unknown[]) => {
      printed.push(`${format(...values)}\n`);
    };
    try {
      // A new URL each run: a module runs once per URL.
      await import(`${pathToFileURL(path).href}?run=${++runs}`);
    } finally {
      process.argv = argv;
      console.log = log;
    }
    return printed.join('');
  });
  running = run.catch(() => {});
  return run;
}
