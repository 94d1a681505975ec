import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDispute } from 'dispute-timeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from './in-process.js';

let work = '';
const file = (name: string) => join(work, name);

// Rows of the 2024 suspension of X in Brazil (/work/shared/research/facts-more-cases.md), as a researcher keeps
// them: own column names, a list of actors, kinds, a quote, notes; saved by Excel with `;`.
const SHEET = [
  'When;What happened;Who;Kinds;Quote;Link;Notes',
  '2024-08-30;Moraes suspends X nationwide;Moraes, Anatel, Apple and Google;judge, regulator, company, company;"He ordered the National Telecommunications Agency (Anatel) to ""adopt all necessary measures to implement"" the order within 24 hours.";https://www.hindustantimes.com/world-news/brazil-judge-orders-shutdown-of-elon-musks-x-in-country-101725053324949.html;order issued ~17:30',
  '2024-09-03;Starlink reverses and blocks X;Starlink;company;Regardless of the illegal treatment of Starlink in freezing our assets, we are complying with the order to block access to X in Brazil;https://pledgetimes.com/starlink-backtracks-and-says-it-will-block-ox-in-brazil/;',
].join('\r\n');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dispute-timeline-import-'));
  writeFileSync(file('x-brazil.csv'), SHEET);
  writeFileSync(file('sheet-without-extension'), SHEET);
  writeFileSync(
    file('mapping.json'),
    JSON.stringify({
      dispute: { id: 'x-brazil-2024', title: 'Brazil and X, 2024', timeZone: 'America/Sao_Paulo' },
      columns: {
        date: 'When',
        title: 'What happened',
        actors: 'Who',
        actorKinds: 'Kinds',
        quote: 'Quote',
        sources: 'Link',
      },
      kind: 'order',
    }),
  );
  writeFileSync(file('bare.csv'), 'Col A,Col B\r\n1,2\r\n');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dispute-timeline import', () => {
  it('imports a sheet with its columns named by --column, says the delimiter and warns of what it left out', async () => {
    const run = await runMain([
      'import',
      file('x-brazil.csv'),
      '--id',
      'x-brazil-2024',
      '--title',
      'Brazil and X, 2024',
      '--column',
      'date=When',
      '--column',
      'actorKinds=Kinds',
      '--kind',
      'order',
    ]);
    expect(run.stderr).toMatch(/read .*x-brazil\.csv with ";" between fields: 2 events, 5 actors, 2 sources/);
    expect(run.stderr).toMatch(
      /warning: unmapped-column at row\[1\]\.Notes|warning: unmapped-column at .*Notes/,
    );
    expect(run.stderr).toMatch(/warning: ambiguous-list/);
    expect(run.code).toBe(0);
    const dispute = parseDispute(JSON.parse(run.stdout));
    expect(dispute.actors.map((actor) => [actor.name, actor.kind])).toEqual([
      ['Moraes', 'judge'],
      ['Anatel', 'regulator'],
      ['Apple', 'company'],
      ['Google', 'company'],
      ['Starlink', 'company'],
    ]);
    expect(dispute.events[0]?.sources[0]?.quote).toMatch(
      /^He ordered the National Telecommunications Agency/,
    );
  });

  it('finds by their names the columns --column does not name: the date in a "Day" column beside a title named by hand', async () => {
    // Rows of the Nigeria case (facts-more-cases.md §5) as a researcher heads them; only "Happened" is not a known name.
    writeFileSync(
      file('nigeria.csv'),
      [
        'Day;Happened;Who;Kinds;Quote;Link',
        '2021-06-04;Federal Government suspends Twitter\'s operations;Federal Government of Nigeria; government;"The Federal Government has suspended, indefinitely, the operations of the microblogging and social networking service, Twitter, in Nigeria.";https://www.newtelegraphng.com/fg-suspends-twitters-operations-in-nigeria/',
      ].join('\r\n'),
    );
    const run = await runMain([
      'import',
      file('nigeria.csv'),
      '--column',
      'title=Happened',
      '--kind',
      'order',
    ]);
    expect(run.stderr).toMatch(/with ";" between fields: 1 event, 1 actor, 1 source/);
    expect(run.code).toBe(0);
    const event = parseDispute(JSON.parse(run.stdout)).events[0];
    expect([event?.date, event?.title, event?.actors]).toEqual([
      '2021-06-04',
      "Federal Government suspends Twitter's operations",
      ['federal-government-of-nigeria'],
    ]);
    // A sheet whose date column has no known name says which field is missing.
    const missing = await runMain([
      'import',
      file('nigeria.csv'),
      '--column',
      'title=Happened',
      '--column',
      'date=When',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('When');
  });

  it('finds the kinds of new actors in a column headed in the singular, "Party type"', async () => {
    // Rows of the WhatsApp–Brazil case (facts-more-cases.md), headed by a researcher in their own words.
    writeFileSync(
      file('whatsapp.csv'),
      [
        'When,What happened,Who,Party type,Link',
        '2016-04-26,Judge orders a 72-hour nationwide block of WhatsApp,Marcel Maia Montalvão,judge,https://boingboing.net/2016/05/02/brazil-judge-orders-whatsapp-b.html',
      ].join('\r\n'),
    );
    const run = await runMain(['import', file('whatsapp.csv'), '--kind', 'order']);
    expect(run.code).toBe(0);
    expect(parseDispute(JSON.parse(run.stdout)).actors).toEqual([
      expect.objectContaining({ name: 'Marcel Maia Montalvão', kind: 'judge' }),
    ]);
  });

  it('takes a mapping file and writes JSON Lines to a file', async () => {
    const run = await runMain([
      'import',
      file('x-brazil.csv'),
      '--mapping',
      file('mapping.json'),
      '-f',
      'jsonl',
      '-o',
      file('x-brazil.jsonl'),
    ]);
    expect(run.code).toBe(0);
    const lines = readFileSync(file('x-brazil.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0] as string)).toMatchObject({ record: { id: 'x-brazil-2024' } });
  });

  it('fails with --strict when a cell was left out or guessed', async () => {
    const run = await runMain([
      'import',
      file('x-brazil.csv'),
      '--mapping',
      file('mapping.json'),
      '--strict',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('refuses a field it does not know, with a "did you mean"', async () => {
    const run = await runMain(['import', file('x-brazil.csv'), '--column', 'actor=Who']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no field "actor"; did you mean `actors`/);
  });

  it('reports a new actor without a kind as invalid data, never a guess', async () => {
    const run = await runMain(['import', file('x-brazil.csv'), '--column', 'actorKinds=Notes']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/missing-field|invalid-value/);
  });

  it('says with its own options how to give new actors their kinds, when a row names one without', async () => {
    // LinkedIn's block in Russia, 2016 (facts-more-cases.md §0): a sheet with no kinds column.
    const sheet = file('linkedin.csv');
    writeFileSync(
      sheet,
      'Date,Headline,Parties,URL,Publication\n' +
        '2016-11-10,Moscow court upholds the block,Moscow City Court; LinkedIn,https://tass.com/economy/913036,TASS\n',
    );
    const run = await runMain([
      'import',
      sheet,
      '--id',
      'linkedin-russia-2016',
      '--title',
      'LinkedIn in Russia',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /missing-field at row\[2\]\.Parties: the new actor "Moscow City Court" needs a kind/,
    );
    expect(run.stderr).toMatch(
      /hint: Give new actors their kinds with --column actorKinds=<column> .*--actors <actors\.csv> .*--actor-kind <kind>/,
    );
    const fine = await runMain([
      'import',
      file('x-brazil.csv'),
      '--column',
      'date=When',
      '--column',
      'actorKinds=Kinds',
    ]);
    expect(fine.stderr).not.toMatch(/Give new actors their kinds/);
  });

  it('takes the kinds of new actors from an --actors sheet, and places its problems in that file', async () => {
    // Twitter's suspension in Nigeria, 2021 (facts-more-cases.md §5), with an actors sheet beside the events.
    const sheet = file('nigeria.csv');
    writeFileSync(
      sheet,
      [
        'Day;Who;What;URL',
        '2021-06-02;Twitter;Twitter removes the President’s tweet;https://www.qed.ng/twitter-deletes-buharis-civil-war-post/',
        '2021-06-04;Federal Government of Nigeria, Lai Mohammed;Indefinite suspension of Twitter’s operations;https://www.newtelegraphng.com/fg-suspends-twitters-operations-in-nigeria/',
      ].join('\r\n'),
    );
    const actors = file('nigeria-actors.csv');
    const columns = ['--column', 'date=Day', '--column', 'actors=Who', '--column', 'title=What'];
    const table = (lai: string) =>
      `Name,Kind,Country\r\nTwitter,company,US\r\nFederal Government of Nigeria,government,NG\r\nLai Mohammed,${lai},NG\r\n`;
    writeFileSync(actors, table('person'));
    const run = await runMain([
      'import',
      sheet,
      '--actors',
      actors,
      ...columns,
      '--time-zone',
      'Africa/Lagos',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const dispute = parseDispute(run.stdout);
    expect(dispute.actors.map((actor) => [actor.name, actor.kind, actor.country])).toEqual([
      ['Twitter', 'company', 'US'],
      ['Federal Government of Nigeria', 'government', 'NG'],
      ['Lai Mohammed', 'person', 'NG'],
    ]);
    expect(dispute.events.map((event) => event.actors.length)).toEqual([1, 2]);

    writeFileSync(actors, table('official'));
    const failed = await runMain(['import', sheet, '--actors', actors, ...columns]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('invalid-value at ["nigeria-actors.csv"].row[4].Kind: expected one of');
  });

  it('reports a row with more cells than the header as CSV syntax, with the hint to quote a cell', async () => {
    // A `;` inside a cell of a `;` sheet, not quoted: the row has a cell too many.
    const sheet = file('unquoted.csv');
    writeFileSync(
      sheet,
      'When;What;Who;Kinds\r\n2021-06-04;Operators told to suspend access; blocked by morning;NCC;regulator\r\n',
    );
    const run = await runMain(['import', sheet]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('csv-syntax at row[2]: row 2 (line 2) has 5 cells; the header has 4');
    expect(run.stderr).toContain('hint: Quote a cell holding the separator, a quote or a line break');
  });
});

describe('every command reads a sheet', () => {
  it('shows a .csv sheet whose header names its columns, and never reads it as JSON', async () => {
    const run = await runMain(['show', file('x-brazil.csv')]);
    expect(run.stderr).not.toMatch(/json-syntax/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Moraes suspends X nationwide/);
  });

  it('knows a sheet by its content when its name has no extension', async () => {
    const run = await runMain(['show', file('sheet-without-extension')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Starlink reverses and blocks X/);
  });

  it('reads a sheet from standard input by its content, and with --from csv', async () => {
    expect((await runMain(['show', '-'], SHEET)).code).toBe(0);
    expect((await runMain(['validate', '-', '--from', 'csv'], SHEET)).code).toBe(0);
  });

  it('says how to import a sheet whose columns it cannot find', async () => {
    const run = await runMain(['show', file('bare.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a CSV sheet.*dispute-timeline import/);
  });
});

describe('the conventions', () => {
  it('says the extension it does not know, and the formats', async () => {
    const run = await runMain(['export', 'blackberry-pakistan-2015', '-o', file('x.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown extension \.xlsx; formats: json \(\.json\), text/);
  });

  it('takes an actor by name or alias in --actor', async () => {
    const byAlias = await runMain(['query', 'blackberry-pakistan-2015', '--actor', 'RIM', '--json']);
    const byId = await runMain(['query', 'blackberry-pakistan-2015', '--actor', 'blackberry', '--json']);
    expect(byAlias.code).toBe(0);
    expect(byAlias.stdout).toBe(byId.stdout);
  });

  it('shows the validate example as a pipeline, without the program name before cat', async () => {
    const run = await runMain(['validate', '--help']);
    expect(run.stdout).toMatch(/^ {2}cat case\.json \| dispute-timeline validate -$/m);
  });
});

describe('the manual page', () => {
  it('is made from the same help as --help, and declared in package.json', async () => {
    const { COMMANDS } = await import('../../src/cli/commands.js');
    const { commandHelp, programHelp } = await import('../../src/cli/help.js');
    const { manPage } = await import('../../scripts/man-page.js');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string;
      man: string;
      files: string[];
    };
    const page = manPage(
      pkg.version,
      programHelp(COMMANDS),
      COMMANDS.map((command) => ({
        name: command.name,
        summary: command.summary,
        help: commandHelp(command),
      })),
    );
    expect(pkg.man).toBe('./man/dispute-timeline.1');
    expect(pkg.files).toContain('man');
    expect(readFileSync('man/dispute-timeline.1', 'utf8'), 'run npx tsx scripts/write-man-page.ts').toBe(
      page,
    );
  });
});

describe('dispute-timeline completion', () => {
  it.each(['bash', 'zsh', 'fish'])('prints a %s script that completes every command', async (shell) => {
    const run = await runMain(['completion', shell]);
    expect(run.code).toBe(0);
    for (const name of ['show', 'import', 'export', 'completion']) expect(run.stdout).toContain(name);
    expect(run.stdout).toMatch(/-l column|--column/);
  });

  it('refuses a shell it does not know', async () => {
    const run = await runMain(['completion', 'bsh']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/did you mean `bash`/);
  });
});

describe('FORCE_COLOR', () => {
  it('colours a pipe when set, never over NO_COLOR, and turns a terminal plain when 0', async () => {
    const { colourOn } = await import('../../src/cli/terminal.js');
    const pipe = { isTTY: false } as Parameters<typeof colourOn>[0];
    const tty = { isTTY: true } as Parameters<typeof colourOn>[0];
    expect(colourOn(pipe, {})).toBe(false);
    expect(colourOn(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourOn(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
    expect(colourOn(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colourOn(tty, {})).toBe(true);
  });
});
