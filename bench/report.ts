import type { Timing } from './measure.ts';

/** A Markdown table of timings, with whether each met its target. */
export function timingTable(timings: readonly Timing[]): string {
  const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
  return markdownTable(
    ['Benchmark', 'Median', 'CPU (median)', 'Min', 'Max', 'Runs', 'Target', 'Met'],
    timings.map((t) => [
      t.name,
      ms(t.medianMs),
      t.cpuMs === undefined ? '' : ms(t.cpuMs),
      ms(t.minMs),
      ms(t.maxMs),
      String(t.runs),
      t.targetMs === undefined ? '' : `< ${ms(t.targetMs)}`,
      t.targetMs === undefined ? '' : t.medianMs < t.targetMs ? 'yes' : 'no',
    ]),
  );
}

/** A Markdown table from a header row and rows of cells. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
