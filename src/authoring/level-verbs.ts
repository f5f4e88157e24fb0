import { tableCell } from './markdown.ts';

/** What CONTRIBUTING.md shows of a level: how outcomes at that level are written. */
export interface LevelVerbs {
  name: string;
  rank: number;
  change: string;
  verbs: string[];
  typicalHours: { min: number; max: number };
}

/**
 * The table of levels for authors writing outcomes: what changes at each level, the verbs
 * that open its outcomes (the check warns about a verb of a lower level) and its usual study
 * hours, lowest level first. From content/levels/, so it always matches what the check uses.
 */
export function levelVerbs(levels: readonly LevelVerbs[]): string {
  return [
    '| Level | What changes from the level below | Verbs that open its outcomes | Usual hours |',
    '| --- | --- | --- | --- |',
    ...[...levels]
      .sort((a, b) => a.rank - b.rank)
      .map(
        (l) =>
          `| ${tableCell(l.name)} | ${tableCell(l.change)} | ${tableCell(l.verbs.join(', '))} | ${l.typicalHours.min}-${l.typicalHours.max} |`,
      ),
  ].join('\n');
}
