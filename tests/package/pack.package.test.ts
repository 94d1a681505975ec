/**
 * The package as users install it: `npm pack`, the tarball installed into a fresh folder, and there the library
 * imported as ESM, required as CJS, its JSON files and its command line used, and a TypeScript consumer
 * type-checked under `node16` and `bundler` resolution. Everything runs once in `beforeAll`; the tests read the
 * results. Run with `npm run test:package` (not part of `npm test`: it builds, packs and installs).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasets } from 'dispute-timeline/datasets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_SOURCE, BAD_DOCUMENT, DEADLINE, expectedAnswers, LIBRARY_NAMES } from './answers.js';
import { childEnv, ensureBuilt, root } from './built-dist.js';

const ESM_CONSUMER = `import { ${LIBRARY_NAMES} } from 'dispute-timeline';
import { blackberryPakistan2015, datasets } from 'dispute-timeline/datasets';
import pakistanJson from 'dispute-timeline/datasets/blackberry-pakistan-2015.json' with { type: 'json' };
import schema from 'dispute-timeline/dispute.schema.json' with { type: 'json' };
import pkg from 'dispute-timeline/package.json' with { type: 'json' };
${ANSWERS_SOURCE}
const entry = import.meta.resolve('dispute-timeline');
process.stdout.write(JSON.stringify({ ...answers, entry, version: pkg.version }));
`;

const CJS_CONSUMER = `const { ${LIBRARY_NAMES} } = require('dispute-timeline');
const { blackberryPakistan2015, datasets } = require('dispute-timeline/datasets');
const pakistanJson = require('dispute-timeline/datasets/blackberry-pakistan-2015.json');
const schema = require('dispute-timeline/dispute.schema.json');
const pkg = require('dispute-timeline/package.json');
${ANSWERS_SOURCE}
const entry = require.resolve('dispute-timeline');
process.stdout.write(JSON.stringify({ ...answers, entry, version: pkg.version }));
`;

/**
 * Type-checked, not run. Each `@ts-expect-error` fails the check if the types resolve to `any`, so a consumer that
 * silently gets no types does not pass.
 */
const TS_ESM_CONSUMER = `import { type Dispute, type EventId, eventsBefore, parseDispute, query, TimelineError } from 'dispute-timeline';
import { blackberryPakistan2015, datasets } from 'dispute-timeline/datasets';
import { uaeBlackberry2010 } from 'dispute-timeline/datasets/uae-blackberry-2010';
import { type ReadCsvTablesOptions, readCsvTables } from 'dispute-timeline/csv-tables';

export const uaeTitle: string = uaeBlackberry2010.title;
const tablesOptions: ReadCsvTablesOptions = { dispute: { id: 'uae', title: 'UAE' } };
export const fromTables: Dispute = readCsvTables([], tablesOptions);
// @ts-expect-error: the tables are a list of texts
readCsvTables('id,title');
// @ts-expect-error: an event's id is not a deadline's
eventsBefore(uaeBlackberry2010, uaeBlackberry2010.events[0]!.id);
const dispute: Dispute = parseDispute(JSON.parse('{}') as unknown);
export const certain: number = eventsBefore(blackberryPakistan2015, '${DEADLINE}').certain.length;
export const months: Readonly<Record<string, number>> = query(dispute).events().countBy('month');
export const ids: readonly string[] = datasets.map((d) => d.id);
export const codes: readonly string[] = new TimelineError([{ code: 'invalid-id', path: ['id'], message: 'bad' }]).issues.map((i) => i.code);
// @ts-expect-error: a deadline is named by its id or given as a record, not a number
eventsBefore(blackberryPakistan2015, 42);
export const eventId: EventId | undefined = blackberryPakistan2015.events[0]?.id;
// @ts-expect-error: no such export
import { notExported } from 'dispute-timeline';
export { notExported };
`;

const TS_CJS_CONSUMER = `import { eventsBefore } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';

export const certain: number = eventsBefore(blackberryPakistan2015, '${DEADLINE}').certain.length;
// @ts-expect-error: a deadline is named by its id or given as a record, not a number
eventsBefore(blackberryPakistan2015, 42);
`;

