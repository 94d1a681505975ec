import { FORMATS, type TextFormat, writeCsv, writeJson, writeJsonl, writeSvg } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { runMain } from './in-process.js';

const PAKISTAN = 'blackberry-pakistan-2015';

describe('the options of a format on the command line (--set)', () => {
  it('are passed to the format as its registry entry describes them: a choice, a list, a boolean, a number', async () => {
    const csv = await runMain([
      'export',
      PAKISTAN,
      '--format',
      'csv',
      '--set',
      'collection=deadlines',
      '--set',
      'columns=id,due',
      '--set',
      'bom=true',
    ]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe(
      writeCsv(blackberryPakistan2015, { collection: 'deadlines', columns: ['id', 'due'], bom: true }),
    );
    const json = await runMain(['export', PAKISTAN, '--format', 'json', '--set', 'indent=0']);
    expect(json.stdout).toBe(writeJson(blackberryPakistan2015, { indent: 0 }));
    const svg = await runMain([
      'export',
      PAKISTAN,
      '-f',
      'svg',
      '--set',
      'theme=dark',
      '--set',
      'width=1200',
    ]);
    expect(svg.stdout).toBe(writeSvg(blackberryPakistan2015, { theme: 'dark', width: 1200 }));
  });

  it('write JSON Lines as the registry writes them, a line at a time', async () => {
    const run = await runMain(['export', PAKISTAN, '--format', 'jsonl']);
    expect(run.stdout).toBe(writeJsonl(blackberryPakistan2015));
  });

  it('refuse an option the format does not take, a value of the wrong kind, and --set without a format, exiting 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'csv', '--set', 'colection=actors'], /no option "colection"; did you mean `collection`/],
      [['--format', 'mermaid', '--set', 'width=3'], /the format mermaid takes no options/],
      [['--format', 'csv', '--set', 'bom=yes'], /--set bom takes true or false/],
      [['--format', 'json', '--set', 'indent=two'], /--set indent takes a number/],
      [['--format', 'csv', '--set', 'collection=people'], /the csv option collection takes/],
      [['--format', 'csv', '--set', 'bom'], /--set bom needs a value/],
    ];
    for (const [args, message] of cases) {
      const run = await runMain(['export', PAKISTAN, ...args]);
      expect([run.code, run.stderr], args.join(' ')).toEqual([2, expect.stringMatching(message)]);
    }
    const query = await runMain(['query', PAKISTAN, '--set', 'bom=true']);
    expect([query.code, query.stderr]).toEqual([
      2,
      expect.stringMatching(/--set is an option of a --format/),
    ]);
  });

  it('are refused by the format itself, exiting 1 with its issue, when the value is out of its range', async () => {
    const run = await runMain(['export', PAKISTAN, '--format', 'json', '--set', 'indent=40']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('invalid-argument');
  });

  it('are listed under each format in the help, from the registry', async () => {
    const help = await runMain(['export', '--help']);
    for (const format of FORMATS)
      for (const option of format.options)
        expect(help.stdout, `${format.name} ${option.name}`).toContain(`--set ${option.name}=`);
  });
});

describe('reading a file through the registry', () => {
  it('reads each readable format by its extension or --from, and says which formats can be read', async () => {
    const readable = FORMATS.filter(
      (format): format is TextFormat => format.output === 'text' && format.read !== undefined,
    );
    for (const format of readable) {
      const run = await runMain(
        ['validate', '-', '--from', format.name],
        format.write(blackberryPakistan2015),
      );
      expect(run.code, format.name).toBe(0);
    }
    // --from csv reads a sheet; the events table of an export alone names actors it does not describe: said so.
    const csv = await runMain(['validate', '-', '--from', 'csv'], writeCsv(blackberryPakistan2015));
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('is the events table of a CSV export');
    const xlsx = await runMain(['validate', '-', '--from', 'xlsx'], writeCsv(blackberryPakistan2015));
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('formats that can be read: json, jsonl, csv');
  });
});
