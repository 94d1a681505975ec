/**
 * The command line as a user meets it: the built `dist/cli.js` run in child processes, every command and flag,
 * `--help` of each, standard input, wrong usage, unreadable input, a BOM, a closed pipe, hostile text, colour and
 * progress on a terminal. Every run starts at once in `beforeAll` (they are processes, so they run in parallel);
 * the tests read the results.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disputeJsonSchema, FORMATS, ISSUE_HINTS, type IssueCode, writeJson } from 'dispute-timeline';
import { blackberryPakistan2015, datasets } from 'dispute-timeline/datasets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliReference } from '../../scripts/cli-reference.js';
import { root } from '../package/built-dist.js';
import { ALL_HOSTILE, controlCharactersIn, hostileDispute } from '../reliability/hostile.js';
import { FULL } from '../support/mode.js';
import {
  CLI,
  cli,
  ensureCliBuilt,
  hasScript,
  onTerminal,
  type Run,
  type RunOptions,
  STACK_FRAME,
  shell,
} from './binary.js';
import { runMain } from './in-process.js';

const PAKISTAN = 'blackberry-pakistan-2015';
const INDIA = 'india-blackberry-2010';
const COMMAND_NAMES = [
  'list',
  'show',
  'query',
  'deadlines',
  'export',
  'import',
  'validate',
  'schema',
  'completion',
];
const SOURCES = blackberryPakistan2015.sources.length;
const VERSION = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
/** Text with an escape sequence, an OSC title, a bidi override, a C1 CSI and line breaks. */
const HOSTILE_ARG = '\u001b[31mred\u001b]0;title\u0007\u202e\u009b2J\r\nx';

let work = '';
const file = (name: string) => join(work, name);