/** The TSDoc of every id type promises a brand: an id of one kind cannot stand where another kind belongs. */
const TS_BRANDS_CONSUMER = `import type { ActorId, EventId } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';

// @ts-expect-error: a plain string is not an event id
export const id: EventId = 'e';
// @ts-expect-error: an event id is not an actor id
export const actor: ActorId = blackberryPakistan2015.events[0]!.id;
`;

/**
 * Both builds loaded in one program, as when an ESM application uses a CommonJS package that requires this library:
 * each build has its own class, so `instanceof` fails across them and `TimelineError.is` does not. And every
 * shipped dataset on its own subpath, `dispute-timeline/datasets/<id>`, imported and required; and the CSV tables'
 * reader on `dispute-timeline/csv-tables`, reading back the tables the main entry writes.
 */
const DUAL_CONSUMER = `import { createRequire } from 'node:module';
import { TimelineError } from 'dispute-timeline';
import * as shipped from 'dispute-timeline/datasets';
const require = createRequire(import.meta.url);
const cjs = require('dispute-timeline');
let caught;
try {
  cjs.parseDispute('{}');
} catch (error) {
  caught = error;
}
const subpaths = {};
for (const dispute of shipped.datasets) {
  const esm = Object.values(await import('dispute-timeline/datasets/' + dispute.id));
  const required = Object.values(require('dispute-timeline/datasets/' + dispute.id));
  subpaths[dispute.id] = [esm.length, esm[0]?.id, required.length, required[0]?.id];
}
const tablesEsm = await import('dispute-timeline/csv-tables');
const tablesCjs = require('dispute-timeline/csv-tables');
const { CSV_COLUMNS, writeCsv } = await import('dispute-timeline');
const tables = Object.keys(CSV_COLUMNS).map((collection) => writeCsv(shipped.blackberryPakistan2015, { collection }));
const csvTables = {
  esm: Object.keys(tablesEsm).sort(),
  cjs: Object.keys(tablesCjs).sort(),
  read: [tablesEsm.readCsvTables(tables).id, tablesCjs.readCsvTables(tables).id],
  inMain: 'readCsvTables' in cjs,
};
process.stdout.write(JSON.stringify({
  instanceOf: caught instanceof TimelineError,
  is: TimelineError.is(caught),
  isCjs: cjs.TimelineError.is(new TimelineError([{ code: 'invalid-id', path: [], message: 'bad' }])),
  plainError: TimelineError.is(new Error('boom')),
  subpaths,
  csvTables,
}));
`;

/** `skipLibCheck: false` checks the package's own declaration files too, and zod's: twice as slow, so once. */
function tsconfig(module: string, moduleResolution: string, files: string[], skipLibCheck = true): string {
  const compilerOptions = {
    module,
    moduleResolution,
    target: 'es2022',
    // zod's declarations name `URL`, which a consumer gets from the DOM library or @types/node.
    lib: ['es2022', 'dom'],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck,
    noEmit: true,
  };
  return JSON.stringify({ compilerOptions, files }, null, 2);
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let work = '';
let consumer = '';
let log: string[] = [];
let packed: { filename: string; files: { path: string }[] } | undefined;
const runs = new Map<string, Run>();
const timings: Record<string, number> = {};

function timed<T>(step: string, action: () => T): T {
  const started = performance.now();
  try {
    return action();
  } finally {
    timings[step] = Math.round(performance.now() - started);
  }
}

/** Runs a command in the consumer folder, never through a shell, and keeps its status and output. */
function run(name: string, command: string, args: string[]): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: consumer, env: childEnv(), timeout: 300_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      timings[name] = Math.round(performance.now() - started);
      const result = { status, stdout, stderr };
      runs.set(name, result);
      resolve(result);
    });
  });
}

function ran(name: string): Run {
  const result = runs.get(name);
  if (result === undefined) throw new Error(`${name} did not run`);
  return result;
}

