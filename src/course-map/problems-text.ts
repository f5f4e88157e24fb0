import { plural } from '../validation/reporters/summary.ts';
import type { MapProblem } from './problems.ts';

/** How many problems the terminal shows; `--format json` lists them all. */
export const MAX_SHOWN = 50;

/**
 * Problems for a terminal, as editors and terminals link them: `course.csv:4:2  message`, a
 * hint under each, and a closing line saying that nothing was compared.
 */
export function problemsText(file: string, problems: readonly MapProblem[]): string {
  const lines = problems
    .slice(0, MAX_SHOWN)
    .flatMap((p) => [`${file}:${p.row}:${p.column}  ${p.message}`, `    hint: ${p.hint}`]);
  if (problems.length > MAX_SHOWN) {
    lines.push(`… and ${plural(problems.length - MAX_SHOWN, 'more problem')} (--format json lists them all)`);
  }
  lines.push(
    '',
    `✖ ${plural(problems.length, 'problem')} in ${file}: fix ${problems.length === 1 ? 'it' : 'them'} and run the command again; nothing was compared.`,
  );
  return lines.join('\n');
}