/** A valid dispute of `n` events, written as JSON text directly (building it would take seconds). */
function bigDisputeJson(n: number): string {
  const events = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: `2015-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    kind: 'statement',
    title: `Statement number ${i}, long enough to fill a line of the table`,
    actors: ['gov'],
    sources: [{ source: 'src' }],
    confidence: 'confirmed',
  }));
  return JSON.stringify({
    id: 'big',
    title: 'A big case',
    actors: [{ id: 'gov', name: 'Government', kind: 'government' }],
    sources: [{ id: 'src', publisher: 'A publisher', title: 'A page', url: 'https://example.org/page' }],
    events,
  });
}

/**
 * A dispute that trickles in over about three seconds: however long Node takes to start on a busy machine, some
 * of it arrives after the progress line's delay.
 */
const SLOW_INPUT = `(printf '{"id": "x",'; for i in 1 2 3 4 5 6 7 8; do sleep 0.4; printf ' '; done; printf '"title": "x"}')`;

const BAD = JSON.stringify({ id: 'x', title: 'x', events: [{ id: 'e', date: '2015-02-30' }] });

const runs = new Map<string, Run>();
let log = '';

/** Every run of the file, by name: arguments, and standard input or environment where it matters. */
function plannedRuns(): Record<string, () => Promise<Run>> {
  // The built binary for the runs that show how it meets the system; main() in-process for the many others.
  const c = (args: string[], options?: RunOptions) =>
    Object.assign(() => runMain(args, options?.stdin ?? ''), {
      binary: () => cli(args, options),
    });
  const pakistanJson = writeJson(blackberryPakistan2015);
  const planned: Record<string, () => Promise<Run>> = {
    'no arguments': c([]),
    '--help': c(['--help']),
    '-h': c(['-h']),
    help: c(['help']),
    'help query': c(['help', 'query']),
    'help nonsense': c(['help', 'nonsense']),
    '--version': c(['--version']),
    '-V': c(['-V']),
    'unknown command': c(['shwo', PAKISTAN]),
    'unknown program option': c(['--verison']),
    list: c(['list']),
    'list --json': c(['list', '--json']),
    'datasets (alias of list)': c(['datasets']),
    'list with an argument': c(['list', 'extra']),
    show: c(['show', PAKISTAN]),
    'show --width 120': c(['show', PAKISTAN, '--width', '120']),
    'show --width 10': c(['show', PAKISTAN, '--width', '10']),
    'show a file': c(['show', file('pakistan.json')]),
    'show - (stdin)': c(['show', '-'], { stdin: pakistanJson }),
    'show a BOM file': c(['show', file('bom.json')]),
    'validate - with a BOM': c(['validate', '-'], {
      stdin: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(pakistanJson)]),
    }),
    'show without a source': c(['show']),
    'show two sources': c(['show', PAKISTAN, INDIA]),
    'show --fromat': c(['show', PAKISTAN, '--fromat', 'json']),
    'show --width without value': c(['show', PAKISTAN, '--width']),
    'show --quiet=yes': c(['show', PAKISTAN, '--quiet=yes']),
    'show a missing file': c(['show', file('missing.json')]),
    'show a near-miss case': c(['show', 'blackberry-pakistan-2016']),
    'show a directory': c(['show', work]),
    'show a binary file': c(['show', file('binary.dat')]),
    'show UTF-16': c(['show', file('utf16.json')]),
    'show not UTF-8': c(['show', file('latin1.json')]),
    'query --before': c(['query', PAKISTAN, '--before', 'deadline-2015-11-30']),
    'query --before --possible': c(['query', PAKISTAN, '--before', 'deadline-2015-11-30', '--possible']),
    'query --before --certain': c(['query', PAKISTAN, '--before', 'deadline-2015-11-30', '--certain']),
    'query --before --json': c([
      'query',
      PAKISTAN,
      '--before',
      'deadline-2015-11-30',
      '--possible',
      '--json',
    ]),
    'query --before a date': c(['query', PAKISTAN, '--before', '2015-11-30', '--json']),
    'query --after': c(['query', PAKISTAN, '--after', 'deadline-2015-12-30', '--json']),
    'query --between': c(['query', INDIA, '--between', '2010-08', '2010-09', '--json']),
    'query --between one value': c(['query', INDIA, '--between', '2010-08']),
    'query --on': c(['query', PAKISTAN, '--on', '2015-07-24', '--json']),
    'query --actor --kind': c([
      'query',
      PAKISTAN,
      '--actor',
      'blackberry',
      '--kind',
      'announcement',
      '--json',
    ]),
    'query --actor by name': c(['query', PAKISTAN, '--actor', 'BlackBerry', '--json']),
    'query --actor unknown': c(['query', PAKISTAN, '--actor', 'blackbery']),
    'query --kind unknown': c(['query', PAKISTAN, '--kind', 'anouncement']),
    'query near-miss deadline': c(['query', PAKISTAN, '--before', 'deadline-2015-12-31']),
    'query unknown deadline': c(['query', PAKISTAN, '--before', 'the-deadline']),
    'query --before without value': c(['query', PAKISTAN, '--before']),
    'query impossible date': c(['query', PAKISTAN, '--before', '2015-02-30']),
    'query span backwards': c(['query', INDIA, '--between', '2010-10', '2010-08']),
    'query --possible --certain': c(['query', PAKISTAN, '--possible', '--certain']),
    'query --json --format': c(['query', PAKISTAN, '--json', '--format', 'json']),
    'query --format json': c(['query', PAKISTAN, '--kind', 'announcement', '--format', 'json']),
    'query --format text': c(['query', PAKISTAN, '--kind', 'announcement', '--format', 'text']),
    'query --format unknown': c(['query', PAKISTAN, '--format', 'jsno']),
    'query --pending-on': c(['query', INDIA, '--pending-on', '2010-09-01']),
    'query --pending-on --json': c(['query', INDIA, '--pending-on', '2010-10-12', '--possible', '--json']),
    'query --pending-on --before': c(['query', INDIA, '--pending-on', '2010-09-01', '--before', '2010-10']),
    'query --effective-deadline': c([
      'query',
      INDIA,
      '--effective-deadline',
      'bes-bbm-access',
      '--on',
      '2010-09-01',
    ]),
    'query --effective-deadline --json': c([
      'query',
      INDIA,
      '--effective-deadline',
      'bes-bbm-access',
      '--on',
      '2010-10-12',
      '--json',
    ]),
    'query --effective-deadline before any': c([
      'query',
      INDIA,
      '--effective-deadline',
      'bes-bbm-access',
      '--on',
      '2010-01-01',
      '--json',
    ]),
    'query --effective-deadline without --on': c(['query', INDIA, '--effective-deadline', 'bes-bbm-access']),
    'query --effective-deadline near miss': c([
      'query',
      INDIA,
      '--effective-deadline',
      'bes-bbm-acess',
      '--on',
      '2010-09-01',
    ]),
    'query --effective-deadline without value': c(['query', INDIA, '--effective-deadline']),
    'before (alias)': c(['before', PAKISTAN, 'deadline-2015-12-30']),
    'before without a deadline': c(['before', PAKISTAN]),
    deadlines: c(['deadlines', INDIA]),
    'deadlines --json': c(['deadlines', INDIA, '--json']),
    'deadlines of a case without any': c(['deadlines', file('tiny.json')]),
    'export -o json': c(['export', PAKISTAN, '--format', 'json', '-o', file('out/pakistan.json')]),
    'export -o by extension': c(['export', PAKISTAN, '-o', file('out/pakistan.txt')]),
    'export -o -': c(['export', PAKISTAN, '--format', 'json', '-o', '-']),
    'export from stdin': c(['export', '-', '-f', 'json'], { stdin: pakistanJson }),
    'export without a format': c(['export', PAKISTAN]),
    'export unknown format': c(['export', PAKISTAN, '--format', 'jsn']),
    'export into a missing folder': c(['export', PAKISTAN, '--format', 'json', '-o', file('nowhere/x.json')]),
    'export onto a directory': c(['export', PAKISTAN, '--format', 'json', '-o', work]),
    'export invalid data': c(['export', file('bad.json'), '--format', 'json', '-o', file('out/bad.json')]),
    'validate a file': c(['validate', file('pakistan.json')]),
    'validate --json': c(['validate', file('bad.json'), '--json']),
    'validate invalid': c(['validate', file('bad.json')]),
    'validate invalid --quiet': c(['validate', file('bad.json'), '-q']),
    'validate broken JSON from stdin': c(['validate', '-'], { stdin: '{"id": ' }),
    'validate a missing file': c(['validate', file('missing.json')]),
    schema: c(['schema']),
    'schema with an argument': c(['schema', 'x']),
    'show hostile data': c(['show', file('hostile.json')]),
    'query hostile data': c(['query', file('hostile.json'), '--possible']),
    'query hostile data --json': c(['query', file('hostile.json'), '--possible', '--json']),
    'deadlines hostile data': c(['deadlines', file('hostile.json')]),
    'validate hostile data': c(['validate', file('hostile-bad.json')]),
    'hostile command': c([HOSTILE_ARG]),
    'hostile source': c(['show', HOSTILE_ARG]),
    'hostile option': c(['show', PAKISTAN, `--${HOSTILE_ARG}`]),
    'hostile deadline': c(['query', PAKISTAN, '--before', HOSTILE_ARG]),
    'hostile format': c(['export', PAKISTAN, '--format', HOSTILE_ARG]),
    'hostile output': c(['export', PAKISTAN, '--format', 'json', '-o', `${HOSTILE_ARG}/x`]),
    'closed pipe: show': () =>
      shell(
        `node "${CLI}" show "${file('big.json')}" 2>"${file('pipe-show.err')}" | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat "${file('pipe-show.err')}"`,
      ),
    'closed pipe: export': () =>
      shell(
        `node "${CLI}" export "${file('big.json')}" --format json 2>"${file('pipe-export.err')}" | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat "${file('pipe-export.err')}"`,
      ),
    'closed pipe: query --json': () =>
      shell(
        `node "${CLI}" query "${file('big.json')}" --after 2015-01 --json 2>/dev/null | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      ),
    'slow stdin in a pipe': () => shell(`${SLOW_INPUT} | node "${CLI}" validate -`),
  };
  for (const name of COMMAND_NAMES) {
    planned[`${name} --help`] = c([name, '--help']);
    planned[`${name} -h`] = c([name, '-h']);
    planned[`${name} --help after a mistake`] = c([name, '--nonsense', '--help']);
  }
  for (const format of FORMATS)
    planned[`export --format ${format.name}`] = c(['export', PAKISTAN, '--format', format.name]);
  if (hasScript()) {
    const node = `node "${CLI}"`;
    planned['tty: colour'] = () => onTerminal(`${node} deadlines ${INDIA}`);
    planned['tty: NO_COLOR'] = () => onTerminal(`${node} deadlines ${INDIA}`, { env: { NO_COLOR: '1' } });
    planned['tty: error in colour'] = () => onTerminal(`${node} shwo`);
    planned['tty: progress'] = () => onTerminal(`${SLOW_INPUT} | ${node} validate -`);
    planned['tty: progress --quiet'] = () => onTerminal(`${SLOW_INPUT} | ${node} validate - --quiet`);
  }
  for (const name of BINARY) {
    const run = planned[name] as (() => Promise<Run>) & { binary?: () => Promise<Run> };
    if (run?.binary === undefined) throw new Error(`no run ${name} to run as a binary`);
    planned[name] = run.binary;
  }
  return planned;
}