function reportOf(name: string): Record<string, unknown> {
  const { status, stdout, stderr } = ran(name);
  expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** The files of `dispute-timeline` that a `tsc --listFiles` run read. */
function packageTypesRead(name: string): string[] {
  return ran(name)
    .stdout.split('\n')
    .filter((line) => line.includes('/node_modules/dispute-timeline/'))
    .map((line) =>
      line.slice(line.indexOf('/node_modules/dispute-timeline/') + '/node_modules/dispute-timeline/'.length),
    )
    .sort();
}

beforeAll(async () => {
  log.push(timed('build', ensureBuilt));
  work = mkdtempSync(join(tmpdir(), 'dispute-timeline-pack-'));
  consumer = join(work, 'consumer');
  mkdirSync(consumer);

  const packOutput = timed('npm pack', () =>
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: root,
      env: childEnv(),
      encoding: 'utf8',
    }),
  );
  packed = (JSON.parse(packOutput) as (typeof packed)[])[0];
  if (packed === undefined) throw new Error(`npm pack printed no package: ${packOutput}`);

  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
  );
  const install = await run('npm install', 'npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    join(work, packed.filename),
  ]);
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`);

  writeFileSync(join(consumer, 'esm.mjs'), ESM_CONSUMER);
  writeFileSync(join(consumer, 'cjs.cjs'), CJS_CONSUMER);
  writeFileSync(join(consumer, 'dual.mjs'), DUAL_CONSUMER);
  writeFileSync(join(consumer, 'bad.json'), JSON.stringify(BAD_DOCUMENT));
  writeFileSync(join(consumer, 'esm.ts'), TS_ESM_CONSUMER);
  writeFileSync(join(consumer, 'cjs.cts'), TS_CJS_CONSUMER);
  writeFileSync(join(consumer, 'brands.ts'), TS_BRANDS_CONSUMER);
  writeFileSync(
    join(consumer, 'tsconfig.node16.json'),
    tsconfig('node16', 'node16', ['esm.ts', 'cjs.cts'], false),
  );
  writeFileSync(join(consumer, 'tsconfig.bundler.json'), tsconfig('esnext', 'bundler', ['esm.ts']));
  writeFileSync(join(consumer, 'tsconfig.brands.json'), tsconfig('node16', 'node16', ['brands.ts']));
  const bin = join(consumer, 'node_modules', '.bin', 'dispute-timeline');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const started = performance.now();
  await Promise.all([
    // The slowest first: the three type-checks take seconds each, the rest a fraction of one.
    run('tsc node16', process.execPath, [tsc, '-p', 'tsconfig.node16.json', '--listFiles']),
    run('tsc bundler', process.execPath, [tsc, '-p', 'tsconfig.bundler.json', '--listFiles']),
    run('tsc brands', process.execPath, [tsc, '-p', 'tsconfig.brands.json']),
    // JSON modules are still experimental in Node 20; the warning would hide any other output on stderr.
    run('esm', process.execPath, ['--disable-warning=ExperimentalWarning', 'esm.mjs']),
    run('cjs', process.execPath, ['cjs.cjs']),
    run('dual', process.execPath, ['dual.mjs']),
    run('bin datasets', bin, ['datasets']),
    run('bin list --json', bin, ['list', '--json']),
    run('bin --version', bin, ['--version']),
    run('bin --help', bin, ['--help']),
    run('bin before', bin, ['before', 'blackberry-pakistan-2015', DEADLINE]),
    run('bin query --json', bin, ['query', 'blackberry-pakistan-2015', '--before', DEADLINE, '--json']),
    run('bin query near miss', bin, ['query', 'blackberry-pakistan-2015', '--before', 'deadline-2015-12-31']),
    run('bin deadlines', bin, ['deadlines', 'india-blackberry-2010', '--json']),
    run('bin export', bin, ['export', 'uae-blackberry-2010', '--format', 'json', '-o', 'uae.json']),
    run('bin closed pipe', 'bash', [
      '-c',
      `"${bin}" export blackberry-pakistan-2015 --format json | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
    ]),
    run('bin validate shipped json', bin, [
      'validate',
      'node_modules/dispute-timeline/dist/datasets/json/india-blackberry-2010.json',
    ]),
    run('bin validate bad', bin, ['validate', 'bad.json']),
    run('bin validate missing', bin, ['validate', 'missing.json']),
    run('bin schema', bin, ['schema']),
    run('bin unknown command', bin, ['frobnicate']),
    run('npx datasets', 'npx', ['--no', 'dispute-timeline', 'datasets']),
  ]);
  timings['all runs in the consumer'] = Math.round(performance.now() - started);
  log.push(`timings (ms): ${JSON.stringify(timings)}`);
});

