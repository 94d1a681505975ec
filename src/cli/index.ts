#!/usr/bin/env node
import { main } from './main.js';
import { isClosedPipe } from './output.js';

// A reader that goes away (`dispute-timeline show x | head`) ends the program quietly, with success.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (!isClosedPipe(error)) return;
    // A progress line may be on the terminal: clear it before going.
    if (stream !== process.stderr && process.stderr.isTTY) process.stderr.write('\r\u001b[2K');
    process.exit(0);
  });
}

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // main reports every error itself; this is the last guard, still without a stack trace.
    process.stderr.write(
      `error: internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`,
    );
    process.exitCode = 70;
  },
);
