import {
  importSpreadsheet,
  readSpreadsheet,
  type SpreadsheetMapping,
  serializeDispute,
  TimelineError,
  type TimelineIssue,
} from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

function issuesOf(run: () => unknown): readonly TimelineIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineError);
    return (error as TimelineError).issues;
  }
  throw new Error('expected a TimelineError');
}

/** A CSV field, quoted when it holds the delimiter, a quote or a line break. */
function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function sheetOf(rows: readonly (readonly string[])[], delimiter: string): string {
  return rows.map((row) => row.map((cell) => field(cell, delimiter)).join(delimiter)).join('\r\n');
}

// Rows of the 2024 suspension of X in Brazil (/work/shared/research/facts-more-cases.md), written the way a
// researcher writes them: own column names, actors as a list with commas, a quote, kinds, a precision and notes.
const HEADER = ['When', 'Precision', 'What happened', 'Who', 'Kinds', 'Quote', 'Link', 'Outlet', 'Notes'];
const ROWS = [
  [
    '2024-08-29 20:07',
    'minute',
    'The 24-hour deadline expires',
    'X, Moraes',
    'company, judge',
    'O prazo dado pelo ministro encerrou às 20h07 desta quinta-feira (29).',
    'https://dplnews.com/starlink-notifica-anatel-de-que-nao-bloqueara-o-acesso-ao-x/',
    'DPL News',
    'several Brazilian pages agree on 20:07',
  ],
  [
    '2024-08-30',
    'day',
    'Moraes suspends X nationwide',
    'Moraes, Anatel, Apple and Google',
    'judge, regulator, company, company',
    'He ordered the National Telecommunications Agency (Anatel) to "adopt all necessary measures to implement" the order within 24 hours.',
    'https://www.hindustantimes.com/world-news/brazil-judge-orders-shutdown-of-elon-musks-x-in-country-101725053324949.html',
    'AFP via Hindustan Times',
    'order issued ~17:30',
  ],
  [
    '2024-09-03',
    'day',
    'Starlink reverses and blocks X',
    'Starlink',
    'company',
    'Regardless of the illegal treatment of Starlink in freezing our assets, we are complying with the order to block access to X in Brazil',
    'https://pledgetimes.com/starlink-backtracks-and-says-it-will-block-ox-in-brazil/',
    'Estadão via Pledge Times',
    '',
  ],
];
const MAPPING: SpreadsheetMapping = {
  dispute: { id: 'x-brazil-2024', title: 'Brazil and X, 2024', timeZone: 'America/Sao_Paulo' },
  columns: {
    date: 'When',
    precision: 'Precision',
    title: 'What happened',
    actors: 'Who',
    actorKinds: 'Kinds',
    quote: 'Quote',
    sources: 'Link',
    publisher: 'Outlet',
  },
  kind: 'order',
  confidence: 'confirmed',
};

