import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import type { Rule } from './context.ts';

/** Following `parent` from any domain never comes back to it. */
export const domainCyclesRule: Rule = ({ entries }) => {
  const parentOf = new Map(entries.domains.map((d) => [d.data.id, d.data.parent]));
  const issues: Issue[] = [];
  for (const domain of entries.domains) {
    const chain = [domain.data.id];
    let next = domain.data.parent;
    while (next && parentOf.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = parentOf.get(next);
    }
    if (next === domain.data.id) {
      issues.push(
        issueAt(
          'domain-cycle',
          domain.locate(['parent']),
          `Domain parents form a cycle: ${[...chain, next].join(' -> ')}.`,
        ),
      );
    }
  }
  return issues;
};
