import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import { nearest } from '../nearest.ts';
import type { CheckedEntry, Rule } from './context.ts';

/**
 * `basedOn` names parts the entry has, and every source of an entry resting on law or
 * guidance (or in a strand reviewed more often) says when it was checked.
 */
export const basedOnRule: Rule = ({ entries, settings }) => {
  const shortReview = new Set((settings?.strands ?? []).filter((s) => s.reviewMonths).map((s) => s.id));
  const issues: Issue[] = [];
  for (const entry of Object.values(entries).flat() as CheckedEntry[]) {
    const basedOn = (entry.data as { basedOn?: Record<string, string[]> }).basedOn ?? {};
    const parts = entryParts(entry);
    for (const [kind, named] of Object.entries(basedOn)) {
      named.forEach((part, i) => {
        if (parts.includes(part)) return;
        const suggestion = nearest(part, parts);
        issues.push(
          issueAt(
            'unknown-part',
            entry.locate(['basedOn', kind, i]),
            `\`basedOn.${kind}\` names "${part}", which is neither a field nor a heading of this entry.`,
            suggestion ? `Did you mean "${suggestion}"?` : `Parts of this entry: ${parts.join(', ')}.`,
          ),
        );
      });
    }
    const strands = (entry.data as { strands?: string[] }).strands ?? [];
    if (!('guidance' in basedOn) && !strands.some((s) => shortReview.has(s))) continue;
    entry.data.sources.forEach((source, i) => {
      if (source.checked) return;
      issues.push(
        issueAt(
          'source-not-dated',
          entry.locate(['sources', i]),
          `The source "${source.title}" has no \`checked\` date.`,
        ),
      );
    });
  }
  return issues;
};

/** The parts `basedOn` may name: the entry's fields, then the headings of its body. */
export function entryParts(entry: Pick<CheckedEntry, 'data' | 'bodyText'>): string[] {
  const fields = Object.keys(entry.data).filter((key) => key !== 'basedOn');
  const headings = [...entry.bodyText.matchAll(/^#{2,4}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((m) => m[1]!);
  return [...fields, ...headings];
}