/** The runs of the built binary (besides the pipes and the terminal): one or more of each command, and errors. */
const ALL_BINARY = [
  'no arguments',
  '--help',
  '--version',
  'unknown command',
  'query --help',
  'list',
  'show',
  'show - (stdin)',
  'show a BOM file',
  'show a missing file',
  'show a directory',
  'show a binary file',
  'query --before',
  'query --before --json',
  'query near-miss deadline',
  'query --before without value',
  'query --effective-deadline --json',
  'before (alias)',
  'deadlines',
  'export -o json',
  'export from stdin',
  'validate a file',
  'validate invalid',
  'validate broken JSON from stdin',
  'schema',
  'show hostile data',
  'hostile source',
];

/**
 * Under `npm test`, the runs where a real process matters (stdin, files, exit codes, the version, hostile text);
 * the others run main() in-process, with the same checks. Under `npm run check`, every one as a binary.
 */
const BINARY = FULL
  ? ALL_BINARY
  : [
      '--version',
      'show - (stdin)',
      'show a missing file',
      'show a binary file',
      'validate invalid',
      'export -o json',
      'show hostile data',
    ];

/** Runs the planned commands, a few at a time: each is a Node process, and the machine is shared. */
async function runAll(planned: Record<string, () => Promise<Run>>, parallel = 6): Promise<void> {
  const queue = Object.entries(planned);
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift())
      runs.set(next[0], await next[1]());
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

function ran(name: string): Run {
  const run = runs.get(name);
  if (run === undefined) throw new Error(`${name} did not run`);
  return run;
}