afterAll(() => {
  console.log(log.join('\n'));
  log = [];
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the built files, the LICENSE, the README, the man page and package.json, and no sources, tests or source maps', () => {
    const paths = packed!.files.map((file) => file.path).sort();
    expect(paths.filter((path) => !path.startsWith('dist/'))).toEqual([
      'LICENSE',
      'README.md',
      'man/dispute-timeline.1',
      'package.json',
    ]);
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'dist/cli.js',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
        'dist/datasets/index.js',
        'dist/datasets/index.cjs',
        'dist/dispute.schema.json',
        ...datasets.map((dispute) => `dist/datasets/json/${dispute.id}.json`),
      ]),
    );
  });

  it('says where the project lives: license, repository, homepage and bugs, and a LICENSE that is MIT', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['license']).toBe('MIT');
    expect(manifest['repository']).toMatchObject({
      type: 'git',
      url: expect.stringMatching(/^git\+https:\/\//),
    });
    expect(manifest['homepage']).toMatch(/^https:\/\//);
    expect(manifest['bugs']).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('installs into a fresh folder', () => {
    expect(ran('npm install').status).toBe(0);
    const installed = JSON.parse(
      readFileSync(join(consumer, 'node_modules', 'dispute-timeline', 'package.json'), 'utf8'),
    ) as { version: string };
    const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(ours.version);
  });
});

describe('the installed package, imported as ESM and required as CJS', () => {
  const expected = {
    ...expectedAnswers(),
    version: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
  };

  it('answers the query the sources answer: seven events certainly before the 30 December deadline', () => {
    expect(expected.certain).toHaveLength(7);
    expect(expected.rejected).toMatchObject({
      issues: expect.arrayContaining(['impossible-date at events[0].date']),
    });
    expect(reportOf('esm')).toEqual({
      entry: expect.stringMatching(/\/dispute-timeline\/dist\/index\.js$/),
      ...expected,
    });
    expect(reportOf('cjs')).toEqual({
      entry: expect.stringMatching(/\/dispute-timeline\/dist\/index\.cjs$/),
      ...expected,
    });
  });
});

describe('the installed package, loaded twice (ESM and CJS) in one program', () => {
  it('knows a TimelineError from either build by TimelineError.is, where instanceof fails across them', () => {
    expect(reportOf('dual')).toMatchObject({ instanceOf: false, is: true, isCjs: true, plainError: false });
  });

  it('serves every shipped dataset on its own subpath, imported and required', () => {
    const { subpaths } = reportOf('dual') as { subpaths: Record<string, unknown> };
    expect(subpaths).toEqual(
      Object.fromEntries(datasets.map((dispute) => [dispute.id, [1, dispute.id, 1, dispute.id]])),
    );
  });

  it('serves the CSV tables reader on dispute-timeline/csv-tables, imported and required, and not in the main entry', () => {
    expect(reportOf('dual')).toMatchObject({
      csvTables: {
        esm: ['readCsvTables', 'streamCsvTables'],
        cjs: ['readCsvTables', 'streamCsvTables'],
        read: ['blackberry-pakistan-2015', 'blackberry-pakistan-2015'],
        inMain: false,
      },
    });
  });
});

