import { describe, expect, it } from 'vitest';
import type { SizeRun } from '../../src/bench/scale/bench-size.ts';
import type { MeasuredRun } from '../../src/bench/scale/measured-run.ts';
import { nextRepeat } from '../../src/bench/scale/scale-bench.ts';

const took = (wallMs: number): MeasuredRun => ({
  wallMs,
  cpuMs: wallMs,
  peakRssBytes: 0,
  exitCode: 0,
  output: '',
});

/**
 * A size that has run `builds`, `bare` and (paired with its builds) `siteBuilds` (wall times)
 * and may build up to three times.
 */
const sizeRun = (factor: number, builds: number[], bare: number[], siteBuilds: number[] = []): SizeRun => ({
  plan: { factor, checkRuns: 1, buildRuns: 3, pdfs: 'build' },
  counts: {},
  project: '',
  bare: '',
  timed: true,
  checks: [],
  builds: builds.map(took),
  siteBuilds: siteBuilds.map(took),
  pdfs: [],
  bareRuns: bare.map(took),
});

describe('nextRepeat', () => {
  it('repeats a build with the fewest runs first', () => {
    const runs = [sizeRun(1, [20_000, 20_000], [7000]), sizeRun(10, [60_000], [12_000])];
    expect(nextRepeat(runs, 600_000)).toMatchObject({ run: { plan: { factor: 1 } }, which: 'bare' });
  });

  it('repeats the smaller framework first among builds with as many runs, even if slower', () => {
    const runs = [sizeRun(1, [12_000], [5000, 5000], [11_000]), sizeRun(10, [28_000], [9000])];
    expect(nextRepeat(runs, 600_000)).toMatchObject({ run: { plan: { factor: 1 } }, which: 'ours' });
  });

  it('repeats only what fits in the time left, keeping time to clean up', () => {
    const runs = [sizeRun(100, [300_000], [60_000])];
    expect(nextRepeat(runs, 100_000)).toMatchObject({ which: 'bare' });
    expect(nextRepeat(runs, 80_000)).toBeUndefined();
  });

  it('counts the build without PDFs that goes with each of ours', () => {
    const runs = [sizeRun(1, [50_000], [1, 1, 1], [40_000])];
    expect(nextRepeat(runs, 120_000)).toMatchObject({ which: 'ours' });
    expect(nextRepeat(runs, 100_000)).toBeUndefined();
  });

  it('stops once every build has run as often as planned', () => {
    expect(nextRepeat([sizeRun(1, [1, 1, 1], [1, 1, 1])], 600_000)).toBeUndefined();
  });
});
