import { markdownTable } from '../report.ts';
import type { SizeResult } from './bench-size.ts';
import type { CodeState, Machine } from './environment.ts';
import type { RunStats } from './stats.ts';

/** One run of the scale benchmark: where, on what code, and what it measured. */
export interface ScaleReport {
  /** When it ran (ISO 8601): the report is a record, so the clock belongs in it. */
  date: string;
  machine: Machine;
  code: CodeState;
  /** How long the whole benchmark took. */
  totalMs: number;
  sizes: SizeResult[];
}

/** Targets from issue 7, for a 2-core machine. */
export const SCALE_TARGETS = {
  /** `npm run check` of the largest framework. */
  checkMs: 5000,
  /** Full build of the real framework (1x). */
  realBuildMs: 30_000,
  /** Our build time over a bare Starlight build of as many pages, at every size. */
  bareRatio: 1.5,
  /** Growth of any time between sizes ten times apart (linear would be 10). */
  growth: 12,
};

/** A target and whether it was met. */
export interface TargetResult {
  target: string;
  measured: string;
  met: boolean;
}

/** Times and sizes compared between consecutive sizes (for example 100x over 10x). */
export interface Growth {
  metric: string;
  /** One ratio per consecutive pair of sizes, later over earlier; undefined where not measured. */
  ratios: (number | undefined)[];
  /** Whether it is a time, to which the growth target applies. */
  time: boolean;
}

/** Our build's median time over the bare Starlight build's. */
export function bareRatio(size: SizeResult): number {
  return size.build.medianMs / size.bare.medianMs;
}

/** The growth of each time and size between consecutive sizes. */
export function growth(sizes: readonly SizeResult[]): Growth[] {
  const metrics: [string, boolean, (s: SizeResult) => number | undefined][] = [
    ['Content check', true, (s) => s.check.medianMs],
    ['Full build', true, (s) => s.build.medianMs],
    ['Syllabus PDFs (in the build)', true, (s) => s.pdf?.totalMs],
    ['Largest syllabus PDF', true, (s) => s.pdf?.slowestMs ?? s.pdfSample?.ms],
    ['Bare Starlight build', true, (s) => s.bare.medianMs],
    ['Peak memory of the build', false, (s) => s.build.peakRssBytes],
    ['HTML', false, (s) => s.output.htmlBytes],
    ['Search index', false, (s) => s.output.searchIndexBytes],
    ['PDFs', false, (s) => s.output.pdfBytes],
  ];
  return metrics.map(([metric, time, value]) => ({
    metric,
    time,
    ratios: sizes.slice(1).map((size, i) => {
      const [before, after] = [value(sizes[i]!), value(size)];
      return before && after ? after / before : undefined;
    }),
  }));
}

