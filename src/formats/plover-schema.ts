import { deepFreeze } from '../_lib/freeze.js';

/** The 16 event categories of PLOVER (manual, draft 2.0). */
export const PLOVER_EVENTS = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

/**
 * Every mode of the manual's mode tables (CONSULT, RETREAT, REQUEST and REJECT, ACCUSE, THREATEN, PROTEST,
 * SANCTION, MOBILIZE, COERCE, ASSAULT; a mode two tables share once), then its four auxiliary modes. Written
 * out flat, without spreads, so that a bundle that does not use the schema drops it.
 */
const MODES = [
  'visit',
  'third-party',
  'multilateral',
  'phone',
  'withdraw',
  'release',
  'disarm',
  'ceasefire',
  'access',
  'resign',
  'assist',
  'change',
  'yield',
  'meet',
  'disapprove',
  'investigate',
  'allege',
  'restrict',
  'arrest',
  'relations',
  'expel',
  'territory',
  'violence',
  'demo',
  'riot',
  'strike',
  'hunger',
  'boycott',
  'obstruct',
  'vandalize',
  'convict',
  'discontinue',
  'troops',
  'weapons',
  'police',
  'militia',
  'seize',
  'censor',
  'curfew',
  'martial-law',
  'deport',
  'withhold',
  'misinformation',
  'cyber',
  'abduct',
  'beat',
  'torture',
  'sexual',
  'targeted',
  'destroy',
  'primitive',
  'firearms',
  'explosives',
  'suicide-attack',
  'aerial',
  'drone',
  'heavy-weapons',
  'crowd-control',
  'unconventional',
  'historical',
  'future',
  'hypothetical',
  'negation',
];

/** The 36 general contexts of the manual's context table, and the four auxiliary modes. */
const CONTEXTS = [
  'military',
  'intelligence',
  'executive',
  'legislative',
  'election',
  'political_institutions',
  'pro_democracy',
  'pro_autocracy',
  'economic',
  'legal',
  'reparations',
  'human_rights',
  'rights_freedoms',
  'repression',
  'human_security',
  'gender',
  'lgbt',
  'religion_ethnicity',
  'inequality',
  'diplomatic',
  'territory',
  'peacekeeping',
  'health',
  'asylum',
  'migration',
  'disasters',
  'natural_resource',
  'environment',
  'technology',
  'terrorism',
  'cbrn',
  'cyber',
  'misinformation',
  'crime',
  'corruption',
  'illegal_drugs',
  'trafficking',
  // the auxiliary modes, which the manual says a coder puts in the context
  'historical',
  'future',
  'hypothetical',
  'negation',
];

const text = { type: 'string', minLength: 1 } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
const time = {
  type: 'string',
  pattern: '^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$',
} as const;

const entity = {
  type: 'object',
  description: 'An actor or recipient: the information object for entities of the manual.',
  properties: {
    code: {
      type: 'string',
      pattern: '^[A-Z]{3}$',
      description: '3-character top-level entity code (a country)',
    },
    sector: {
      type: 'string',
      pattern: '^[A-Z]{3}([A-Z]{3})?$',
      description: '3- or 6-character sector (GOV, BUS…)',
    },
    entity_text: text,
    identifier_id: text,
    identifier_text: text,
    religion: text,
    ethnicity: text,
    office: text,
    gender: text,
    age: { type: 'integer', minimum: 0 },
  },
} as const;

/**
 * An **unofficial** JSON Schema (2020-12) of one PLOVER record, written from the PLOVER manual (draft 2.0,
 * `PLOVER_MANUAL.tex` of openeventdata/PLOVER, chapter "Data Fields"): the PLOVER project publishes no schema.
 * Required are `id`, `date`, `actor` and `event`; `event`, `mode` and `context` are lists of the manual's
 * categories, modes (with the auxiliary modes) and contexts; dates are `YYYY-MM-DD`. Like the manual, it lets
 * a data provider add fields of its own (this library adds `cameo_code`).
 *
 * @category Formats
 * @example
 * ```ts
 * import { PLOVER_RECORD_SCHEMA } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * [PLOVER_RECORD_SCHEMA.$schema, PLOVER_RECORD_SCHEMA.required];
 * //=> ['https://json-schema.org/draft/2020-12/schema', ['id', 'date', 'actor', 'event']]
 * ```
 */
export const PLOVER_RECORD_SCHEMA = /* @__PURE__ */ deepFreeze({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'PLOVER event record (unofficial)',
  description:
    'An unofficial JSON Schema of one PLOVER event record, written by dispute-timeline from the PLOVER manual ' +
    '(draft 2.0, chapter "Data Fields"); the PLOVER project publishes no schema. Fields beyond the manual are allowed.',
  type: 'object',
  required: ['id', 'date', 'actor', 'event'],
  properties: {
    id: text,
    has_event: { type: 'boolean' },
    date: day,
    time,
    enddate: day,
    endtime: time,
    actor: { type: 'array', items: entity, minItems: 1 },
    recipient: { type: 'array', items: entity },
    event: { type: 'array', items: { enum: PLOVER_EVENTS }, minItems: 1, uniqueItems: true },
    event_loc: { type: 'object' },
    event_text: { type: 'array', items: text },
    quad_code: { enum: [1, 2, 3, 4] },
    event_scale: { type: 'number' },
    mode: { type: 'array', items: { enum: MODES }, minItems: 1, uniqueItems: true },
    context: { type: 'array', items: { enum: CONTEXTS }, minItems: 1, uniqueItems: true },
    link: text,
    text,
    text_info: { type: 'object' },
    cite_info: {
      type: 'object',
      properties: {
        corpus: text,
        citation: text,
        url: { type: 'string', format: 'uri' },
        title: text,
        language: { type: 'string', pattern: '^[a-z]{2}$' },
        publication: text,
        license: text,
        copyright: text,
        coder: text,
        codebook: text,
        version: text,
      },
    },
    coder: text,
    coded_date: day,
    coded_time: time,
    comment: text,
  },
} as const);
