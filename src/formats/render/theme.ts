/** The colours of a drawing, light and dark. Every text colour has at least 4.5:1 contrast on every background it
 * is drawn on, and every graphic colour at least 3:1 (tests/formats/render.test.ts computes them). */

/** The colours of one theme. */
export interface Theme {
  readonly name: 'light' | 'dark';
  /** The page and picture background. */
  readonly background: string;
  /** Every other lane's band, behind its marks and labels. */
  readonly band: string;
  /** Titles and labels. */
  readonly text: string;
  /** Secondary text: notes, tick labels, lane names. */
  readonly muted: string;
  /** Grid lines (decoration only, no meaning rests on them). */
  readonly grid: string;
  /** Event marks and demand → response links. */
  readonly mark: string;
  /** Deadline lines and extension arrows. */
  readonly deadline: string;
  /** Day 0 of aligned cases. */
  readonly anchor: string;
}

/** The themes by name. */
export const THEMES: Readonly<Record<'light' | 'dark', Theme>> = /* @__PURE__ */ Object.freeze({
  light: /* @__PURE__ */ Object.freeze({
    name: 'light',
    background: '#ffffff',
    band: '#f3f4f6',
    text: '#111827',
    muted: '#374151',
    grid: '#d1d5db',
    mark: '#1d4ed8',
    deadline: '#b91c1c',
    anchor: '#6d28d9',
  }),
  dark: /* @__PURE__ */ Object.freeze({
    name: 'dark',
    background: '#111827',
    band: '#1f2937',
    text: '#f9fafb',
    muted: '#d1d5db',
    grid: '#4b5563',
    mark: '#93c5fd',
    deadline: '#fca5a5',
    anchor: '#c4b5fd',
  }),
});

/** The WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
