/**
 * The scale benchmark: each operation of the library beside the naive code a researcher would write without it,
 * measured in the same run on the same generated dispute, at 1,000, 10,000 and 100,000 events (and 1,000,000 with
 * BENCH_MILLION=1). It prints one table per size: medians and the ratio library / baseline. Read the ratios rather
 * than the absolute times: the machines are shared and noisy.
 *
 * Run with `npm run bench` (node --expose-gc, so that memory can be measured after a full collection).
 * BENCH_SIZES=1000,20000 picks other sizes. A second table per size measures streaming: JSON Lines and CSV written
 * to a temp file and read back record by record (and JSON Lines piped to CSV), with the peak heap growth sampled
 * while the rows go by, beside writing and reading the whole text. BENCH_ONLY=streaming prints only that table;
 * BENCH_ONLY=build,parse (any of build, parse, read-csv, first-query, queries, memory) only those rows of the first.
 * A third table runs the built CLI in a child process on the same files (JSON Lines to CSV, `validate`), with the
 * child's peak RSS from `/usr/bin/time -v` and the time to its first output; BENCH_ONLY=cli prints only that.
 * The build is measured twice: once in fresh processes (`bench-build.ts`), as a script that builds once pays it,
 * and then warm, in this process; each side by side with its baseline in alternating rounds.
 */

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAfter, isBefore, isWithinInterval } from 'date-fns';
import edtf from 'edtf';
import { generateDispute } from '../src/datasets/index.js';
import {
  CSV_COLUMNS,
  type CsvCollection,
  type Dispute,
  DisputeSchema,
  dateOf,
  eventsBefore,
  type ParsedDate,
  parseDate,
  parseDispute,
  query,
  readCsv,
  readJsonl,
  streamCsv,
  streamJsonl,
  type TimelineEvent,
  writeCsv,
  writeCsvLines,
  writeCsvStream,
  writeJson,
  writeJsonlLines,
} from '../src/index.js';
import { CLI, ensureCliBuilt } from '../tests/cli/binary.js';
import { appendAndBuild, collect, deepFreeze, inputsOf, pushAndFreeze } from './bench-build.js';
import { randomGenerator, variedDisputeText } from './bench-varied.js';

/** A full collection, and the wait for its sweeping to end (see `collect`). */
const gc = collect;
const only = process.env['BENCH_ONLY']?.split(',');
/** The parts of the per-size table. */
const TABLE_PARTS = ['build', 'parse', 'read-csv', 'first-query', 'queries', 'memory'];
/** Whether a part of the benchmark is to run (all of them without BENCH_ONLY). */
const want = (part: string) => only === undefined || only.includes(part);
const sizes = process.env['BENCH_SIZES']
  ? process.env['BENCH_SIZES'].split(',').map(Number)
  : [1_000, 10_000, 100_000, ...(process.env['BENCH_MILLION'] ? [1_000_000] : [])];

