import { csvFormat } from './csv/index.js';
import { pdfFormat, pngFormat } from './figure-formats.js';
import type { TimelineFormat } from './format.js';
import { htmlFormat } from './html.js';
import { iCalendarFormat } from './icalendar.js';
import { jsonFormat } from './json.js';
import { jsonLinesFormat } from './json-lines/index.js';
import { markdownFormat } from './markdown.js';
import { mermaidFormat } from './mermaid.js';
import { ploverFormat } from './plover.js';
import { svgFormat } from './svg.js';
import { textFormat } from './text.js';
import { timelineJsFormat } from './timelinejs.js';
import { timelineJsSheetFormat } from './timelinejs-sheet.js';
import { visTimelineFormat } from './vis-timeline.js';

/**
 * Every format this library writes, by name: what the CLI's `export --format`, the docs and the tests iterate
 * over. Each entry carries its writer, the options the writer takes (described, for the CLI's `--set`), its
 * line-by-line writer where the format is made for big data, and its reader where the format can be read back
 * (`json` and `jsonl`). The text formats write at once; `png` and `pdf` (`output: 'bytes'`) resolve to a
 * picture's bytes through an optional package. Adding a format is one file (or folder) in `src/formats/` and one
 * line here.
 *
 * @category Formats
 * @example
 * ```ts
 * import { FORMATS } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * FORMATS.map((format) => format.name).includes('json');
 * //=> true
 * const text = FORMATS.find((format) => format.name === 'text');
 * text?.output === 'text' && text.write(blackberryPakistan2015).split('\n')[0];
 * //=> 'Pakistan and BlackBerry Enterprise Service, 2015'
 * FORMATS.filter((format) => format.output === 'bytes').map((format) => format.extension);
 * //=> ['.png', '.pdf']
 * FORMATS.filter((format) => format.read !== undefined).map((format) => format.name);
 * //=> ['json', 'jsonl']
 * ```
 */
// Pure: a bundle that uses no format leaves the formats out.
export const FORMATS: readonly TimelineFormat[] = /* @__PURE__ */ Object.freeze([
  jsonFormat,
  textFormat,
  jsonLinesFormat,
  csvFormat,
  timelineJsSheetFormat,
  markdownFormat,
  svgFormat,
  htmlFormat,
  mermaidFormat,
  timelineJsFormat,
  visTimelineFormat,
  ploverFormat,
  iCalendarFormat,
  pngFormat,
  pdfFormat,
]);

/**
 * The format of a name, or `undefined` when no format has it.
 *
 * @category Formats
 * @param name - a format's name, as `--format` takes it (`json`, `text`)
 * @returns the format, or `undefined`
 *
 * @example
 * ```ts
 * import { formatByName } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * formatByName('json')?.extension;
 * //=> '.json'
 * formatByName('docx');
 * //=> undefined
 * ```
 */
export function formatByName(name: string): TimelineFormat | undefined {
  return typeof name === 'string' ? FORMATS.find((format) => format.name === name) : undefined;
}
