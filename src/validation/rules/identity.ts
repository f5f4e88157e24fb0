import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import { characterNote, quote } from '../quote.ts';
import type { CheckedEntry, Rule } from './context.ts';

/** Ids match file names and are unique; numbers and ranks are unique. */
export const identityRule: Rule = ({ entries }) => {
  const issues: Issue[] = [];
  for (const list of Object.values(entries) as CheckedEntry[][]) {
    const seen = new Map<string, string>();
    for (const entry of list) {
      if (!('id' in entry.data)) continue;
      const id = entry.data.id;
      const stem = entry.file
        .split('/')
        .pop()!
        .replace(/\.mdx?$/, '');
      if (id !== stem) {
        // The id passed its pattern, so it is plain ASCII; a look-alike can only be in the file name.
        const note = characterNote(stem);
        issues.push(
          issueAt(
            'id-mismatch',
            entry.locate(['id']),
            `The id ${quote(id)} does not match the file name ${quote(stem)}${note ? `, which contains ${note}` : ''}.`,
          ),
        );
      }
      const first = seen.get(id);
      if (first) {
        issues.push(
          issueAt('duplicate-id', entry.locate(['id']), `The id ${quote(id)} is already used by ${first}.`),
        );
      } else seen.set(id, entry.file);
    }
  }
  issues.push(...replacedIssues(entries.competencies));
  issues.push(...uniqueNumbers(entries.levels, 'rank'), ...uniqueNumbers(entries.recommendations, 'number'));
  issues.push(...uniqueNumbers(entries.archetypes, 'order'));
  return issues;
};

function uniqueNumbers<E extends CheckedEntry>(list: E[], field: keyof E['data'] & string): Issue[] {
  const seen = new Map<unknown, string>();
  const issues: Issue[] = [];
  for (const entry of list) {
    const value = (entry.data as Record<string, unknown>)[field];
    const first = seen.get(value);
    if (first) {
      issues.push(
        issueAt(
          'duplicate-number',
          entry.locate([field]),
          `\`${field}\` ${String(value)} is already used by ${first}.`,
        ),
      );
    } else seen.set(value, entry.file);
  }
  return issues;
}

/** An id under `replaces` is no longer a competency, and leads to one competency only. */
function replacedIssues(competencies: CheckedEntry<'competencies'>[]): Issue[] {
  const live = new Map(competencies.map((c) => [c.data.id, c.file]));
  const replacedBy = new Map<string, string>();
  const issues: Issue[] = [];
  for (const competency of competencies) {
    competency.data.replaces.forEach((old, i) => {
      const place = () => competency.locate(['replaces', i]);
      const still = live.get(old);
      const first = replacedBy.get(old);
      if (still) {
        issues.push(
          issueAt(
            'replaced-id-in-use',
            place(),
            `"${old}" is listed under \`replaces\` but is still a competency (${still}).`,
          ),
        );
      } else if (first) {
        issues.push(issueAt('replaced-id-in-use', place(), `"${old}" is already replaced by "${first}".`));
      } else replacedBy.set(old, competency.data.id);
    });
  }
  return issues;
}
