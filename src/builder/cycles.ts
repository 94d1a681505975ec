/**
 * Reports the cycles of a directed graph in linear time, without recursion: each back edge a depth-first search
 * finds reports the cycle it closes (so that a crafted graph cannot make this quadratic, a long cycle is named
 * only by its first node, its length and its last node).
 */
export function reportCycles(
  edges: ReadonlyMap<string, string | readonly string[]>,
  report: (cycle: string[]) => void,
): void {
  const done = new Set<string>();
  const depthOf = new Map<string, number>();
  const stack: { node: string; next: number }[] = [];
  for (const root of edges.keys()) {
    if (done.has(root)) continue;
    stack.push({ node: root, next: 0 });
    depthOf.set(root, 0);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { node: string; next: number };
      const out = edges.get(frame.node);
      const targets = out === undefined ? [] : typeof out === 'string' ? [out] : out;
      if (frame.next >= targets.length) {
        done.add(frame.node);
        depthOf.delete(frame.node);
        stack.pop();
        continue;
      }
      const target = targets[frame.next++] as string;
      const depth = depthOf.get(target);
      if (depth !== undefined) {
        const length = stack.length - depth;
        report(
          length <= 10
            ? stack.slice(depth).map((f) => f.node)
            : [target, `… ${length - 2} more …`, (stack[stack.length - 1] as { node: string }).node],
        );
      } else if (!done.has(target)) {
        depthOf.set(target, stack.length);
        stack.push({ node: target, next: 0 });
      }
    }
  }
}