describe('the installed command line', () => {
  it('lists the shipped datasets, through node_modules/.bin and through npx (datasets is list)', () => {
    const viaBin = ran('bin datasets');
    expect(viaBin.status).toBe(0);
    expect(viaBin.stderr).toBe('');
    // In the order of the `datasets` export: chronological.
    const ids = viaBin.stdout
      .split('\n')
      .slice(1)
      .map((line) => line.split(' ')[0])
      .filter((id) => id !== '');
    expect(ids).toEqual(datasets.map((dispute) => dispute.id));
    const viaNpx = ran('npx datasets');
    expect(viaNpx.status).toBe(0);
    expect(viaNpx.stdout).toBe(viaBin.stdout);
    const listed = JSON.parse(ran('bin list --json').stdout) as { id: string; title: string }[];
    expect(listed.map((c) => [c.id, c.title])).toEqual(datasets.map((d) => [d.id, d.title]));
  });

  it('prints its version and help', () => {
    const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(ran('bin --version')).toEqual({ status: 0, stdout: `${ours.version}\n`, stderr: '' });
    expect(ran('bin --help').stdout).toMatch(/^Commands:\n {2}list /m);
    expect(ran('bin --help').stdout).toContain('Exit codes:');
  });

  it('answers which events came before a deadline, in a table and as JSON', () => {
    const { status, stdout } = ran('bin before');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Certainly \(7\):\n/);
    const answer = JSON.parse(ran('bin query --json').stdout) as {
      events: { truth: string; event: { id: string } }[];
    };
    expect(answer.events.map((a) => a.event.id)).toEqual(expectedAnswers().certain);
    expect(ran('bin query near miss')).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringContaining('did you mean `deadline-2015-12-30`'),
    });
  });

  it('lists deadlines, exports a file, and ends quietly when its reader goes away', () => {
    const { deadlines } = JSON.parse(ran('bin deadlines').stdout) as { deadlines: { id: string }[] };
    expect(deadlines.map((d) => d.id)).toContain('deadline-2011-01-31');
    expect(ran('bin export')).toEqual({ status: 0, stdout: '', stderr: '' });
    const exported = JSON.parse(readFileSync(join(consumer, 'uae.json'), 'utf8')) as { id: string };
    expect(exported.id).toBe('uae-blackberry-2010');
    expect(ran('bin closed pipe')).toEqual({ status: 0, stdout: '0\n', stderr: '' });
  });

  it('validates a shipped JSON file and prints the JSON Schema shipped beside it', () => {
    // Valid, with the two warnings the shipped India case stands by (an event kept beside each response it
    // records, for the timeline; tests/builder/warnings.test.ts says why).
    const validated = ran('bin validate shipped json');
    expect(validated.status).toBe(0);
    const [first, ...warnings] = validated.stdout.trimEnd().split('\n');
    expect(first).toBe('valid: india-blackberry-2010 — 14 events, 22 sources; 2 warnings');
    expect(warnings.map((line) => line.slice(0, line.indexOf(':', 'warning: '.length)))).toEqual([
      'warning: restated-response at events[3]',
      'warning: restated-response at events[7]',
    ]);
    const shipped = readFileSync(
      join(consumer, 'node_modules/dispute-timeline/dist/dispute.schema.json'),
      'utf8',
    );
    expect(ran('bin schema')).toMatchObject({ status: 0, stdout: shipped });
  });

  it('exits 1 on an invalid file, 2 on an unreadable one or a wrong command', () => {
    expect(ran('bin validate bad')).toMatchObject({
      status: 1,
      stdout: '',
      stderr: expect.stringContaining('impossible-date at events[0].date'),
    });
    expect(ran('bin validate missing')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'error: cannot read "missing.json": no such file\n',
    });
    expect(ran('bin unknown command')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^error: unknown command "frobnicate"/),
    });
  });
});

describe('a TypeScript consumer of the installed package', () => {
  it('type-checks under node16 resolution, reading the ESM types for .ts and the CJS types for .cts', () => {
    const { status, stdout } = ran('tsc node16');
    expect({ status, errors: stdout.split('\n').filter((line) => line.includes('error TS')) }).toEqual({
      status: 0,
      errors: [],
    });
    expect(packageTypesRead('tsc node16')).toEqual(
      expect.arrayContaining([
        'dist/index.d.ts',
        'dist/index.d.cts',
        'dist/datasets/index.d.ts',
        'dist/datasets/index.d.cts',
      ]),
    );
  });

  it('type-checks under bundler resolution, reading the ESM types only', () => {
    const { status, stdout } = ran('tsc bundler');
    expect({ status, errors: stdout.split('\n').filter((line) => line.includes('error TS')) }).toEqual({
      status: 0,
      errors: [],
    });
    const read = packageTypesRead('tsc bundler');
    expect(read).toEqual(expect.arrayContaining(['dist/index.d.ts', 'dist/datasets/index.d.ts']));
    expect(read.filter((file) => file.endsWith('.d.cts'))).toEqual([]);
  });

  it('keeps ids branded, so one kind of id cannot stand for another', () => {
    expect(ran('tsc brands')).toMatchObject({ status: 0, stdout: '' });
  });
});