beforeAll(async () => {
  log = await ensureCliBuilt();
  work = mkdtempSync(join(tmpdir(), 'dispute-timeline-cli-'));
  mkdirSync(file('out'));
  const pakistan = writeJson(blackberryPakistan2015);
  writeFileSync(file('pakistan.json'), pakistan);
  writeFileSync(file('bom.json'), `\ufeff${pakistan}`);
  writeFileSync(file('bad.json'), BAD);
  writeFileSync(file('tiny.json'), JSON.stringify({ id: 'tiny', title: 'Tiny' }));
  writeFileSync(file('big.json'), bigDisputeJson(3000));
  writeFileSync(
    file('binary.dat'),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe]),
  );
  writeFileSync(file('utf16.json'), Buffer.from(`\ufeff${'{"id": "x"}'}`, 'utf16le'));
  writeFileSync(file('latin1.json'), Buffer.from('{"id": "caf\xe9", "title": "x"}', 'latin1'));
  writeFileSync(file('hostile.json'), JSON.stringify(hostileDispute(ALL_HOSTILE)));
  const hostileBad = hostileDispute('fine') as Record<string, any>;
  hostileBad[ALL_HOSTILE] = ALL_HOSTILE;
  hostileBad['events'][0].actors = [ALL_HOSTILE];
  writeFileSync(file('hostile-bad.json'), JSON.stringify(hostileBad));
  const started = performance.now();
  await runAll(plannedRuns());
  log += `; ${runs.size} runs in ${Math.round(performance.now() - started)} ms`;
}, 120_000);

