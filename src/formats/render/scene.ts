import type { Tick } from './ticks.js';

/** What a drawing shows, in pixels: built from a dispute (or aligned cases), then drawn by `drawScene`. */

/** Which kind of record a mark stands for: each has its own shape, so colour never carries the meaning. */
export type MarkShape = 'event' | 'demand' | 'response' | 'deadline';

/** What the details of a mark say: the page shows them on hover and focus, and its table lists them. */
export interface MarkDetails {
  readonly heading: string;
  /** The date as the source gives it, with its precision, qualifiers and zone. */
  readonly date: string;
  /** Event kind, `demand`, `response` or `deadline`. */
  readonly kind: string;
  readonly actors: readonly string[];
  readonly quotes: readonly string[];
  readonly sources: readonly { readonly label: string; readonly url?: string | undefined }[];
}

/** One mark: a record at its date, drawn as a point or as the span its date may cover. */
export interface SceneMark {
  /** Unique within the drawing: `event:<id>`, `deadline:<id>`… */
  readonly key: string;
  /** The record's order within its date (its `sequence`), when it gives one. */
  readonly sequence?: number | undefined;
  readonly shape: MarkShape;
  /** The span in pixels; equal ends for a date finer than a pixel. */
  readonly x0: number;
  readonly x1: number;
  /** Whether the date is a span (a month, a year, an interval) rather than a point. */
  readonly span: boolean;
  /** The label in full: qualifier, then what happened. */
  readonly label: string;
  /** The full text of its tooltip. */
  readonly tooltip: string;
  /** What its accessible name adds to its label: date, kind and actors. */
  readonly name: string;
  readonly details: MarkDetails;
  /** For an extension: the x of the deadline it extends, where its arrow starts. */
  readonly extendsFrom?: number | undefined;
  /** For a deadline: the dash pattern of its line (solid when undefined). */
  readonly dash?: string | undefined;
}

/** A lane: a name and its marks. */
export interface SceneLane {
  readonly name: string;
  readonly marks: readonly SceneMark[];
}

/** A vertical line across the plot (deadlines) or one lane (aligned cases' deadlines), or day 0. */
export interface SceneLine {
  readonly x: number;
  readonly kind: 'deadline' | 'anchor';
  readonly dash?: string | undefined;
  /** The lane it spans; every lane when undefined. */
  readonly lane?: number | undefined;
  /** Which lane holds the `deadlines` strip row it starts from, if any. */
  readonly key?: string | undefined;
}

/** A link from one mark to another (a demand to its response). */
export interface SceneLink {
  readonly from: string;
  readonly to: string;
}

/** Everything a drawing shows. */
export interface Scene {
  /** A prefix for the ids in the SVG: unique per drawing in a page. */
  readonly idPrefix: string;
  readonly width: number;
  readonly left: number;
  readonly right: number;
  readonly title: string;
  readonly description: string;
  /** Lines of notes under the title: the time zone, the anchor. */
  readonly notes: readonly string[];
  readonly ticks: readonly Tick[];
  /** The x of each tick. */
  readonly tickX: (at: number) => number;
  /** Marks in a strip above the lanes (the deadlines), with a name. */
  readonly strip?: SceneLane | undefined;
  readonly lanes: readonly SceneLane[];
  readonly lines: readonly SceneLine[];
  readonly links: readonly SceneLink[];
  /** What the legend explains. */
  readonly legend: readonly (
    | 'event'
    | 'demand'
    | 'response'
    | 'span'
    | 'deadline'
    | 'extension'
    | 'link'
    | 'anchor'
  )[];
}
