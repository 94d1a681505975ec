/**
 * dispute-timeline: a typed model of disputes between governments and technology companies — actors, demands,
 * responses, deadlines, events and sources — with dates as precise as their sources, validated immutable
 * builders, and precision-aware queries.
 *
 * The shipped datasets live in the `dispute-timeline/datasets` entry, the reader of a dispute's CSV tables in
 * `dispute-timeline/csv-tables`.
 * @module dispute-timeline
 */

export {
  createDispute,
  type DisputeBuilder,
  type DisputeHeaderInput,
  editDispute,
  safeUpdateDispute,
  updateDispute,
} from './builder/builder.js';
export {
  disputeJsonSchema,
  disputeWarnings,
  parseDispute,
  type SerializeOptions,
  safeParseDispute,
} from './builder/json.js';
export {
  type DateBound,
  type DateParts,
  type ParseDateOptions,
  type ParsedDate,
  parseDate,
  type Qualifier,
  safeParseDate,
  type ZonedDateText,
} from './dates/edtf.js';
export { writeDate } from './dates/edtf-write.js';
export { DATE_PRECISIONS, type DatePrecision } from './dates/precision.js';
export type { Truth } from './dates/truth.js';
export type { WrittenParts } from './dates/written-parts.js';
export { isTimeZone, zoneNameProblem } from './dates/zone.js';
export {
  formatIssues,
  formatPath,
  ISSUE_CODES,
  ISSUE_HINTS,
  type IssueCode,
  type IssuePath,
  type SafeResult,
  TimelineError,
  type TimelineIssue,
} from './errors/index.js';
export { type CasesSvgOptions, writeCasesSvg } from './formats/cases-svg.js';
export {
  CSV_COLUMNS,
  type CsvCollection,
  type CsvOptions,
  readCsv,
  type StreamCsvOptions,
  streamCsv,
  writeCsv,
  writeCsvLines,
  writeCsvStream,
} from './formats/csv/index.js';
// Deprecated aliases of the formats' old names, for one minor version (see docs/contributing.md).
export {
  formatICalendar,
  formatMermaid,
  formatPlover,
  formatTimelineJs,
  formatTimelineText,
  formatVisTimeline,
  readJsonLines,
  renderCasesSvg,
  renderHtml,
  renderSvg,
  serializeDispute,
  streamJsonLines,
  writeJsonLines,
} from './formats/deprecated.js';
export { type FigureOptions, figureToPdf, figureToPng } from './formats/figure.js';
export type {
  FigureFormat,
  FormatDescription,
  FormatOption,
  FormatOptions,
  ReadOptions,
  ReadProgress,
  TextFormat,
  TimelineFormat,
} from './formats/format.js';
export { writeHtml } from './formats/html.js';
export { type ICalendarOptions, writeICalendar } from './formats/icalendar.js';
export { writeJson } from './formats/json.js';
export {
  type JsonLinesItem,
  type ReadJsonLinesOptions,
  readJsonl,
  streamJsonl,
  writeJsonl,
  writeJsonlLines,
  writeJsonlStream,
} from './formats/json-lines/index.js';
export { type MarkdownOptions, writeMarkdown, writeMarkdownStream } from './formats/markdown.js';
export { writeMermaid } from './formats/mermaid.js';
export {
  type PloverCitation,
  type PloverEntity,
  type PloverRecord,
  toPloverRecords,
  writePlover,
  writePloverStream,
} from './formats/plover.js';
export { PLOVER_RECORD_SCHEMA } from './formats/plover-schema.js';
export { FORMATS, formatByName } from './formats/registry.js';
export {
  type DatePartColumns,
  importSpreadsheet,
  readSpreadsheet,
  type SheetDelimiter,
  type SpreadsheetColumns,
  type SpreadsheetImport,
  type SpreadsheetMapping,
} from './formats/spreadsheet.js';
export { type SvgOptions, writeSvg } from './formats/svg.js';
export { type TextTimelineOptions, writeText } from './formats/text.js';
export {
  type TimelineJsConfig,
  type TimelineJsDate,
  type TimelineJsEra,
  type TimelineJsSlide,
  type TimelineJsText,
  toTimelineJs,
  writeTimelineJs,
} from './formats/timelinejs.js';
export {
  TIMELINEJS_SHEET_COLUMNS,
  type TimelineJsSheetOptions,
  writeTimelineJsSheet,
} from './formats/timelinejs-sheet.js';
export {
  toVisTimeline,
  type VisTimelineData,
  type VisTimelineGroup,
  type VisTimelineItem,
  type VisTimelineOptions,
  writeVisTimeline,
} from './formats/vis-timeline.js';
export {
  type Actor,
  type ActorInput,
  type ActorKind,
  ActorKindSchema,
  ActorSchema,
  type Membership,
  MembershipSchema,
} from './model/actor.js';
export { type Claim, type ClaimInput, ClaimSchema, type Quantity, QuantitySchema } from './model/claim.js';
export {
  type Citation,
  type CitationInput,
  CitationSchema,
  type Confidence,
  ConfidenceSchema,
  type CountryCode,
  CountrySchema,
  type DateValue,
  DateValueSchema,
  EdtfSchema,
  SequenceSchema,
  TimeZoneSchema,
  UrlSchema,
} from './model/common.js';
export {
  type Deadline,
  type DeadlineEnding,
  DeadlineEndingSchema,
  type DeadlineInput,
  type DeadlineOutcome,
  DeadlineOutcomeSchema,
  DeadlineSchema,
} from './model/deadline.js';
export {
  type Demand,
  type DemandInput,
  DemandSchema,
  type DemandSubject,
  DemandSubjectSchema,
} from './model/demand.js';
export {
  type Dispute,
  DisputeHeaderSchema,
  type DisputeInput,
  DisputeSchema,
  RECORD_SCHEMAS,
  type RecordCollection,
} from './model/dispute.js';
export {
  type EventKind,
  EventKindSchema,
  type TimelineEvent,
  type TimelineEventInput,
  TimelineEventSchema,
} from './model/event.js';
export {
  type ActorId,
  ActorIdSchema,
  type ClaimId,
  ClaimIdSchema,
  type DeadlineId,
  DeadlineIdSchema,
  type DemandId,
  DemandIdSchema,
  type DisputeId,
  DisputeIdSchema,
  type EventId,
  EventIdSchema,
  type PlainId,
  type ResponseId,
  ResponseIdSchema,
  type SourceId,
  SourceIdSchema,
} from './model/ids.js';
export { type DatedRecord, dateOf } from './model/record-date.js';
export {
  type DemandResponse,
  type DemandResponseInput,
  DemandResponseSchema,
  type Stance,
  StanceSchema,
} from './model/response.js';
export { type Source, type SourceInput, SourceSchema } from './model/source.js';
export { type AlignAnchor, type AlignedCase, type AlignedEvent, alignCases } from './query/align-cases.js';
export {
  ALLEN_RELATIONS,
  type AllenRelation,
  type AllenTruths,
  allen,
  inRelation,
  relate,
} from './query/allen.js';
export { type CountdownOptions, type CountdownRow, countdown } from './query/countdown.js';
export type { DateLike } from './query/date-like.js';
export {
  DEADLINE_STATUSES,
  type DeadlineEndingDate,
  type DeadlineState,
  type DeadlineStatus,
  deadlineEnding,
  deadlineState,
  type StatusTruths,
  type Stay,
} from './query/deadline-state.js';
export {
  deadlineChain,
  type EffectiveDeadline,
  effectiveDeadline,
} from './query/deadlines.js';
export { businessDaysBetween, type DayCount, daysBetween } from './query/durations.js';
export { type EventsBefore, eventsBefore } from './query/events-before.js';
export { eventsInLastDays } from './query/last-days.js';
export { type DemandOutcome, type DemandStatus, demandOutcome } from './query/outcome.js';
export { type Pending, pendingOn } from './query/pending.js';
export {
  after,
  before,
  between,
  type Labelled,
  label,
  type Match,
  on,
  type TimeOptions,
  type TimePredicate,
  within,
} from './query/predicates.js';
export { type DisputeQuery, type Group, type GroupKey, type Query, query } from './query/query.js';
export { type ResponseTiming, responsesTo } from './query/responses.js';
export { type FlatRow, type FlatValue, flatRows, instantText } from './query/rows.js';
export { type CaseSummary, type DeadlineChainEnding, summarizeCases } from './query/summarize-cases.js';
export { inTimelineOrder } from './query/timeline-order.js';