afterAll(() => {
  console.log(log);
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('every run of the CLI', () => {
  it('prints no stack trace, whatever went wrong', () => {
    const traced = [...runs].filter(
      ([, run]) => STACK_FRAME.test(run.stderr) || STACK_FRAME.test(run.stdout),
    );
    expect(traced.map(([name]) => name)).toEqual([]);
  });

  it('exits 0, 1 or 2 only', () => {
    const odd = [...runs]
      .filter(([, run]) => ![0, 1, 2].includes(run.code ?? -1))
      .map(([name, run]) => `${name}: ${run.code}`);
    expect(odd).toEqual([]);
  });

  it('prints each error as one line starting with "error:", followed only by a usage line', () => {
    for (const [name, run] of runs) {
      if (run.code !== 2 || name.startsWith('tty') || name === 'no arguments') continue;
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines[0], name).toMatch(/^error: /);
      expect(
        lines.slice(1).every((line) => line.startsWith('usage: ')),
        name,
      ).toBe(true);
    }
  });
});

describe('help and version', () => {
  it('prints the program help with every command, the registered formats and the exit codes', () => {
    const help = ran('--help');
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    for (const name of COMMAND_NAMES) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    for (const format of FORMATS)
      expect(help.stdout).toMatch(
        new RegExp(`^  ${format.name}\\b.*${format.description.slice(0, 20).replace(/[()`.]/g, '.')}`, 'm'),
      );
    expect(help.stdout).toContain('Exit codes:\n  0  success\n  1  invalid data');
    expect(ran('-h')).toEqual(help);
    expect(ran('help')).toEqual(help);
  });

  it('prints the help on standard error and exits 2 when no command is given', () => {
    expect(ran('no arguments')).toEqual({ code: 2, stdout: '', stderr: ran('--help').stdout });
  });

  it('gives every command a --help and -h, even after a wrong option, with its usage and the exit codes', () => {
    for (const name of COMMAND_NAMES) {
      const help = ran(`${name} --help`);
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toMatch(new RegExp(`^Usage: dispute-timeline ${name}\\b`));
      expect(help.stdout, name).toContain('  -h, --help');
      expect(help.stdout, name).toContain('Exit codes:');
      expect(ran(`${name} -h`), name).toEqual(help);
      expect(ran(`${name} --help after a mistake`), name).toEqual(help);
    }
    expect(ran('help query')).toEqual(ran('query --help'));
    expect(ran('export --help').stdout).toContain('Formats:');
    // import writes only JSON and JSON Lines, named by its --format option: no table of the formats it cannot write.
    expect(ran('import --help').stdout).not.toContain('Formats:');
    expect(ran('import --help').stdout).toContain('-f, --format <json|jsonl>');
    expect(ran('help nonsense')).toMatchObject({ code: 2, stdout: '' });
  });

  it('prints the version of package.json', () => {
    expect(ran('--version')).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(ran('-V')).toEqual(ran('--version'));
  });
});

describe('wrong usage exits 2 with one line saying what was wrong', () => {
  it.each([
    ['unknown command', 'unknown command "shwo"; did you mean `show`?'],
    ['unknown program option', 'unknown option "--verison"; did you mean `--version`?'],
    ['show --fromat', 'unknown option "--fromat" for show; did you mean `--from`?'],
    ['show --width without value', '--width needs a value: --width <columns>'],
    ['show --width 10', '--width is a whole number of columns from 60 to 1000; got "10"'],
    ['show --quiet=yes', '--quiet takes no value'],
    ['show without a source', 'show needs <case|file|->'],
    ['show two sources', 'unexpected argument "india-blackberry-2010"'],
    ['list with an argument', 'list takes no arguments; got "extra"'],
    ['schema with an argument', 'schema takes no arguments'],
    ['query near-miss deadline', 'did you mean `deadline-2015-12-30` or `deadline-2015-11-30`?'],
    ['query unknown deadline', 'its deadlines are deadline-2015-11-30, deadline-2015-12-30'],
    [
      'query --before without value',
      '--before needs a value: --before <date|id>; its deadlines are deadline-2015-11-30, deadline-2015-12-30',
    ],
    ['before without a deadline', 'its deadlines are deadline-2015-11-30, deadline-2015-12-30'],
    ['query impossible date', '--before "2015-02-30" is not a date'],
    ['query span backwards', 'before it starts'],
    ['query --between one value', '--between needs two values'],
    ['query --actor unknown', 'has no actor "blackbery"; did you mean `blackberry`?'],
    ['query --kind unknown', 'no event kind "anouncement"; did you mean `announcement`?'],
    ['query --possible --certain', '--possible and --certain exclude each other'],
    ['query --json --format', '--json and --format exclude each other'],
    ['query --format unknown', 'no format "jsno"; did you mean `json`?'],
    ['query --pending-on --before', '--before does not apply to --pending-on'],
    ['query --effective-deadline without --on', '--effective-deadline needs --on'],
    ['query --effective-deadline near miss', 'has no demand "bes-bbm-acess"; did you mean `bes-bbm-access`?'],
    ['query --effective-deadline without value', 'the demands of india-blackberry-2010 are bes-bbm-access,'],
    ['export without a format', 'name a format with --format <name>; the formats are'],
    ['export unknown format', 'no format "jsn"; did you mean `json`?'],
  ])('%s', (name, message) => {
    const run = ran(name);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toContain(message);
    expect(run.stderr).toMatch(/\nusage: dispute-timeline .*--help\n$/);
  });
});

describe('input that cannot be read exits 2 with one line', () => {
  it.each([
    ['show a missing file', /^error: cannot read ".*missing\.json": no such file\n$/],
    ['validate a missing file', /^error: cannot read ".*missing\.json": no such file\n$/],
    [
      'show a near-miss case',
      /^error: no shipped case or file named "blackberry-pakistan-2016"; did you mean `blackberry-pakistan-2015`\?\n$/,
    ],
    // A folder is read as a case's CSV tables (export -o <folder>/ writes them): this one holds none.
    [
      'show a directory',
      /^error: the folder ".*" holds no \.csv table.*; a dispute's folder holds events\.csv/,
    ],
    ['show a binary file', /^error: ".*binary\.dat" is a binary file/],
    ['show UTF-16', /^error: ".*utf16\.json" is UTF-16 text; save it as UTF-8\n$/],
    ['show not UTF-8', /^error: ".*latin1\.json" is not UTF-8 text/],
    ['export into a missing folder', /^error: cannot write ".*x\.json": its folder does not exist\n$/],
    // A folder takes the CSV tables of a case, not a JSON file.
    [
      'export onto a directory',
      /^error: ".*" is a folder, which takes a case's CSV tables \(--format csv\); name a file to write json\n/,
    ],
  ])('%s', (name, message) => {
    const run = ran(name);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
  });
});

describe('list', () => {
  it('lists the shipped cases in order with their dates and counts', () => {
    const { code, stdout } = ran('list');
    expect(code).toBe(0);
    const ids = stdout
      .split('\n')
      .slice(1)
      .map((line) => line.split(' ')[0])
      .filter((id) => id !== '');
    expect(ids).toEqual(datasets.map((d) => d.id));
    expect(stdout).toMatch(/^blackberry-pakistan-2015 +2010 +2015-12-31 +8 +2 +2 +Pakistan and BlackBerry/m);
    // Nigeria set conditions, not a deadline: its row says 0.
    expect(stdout).toMatch(
      /^twitter-nigeria-2021 +2021-06-01 +2022-04\/2022-04-28 +14 +2 +0 +Nigeria and Twitter/m,
    );
  });

  it('gives scripts JSON, and keeps `datasets` as another name for it', () => {
    const cases = JSON.parse(ran('list --json').stdout) as {
      id: string;
      from: string;
      counts: { events: number };
    }[];
    expect(cases.map((c) => [c.id, c.counts.events])).toEqual(datasets.map((d) => [d.id, d.events.length]));
    expect(cases).toHaveLength(9);
    expect(cases.find((c) => c.id === INDIA)).toMatchObject({
      id: INDIA,
      from: '2010-08-12/2010-09-19', // DoT's order, known from the report of 19 September, may date from 12 August
      to: '2013-07',
      timeZone: 'Asia/Kolkata',
    });
    expect(ran('datasets (alias of list)')).toEqual(ran('list'));
  });
});

describe('show', () => {
  it('prints the timeline of a case, a file, standard input and a file with a BOM alike', () => {
    const shown = ran('show');
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout.split('\n').slice(0, 2)).toEqual([
      'Pakistan and BlackBerry Enterprise Service, 2015',
      'Dates are local to Asia/Karachi unless marked.',
    ]);
    expect(ran('show a file')).toEqual(shown);
    expect(ran('show - (stdin)')).toEqual(shown);
    expect(ran('show a BOM file')).toEqual(shown);
    expect(ran('validate - with a BOM')).toMatchObject({
      code: 0,
      stdout: `valid: ${PAKISTAN} — 8 events, ${SOURCES} sources\n`,
    });
  });

  it('lays the table out in the width asked for', () => {
    const wide = ran('show --width 120').stdout.split('\n');
    expect(Math.max(...wide.map((line) => line.length))).toBeGreaterThan(100);
    expect(Math.max(...wide.map((line) => line.length))).toBeLessThanOrEqual(120);
    expect(
      Math.max(
        ...ran('show')
          .stdout.split('\n')
          .map((line) => line.length),
      ),
    ).toBeLessThanOrEqual(100);
  });
});

describe('query', () => {
  const events = (name: string) =>
    (JSON.parse(ran(name).stdout) as { events: { truth: string; event: { id: string } }[] }).events.map(
      (answer) => `${answer.truth} ${answer.event.id}`,
    );

  it('answers which events came before a deadline, certainly, and says how many more only possibly did', () => {
    const run = ran('query --before');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Certainly \(4\):\nDATE +KIND +ACTORS +WHAT HAPPENED\n/);
    expect(run.stdout).not.toContain('Possibly');
    expect(run.stderr).toBe('3 more events only possibly match; add --possible to see them\n');
    expect(ran('query --before --certain')).toEqual(run);
  });

  it('shows what only possibly matches apart with --possible, and labels it maybe in JSON', () => {
    const run = ran('query --before --possible');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('\nPossibly (3):\n');
    expect(events('query --before --json')).toEqual([
      'yes india-2010-precedent',
      'yes pta-directs-operators',
      'yes interior-ministry-decision',
      'yes pta-affected-users',
      'maybe blackberry-exit-announced',
      'maybe pta-extends-deadline',
      'maybe blackberry-exit-delayed',
    ]);
    expect(JSON.parse(ran('query --before --json').stdout)).toMatchObject({
      dispute: PAKISTAN,
      question: { before: 'deadline-2015-11-30' },
      match: 'possible',
    });
  });

  it('takes a date where it takes a deadline, read in the case’s zone', () => {
    expect(events('query --before a date')).toEqual(events('query --before --json').slice(0, 4));
  });

  it('filters by --after, --between, --on, --actor and --kind, combined as "and"', () => {
    expect(events('query --after')).toEqual(['yes rescission-announced']);
    // The PTA's letters were sent in July and reported on 24 July: only maybe on that day, so not listed.
    expect(events('query --on')).toEqual(['yes interior-ministry-decision', 'yes pta-affected-users']);
    expect(events('query --actor --kind')).toEqual([
      'yes blackberry-exit-announced',
      'yes blackberry-exit-delayed',
    ]);
    expect(events('query --actor by name')).toEqual(
      events('query --actor --kind').length > 0 ? events('query --actor by name') : [],
    );
    expect(events('query --actor by name')).toContain('yes rescission-announced');
    const between = events('query --between');
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((answer) => answer.startsWith('yes '))).toBe(true);
  });

  it('prints the matching events in any registered format with --format', () => {
    const json = JSON.parse(ran('query --format json').stdout) as { id: string; events: { id: string }[] };
    expect(json.id).toBe(PAKISTAN);
    expect(json.events.map((event) => event.id)).toEqual([
      'blackberry-exit-announced',
      'blackberry-exit-delayed',
    ]);
    expect(ran('query --format text').stdout).toMatch(/^Pakistan and BlackBerry/);
  });

  it('answers what was pending on a date', () => {
    const run = ran('query --pending-on');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Demands pending \(2\):\n/);
    expect(run.stdout).toMatch(
      /^yes +deadline-2010-10-31 +2010-10-31 +bes-bbm-access\b.*legal-intervention-capability$/m,
    );
    const json = JSON.parse(ran('query --pending-on --json').stdout) as {
      deadlines: { truth: string; id: string }[];
    };
    expect(json).toMatchObject({ dispute: INDIA, on: '2010-10-12', match: 'possible' });
    expect(json.deadlines.length).toBeGreaterThan(0);
  });

  it('answers which deadline of a demand was in force on a date, through its chain of extensions', () => {
    const run = ran('query --effective-deadline');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'deadline-2010-10-31, due 2010-10-31: the deadline for bes-bbm-access on 2010-09-01',
    );
    expect(run.stdout).toContain(
      'state: pending (in force)\ncertainly the demand’s deadline then; after 1 extension',
    );
    expect(JSON.parse(ran('query --effective-deadline --json').stdout)).toEqual({
      dispute: INDIA,
      demand: 'bes-bbm-access',
      on: '2010-10-12',
      deadline: { id: 'deadline-2010-10-31', due: '2010-10-31' },
      truth: 'maybe',
      state: {
        status: 'pending',
        truth: 'maybe',
        possible: { pending: 'maybe', ended: 'maybe' },
        ending: { kind: 'extended', on: '2010-10-12~', event: 'extension-to-2011-01-31' },
        supersededBy: 'deadline-2011-01-31',
      },
      extensions: 1,
      chain: ['deadline-2010-08-31', 'deadline-2010-10-31'],
    });
    expect(JSON.parse(ran('query --effective-deadline before any').stdout)).toMatchObject({
      deadline: null,
      chain: [],
    });
  });

  it('keeps `before <case> <deadline>` as another name for query --before', () => {
    const run = ran('before (alias)');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Certainly \(7\):\n/);
  });
});

describe('deadlines', () => {
  it('lists ids, due dates, what each extends, outcomes, and the chains of extensions', () => {
    const { code, stdout } = ran('deadlines');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ID +DUE +SET ON +EXTENDS +OUTCOME +STATE +DEMANDS\n/);
    expect(stdout).toMatch(
      /^deadline-2010-10-31 +2010-10-31 +2010-08-30 +deadline-2010-08-31 +extended 2010-10-12~ +ended: superseded by deadline-2011-01-31 +bes-bbm-access,\n +legal-intervention-capability$/m,
    );
    expect(stdout).toMatch(
      /^deadline-2011-01-31 .* missed +ended: missed \(on a date not recorded\) +bes-bbm-access,$/m,
    );
    expect(stdout).toMatch(/^deadline-2010-09-22 .* passed \(no ending recorded\) +interception-upgrade$/m);
    expect(stdout).toContain(
      'Chains of extensions:\n  deadline-2010-08-31 (2010-08-31) → deadline-2010-10-31 (2010-10-31) → deadline-2011-01-31 (2011-01-31)\n',
    );
  });

  it('gives scripts JSON with each deadline’s chain', () => {
    const { deadlines } = JSON.parse(ran('deadlines --json').stdout) as {
      deadlines: { id: string; chain: string[]; extendedBy: string | null }[];
    };
    expect(deadlines.map((d) => d.id)).toEqual([
      'deadline-2010-08-31',
      'deadline-2010-09-22',
      'deadline-2010-10-31',
      'deadline-2011-01-31',
    ]);
    expect(deadlines[0]).toMatchObject({
      extendedBy: 'deadline-2010-10-31',
      chain: ['deadline-2010-08-31', 'deadline-2010-10-31', 'deadline-2011-01-31'],
    });
  });

  it('says so on standard error when a case has no deadlines', () => {
    expect(ran('deadlines of a case without any')).toEqual({
      code: 0,
      stdout: '',
      stderr: 'tiny has no deadlines.\n',
    });
  });
});

describe('export', () => {
  it('writes every registered format to standard output', () => {
    for (const format of FORMATS) {
      const run = ran(`export --format ${format.name}`);
      expect(run, format.name).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout.length, format.name).toBeGreaterThan(0);
      // A picture's bytes: the file's signature (they are checked in tests/formats/figure.test.ts).
      if (format.output === 'bytes') {
        expect(run.stdout.slice(0, 4), format.name).toMatch(/PNG|%PDF/);
        continue;
      }
      // What the format writes, untouched (the formats that could stamp the time of writing are compared by size).
      if (['json', 'text'].includes(format.name))
        expect(run.stdout, format.name).toBe(format.write(blackberryPakistan2015));
      else
        expect(run.stdout.length, format.name).toBeGreaterThan(
          format.write(blackberryPakistan2015).length / 2,
        );
    }
  });

  it('writes a file with -o, picking the format from --format or the extension, - meaning standard output', () => {
    expect(ran('export -o json')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(file('out/pakistan.json'), 'utf8')).toBe(writeJson(blackberryPakistan2015));
    expect(ran('export -o by extension').code).toBe(0);
    expect(readFileSync(file('out/pakistan.txt'), 'utf8')).toMatch(/^Pakistan and BlackBerry/);
    expect(ran('export -o -').stdout).toBe(writeJson(blackberryPakistan2015));
    expect(ran('export from stdin').stdout).toBe(writeJson(blackberryPakistan2015));
  });

  it('leaves no file behind when the dispute is invalid', () => {
    expect(ran('export invalid data').code).toBe(1);
    expect(() => readFileSync(file('out/bad.json'))).toThrow();
    expect(readFileSync(file('out/pakistan.json'), 'utf8').length).toBeGreaterThan(0);
  });
});

describe('validate', () => {
  it('says a valid file is valid', () => {
    expect(ran('validate a file')).toEqual({
      code: 0,
      stdout: `valid: ${PAKISTAN} — 8 events, ${SOURCES} sources\n`,
      stderr: '',
    });
  });

  it('prints every problem on its own line with its code and path, and exits 1', () => {
    const run = ran('validate invalid');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/bad\.json: impossible-date at events\[0\]\.date: /);
    expect(lines).toContainEqual(expect.stringMatching(/bad\.json: missing-field at events\[0\]\.kind: /));
    expect(lines[6]).toMatch(/^error: ".*bad\.json" is not a valid dispute \(6 problems\)$/);
    // Then what fixes each kind of problem, once a kind, as git gives its hints.
    expect(lines.slice(7)).toEqual(
      [...new Set(lines.slice(0, 6).map((line) => /: ([a-z-]+) at /.exec(line)?.[1] as IssueCode))].map(
        (code) => `hint: ${ISSUE_HINTS[code]}`,
      ),
    );
    expect(ran('validate invalid --quiet')).toEqual(run);
  });

  it('gives scripts the issues as JSON on standard output', () => {
    const run = ran('validate --json');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { valid: boolean; issues: { code: string; path: unknown[] }[] };
    expect(result.valid).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'impossible-date', path: ['events', 0, 'date'] });
  });

  it('reports broken JSON from standard input as invalid data', () => {
    const run = ran('validate broken JSON from stdin');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^standard input: json-syntax at \(root\): not valid JSON/);
  });
});

describe('schema', () => {
  it('prints the JSON Schema of the JSON form', () => {
    const run = ran('schema');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(disputeJsonSchema());
  });
});

describe('a closed pipe', () => {
  it.each(['closed pipe: show', 'closed pipe: export', 'closed pipe: query --json'])(
    '%s ends quietly, with success',
    (name) => {
      expect(ran(name)).toEqual({ code: 0, stdout: '0\n', stderr: '' });
    },
  );
});

describe('hostile text', () => {
  it('reaches the terminal from no table, list or JSON of hostile data', () => {
    for (const name of [
      'show hostile data',
      'query hostile data',
      'query hostile data --json',
      'deadlines hostile data',
    ]) {
      const run = ran(name);
      expect(run.code, name).toBe(0);
      expect(controlCharactersIn(run.stdout), name).toEqual([]);
      expect(controlCharactersIn(run.stderr), name).toEqual([]);
    }
    const json = JSON.parse(ran('query hostile data --json').stdout) as {
      events: { event: { title: string } }[];
    };
    expect(json.events.some((answer) => answer.event.title.includes('\u202e'))).toBe(true);
  });

  it('reaches the terminal from no problem that validate prints', () => {
    const run = ran('validate hostile data');
    expect(run.code).toBe(1);
    expect(controlCharactersIn(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('unknown-field at');
  });

  it('in arguments is shown escaped in the one-line error', () => {
    for (const name of [
      'hostile command',
      'hostile source',
      'hostile option',
      'hostile deadline',
      'hostile format',
      'hostile output',
    ]) {
      const run = ran(name);
      expect(run.code, name).toBe(2);
      expect(controlCharactersIn(run.stderr), name).toEqual([]);
      expect(run.stderr, name).toContain('␛[31mred');
    }
  });
});

describe('colour and progress', () => {
  it('uses no colour and no progress line in a pipe', () => {
    // A picture's bytes may hold any byte pair: only the text formats are looked at.
    const pictures = FORMATS.filter((format) => format.output === 'bytes').map(
      (format) => `export --format ${format.name}`,
    );
    for (const [name, run] of runs) {
      if (name.startsWith('tty')) continue;
      if (!pictures.includes(name)) expect(run.stdout.includes('\u001b['), name).toBe(false);
      expect(run.stderr.includes('\u001b['), name).toBe(false);
    }
    expect(ran('slow stdin in a pipe')).toEqual({
      code: 0,
      stdout: 'valid: x — 0 events, 0 sources\n',
      stderr: '',
    });
  });

  it.skipIf(!hasScript())('uses colour on a terminal, and none with NO_COLOR', () => {
    expect(ran('tty: colour').stdout).toContain('\u001b[1mID');
    expect(ran('tty: error in colour').stdout).toContain('\u001b[31merror\u001b[39m: unknown command');
    const plain = ran('tty: NO_COLOR');
    expect(plain.stdout).toContain('deadline-2010-08-31');
    expect(plain.stdout.includes('\u001b[')).toBe(false);
  });

  it.skipIf(!hasScript())(
    'shows progress on a terminal while a slow input is read, clears it, and not with --quiet',
    () => {
      const shown = ran('tty: progress').stdout;
      expect(shown).toContain('\r\u001b[2Kreading standard input');
      expect(shown).toMatch(/\r\u001b\[2Kvalid: x — 0 events, 0 sources\r?\n/);
      expect(ran('tty: progress --quiet').stdout).toBe('valid: x — 0 events, 0 sources\r\n');
    },
  );
});

describe('the CLI guide', () => {
  it('holds every --help of the command word for word', () => {
    const guide = readFileSync(join(root, 'docs/cli.md'), 'utf8');
    const reference = cliReference(
      ran('--help').stdout,
      COMMAND_NAMES.map((name) => ({ name, help: ran(`${name} --help`).stdout })),
    );
    expect(guide.includes(reference), 'docs/cli.md is stale: run npx tsx scripts/write-cli-docs.ts').toBe(
      true,
    );
  });

  it('gives the exit codes --help gives', () => {
    const guide = readFileSync(join(root, 'docs/cli.md'), 'utf8');
    for (const line of ran('--help').stdout.split('Exit codes:\n')[1]!.trimEnd().split('\n')) {
      const [, code, meaning] = /^ {2}(\d) {2}(.*)$/.exec(line) ?? [];
      expect(guide).toContain(`| ${code} | ${meaning} |`);
    }
  });

  it('prints a 1 MB file name or command cut short and with its escapes made visible', async () => {
    const name = `\u001b[2J${'x'.repeat(1_000_000)}.json`;
    const missing = await runMain(['validate', name]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.length).toBeLessThan(1000);
    expect(missing.stderr).not.toContain('\u001b');
    const unknown = await runMain([name]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).not.toContain('\u001b');
    expect(unknown.stderr.split('\n')[0]?.length).toBeLessThan(200);
  });
});
