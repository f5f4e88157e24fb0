import type { SizeResult } from './bench-size.ts';

/** The targets, for a 2-core machine. */
export const SCALE_TARGETS = {
  /** `npm run check` of the largest framework. */
  checkMs: 5000,
  /** Full build of the real framework (1x). */
  realBuildMs: 30_000,
  /** Our build without compiling PDFs over a bare Starlight build of as many pages. */
  bareRatio: 1.5,
  /** Growth of any time between sizes ten times apart (linear would be 10). */
  growth: 12,
};

/** Times compared between consecutive sizes (for example 10x over 1x). */
export interface Growth {
  metric: string;
  /** One ratio per consecutive pair of sizes, later over earlier; undefined where not measured. */
  ratios: (number | undefined)[];
}

/** The growth of each time between consecutive sizes. */
export function growth(sizes: readonly SizeResult[]): Growth[] {
  const metrics: [string, (s: SizeResult) => number | undefined][] = [
    ['Content check', (s) => s.check.medianMs],
    ['Build without compiling PDFs', (s) => s.site?.medianMs],
    ['Full build', (s) => s.full?.medianMs],
    ['Bare Starlight build', (s) => s.bare?.medianMs],
  ];
  return metrics.map(([metric, value]) => ({
    metric,
    ratios: sizes.slice(1).map((size, i) => {
      const [before, after] = [value(sizes[i]!), value(size)];
      return before && after ? after / before : undefined;
    }),
  }));
}

/** A target and whether it was met. */
export interface TargetResult {
  target: string;
  measured: string;
  met: boolean;
}

/** Each target, judged on the sizes measured. */
export function targetResults(sizes: readonly SizeResult[]): TargetResult[] {
  const results: TargetResult[] = [];
  const largest = sizes.at(-1);
  if (largest)
    results.push({
      target: `Content check of the ${largest.factor}x framework < ${seconds(SCALE_TARGETS.checkMs)}`,
      measured: seconds(largest.check.medianMs),
      met: largest.check.medianMs < SCALE_TARGETS.checkMs,
    });
  const real = sizes.find((size) => size.factor === 1 && size.full);
  if (real?.full)
    results.push({
      target: `Full build of the real framework < ${seconds(SCALE_TARGETS.realBuildMs)}`,
      measured: seconds(real.full.medianMs),
      met: real.full.medianMs < SCALE_TARGETS.realBuildMs,
    });
  for (const size of sizes) {
    if (!size.site || !size.bare) continue;
    const ratio = size.site.medianMs / size.bare.medianMs;
    results.push({
      target: `${size.factor}x: build without compiling PDFs within ${SCALE_TARGETS.bareRatio}x of bare Starlight`,
      measured: `${ratio.toFixed(2)}x`,
      met: ratio <= SCALE_TARGETS.bareRatio,
    });
  }
  for (const size of sizes) {
    if (!size.oneChange) continue;
    const { compiled, containing, competency } = size.oneChange;
    results.push({
      target: `${size.factor}x: a rebuild after one competency (${competency}) changes compiles only PDFs that list it`,
      measured: `${compiled} compiled; ${containing} list it`,
      met: compiled <= containing,
    });
  }
  for (const row of growth(sizes))
    row.ratios.forEach((ratio, i) => {
      if (ratio === undefined) return;
      results.push({
        target: `${row.metric}: ${sizes[i + 1]!.factor}x / ${sizes[i]!.factor}x ≤ ${SCALE_TARGETS.growth}`,
        measured: `${ratio.toFixed(1)}x`,
        met: ratio <= SCALE_TARGETS.growth,
      });
    });
  return results;
}

/** A duration for a reader: `1.25 s`, `12.5 s`. */
export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}