describe('importSpreadsheet loses nothing of a researcher sheet', () => {
  const sheet = sheetOf([HEADER, ...ROWS], ';');
  const result = importSpreadsheet(sheet, MAPPING);

  it('finds every cell of the sheet in the dispute or in a warning at its row or column', () => {
    const json = serializeDispute(result.dispute);
    const reported = (row: number, column: string) =>
      result.warnings.some(
        (warning) =>
          warning.path[2] === column && (warning.path[1] === row || warning.code === 'unmapped-column'),
      );
    const lost: string[] = [];
    // The precision is kept as the date's own: cut to the minute, or to the day.
    const precisions = result.dispute.events.map((event) =>
      typeof event.date === 'string' ? event.date : event.date.value,
    );
    expect(precisions.map((date) => (date.includes('T') ? 'minute' : 'day'))).toEqual(
      ROWS.map((row) => row[1]),
    );
    ROWS.forEach((cells, index) => {
      cells.forEach((cell, at) => {
        const column = HEADER[at] as string;
        if (column === 'Precision') return;
        const items = cell.split(/;|,| and |\n/).map((item) => item.trim());
        for (const item of items.filter((one) => one !== '')) {
          // Dates are kept as EDTF: `2024-08-29 20:07` is `2024-08-29T20:07`.
          const stored = JSON.stringify(item.replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T')).slice(1, -1);
          if (!json.includes(stored) && !reported(index + 2, column))
            lost.push(`row ${index + 2} ${column}: ${item}`);
        }
      });
    });
    expect(lost).toEqual([]);
  });

  it('says it read the sheet with ";" and warns of the Notes column it did not import', () => {
    expect(result.delimiter).toBe(';');
    expect(result.warnings.filter((warning) => warning.code === 'unmapped-column')).toMatchObject([
      { path: ['row', 1, 'Notes'], message: expect.stringContaining('2 filled cells are not imported') },
    ]);
  });

  it('splits the list cells into one actor each, with the kind the kinds column gives in order', () => {
    expect(result.dispute.actors.map((actor) => [actor.name, actor.kind])).toEqual([
      ['X', 'company'],
      ['Moraes', 'judge'],
      ['Anatel', 'regulator'],
      ['Apple', 'company'],
      ['Google', 'company'],
      ['Starlink', 'company'],
    ]);
    expect(result.dispute.events.map((event) => event.actors.length)).toEqual([2, 4, 1]);
  });

  it('reports the names it split at "," or " and " as a guess, and not the names it already knew', () => {
    expect(
      result.warnings.filter((warning) => warning.code === 'ambiguous-list').map((warning) => warning.path),
    ).toEqual([
      ['row', 2, 'Who'],
      ['row', 3, 'Who'],
    ]);
  });

  it('keeps the quote on the citation, the outlet as publisher and the date at its precision', () => {
    const order = result.dispute.events.find((event) => event.title === 'Moraes suspends X nationwide');
    expect(order?.sources[0]?.quote).toMatch(/^He ordered the National Telecommunications Agency/);
    expect(result.dispute.sources.map((source) => source.publisher)).toContain('AFP via Hindustan Times');
    expect(result.dispute.events[0]?.date).toBe('2024-08-29T20:07');
  });

  it('returns a frozen result', () => {
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.warnings)).toBe(true);
    expect(Object.isFrozen(result.warnings[0]?.path)).toBe(true);
  });
});

