import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  createDispute,
  PLOVER_RECORD_SCHEMA,
  parseDispute,
  toPloverRecords,
  writeJson,
  writePlover,
} from 'dispute-timeline';
import {
  blackberryPakistan2015,
  datasets,
  indiaBlackberry2010,
  uaeBlackberry2010,
} from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alpha3Of } from '../../src/formats/support/country-alpha3.js';
import { COUNTRY_CODES } from '../../src/model/countries.js';
import { randomDisputeInput } from '../reliability/arbitraries.js';
import { ALL_HOSTILE, HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';
import { oneEventDispute } from '../support/disputes.js';
import { heavyRuns } from '../support/runs.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(PLOVER_RECORD_SCHEMA);

/** Every line parsed and checked against the schema; the problems, as text. */
function invalidLines(text: string): string[] {
  return text
    .trimEnd()
    .split('\n')
    .flatMap((line, i) =>
      validate(JSON.parse(line)) ? [] : [`line ${i + 1}: ${ajv.errorsText(validate.errors)}`],
    );
}

describe('the unofficial PLOVER record schema', () => {
  it('is a valid JSON Schema 2020-12 that says it is unofficial', () => {
    expect(ajv.validateSchema(PLOVER_RECORD_SCHEMA)).toBe(true);
    expect(PLOVER_RECORD_SCHEMA.title).toContain('unofficial');
    expect(Object.isFrozen(PLOVER_RECORD_SCHEMA.properties)).toBe(true);
  });

  it('rejects records without an actor or event, with an unknown category, or a date that is not YYYY-MM-DD', () => {
    const good = { id: 'x', date: '2016-07-24', actor: [{ code: 'USA' }], event: ['CONSULT'] };
    expect(validate(good)).toBe(true);
    for (const bad of [
      { ...good, actor: undefined },
      { ...good, event: ['DEMAND'] },
      { ...good, event: [] },
      { ...good, date: '2016-07' },
      { ...good, date: '2016-02-30' },
      { ...good, mode: ['because'] },
      { ...good, context: ['Technology'] },
      { ...good, actor: [{ code: 'US' }] },
    ])
      expect(validate(JSON.parse(JSON.stringify(bad)))).toBe(false);
  });
});

describe("PLOVER's three-letter country codes", () => {
  it('gives every country code the model accepts its own ISO 3166-1 alpha-3 code', () => {
    const codes = COUNTRY_CODES.map((code) => alpha3Of(code));
    expect(codes.every((code) => code !== undefined && /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(COUNTRY_CODES.length);
    expect(['PK', 'IN', 'GB', 'KP', 'AE', 'SA', 'ZW'].map((code) => alpha3Of(code))).toEqual([
      'PAK',
      'IND',
      'GBR',
      'PRK',
      'ARE',
      'SAU',
      'ZWE',
    ]);
    expect(alpha3Of('XK')).toBeUndefined();
  });
});

describe('writePlover', () => {
  it('writes one valid record per line for every shipped dataset', () => {
    for (const dispute of datasets) {
      const text = writePlover(dispute);
      expect(text.endsWith('\n')).toBe(true);
      expect(invalidLines(text)).toEqual([]);
      const ids = toPloverRecords(dispute).map((record) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('codes demands as REQUEST, their threats and deadlines as THREATEN, responses by their stance', () => {
    const records = toPloverRecords(blackberryPakistan2015);
    const byId = (id: string) => records.find((record) => record.id === `blackberry-pakistan-2015:${id}`);
    expect(byId('demands:bes-traffic-access')).toMatchObject({
      event: ['REQUEST'],
      mode: ['assist'],
      context: ['technology', 'intelligence'],
      cameo_code: '1014',
      date: '2015-07-01', // "in July" 2015 (Reuters, The Verge): the first day of the month the sources give
      actor: [{ code: 'PAK', sector: 'GOV', entity_text: 'Pakistan Telecommunication Authority' }],
      recipient: [{ code: 'CAN', sector: 'BUS', entity_text: 'BlackBerry' }],
      link: 'blackberry-pakistan-2015:demands:bes-traffic-access',
    });
    expect(byId('demands:bes-shutdown-order')).toMatchObject({
      event: ['REQUEST'],
      mode: ['change'],
      cameo_code: '1042',
    });
    expect(byId('demands:bes-shutdown-order:threat')).toMatchObject({
      event: ['THREATEN'],
      mode: ['restrict'],
    });
    // An ultimatum is dated when it was given (the PTA's extension of 30 November), its due date in the comment.
    expect(byId('deadlines:deadline-2015-12-30')).toMatchObject({
      event: ['THREATEN'],
      cameo_code: '139',
      date: '2015-11-30',
      comment: 'date as the sources give it: 2015-11-30; due 2015-12-30',
    });
    expect(byId('responses:blackberry-stays')).toMatchObject({
      event: ['REJECT'],
      cameo_code: '1214',
      quad_code: 3,
      recipient: [{ entity_text: 'Pakistan Telecommunication Authority' }],
      link: 'blackberry-pakistan-2015:demands:bes-traffic-access',
    });
    expect(byId('responses:blackberry-exit')).toMatchObject({
      event: ['SANCTION'],
      mode: ['discontinue'],
      cameo_code: '16',
    });
    expect(byId('responses:blackberry-delays-exit')).toMatchObject({ event: ['CONSULT'], cameo_code: '046' });
    expect(byId('events:rescission-announced')).toMatchObject({ event: ['CONCEDE'], cameo_code: '08' });
    // A person is coded with the sector and country of the organisation they belong to.
    expect(byId('responses:blackberry-exit')?.actor).toContainEqual({
      code: 'CAN',
      sector: 'BUS',
      entity_text: 'Marty Beard',
    });
    // Statements and announcements are not events PLOVER codes.
    expect(byId('events:pta-affected-users')).toBeUndefined();
  });

  it('counts a response and the event that restates it once, and keeps an event that adds a happening', () => {
    const ids = toPloverRecords(blackberryPakistan2015).map((record) =>
      record.id.split(':').slice(1).join(':'),
    );
    // BlackBerry's post announcing its exit is the exit: one record, the response's.
    expect(ids).toContain('responses:blackberry-exit');
    expect(ids).not.toContain('events:blackberry-exit-announced');
    expect(ids).not.toContain('events:blackberry-exit-delayed');
    // The post that it stays also says Pakistan rescinded its order: that concession is a record of its own.
    expect(ids).toContain('responses:blackberry-stays');
    expect(ids).toContain('events:rescission-announced');
  });

  it('gives date and enddate as the first and last day the date may stand for, in its own zone', () => {
    const records = toPloverRecords(indiaBlackberry2010);
    const byId = (id: string) => records.find((record) => record.id === `india-blackberry-2010:events:${id}`);
    expect(byId('interception-system-ready')).toMatchObject({
      date: '2013-07-01',
      enddate: '2013-07-31',
      event: ['AGREE'],
    });
    expect(byId('extension-to-2011-01-31')).toMatchObject({ date: '2010-10-11', enddate: '2010-10-13' });
    // DoT's order and the demand it makes are one happening: one REQUEST, the demand's.
    expect(byId('dot-orders-suspension')).toBeUndefined();
    expect(
      records.find((record) => record.id === 'india-blackberry-2010:demands:suspend-unmonitorable-services'),
    ).toMatchObject({ date: '2011-02-13', event: ['REQUEST'] });
    expect(byId('dot-orders-suspension')?.enddate).toBeUndefined();
    const timed = createDispute({ id: 'timed', title: 'T', timeZone: 'Asia/Karachi' })
      .actor({ id: 'gov', name: 'Government', kind: 'government', country: 'PK' })
      .source({ id: 'src', publisher: 'P', url: 'https://example.org/a' })
      .event({
        id: 'e',
        date: '2015-11-30T23:30',
        kind: 'order',
        title: 'Order',
        actors: ['gov'],
        sources: [{ source: 'src' }],
        confidence: 'reported',
      })
      .build();
    expect(toPloverRecords(timed)[0]).toMatchObject({
      date: '2015-11-30',
      time: '23:30:00+05:00',
      cite_info: { url: 'https://example.org/a', publication: 'P', corpus: 'timed' },
    });
  });

  it('gives the day a wall clock in Monrovia showed in 1960, when its offset was −00:44:30, and that time in UTC', () => {
    const late = oneEventDispute(
      { id: 'monrovia', title: 'M', timeZone: 'Africa/Monrovia' },
      '1960-01-01T23:30',
    );
    // 23:30 in Monrovia was 00:14:30 UTC on 2 January: the record's day is the 1st; its time the instant in UTC.
    expect(toPloverRecords(late)[0]).toMatchObject({ date: '1960-01-01', time: '00:14:30+00:00' });
  });

  it('dates an ultimatum whose setting the dispute does not date when it is due, and says so', () => {
    const input = JSON.parse(writeJson(blackberryPakistan2015));
    for (const deadline of input.deadlines) delete deadline.setOn;
    const records = toPloverRecords(parseDispute(input));
    expect(records.find((record) => record.id.endsWith(':deadlines:deadline-2015-12-30'))).toMatchObject({
      date: '2015-12-30',
      comment:
        'date as the sources give it: 2015-12-30; due 2015-12-30; the day it was set is not known, so it is dated when due',
    });
  });

  it('codes every stance and every kind of event as the mapping table in the guide says', () => {
    const stances = [
      'comply',
      'partially-comply',
      'negotiate',
      'refuse',
      'leave-market',
      'challenge',
    ] as const;
    const kinds = [
      'demand',
      'order',
      'deadline',
      'extension',
      'rescission',
      'enforcement',
      'exit',
      'negotiation',
      'meeting',
      'agreement',
      'statement',
    ] as const;
    let builder = createDispute({ id: 'all', title: 'All', timeZone: 'UTC' })
      .actor(
        { id: 'gov', name: 'Government', kind: 'court', country: 'IN' },
        { id: 'co', name: 'Company', kind: 'civil-society' },
      )
      .source({ id: 'src', publisher: 'P' })
      .demand({
        id: 'd',
        date: '2010-08-12',
        by: ['gov'],
        of: ['co'],
        subjects: ['local-servers'],
        summary: 'Servers',
      });
    for (const stance of stances)
      builder = builder.response({
        id: `r-${stance}`,
        date: '2010-09',
        by: ['co'],
        to: ['d'],
        stance,
        summary: stance,
      });
    for (const kind of kinds)
      builder = builder.event({
        id: `e-${kind}`,
        date: '2010-10',
        kind,
        title: kind,
        actors: ['gov', 'co'],
        demands: ['d'],
        sources: [{ source: 'src' }],
        confidence: 'reported',
      });
    builder = builder.event({
      id: 'e-response',
      date: '2010-10',
      kind: 'response',
      title: 'r',
      actors: ['co'],
      responses: ['r-refuse'],
      sources: [{ source: 'src' }],
      confidence: 'reported',
    });
    const records = toPloverRecords(builder.build());
    const coded = Object.fromEntries(
      records.map((record) => [
        record.id.replace('all:', ''),
        [record.event[0], record.mode?.[0] ?? '', record.cameo_code],
      ]),
    );
    expect(coded).toEqual({
      'demands:d': ['REQUEST', 'change', '1042'],
      'responses:r-comply': ['CONCEDE', '', '0832'],
      'responses:r-partially-comply': ['CONCEDE', '', '08'],
      'responses:r-negotiate': ['CONSULT', '', '046'],
      'responses:r-refuse': ['REJECT', 'change', '1232'],
      'responses:r-leave-market': ['SANCTION', 'discontinue', '16'],
      'responses:r-challenge': ['ACCUSE', 'disapprove', '11'],
      'events:e-demand': ['REQUEST', 'change', '1042'],
      'events:e-order': ['REQUEST', 'change', '1042'],
      'events:e-deadline': ['THREATEN', 'restrict', '139'],
      'events:e-extension': ['CONCEDE', '', '08'],
      'events:e-rescission': ['CONCEDE', '', '08'],
      'events:e-enforcement': ['COERCE', 'withhold', '17'],
      'events:e-exit': ['SANCTION', 'discontinue', '16'],
      'events:e-negotiation': ['CONSULT', '', '046'],
      'events:e-meeting': ['CONSULT', '', '04'],
      'events:e-agreement': ['AGREE', '', '03'],
      'events:e-response': ['REJECT', 'change', '1232'],
    });
    const byId = (id: string) => records.find((record) => record.id === `all:${id}`);
    // A request's recipient is the demanded party; an exit's, the demanding one; a meeting has none.
    expect(byId('events:e-order')).toMatchObject({
      actor: [{ entity_text: 'Government', sector: 'JUD', code: 'IND' }],
      recipient: [{ entity_text: 'Company', sector: 'SOC' }],
    });
    expect(byId('events:e-exit')).toMatchObject({
      actor: [{ entity_text: 'Company' }],
      recipient: [{ entity_text: 'Government' }],
    });
    expect(byId('events:e-meeting')?.recipient).toBeUndefined();
    expect(records.every((record) => validate(JSON.parse(JSON.stringify(record))))).toBe(true);
  });

  it("puts an event's actors on their own side: a company's officer never requests or concedes with the government, nor a third party", () => {
    const sides = (dispute: typeof blackberryPakistan2015, event: string) => {
      const record = toPloverRecords(dispute).find((one) => one.id === `${dispute.id}:events:${event}`);
      const names = (entities: readonly { entity_text: string }[] | undefined) =>
        (entities ?? []).map((entity) => entity.entity_text);
      return { actor: names(record?.actor), recipient: names(record?.recipient) };
    };
    // The government rescinds its order to BlackBerry; BlackBerry's COO, who announced it, does not concede.
    expect(sides(blackberryPakistan2015, 'rescission-announced')).toEqual({
      actor: ['Government of Pakistan', 'Pakistan Telecommunication Authority'],
      recipient: ['BlackBerry', 'Mobile phone operators in Pakistan'],
    });
    // India demands of RIM: RIM's vice-president, named in the report, is not one who demands.
    expect(sides(indiaBlackberry2010, 'mha-demands-bes-bbm-access').actor).not.toContain('Robert Crow');
    expect(sides(indiaBlackberry2010, 'january-deadline-reached').actor).toEqual([
      'Ministry of Home Affairs',
      'P. Chidambaram',
    ]);
    // RIM writes to the Telecom Minister: he is of the government that demands, not of RIM's side. The event
    // restates RIM's response (same day, same stance): one happening, the response's record.
    expect(sides(indiaBlackberry2010, 'rim-writes-to-sibal')).toEqual({ actor: [], recipient: [] });
    const letter = toPloverRecords(indiaBlackberry2010).find(
      (record) => record.id === 'india-blackberry-2010:responses:rim-letter-to-sibal',
    );
    expect(letter?.actor?.map((entity) => entity.entity_text)).not.toContain('Kapil Sibal');
    expect(letter?.event).toEqual(['CONCEDE']);
    // The users the suspension would affect neither demand it nor are asked.
    const uae = sides(uaeBlackberry2010, 'tra-announces-suspension');
    expect([...uae.actor, ...uae.recipient]).not.toContain('BlackBerry users in the UAE');
    // A precedent that names no demand of this dispute: the government demands of the company.
    expect(sides(blackberryPakistan2015, 'india-2010-precedent')).toEqual({
      actor: ['Government of India'],
      recipient: ['BlackBerry'],
    });
  });

  it('writes valid records for random disputes, every form of date included', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const text = writePlover(parseDispute(randomDisputeInput(g)));
        expect(text === '' ? [] : invalidLines(text)).toEqual([]);
      }),
      heavyRuns(100),
    );
  });

  it('keeps hostile text as JSON strings: every line parses and is valid', () => {
    for (const text of [...HOSTILE_STRINGS, ALL_HOSTILE]) {
      const lines = writePlover(parseDispute(hostileDispute(text)));
      expect(lines.trimEnd().split('\n').length).toBe(
        toPloverRecords(parseDispute(hostileDispute(text))).length,
      );
      expect(invalidLines(lines)).toEqual([]);
    }
  });
});