/** Each target of SCALE_TARGETS, judged on the sizes measured. */
export function targetResults(sizes: readonly SizeResult[]): TargetResult[] {
  const results: TargetResult[] = [];
  const largest = sizes.at(-1);
  if (largest)
    results.push({
      target: `Content check of the ${largest.factor}x framework < ${seconds(SCALE_TARGETS.checkMs)}`,
      measured: seconds(largest.check.medianMs),
      met: largest.check.medianMs < SCALE_TARGETS.checkMs,
    });
  const real = sizes.find((size) => size.factor === 1);
  if (real)
    results.push({
      target: `Full build of the real framework < ${seconds(SCALE_TARGETS.realBuildMs)}`,
      measured: seconds(real.build.medianMs),
      met: real.build.medianMs < SCALE_TARGETS.realBuildMs,
    });
  for (const size of sizes)
    results.push({
      target: `${size.factor}x: our build within ${SCALE_TARGETS.bareRatio}x of bare Starlight`,
      measured: `${bareRatio(size).toFixed(1)}x`,
      met: bareRatio(size) <= SCALE_TARGETS.bareRatio,
    });
  for (const row of growth(sizes).filter((g) => g.time))
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

/** The report as Markdown: the machine, one column per size, growth between sizes, targets. */
export function scaleMarkdown(report: ScaleReport): string {
  const { sizes, machine: m, code } = report;
  const header = ['', ...sizes.map((s) => `${s.factor}x`)];
  const row = (label: string, cell: (s: SizeResult, i: number) => string) => [label, ...sizes.map(cell)];
  const timing = (t: RunStats) =>
    `${seconds(t.medianMs)} (CPU ${seconds(t.cpuMs)}; ${t.runs} run${t.runs > 1 ? 's' : ''})`;
  const main = markdownTable(header, [
    row('Competencies / domains / recommendations', (s) =>
      [s.counts['competencies'], s.counts['domains'], s.counts['recommendations']].join(' / '),
    ),
    row('Content files', (s) => String(s.counts['files'])),
    row('`npm run check`, median', (s) => timing(s.check)),
    row(
      'Full build (`npm run build`), median',
      (s) => `${timing(s.build)}${s.pdfSample ? ', PDFs left out' : ''}`,
    ),
    row('… of which syllabus PDFs', (s, i) => pdfCell(s, sizes[i - 1])),
    row('Bare Starlight build, same page count', (s) => `${timing(s.bare)}, ${s.bare.pages} pages`),
    row('Our build / bare Starlight', (s) => `${bareRatio(s).toFixed(1)}x`),
    row(
      'Peak memory: check / build / bare',
      (s) =>
        [s.check, s.build, s.bare].map((t) => bytes(t.peakRssBytes)).join(' / ') +
        (s.pdfSample ? `; largest PDF alone ${bytes(s.pdfSample.peakRssBytes)}` : ''),
    ),
    row('HTML pages', (s) => `${s.output.htmlPages} pages, ${bytes(s.output.htmlBytes)}`),
    row('Search index (dist/pagefind)', (s) => bytes(s.output.searchIndexBytes)),
    row('Syllabus PDFs', (s) =>
      s.pdfSample
        ? `left out; the largest alone ${bytes(s.pdfSample.bytes)} (${s.pdfSample.competencies} competencies)`
        : `${s.output.pdfCount}, ${bytes(s.output.pdfBytes)} (largest ${bytes(s.output.largestPdfBytes)})`,
    ),
    row('dist/ in all', (s) => bytes(s.output.totalBytes)),
  ]);
  const pairs = sizes.slice(1).map((s, i) => `${s.factor}x / ${sizes[i]!.factor}x`);
  const growthTable = markdownTable(
    ['Growth', ...pairs],
    growth(sizes).map((g) => [g.metric, ...g.ratios.map((r) => (r === undefined ? '' : `${r.toFixed(1)}x`))]),
  );
  const targets = markdownTable(
    ['Target', 'Measured', 'Met'],
    targetResults(sizes).map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**']),
  );
  const changes =
    code.uncommitted.length > 0 ? ` plus uncommitted changes to ${code.uncommitted.join(', ')}` : '';
  return `# Benchmarks: the framework at scale

Generated by \`npm run bench\` (\`scripts/bench-scale.ts\`) on ${report.date.slice(0, 16).replace('T', ' ')} UTC, in ${seconds(report.totalMs)}.

- Machine: ${m.cpuModel}, ${m.cores} cores, ${bytes(m.memoryBytes)} memory, ${m.platform}; Node ${m.node}.
- Code: commit \`${code.commit.slice(0, 12)}\` (${code.source}${changes}).
- Frameworks: the real one (1x) and synthetic ones made from it (see \`src/bench/scale/synthetic-content.ts\`):
  competencies, domains and recommendations copied 10 and 100 times, the five archetypes and
  everything else as they are. Each ran in a temporary copy of the project, never in \`content/\`.
- Times are wall-clock medians from clean caches, with the median CPU time (the process and the
  processes it waited for, such as Pagefind) beside them: on a shared machine CPU time is the
  steadier of the two. Peak memory is the resident memory of the process tree. PDF time is the
  time the build spent in \`syllabusPdf\`, measured inside the build. Where the PDFs are "left
  out", the build wrote a placeholder for each (so the build time is the rest of the build) and
  the largest syllabus PDF was compiled alone, in a process of its own.
- The bare Starlight site has as many plain Markdown pages as our build made HTML pages, Pagefind
  and a sitemap, and a short fixed sidebar like ours.

## Results

${main}

## Growth between sizes

Ten times the content should cost about ten times as much; more than ${SCALE_TARGETS.growth} times is flagged below.

${growthTable}

## Targets

${targets}
`;
}

/**
 * The PDF time of a size: measured in the build, or for a sampled size the largest PDF on
 * its own and an estimate for all of them (the sample times the previous size's ratio of all
 * PDFs to its slowest one).
 */
function pdfCell(size: SizeResult, previous: SizeResult | undefined): string {
  if (size.pdf)
    return `${seconds(size.pdf.totalMs)} for ${size.pdf.count} (slowest ${seconds(size.pdf.slowestMs)})`;
  if (!size.pdfSample) return 'not measured';
  const alone = `left out; the largest alone ${seconds(size.pdfSample.ms)} (CPU ${seconds(size.pdfSample.cpuMs)})`;
  const ratio =
    previous?.pdf && previous.pdf.slowestMs > 0 ? previous.pdf.totalMs / previous.pdf.slowestMs : undefined;
  return ratio
    ? `${alone}; all ${previous!.pdf!.count} ≈ ${seconds(size.pdfSample.ms * ratio)} (estimate)`
    : alone;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function bytes(value: number): string {
  if (value >= 2 ** 30) return `${(value / 2 ** 30).toFixed(1)} GiB`;
  if (value >= 2 ** 20) return `${(value / 2 ** 20).toFixed(1)} MiB`;
  return `${Math.round(value / 2 ** 10)} KiB`;
}
