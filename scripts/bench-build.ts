/**
 * The build row's two sides, shared by the benchmark (`bench.ts`) and its fresh-process runs: appending every
 * record one call at a time and building, beside pushing the same objects and deep freezing them. Run directly,
 * `node --expose-gc --import tsx scripts/bench-build.ts <dispute.json> library|baseline` times one side once, in
 * a process that has read no date and compiled nothing yet, as a research script's one build is, and prints the
 * milliseconds of wall time and of processor time.
 */

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createDispute } from '../src/index.js';

/** A dispute's JSON form split into its header and its lists of records: the input of one build. */
export interface BuildInput {
  readonly header: Record<string, unknown>;
  readonly records: Record<string, unknown[]>;
}

/** A fresh copy of the dispute's JSON form: the input of a build, never frozen by an earlier sample. */
export function inputsOf(text: string): BuildInput {
  const json = JSON.parse(text) as Record<string, unknown>;
  const records: Record<string, unknown[]> = {};
  const header: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (Array.isArray(value) && key !== 'countries') records[key] = value;
    else header[key] = value;
  }
  return { header, records };
}

const fullGc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A full collection, then a wait until the process is quiet: until a 10 ms sleep costs it under 1 ms of processor
 * time, for at most 3 s. `gc()` returns before its sweeping is done: on a heap of a million events, V8's helper
 * threads sweep for another 150–300 ms, and on two cores they take the processor from whatever is timed next (a
 * first byActor took 190–240 ms in that shadow and 16–30 ms after it, with half the processor time). Both sides
 * of a row wait alike.
 */
export function collect(): void {
  fullGc();
  const start = performance.now();
  for (;;) {
    const before = process.cpuUsage();
    Atomics.wait(pause, 0, 0, 10);
    const used = process.cpuUsage(before);
    if (used.user + used.system < 1_000 || performance.now() - start > 3_000) return;
  }
}

export function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}

/** The library's side: every record appended with its own call, as a script reading rows would, then `build()`. */
export function appendAndBuild(input: BuildInput): void {
  let builder = createDispute(input.header as { id: string; title: string });
  for (const [collection, list] of Object.entries(input.records)) {
    const method = collection === 'responses' ? 'response' : collection.slice(0, -1);
    for (const record of list)
      builder = (builder as unknown as Record<string, (r: unknown) => typeof builder>)[method]?.call(
        builder,
        record,
      ) as typeof builder;
  }
  builder.build();
}

/** The baseline: the same objects pushed into lists, and the whole deep frozen. */
export function pushAndFreeze(input: BuildInput): void {
  const out: Record<string, unknown> = { ...input.header };
  for (const [collection, list] of Object.entries(input.records)) {
    const pushed: unknown[] = [];
    for (const record of list) pushed.push(record);
    out[collection] = pushed;
  }
  deepFreeze(out);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, side] = process.argv.slice(2);
  if (file === undefined || (side !== 'library' && side !== 'baseline'))
    throw new Error('usage: bench-build.ts <dispute.json> library|baseline');
  const input = inputsOf(readFileSync(file, 'utf8'));
  collect();
  // The wall time, and the processor time of the process (all its threads, the collector's too): on a machine
  // busy with other work, the second says what the build itself cost.
  const cpu = process.cpuUsage();
  const start = performance.now();
  if (side === 'library') appendAndBuild(input);
  else pushAndFreeze(input);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  console.log(`${wall} ${(used.user + used.system) / 1000}`);
}
