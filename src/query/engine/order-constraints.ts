/**
 * Decides whether unknown instants, each known only to lie in a range, can be ordered as asked:
 * a system of difference constraints (`x < y`, `x = y`, `x ≤ y`, bounds) over integer milliseconds, feasible
 * when its constraint graph has no negative cycle. Four instants at most here (the ends of two dates),
 * so Floyd–Warshall on five nodes is both exact and cheap.
 */

/** Stands for an open end (`..`): farther than any date the parser reads, yet exact in float arithmetic. */
const OPEN = 1e15;

/** A variable's range, with infinite bounds replaced by finite stand-ins. */
export interface VariableRange {
  readonly earliest: number;
  readonly latest: number;
}

/** `x < y`, `x = y` or `x <= y` between two variables (indexes into the ranges). */
export type OrderConstraint = readonly [x: number, relation: '<' | '=' | '<=', y: number];

/** Clamps a bound range: an open end is pinned beyond every date; an unknown end is any date short of that. */
export function variableRange(earliest: number, latest: number): VariableRange {
  const clamp = (value: number) =>
    value === Infinity ? OPEN - 1 : value === -Infinity ? -(OPEN - 1) : value;
  if (latest === -Infinity) return { earliest: -OPEN, latest: -OPEN };
  if (earliest === Infinity) return { earliest: OPEN, latest: OPEN };
  return { earliest: clamp(earliest), latest: clamp(latest) };
}

/** Whether some assignment of integer instants within their ranges satisfies every constraint. */
export function feasible(ranges: readonly VariableRange[], constraints: readonly OrderConstraint[]): boolean {
  const n = ranges.length + 1;
  const zero = ranges.length;
  const d = new Float64Array(n * n).fill(Infinity);
  for (let i = 0; i < n; i++) d[i * n + i] = 0;
  // d[from * n + to] = w encodes `to - from <= w`.
  const edge = (from: number, to: number, w: number) => {
    if (w < (d[from * n + to] as number)) d[from * n + to] = w;
  };
  ranges.forEach((range, i) => {
    edge(zero, i, range.latest);
    edge(i, zero, -range.earliest);
  });
  for (const [x, relation, y] of constraints) {
    if (relation === '<') edge(y, x, -1);
    else if (relation === '<=') edge(y, x, 0);
    else {
      edge(y, x, 0);
      edge(x, y, 0);
    }
  }
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const ik = d[i * n + k] as number;
      if (ik === Infinity) continue;
      for (let j = 0; j < n; j++) {
        const via = ik + (d[k * n + j] as number);
        if (via < (d[i * n + j] as number)) d[i * n + j] = via;
      }
    }
  }
  for (let i = 0; i < n; i++) if ((d[i * n + i] as number) < 0) return false;
  return true;
}