describe('importSpreadsheet splits list cells without guessing silently', () => {
  const columns = { date: 'Date', title: 'What', actors: 'Who', actorKinds: 'Kinds', sources: 'Link' };
  const row = (who: string, kinds: string) =>
    sheetOf(
      [
        ['Date', 'What', 'Who', 'Kinds', 'Link'],
        ['2016-02-16', 'Order to assist the FBI', who, kinds, 'https://example.org/order'],
      ],
      ',',
    );

  it('makes three actors of "Sheri Pym, Apple, FBI", and says it split at commas', () => {
    const { dispute, warnings } = importSpreadsheet(row('Sheri Pym, Apple, FBI', 'judge; company; agency'), {
      dispute: { id: 'apple-fbi', title: 'Apple and the FBI' },
      columns,
    });
    expect(dispute.actors.map((actor) => actor.name)).toEqual(['Sheri Pym', 'Apple', 'FBI']);
    expect(warnings).toMatchObject([{ code: 'ambiguous-list', path: ['row', 2, 'Who'] }]);
  });

  it('keeps a declared name that holds a comma whole, from the actors sheet, and gives no warning', () => {
    const actorSheet =
      'Name,Kind,Country,Aliases\r\n"Ministry of Posts, Telecommunications and IT",ministry,PK,MoPT\r\n';
    const { dispute, warnings } = importSpreadsheet(
      row('Ministry of Posts, Telecommunications and IT, Apple', 'ministry, company'),
      { dispute: { id: 'case', title: 'A case' }, columns, actorSheet },
    );
    expect(dispute.actors.map((actor) => [actor.name, actor.kind, actor.country])).toEqual([
      ['Ministry of Posts, Telecommunications and IT', 'ministry', 'PK'],
      ['Apple', 'company', undefined],
    ]);
    expect(dispute.events[0]?.actors).toHaveLength(2);
    expect(warnings.filter((warning) => warning.code === 'ambiguous-list')).toMatchObject([
      { message: expect.stringContaining('"Apple"') },
    ]);
  });

  it('matches an alias of the dispute given, and splits a cell that holds ";" only at ";"', () => {
    const { dispute, warnings } = importSpreadsheet(row('RIM; Pakistan Telecommunication Authority', ''), {
      dispute: blackberryPakistan2015,
      columns,
    });
    expect(dispute.events.find((event) => event.title === 'Order to assist the FBI')?.actors).toEqual([
      'blackberry',
      'pta',
    ]);
    expect(warnings).toEqual([]);
  });

  it('takes the separators it is given', () => {
    const { dispute } = importSpreadsheet(row('Apple | FBI', 'company | agency'), {
      dispute: { id: 'case', title: 'A case' },
      columns,
      listSeparators: [' | '],
    });
    expect(dispute.actors.map((actor) => actor.kind)).toEqual(['company', 'agency']);
  });

  it('reports every new actor that has no kind, once each, and applies no kind to all', () => {
    const sheet = sheetOf(
      [
        ['Date', 'What', 'Who', 'Link'],
        ['2016-02-16', 'Order', 'Apple, FBI', 'https://example.org/a'],
        ['2016-02-17', 'Reply', 'Apple', 'https://example.org/b'],
      ],
      ',',
    );
    const issues = issuesOf(() =>
      importSpreadsheet(sheet, {
        dispute: { id: 'case', title: 'A case' },
        columns: { date: 'Date', title: 'What', actors: 'Who', sources: 'Link' },
      }),
    );
    expect(issues.map((one) => [one.code, one.path, one.value])).toEqual([
      ['missing-field', ['row', 2, 'Who'], 'Apple'],
      ['missing-field', ['row', 2, 'Who'], 'FBI'],
    ]);
  });

  it('refuses a kinds cell that matches neither the actors one by one nor all at once', () => {
    const issues = issuesOf(() =>
      importSpreadsheet(row('Sheri Pym, Apple, FBI', 'judge, company'), {
        dispute: { id: 'case', title: 'A case' },
        columns,
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-value', path: ['row', 2, 'Kinds'] }),
    );
  });
});

describe('importSpreadsheet reads the delimiter the sheet uses', () => {
  const mapping: SpreadsheetMapping = {
    dispute: { id: 'case', title: 'A case' },
    columns: { date: 'Date', title: 'What', sources: 'Link' },
  };

  it.each([
    ['a comma', ',', 'Date,What,Link\r\n2024-08-30,X suspended,https://example.org/\r\n'],
    ['a semicolon', ';', 'Date;What;Link\r\n2024-08-30;X suspended, nationwide;https://example.org/\r\n'],
    ['a tab', '\t', 'Date\tWhat\tLink\r\n2024-08-30\tX suspended; nationwide\thttps://example.org/\r\n'],
    ['an Excel sep= line', ';', 'sep=;\r\nDate;What;Link\r\n2024-08-30;X suspended;https://example.org/\r\n'],
  ])('detects %s and says so', (_, delimiter, sheet) => {
    const result = importSpreadsheet(sheet, mapping);
    expect(result.delimiter).toBe(delimiter);
    expect(result.dispute.events[0]?.title).toMatch(/^X suspended/);
  });

  it('says in the error when the header is one column holding another delimiter', () => {
    const issues = issuesOf(() =>
      readSpreadsheet('Date;What;Link\r\n2024-08-30;X suspended;https://example.org/\r\n', {
        ...mapping,
        delimiter: ',',
      }),
    );
    expect(issues[0]?.message).toMatch(/is one column "Date;What;Link" that holds ";".*delimiter: ";"/);
  });

  it('skips rows of empty cells, as Excel writes them', () => {
    const sheet = 'Date;What;Link\r\n2024-08-30;X suspended;https://example.org/\r\n;;\r\n;;\r\n';
    expect(importSpreadsheet(sheet, mapping).dispute.events).toHaveLength(1);
  });
});

describe('importSpreadsheet maps every field a record has', () => {
  it('reads source title, note, author and publication date, a sequence and a zone', () => {
    const sheet = sheetOf(
      [
        ['Date', 'Zone', 'Order', 'What', 'Link', 'Title', 'Note', 'By', 'Published', 'Precision'],
        [
          '2024-08-31',
          'America/Sao_Paulo',
          '2',
          'X goes dark for most users',
          'https://dunyanews.tv/en/World/834881-brazils-supreme-court-votes-to-uphold-x-suspension',
          "Brazil's Supreme Court votes to uphold X suspension",
          'Reuters copy',
          'Reuters',
          '2024-09-02',
          'approximate',
        ],
      ],
      ',',
    );
    const { dispute, warnings } = importSpreadsheet(sheet, {
      dispute: { id: 'case', title: 'A case' },
      columns: {
        date: 'Date',
        timeZone: 'Zone',
        sequence: 'Order',
        title: 'What',
        sources: 'Link',
        sourceTitle: 'Title',
        sourceNote: 'Note',
        author: 'By',
        published: 'Published',
        precision: 'Precision',
      },
    });
    expect(warnings).toEqual([]);
    expect(dispute.events[0]).toMatchObject({
      date: { value: '2024-08-31~', timeZone: 'America/Sao_Paulo' },
      sequence: 2,
    });
    expect(dispute.sources[0]).toMatchObject({
      title: "Brazil's Supreme Court votes to uphold X suspension",
      note: 'Reuters copy',
      author: 'Reuters',
      published: '2024-09-02',
    });
  });

  it('reports a cell that disagrees with a record the dispute already has, instead of dropping it', () => {
    const sheet = 'Date,What,Who,Kinds,Link\r\n2015-12-01,PTA extends,PTA,ministry,https://example.org/a\r\n';
    const { warnings } = importSpreadsheet(sheet, {
      dispute: blackberryPakistan2015,
      columns: { date: 'Date', title: 'What', actors: 'Who', actorKinds: 'Kinds', sources: 'Link' },
    });
    expect(warnings).toMatchObject([{ code: 'ignored-cell', path: ['row', 2, 'Kinds'] }]);
  });

  it('refuses a precision it does not know, at its row and column', () => {
    const issues = issuesOf(() =>
      importSpreadsheet('Date,P,What,Link\r\n2024-08-30,fortnight,X suspended,https://example.org/\r\n', {
        dispute: { id: 'case', title: 'A case' },
        columns: { date: 'Date', precision: 'P', title: 'What', sources: 'Link' },
      }),
    );
    expect(issues).toMatchObject([{ code: 'invalid-value', path: ['row', 2, 'P'] }]);
  });
});

/**
 * LinkedIn and Russia, 2016 (facts-more-cases §0, the survey's row): the Moscow City Court's ruling of 10 November
 * (TASS), and the block, "blocked on 17 November 2016" by one page and "as of November 18" by AIM Group, whose
 * address the survey does not give. A researcher keeps both, each row with its outlet.
 */
describe('importSpreadsheet on a sheet that cites an outlet without an address', () => {
  const linkedin = [
    ['Date', 'Headline', 'Parties', 'Party type', 'URL', 'Publication', 'Words'],
    [
      '2016-11-10',
      'Moscow City Court upholds the ruling against LinkedIn',
      'Moscow City Court; LinkedIn',
      'court; company',
      'https://tass.com/economy/911595/amp',
      'TASS',
      '',
    ],
    [
      '2016-11-17',
      'LinkedIn is blocked in Russia',
      'LinkedIn',
      'company',
      'https://seamless.legal/en/rus/publication/linkedin-blocked-in-russia',
      'Seamless Legal',
      'blocked on 17 November 2016',
    ],
    [
      '2016-11-18',
      'LinkedIn is blocked in Russia',
      'LinkedIn',
      'company',
      '',
      'AIM Group',
      'as of November 18',
    ],
  ];
  const columns = {
    date: 'Date',
    title: 'Headline',
    actors: 'Parties',
    actorKinds: 'Party type',
    sources: 'URL',
    publisher: 'Publication',
    quote: 'Words',
  };
  const header = {
    id: 'linkedin-russia-2016',
    title: 'LinkedIn and Russia, 2016',
    timeZone: 'Europe/Moscow',
  };

  it('cites a row with an outlet and no URL by a source of that publisher, without an address', () => {
    const { dispute } = importSpreadsheet(sheetOf(linkedin, ','), { dispute: header, columns });
    const last = dispute.events.find((event) => event.date === '2016-11-18');
    const cited = dispute.sources.find((source) => source.id === last?.sources[0]?.source);
    expect(cited).toEqual({ id: 'aim-group', publisher: 'AIM Group' });
    expect(last?.sources[0]?.quote).toBe('as of November 18');
  });

  it('cites the same outlet and title without an address as one source, in this sheet and in the dispute it extends', () => {
    const twice = [
      ...linkedin,
      ['2016-11-19', 'LinkedIn stays blocked', 'LinkedIn', 'company', '', 'AIM Group', ''],
    ];
    const { dispute } = importSpreadsheet(sheetOf(twice, ','), { dispute: header, columns });
    expect(dispute.sources.filter((source) => source.publisher === 'AIM Group')).toHaveLength(1);
    const more = [
      linkedin[0] as string[],
      ['2016-11-20', 'Still blocked', 'LinkedIn', '', '', 'AIM Group', ''],
    ];
    const { dispute: extended } = importSpreadsheet(sheetOf(more, ','), { dispute, columns });
    expect(extended.sources).toHaveLength(dispute.sources.length);
    expect(extended.events.find((event) => event.date === '2016-11-20')?.sources).toEqual([
      { source: 'aim-group' },
    ]);
  });

  it('still asks for a source when a row gives neither a URL nor an outlet', () => {
    const bare = [
      linkedin[0] as string[],
      ['2016-11-18', 'LinkedIn is blocked', 'LinkedIn', 'company', '', '', ''],
    ];
    const issues = issuesOf(() => importSpreadsheet(sheetOf(bare, ','), { dispute: header, columns }));
    expect(issues.map((found) => [found.code, found.path])).toEqual([['missing-source', ['row', 2, 'URL']]]);
  });

  it('lists the problems in the order of the sheet, row by row and column by column', () => {
    const wrong = [
      linkedin[0] as string[],
      [
        '10 Nov 2016',
        'Moscow City Court upholds the ruling',
        'Moscow City Court & LinkedIn',
        'court; company',
        '',
        '',
        '',
      ],
      ['04.08.2016', 'Tagansky District Court rules', 'Tagansky District Court', 'court', '', '', ''],
    ];
    const issues = issuesOf(() => importSpreadsheet(sheetOf(wrong, ','), { dispute: header, columns }));
    expect(issues.map((found) => [found.code, found.path])).toEqual([
      ['invalid-date', ['row', 2, 'Date']],
      ['missing-field', ['row', 2, 'Parties']],
      ['invalid-value', ['row', 2, 'Party type']],
      ['missing-source', ['row', 2, 'URL']],
      ['invalid-date', ['row', 3, 'Date']],
      ['missing-source', ['row', 3, 'URL']],
    ]);
    expect(issues.find((found) => found.code === 'invalid-value')?.message).toMatch(
      /^the row names 1 actor but 2 kinds;/,
    );
  });
});
