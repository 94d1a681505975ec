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
  /** Each citation in the record's order: its source, and the quote or note taken from that source. */
  readonly citations: readonly SceneCitation[];
}

/** One citation of a record: the source, and what was quoted from it (or noted about it) there. */
export interface SceneCitation {
  readonly label: string;
  readonly url?: string | undefined;
  readonly quote?: string | undefined;
  readonly note?: string | undefined;
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
  /** Whether it is drawn as a span (a month, a year, an interval wide enough to see) rather than a point. */
  readonly span: boolean;
  /** Whether its date is known to the day or finer: drawn solid, never as a span. */
  readonly exact: boolean;
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
  /** The key of an event that restates this record (a response and the event recording it): drawn as one. */
  readonly alsoKey?: string | undefined;
}

/** A lane: a name (with the short names it may be shown by) and its marks. */
export interface SceneLane {
  readonly name: string;
  /** Short names of its actor, used when the name does not fit and one of them does; the key gives the name. */
  readonly aliases?: readonly string[] | undefined;
  /** A heading across the width above the lane (a case's title), instead of a name in the lane column. */
  readonly heading?: string | undefined;
  /** An axis of its own (a case's days around its day 0), drawn above its marks. */
  readonly axis?: SceneAxis | undefined;
  readonly marks: readonly SceneMark[];
}

/** What an axis shows: its linear pieces (with the values at their ends), ticks and breaks, in pixels. */
export interface SceneAxis {
  readonly segments: readonly {
    readonly x0: number;
    readonly x1: number;
    readonly from: number;
    readonly to: number;
  }[];
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  /** Stretches left out, each with its length in words. */
  readonly breaks: readonly { readonly x0: number; readonly x1: number; readonly label: string }[];
}

/** The claims of one topic, each with its sources: where sources disagree, side by side. */
export interface SceneClaims {
  readonly topic: string;
  readonly claims: readonly {
    readonly statement: string;
    readonly date?: string | undefined;
    readonly sources: readonly string[];
    /** Each citation, its quote beside its source. */
    readonly citations: readonly SceneCitation[];
  }[];
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
  /** The axis across the plot; absent when each lane has its own. */
  readonly axis?: SceneAxis | undefined;
  /** Marks in a strip above the lanes (the deadlines), with a name. */
  readonly strip?: SceneLane | undefined;
  readonly lanes: readonly SceneLane[];
  readonly lines: readonly SceneLine[];
  /** The claims of the dispute (or disputes), by topic, for the key under the figure. */
  readonly claims: readonly SceneClaims[];
  /** What the legend explains. */
  readonly legend: readonly (
    | 'event'
    | 'demand'
    | 'response'
    | 'span'
    | 'deadline'
    | 'extension'
    | 'break'
    | 'anchor'
  )[];
}