/** Median of the times of `run`, in milliseconds: at least `min` samples, more while under `budget` ms in all. */
function measure(run: () => unknown, { min = 5, max = 200, budget = 300, setup = () => {} } = {}): number {
  const times: number[] = [];
  let total = 0;
  while (times.length < min || (times.length < max && total < budget)) {
    setup();
    // The garbage of the setup or of a slow sample is collected now, not inside the next timing.
    if (times.length === 0 || (times.at(-1) as number) > 10) gc();
    const start = performance.now();
    run();
    const time = performance.now() - start;
    times.push(time);
    total += time;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Two runs timed in alternating rounds (a b, then b a, …), each after the same setup and a full collection, so that
 * a noisy machine's slow spells fall on both sides: the median of each side, and the median of the rounds' ratios
 * a / b (each round's two samples were taken a few seconds apart).
 */
function measurePair(
  a: () => unknown,
  b: () => unknown,
  { rounds = 5, setup = () => {} } = {},
): { a: number; b: number; ratio: number } {
  const timed = (run: () => unknown): number => {
    setup();
    gc();
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  return pairedRounds(
    () => timed(a),
    () => timed(b),
    rounds,
  );
}

/** Two timings taken in alternating rounds (a b, then b a, …): each side's median and the median of the rounds' a / b. */
function pairedRounds(
  a: () => number,
  b: () => number,
  rounds: number,
): { a: number; b: number; ratio: number } {
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0;
    const x = first ? a() : 0;
    const y = b();
    const ta = first ? x : a();
    as.push(ta);
    bs.push(y);
    ratios.push(ta / y);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

/**
 * The build and its baseline each timed once in a fresh process (`bench-build.ts`), in alternating rounds, on the
 * dispute's JSON written to a temp file: what a script that builds once pays, first reads of dates and
 * compilation included. Both the wall time and the processor time of each process are kept.
 */
function coldBuild(text: string, rounds: number): { wall: Paired; cpu: Paired } {
  const dir = mkdtempSync(join(tmpdir(), 'dispute-bench-cold-'));
  const file = join(dir, 'dispute.json');
  writeFileSync(file, text);
  const script = fileURLToPath(new URL('./bench-build.ts', import.meta.url));
  const once = (side: 'library' | 'baseline'): [number, number] => {
    // This process quiet first: its collector's helper threads would take a core from the child.
    gc();
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, file, side], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`bench-build.ts ${side} failed: ${child.stderr}`);
    const [wall, cpu] = child.stdout.trim().split(' ').map(Number);
    return [wall as number, cpu as number];
  };
  const cpu: [number[], number[]] = [[], []];
  const keep = (side: 0 | 1, times: [number, number]) => {
    cpu[side].push(times[1]);
    return times[0];
  };
  try {
    const wall = pairedRounds(
      () => keep(0, once('library')),
      () => keep(1, once('baseline')),
      rounds,
    );
    const ratios = cpu[0].map((a, i) => a / (cpu[1][i] as number));
    return { wall, cpu: { a: median(cpu[0]), b: median(cpu[1]), ratio: median(ratios) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(list: readonly number[]): number {
  return [...list].sort((p, q) => p - q)[Math.floor(list.length / 2)] as number;
}

/** Each side's median time in milliseconds, and the median of the rounds' ratios a / b. */
interface Paired {
  readonly a: number;
  readonly b: number;
  readonly ratio: number;
}

/**
 * A library call and its baseline timed side by side in alternating rounds (a b, then b a, …), each round after a
 * full collection: a batch of calls of each side (as many as take about `batch` ms, found once; one call when a
 * side has a setup), the time per call, and the median of the rounds' ratios. A fast call is timed over a batch,
 * since one call of a few microseconds is below the clock's grain.
 */
function versus(
  a: () => unknown,
  b: () => unknown,
  { rounds = 7, batch = 20, setupA }: { rounds?: number; batch?: number; setupA?: () => void } = {},
): Paired {
  const calls = (run: () => unknown, setup: (() => void) | undefined): number => {
    if (setup !== undefined) return 1;
    // Warmed up first (up to 1,000 calls or 100 ms): a batch sized by one call still interpreted would be a few
    // calls long, and its rounds would time the compiler and the clock's grain rather than the call.
    const warm = performance.now();
    for (let i = 0; i < 1_000 && performance.now() - warm < 100; i++) run();
    const start = performance.now();
    let k = 0;
    while (k < 3 || performance.now() - start < 2) {
      run();
      k++;
    }
    const once = (performance.now() - start) / k;
    return Math.max(1, Math.min(100_000, Math.round(batch / Math.max(once, 0.0005))));
  };
  const timed = (run: () => unknown, setup: (() => void) | undefined, k: number) => () => {
    setup?.();
    gc();
    const start = performance.now();
    for (let i = 0; i < k; i++) run();
    return (performance.now() - start) / k;
  };
  setupA?.();
  const ka = calls(a, setupA);
  const kb = calls(b, undefined);
  return pairedRounds(timed(a, setupA, ka), timed(b, undefined, kb), rounds);
}

/**
 * Memory in use after a full collection, in bytes: the JavaScript heap and the typed arrays' buffers, which live
 * outside it (the build's instants and actor numbers, the query index's arrays).
 */
function heap(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function agree(name: string, library: unknown, baseline: unknown): void {
  if (JSON.stringify(library) !== JSON.stringify(baseline))
    throw new Error(`${name}: the library and the baseline answer differently`);
}

function time(ms: number): string {
  if (ms >= 1_000) return `${(ms / 1_000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${(ms * 1_000).toFixed(1)} µs`;
}

/** Library / baseline: `2.41×` when slower or close; `1/65,048` when the library takes a 65,048th of the time. */
function ratio(r: number): string {
  return r >= 0.1 ? `${r.toFixed(2)}×` : `1/${Math.round(1 / r).toLocaleString('en')}`;
}

interface Row {
  readonly operation: string;
  readonly library: string;
  readonly baseline: string;
  readonly ratio: string;
}

function benchSize(n: number): Row[] {
  const rows: Row[] = [];
  const dispute = generateDispute({ events: n, seed: 1 });
  const text = writeJson(dispute, { indent: 0 });
  const big = n >= 1_000_000;
  const add = (operation: string, paired: Paired, baselineName: string) =>
    rows.push({
      operation,
      library: time(paired.a),
      baseline: `${baselineName} ${time(paired.b)}`,
      ratio: ratio(paired.ratio),
    });

  // Build: append every record one call at a time, then build(); beside pushing the same objects and deep freezing.
  // On the generator's dispute and on one of varied shape (bench-varied.ts), whose dates are mostly distinct.
  if (want('build')) {
    const shapes: [string, string][] = [
      ['', text],
      [' (varied)', variedDisputeText(n)],
    ];
    for (const [shape, json] of shapes) {
      let input = inputsOf(json);
      const setup = () => {
        input = inputsOf(json);
      };
      const build = () => appendAndBuild(input);
      const baseline = () => pushAndFreeze(input);
      // Each side once in a fresh process first, as a research script builds once: no date read, nothing compiled.
      const cold = coldBuild(json, big ? 3 : 5);
      rows.push({
        operation: `append one by one, then build(), in a fresh process${shape}`,
        library: `${time(cold.wall.a)} (processor ${time(cold.cpu.a)})`,
        baseline: `push + deep freeze ${time(cold.wall.b)} (processor ${time(cold.cpu.b)})`,
        ratio: `${cold.wall.ratio.toFixed(2)}× (processor ${cold.cpu.ratio.toFixed(2)}×)`,
      });
      // Warm both up once, then alternate them: the ratio is the median of the rounds' ratios.
      measure(build, { min: 1, max: 1, setup });
      measure(baseline, { min: 1, max: 1, setup });
      const paired = measurePair(build, baseline, { rounds: big ? 5 : 9, setup });
      rows.push({
        operation: `append one by one, then build()${shape}`,
        library: time(paired.a),
        baseline: `push + deep freeze ${time(paired.b)}`,
        ratio: `${paired.ratio.toFixed(2)}× (rounds side by side)`,
      });
      if (shape !== '') continue;
      // The same guarantee as the library's, written by hand: the caller's objects stay theirs and unfrozen.
      const cloned = measurePair(
        build,
        () => {
          const out: Record<string, unknown> = { ...input.header };
          for (const [collection, list] of Object.entries(input.records)) {
            const pushed: unknown[] = [];
            for (const record of list) pushed.push(record);
            out[collection] = pushed;
          }
          deepFreeze(structuredClone(out));
        },
        { rounds: big ? 3 : 5, setup },
      );
      add('append one by one, then build()', cloned, 'push + structuredClone + deep freeze');
    }
  }

  // Parse the canonical JSON; beside JSON.parse and zod's parse of the same schema (no cross-record checks).
  if (want('parse')) {
    // The canonical JSON starts with `formatVersion`, which the bare schema of the records does not list.
    const paired = versus(
      () => parseDispute(text),
      () => {
        const { formatVersion: _, ...json } = JSON.parse(text) as Record<string, unknown>;
        return DisputeSchema.parse(json);
      },
      { rounds: big ? 3 : 5 },
    );
    add(`parseDispute (${(text.length / 2 ** 20).toFixed(1)} MiB)`, paired, 'JSON.parse + zod');
  }

  // readCsv of the events CSV beside parseDispute of the whole JSON (issue 29: within 1.5 times it).
  if (want('parse') || want('read-csv')) {
    const csv = writeCsv(dispute);
    const paired = versus(
      () => readCsv(csv),
      () => parseDispute(text),
      { rounds: big ? 3 : 5 },
    );
    add(`readCsv (events, ${(csv.length / 2 ** 20).toFixed(1)} MiB)`, paired, 'parseDispute of the JSON');
  }

  const events = dispute.events;
  // The deadline with about 39 % of the events before it, as in the measurement (386k of a million).
  const before = (d: (typeof dispute.deadlines)[number]) => query(dispute).events().before(d).count();
  const deadline = [...dispute.deadlines].sort(
    (a, b) => Math.abs(before(a) - 0.386 * n) - Math.abs(before(b) - 0.386 * n),
  )[0];
  if (deadline === undefined) throw new Error('the generated dispute has no deadline');
  const due = dateOf(deadline, dispute);
  const dateOfEvent = (event: TimelineEvent): ParsedDate => dateOf(event, dispute);

  // The first query of a dispute builds its indexes; a date string also asks whether some record has it as id.
  if (want('first-query')) {
    let fresh: Dispute = dispute;
    const firstQuery = versus(
      () => query(fresh).events().before('2010-06-01').count(),
      () => Float64Array.from(events, (event) => dateOfEvent(event).latest).sort(),
      {
        rounds: big ? 3 : 5,
        setupA: () => {
          fresh = parseDispute(text);
        },
      },
    );
    add('first query of a dispute (builds its index)', firstQuery, 'sort of the last instants');
    const dateQuery = versus(
      () => query(fresh).events().before('2010-06-01').count(),
      () => events.filter((event) => dateOfEvent(event).latest < due.earliest).length,
      {
        rounds: big ? 3 : 5,
        setupA: () => {
          fresh = parseDispute(text);
          query(fresh).events().before(deadline).count();
        },
      },
    );
    add('first query with a date string, index built', dateQuery, 'one filter of the events');
    // The first selection by actor groups the events by actor (once per dispute), then unites the members'.
    const members = new Set([
      'pta',
      ...dispute.actors.filter((a) => a.memberships?.some((m) => m.organization === 'pta')).map((a) => a.id),
    ]);
    agree(
      'byActor',
      query(dispute).events().byActor('pta').count(),
      events.filter((event) => event.actors.some((actor) => members.has(actor))).length,
    );
    const byActor = versus(
      () => query(fresh).events().byActor('pta').count(),
      () => events.filter((event) => event.actors.some((actor) => members.has(actor))).length,
      {
        rounds: big ? 3 : 5,
        setupA: () => {
          fresh = parseDispute(text);
          query(fresh).events().before(deadline).count();
        },
      },
    );
    add(
      "first byActor('pta') (groups by actor), index built",
      byActor,
      'filter on the actor and its members',
    );
  }

  // Count the events certainly before a deadline; beside filter + date-fns isBefore.
  const dueStart = new Date(due.earliest);
  const naiveBefore = () => events.filter((event) => isBefore(new Date(dateOfEvent(event).latest), dueStart));
  if (want('queries')) {
    agree('before count', query(dispute).events().before(deadline).count(), naiveBefore().length);
    add(
      'before(deadline).count()',
      versus(
        () => query(dispute).events().before(deadline).count(),
        () => naiveBefore().length,
        { rounds: 9 },
      ),
      'filter + isBefore',
    );
    add(
      'before(deadline id).count()',
      versus(
        () => query(dispute).events().before(deadline.id).count(),
        () => naiveBefore().length,
        { rounds: 9 },
      ),
      'filter + isBefore',
    );
  }

  // Events between two dates 1 % of the span apart; certain and possible, beside isWithinInterval.
  if (want('queries')) {
    const start = parseDate('2010-06-01', { timeZone: dispute.timeZone ?? 'UTC' });
    const end = new Date(start.earliest + 0.01 * (Date.UTC(2017, 0, 1) - Date.UTC(2005, 0, 1)));
    const endText = end.toISOString().slice(0, 10);
    const endDate = parseDate(endText, { timeZone: dispute.timeZone ?? 'UTC' });
    const interval = { start: new Date(start.earliest), end: new Date(endDate.latest) };
    const certain = () =>
      events.filter((event) => {
        const date = dateOfEvent(event);
        return (
          isWithinInterval(new Date(date.earliest), interval) &&
          isWithinInterval(new Date(date.latest), interval)
        );
      });
    const possible = () =>
      events.filter((event) => {
        const date = dateOfEvent(event);
        return (
          !isBefore(new Date(date.latest), interval.start) && !isAfter(new Date(date.earliest), interval.end)
        );
      });
    const q = query(dispute).events().between('2010-06-01', endText);
    const ids = (list: readonly TimelineEvent[]) => list.map((e) => e.id).sort();
    agree('between', ids(q.toArray()), ids(certain()));
    agree('between count', q.count(), certain().length);
    agree('between possible', ids(q.possible().toArray()), ids(possible()));
    add(
      `between (1 %) toArray() [${q.count()}]`,
      versus(() => q.toArray(), certain),
      'filter + isWithinInterval',
    );
    add(
      `between (1 %) count() [${q.count()}]`,
      versus(
        () => q.count(),
        () => q.toArray().length,
        { rounds: 9 },
      ),
      'toArray().length',
    );
    add(
      `between (1 %) possible().toArray() [${q.possible().count()}]`,
      versus(() => q.possible().toArray(), possible),
      'filter + isBefore/isAfter',
    );
  }

  // Every event before a deadline as a list; beside slicing as many references out of an array.
  if (want('queries')) {
    const q = query(dispute).events().before(deadline);
    const k = q.count();
    add(
      `before(deadline).toArray() [${k}]`,
      versus(
        () => q.toArray(),
        () => events.slice(0, k),
      ),
      'slice',
    );
    const split = eventsBefore(dispute, deadline.id);
    const results = split.certain.length + split.possible.length;
    const naive = () => {
      const certain: TimelineEvent[] = [];
      const possible: TimelineEvent[] = [];
      for (const event of events) {
        const date = dateOfEvent(event);
        if (date.latest < due.earliest) certain.push(event);
        else if (date.earliest < due.latest) possible.push(event);
      }
      return { certain, possible };
    };
    agree(
      'eventsBefore',
      [split.certain.map((e) => e.id), split.possible.map((e) => e.id)],
      [naive().certain.map((e) => e.id), naive().possible.map((e) => e.id)],
    );
    add(
      `eventsBefore(dispute, id) [${results}]`,
      versus(() => eventsBefore(dispute, deadline.id), naive),
      'naive filter',
    );
    add(
      `eventsBefore(dispute, id) [${results}]`,
      versus(
        () => eventsBefore(dispute, deadline.id),
        () => events.slice(0, results),
      ),
      'slice',
    );
  }

  // Memory of the built, indexed dispute, beside the plain objects JSON.parse gives.
  if (want('memory')) {
    const before = heap();
    let plain: unknown = JSON.parse(text);
    const plainBytes = heap() - before;
    plain = null;
    const start = heap();
    let built: Dispute | null = parseDispute(text);
    query(built).events().before(deadline).count();
    const builtBytes = heap() - start;
    built = null;
    rows.push({
      operation: 'memory of the built, indexed dispute',
      library: `${Math.round(builtBytes / n)} B/event`,
      baseline: `plain parsed objects ${Math.round(plainBytes / n)} B/event`,
      ratio: `${(builtBytes / plainBytes).toFixed(2)}×`,
    });
    void plain;
    void built;
  }
  return rows;
}

/**
 * Reading EDTF text, beside edtf.js (the reader a researcher would pick instead, which reads in UTC only): 5,000
 * distinct strings a round, of the forms the varied dispute has, never read before in this process (the library
 * remembers what it read), in UTC and in Asia/Karachi. Rounds alternate the two sides; the time is per string.
 */
function benchEdtf(): Row[] {
  const seen = new Set<string>();
  const random = randomGenerator(7);
  const pad = (v: number) => String(v).padStart(2, '0');
  const fresh = (): string[] => {
    const out: string[] = [];
    while (out.length < 5_000) {
      const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(random() * 7_300) * 86_400_000);
      const d = day.toISOString().slice(0, 10);
      const clock = `${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`;
      const roll = random();
      const text =
        roll < 0.3
          ? d
          : roll < 0.4
            ? d.slice(0, 7)
            : roll < 0.65
              ? `${d}T${clock}:${pad(Math.floor(random() * 60))}`
              : roll < 0.75
                ? `${d}T${clock}+05:00`
                : roll < 0.85
                  ? `${d}${random() < 0.5 ? '~' : '?'}`
                  : `${d}/${new Date(day.getTime() + Math.floor(1 + random() * 200) * 86_400_000).toISOString().slice(0, 10)}`;
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
    return out;
  };
  const rows: Row[] = [];
  for (const timeZone of ['UTC', 'Asia/Karachi']) {
    let texts: string[] = [];
    const timed = (read: (text: string) => unknown, renew: boolean) => () => {
      if (renew) texts = fresh();
      gc();
      const start = performance.now();
      for (const text of texts) read(text);
      return (performance.now() - start) / texts.length;
    };
    const paired = pairedRounds(
      timed((text) => parseDate(text, { timeZone }).latest, true),
      timed((text) => (edtf(text) as { max: number }).max, false),
      9,
    );
    rows.push({
      operation: `parseDate of 5,000 distinct EDTF strings, in ${timeZone}`,
      library: `${time(paired.a)} a string`,
      baseline: `edtf.js (UTC only) ${time(paired.b)} a string`,
      ratio: ratio(paired.ratio),
    });
  }
  return rows;
}

function printTable(n: number, rows: readonly Row[]): void {
  console.log(`\n${n.toLocaleString('en')} events\n`);
  console.log('| operation | library | baseline in the same run | ratio |');
  console.log('|---|---|---|---|');
  for (const row of rows)
    console.log(`| ${row.operation} | ${row.library} | ${row.baseline} | ${row.ratio} |`);
}

/**
 * The high-water mark of the heap and the typed arrays' buffers above a start taken after a full collection.
 * `sample()` is called while rows go by; heapUsed counts garbage not yet collected too, so the peak is what the
 * process really needed at that moment.
 */
function heapPeak(): { sample: () => void; growth: () => number; held: () => number } {
  const start = heap();
  let peak = start;
  return {
    /** What is still in use after a full collection, above the start: the result being kept. */
    held: () => heap() - start,
    sample: () => {
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      const used = heapUsed + arrayBuffers;
      if (used > peak) peak = used;
    },
    growth: () => peak - start,
  };
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** Writes lines to a file through a write stream, waiting for 'drain' whenever the stream asks to. */
async function writeLines(
  path: string,
  lines: Iterable<string> | AsyncIterable<string>,
  sample: () => void,
): Promise<number> {
  const out = createWriteStream(path);
  let count = 0;
  for await (const line of lines) {
    if (!out.write(line)) await once(out, 'drain');
    if (++count % 1_000 === 0) sample();
  }
  out.end();
  await once(out, 'finish');
  sample();
  return count;
}

interface StreamRow {
  readonly operation: string;
  readonly time: string;
  readonly peak: string;
  readonly note: string;
}

/** Writes lines to a file through a write stream: the time, the peak heap growth, and how many and how big. */
async function streamedWrite(
  operation: string,
  path: string,
  lines: Iterable<string>,
  unit: string,
): Promise<StreamRow> {
  const memory = heapPeak();
  const start = performance.now();
  const count = await writeLines(path, lines, memory.sample);
  return {
    operation,
    time: time(performance.now() - start),
    peak: mib(memory.growth()),
    note: `${count.toLocaleString('en')} ${unit}, ${mib(statSync(path).size)} file`,
  };
}

/**
 * Streaming export and import, each run once (they take seconds at a million events): time and the peak heap
 * growth while it runs (sampled every 1,000 rows or records), and what is still held after it (the dispute read
 * back), beside the whole-text way.
 */
async function benchStreaming(n: number): Promise<StreamRow[]> {
  const rows: StreamRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'dispute-bench-'));
  const jsonl = join(dir, 'dispute.jsonl');
  const json = join(dir, 'dispute.json');
  const csv = join(dir, 'events.csv');
  const piped = join(dir, 'piped.csv');
  let dispute: Dispute | null = generateDispute({ events: n, seed: 1 });
  const count = n.toLocaleString('en');
  try {
    rows.push(
      await streamedWrite('writeJsonlLines → createWriteStream', jsonl, writeJsonlLines(dispute), 'lines'),
    );
    {
      const memory = heapPeak();
      const start = performance.now();
      let text: string | null = JSON.stringify(dispute);
      memory.sample();
      writeFileSync(json, text);
      memory.sample();
      text = null;
      rows.push({
        operation: 'baseline: JSON.stringify + writeFileSync',
        time: time(performance.now() - start),
        peak: mib(memory.growth()),
        note: `whole text held, ${mib(statSync(json).size)} file`,
      });
    }
    rows.push(
      await streamedWrite('writeCsvLines (events) → createWriteStream', csv, writeCsvLines(dispute), 'rows'),
    );
    {
      const memory = heapPeak();
      const start = performance.now();
      let text: string | null = writeCsv(dispute);
      memory.sample();
      const same = Buffer.byteLength(text) === statSync(csv).size;
      writeFileSync(join(dir, 'whole.csv'), text);
      memory.sample();
      text = null;
      rows.push({
        operation: 'baseline: writeCsv (events) + writeFileSync',
        time: time(performance.now() - start),
        peak: mib(memory.growth()),
        note: `whole text held; ${same ? 'the same size as the streamed file' : 'NOT the same size as the streamed file'}`,
      });
    }
    // What a Set of the events' ids costs, strings included (streamJsonl keeps one to find duplicates).
    let idsSet = 0;
    {
      const before = heap();
      // Fresh strings, as JSON.parse of the lines makes them: not the dispute's own.
      let ids: string[] | null = JSON.parse(JSON.stringify(dispute.events.map((event) => event.id)));
      let set: Set<string> | null = new Set(ids);
      ids = null;
      idsSet = heap() - before;
      void set;
      set = null;
    }
    // Reading back: the dispute made holds its records; what it keeps is measured after, and set apart.
    dispute = null;
    {
      const memory = heapPeak();
      let records = 0;
      let events = 0;
      const start = performance.now();
      for await (const item of streamJsonl(createReadStream(jsonl), { onProgress: memory.sample })) {
        records++;
        if (item.collection === 'events') events++;
        if (records % 1_000 === 0) memory.sample();
      }
      rows.push({
        operation: 'createReadStream → streamJsonl → count',
        time: time(performance.now() - start),
        peak: mib(memory.growth()),
        note: `${records.toLocaleString('en')} records, ${events.toLocaleString('en')} events, each validated; no dispute held; of the peak, the Set of ${count} event ids is about ${mib(idsSet)}`,
      });
    }
    {
      const memory = heapPeak();
      let events = 0;
      const start = performance.now();
      for await (const _ of streamCsv(createReadStream(csv), { onProgress: memory.sample })) {
        if (++events % 1_000 === 0) memory.sample();
      }
      rows.push({
        operation: 'createReadStream → streamCsv → count',
        time: time(performance.now() - start),
        peak: mib(memory.growth()),
        note: `${events.toLocaleString('en')} events, each validated`,
      });
    }
    {
      const memory = heapPeak();
      const start = performance.now();
      const lines = await writeLines(
        piped,
        writeCsvStream(streamJsonl(createReadStream(jsonl))),
        memory.sample,
      );
      const same = statSync(piped).size === statSync(csv).size;
      rows.push({
        operation: 'pipeline: createReadStream → streamJsonl → writeCsvStream → createWriteStream',
        time: time(performance.now() - start),
        peak: mib(memory.growth()),
        note: `${lines.toLocaleString('en')} rows; ${same ? 'the same size as' : 'NOT the same size as'} writeCsvLines' file`,
      });
    }
    {
      const memory = heapPeak();
      let calls = 0;
      const start = performance.now();
      let read: Dispute | null = await readJsonl(createReadStream(jsonl), {
        onProgress: () => {
          calls++;
          memory.sample();
        },
      });
      const elapsed = performance.now() - start;
      memory.sample();
      const held = memory.held();
      void read;
      rows.push({
        operation: 'createReadStream → readJsonl (dispute held)',
        time: time(elapsed),
        peak: mib(memory.growth()),
        note: `${read.events.length.toLocaleString('en')} events; onProgress called ${calls.toLocaleString('en')} times; the dispute read holds ${mib(held)}, so reading needed ${mib(memory.growth() - held)} more at the peak`,
      });
      read = null;
    }
    {
      const memory = heapPeak();
      const start = performance.now();
      let text: string | null = readFileSync(json, 'utf8');
      memory.sample();
      let read: Dispute | null = parseDispute(text);
      memory.sample();
      text = null;
      void read;
      const elapsed = performance.now() - start;
      const held = memory.held();
      rows.push({
        operation: 'baseline: readFileSync + parseDispute (JSON.parse of the whole text)',
        time: time(elapsed),
        peak: mib(memory.growth()),
        note: `the dispute read holds ${mib(held)}; the whole text and its parse needed ${mib(memory.growth() - held)} more`,
      });
      read = null;
    }
    {
      const memory = heapPeak();
      const start = performance.now();
      let text: string | null = readFileSync(csv, 'utf8');
      memory.sample();
      let events: readonly TimelineEvent[] | null = readCsv(text);
      memory.sample();
      text = null;
      const elapsed = performance.now() - start;
      const held = memory.held();
      rows.push({
        operation: 'baseline: readFileSync + readCsv (events)',
        time: time(elapsed),
        peak: mib(memory.growth()),
        note: `whole text; peak sampled only before and after readCsv (a lower bound); the ${events.length.toLocaleString('en')} events read hold ${mib(held)}`,
      });
      events = null;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function printStreaming(n: number, rows: readonly StreamRow[]): void {
  console.log(`\n${n.toLocaleString('en')} events, streamed to a temp file and back (one run each)\n`);
  console.log('| operation | time | peak heap growth | note |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.operation} | ${row.time} | ${row.peak} | ${row.note} |`);
}

/** What one run of the built CLI cost, measured on the child process by `/usr/bin/time -v`. */
interface CliRow {
  readonly command: string;
  readonly time: string;
  readonly firstOutput: string;
  readonly peakRss: string;
  readonly target: string;
  readonly note: string;
}

/**
 * Runs the built CLI (`node dist/cli.js …`) in a child under `/usr/bin/time -v`, its standard output piped here and
 * counted: the wall time, the time from the spawn to the first byte of output (node's start-up included), the
 * child's peak resident set size and its exit code.
 */
async function runCli(args: readonly string[]): Promise<{
  ms: number;
  firstMs: number | undefined;
  rssBytes: number | undefined;
  code: number | null;
  bytes: number;
  stderr: string;
}> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', process.execPath, CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let firstMs: number | undefined;
  let bytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    firstMs ??= performance.now() - started;
    bytes += chunk.length;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const [code] = (await once(child, 'close')) as [number | null];
  const ms = performance.now() - started;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  return { ms, firstMs, rssBytes: kb === undefined ? undefined : Number(kb) * 1024, code, bytes, stderr };
}

/**
 * The CLI on a generated dispute's files, as a user runs it: JSON Lines to CSV and `validate`, which stream
 * record by record, beside the same export from the whole JSON text (which reads the whole dispute first). Each
 * run once, in a child process; the targets of issue 29 are at a million events.
 */
async function benchCli(n: number): Promise<CliRow[]> {
  const rows: CliRow[] = [];
  const built = await ensureCliBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'dispute-bench-cli-'));
  const jsonl = join(dir, 'big.jsonl');
  const json = join(dir, 'big.json');
  // The case's CSV tables, as `export -o tables/` writes them.
  const tables = join(dir, 'tables');
  try {
    {
      let dispute: Dispute | null = generateDispute({ events: n, seed: 1 });
      await writeLines(jsonl, writeJsonlLines(dispute), () => {});
      writeFileSync(json, JSON.stringify(dispute));
      mkdirSync(tables);
      for (const collection of Object.keys(CSV_COLUMNS) as CsvCollection[])
        await writeLines(join(tables, `${collection}.csv`), writeCsvLines(dispute, { collection }), () => {});
      dispute = null;
      gc();
    }
    const runs: { command: string; args: string[]; target: string }[] = [
      {
        command: 'dispute-timeline export big.jsonl -f csv (streamed)',
        args: ['export', jsonl, '-f', 'csv'],
        target: 'at 1e6: peak RSS ≤ 350 MiB, first output ≤ 1 s',
      },
      {
        command: 'dispute-timeline validate big.jsonl (streamed)',
        args: ['validate', jsonl],
        target: 'at 1e6: peak RSS ≤ 400 MiB',
      },
      {
        command: 'dispute-timeline export big.jsonl -f jsonl (streamed)',
        args: ['export', jsonl, '-f', 'jsonl'],
        target: '',
      },
      {
        command: 'dispute-timeline export big.jsonl -f plover (streamed)',
        args: ['export', jsonl, '-f', 'plover'],
        target: '',
      },
      {
        command: 'dispute-timeline export tables/ -f jsonl (the CSV tables, streamed)',
        args: ['export', tables, '-f', 'jsonl'],
        target: '',
      },
      {
        command: 'dispute-timeline validate tables/ (streamed)',
        args: ['validate', tables],
        target: '',
      },
      {
        command: 'baseline: dispute-timeline export tables/ -f json (whole dispute read first)',
        args: ['export', tables, '-f', 'json'],
        target: '',
      },
      {
        command: 'baseline: dispute-timeline export big.json -f csv (whole dispute read first)',
        args: ['export', json, '-f', 'csv'],
        target: '',
      },
    ];
    for (const run of runs) {
      const result = await runCli(run.args);
      rows.push({
        command: run.command,
        time: time(result.ms),
        firstOutput: result.firstMs === undefined ? 'none' : time(result.firstMs),
        peakRss: result.rssBytes === undefined ? 'unknown' : mib(result.rssBytes),
        target: run.target,
        note:
          `exit ${result.code}, ${mib(result.bytes)} written` +
          (result.code === 0 ? '' : `: ${result.stderr.split('\n')[0] ?? ''}`),
      });
    }
    console.log(`\n(${built})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function printCli(n: number, rows: readonly CliRow[]): void {
  console.log(
    `\n${n.toLocaleString('en')} events, the CLI in a child process (one run each; /usr/bin/time -v)\n`,
  );
  console.log('| command | time | first output | peak RSS | target | note |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows)
    console.log(
      `| ${row.command} | ${row.time} | ${row.firstOutput} | ${row.peakRss} | ${row.target} | ${row.note} |`,
    );
}

console.log(
  `node ${process.version}, ${process.platform} ${process.arch}; medians; ratio = library / baseline`,
);
if (want('edtf')) {
  console.log('\nEDTF reading\n');
  console.log('| operation | library | baseline in the same run | ratio |');
  console.log('|---|---|---|---|');
  for (const row of benchEdtf())
    console.log(`| ${row.operation} | ${row.library} | ${row.baseline} | ${row.ratio} |`);
}
for (const n of sizes) {
  if (only === undefined || only.some((part) => TABLE_PARTS.includes(part))) printTable(n, benchSize(n));
  if (want('streaming')) printStreaming(n, await benchStreaming(n));
  if (want('cli')) printCli(n, await benchCli(n));
}
