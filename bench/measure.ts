/** One benchmark's result: how long a piece of work took over several runs. */
export interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /**
   * Median CPU time of this process (user + system) per run. On a busy machine it is
   * steadier than wall-clock time; above the wall-clock time, the work used several threads.
   */
  cpuMs?: number;
  /** The time the work should stay under, if there is one. */
  targetMs?: number;
}

/**
 * Runs `work` `runs` times (after `prepare`, which is not timed) and summarises the
 * durations. The median is what to compare: it ignores a slow first run or a busy moment.
 */
export function measure(
  name: string,
  work: () => void,
  options: { runs: number; targetMs?: number; prepare?: () => void },
): Timing {
  const runs: Run[] = [];
  for (let run = 0; run < options.runs; run++) {
    options.prepare?.();
    runs.push(timeOnce(work));
  }
  return fromRuns(name, runs, options.targetMs);
}

/**
 * {@link measure} for asynchronous work, wall-clock time only: such work (worker processes)
 * spends its CPU time elsewhere than in this process.
 */
export async function measureAsync(
  name: string,
  work: () => Promise<unknown>,
  options: { runs: number; targetMs?: number },
): Promise<Timing> {
  const times: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return summarise(name, times, options.targetMs);
}

/** The wall-clock and CPU time of one run, in milliseconds. */
export interface Run {
  ms: number;
  cpuMs: number;
}

/** Times one call of `work`. */
export function timeOnce(work: () => void): Run {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(startCpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/** A timing from runs measured one by one. */
export function fromRuns(name: string, runs: readonly Run[], targetMs?: number): Timing {
  return {
    ...summarise(
      name,
      runs.map((r) => r.ms),
      targetMs,
    ),
    cpuMs: median(runs.map((r) => r.cpuMs)),
  };
}

/** The median, minimum and maximum of a list of durations in milliseconds. */
export function summarise(name: string, times: readonly number[], targetMs?: number): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    runs: sorted.length,
    medianMs: median(sorted),
    minMs: sorted[0] ?? 0,
    maxMs: sorted.at(-1) ?? 0,
    ...(targetMs === undefined ? {} : { targetMs }),
  };
}

/** The middle value of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
