import type { TimedLine } from './measured-run.ts';

/**
 * The phases of an `astro build`, each from the line Astro (or Starlight) prints when it
 * starts to the next phase's line, so that our build and a bare Starlight build can be
 * compared phase by phase without instrumenting either. The lines are Astro's own.
 */
export const PHASES = [
  {
    name: 'Start-up: Astro, its config and integrations (ours checks the content here)',
    until: /\[content\] Syncing content/,
  },
  { name: 'Content layer: loading and rendering entries, types', until: /Collecting build info/ },
  { name: 'Build info and Vite bundling', until: /generating static routes/ },
  {
    name: 'Rendering pages and endpoints (ours: waiting for PDFs not yet compiled)',
    until: /Building search index with Pagefind/,
  },
  { name: 'Pagefind search index', until: /Finished building search index/ },
  { name: 'After the index: sitemap (ours: CASE files, CSP, link check, publishing)', until: undefined },
] as const;

/** How long each phase took, in PHASES order, in ms; undefined where a line was not seen. */
export type PhaseTimes = (number | undefined)[];

/** Each phase's time from a build's timed output, and its total (`wallMs`, the run's end). */
export function phaseTimes(lines: readonly TimedLine[], wallMs: number): PhaseTimes {
  const starts = [
    0,
    ...PHASES.map((phase) => (phase.until ? lines.find((l) => phase.until.test(l.text))?.ms : wallMs)),
  ];
  return PHASES.map((_, i) => {
    const [start, end] = [starts[i], starts[i + 1]];
    return start === undefined || end === undefined ? undefined : end - start;
  });
}

/** The median of each phase over several runs. */
export function medianPhases(runs: readonly PhaseTimes[]): PhaseTimes {
  return PHASES.map((_, i) => {
    const values = runs
      .map((run) => run[i])
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b);
    if (values.length === 0) return undefined;
    const middle = Math.floor(values.length / 2);
    return values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  });
}
