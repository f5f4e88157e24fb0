import type { CollectionName } from '../../schemas/index.ts';
import { issueAt } from '../catalogue.ts';
import type { Issue, Place } from '../issue.ts';
import { nearest } from '../nearest.ts';
import type { Rule } from './context.ts';

/** Every reference to another entry names one that exists. */
export const referencesRule: Rule = (context) => {
  const issues: Issue[] = [];
  // `place` is asked for only when there is a problem: finding a place can mean reading the file again.
  const check = (target: CollectionName, id: string, place: () => Place, field: string) => {
    const known = context.knownIds[target];
    if (known.has(id)) return;
    const suggestion = nearest(id, [...known]);
    issues.push(
      issueAt(
        'unknown-reference',
        place(),
        `\`${field}\` refers to ${singular(target)} "${id}", which does not exist in content/${target}/.`,
        suggestion
          ? `Did you mean "${suggestion}"?`
          : `Use the id of ${singular(target).replace(/^an? /, 'an existing ')}, or create content/${target}/${id}.mdx.`,
      ),
    );
  };
  for (const entry of context.entries.competencies) {
    check('domains', entry.data.domain, () => entry.locate(['domain']), 'domain');
    for (const [archetype, level] of Object.entries(entry.data.levels)) {
      check(
        'archetypes',
        archetype,
        () => entry.locate(['levels', archetype], { key: true }),
        `levels.${archetype}`,
      );
      check('levels', level, () => entry.locate(['levels', archetype]), `levels.${archetype}`);
    }
  }
  for (const entry of context.entries.domains) {
    if (entry.data.parent) check('domains', entry.data.parent, () => entry.locate(['parent']), 'parent');
  }
  for (const entry of context.entries.recommendations) {
    entry.data.competencies.forEach((id, i) =>
      check('competencies', id, () => entry.locate(['competencies', i]), 'competencies'),
    );
    entry.data.archetypes.forEach((id, i) =>
      check('archetypes', id, () => entry.locate(['archetypes', i]), 'archetypes'),
    );
  }
  for (const entry of context.entries.personas) {
    entry.data.archetypes.forEach((id, i) =>
      check('archetypes', id, () => entry.locate(['archetypes', i]), 'archetypes'),
    );
  }
  return issues;
};

function singular(collection: CollectionName): string {
  const noun = collection === 'competencies' ? 'competency' : collection.replace(/s$/, '');
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
