import { median } from './measure.ts';
import type { MeasuredRun } from './measured-run.ts';

/** Several measured runs of the same work, summarised. */
export interface RunStats {
  runs: number;
  /** Median wall-clock time: what to compare. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median CPU time (the process and the processes it waited for): steadier on a busy machine. */
  cpuMs: number;
  /** The largest peak memory of any run. */
  peakRssBytes: number;
}

/** Summarises runs; throws if there are none. */
export function runStats(runs: readonly MeasuredRun[]): RunStats {
  if (runs.length === 0) throw new Error('No runs to summarise.');
  const times = runs.map((run) => run.wallMs);
  return {
    runs: runs.length,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)),
  };
}
