import type { CollectionName } from '../../schemas/index.ts';
import { issueAt } from '../issue.ts';
import type { Issue, Place } from '../issue.ts';
import { nearest } from '../nearest.ts';
import type { Rule } from './context.ts';

/** Every reference to another entry names one that exists. */
export const referencesRule: Rule = (context) => {
  const issues: Issue[] = [];
  const mergedIds = new Map(
    context.entries.competencies.flatMap((c) => c.data.replaces.map((old) => [old, c.data.id] as const)),
  );
  // `place` is asked for only when there is a problem: finding a place can mean reading the file again.
  const check = (target: CollectionName, id: string, place: () => Place, field: string) => {
    const known = context.knownIds[target];
    if (known.has(id)) return;
    const mergedInto = target === 'competencies' ? mergedIds.get(id) : undefined;
    if (mergedInto) {
      issues.push(
        issueAt(
          'unknown-reference',
          place(),
          `\`${field}\` refers to the competency "${id}", which was merged into "${mergedInto}".`,
          `Refer to "${mergedInto}" instead.`,
        ),
      );
      return;
    }
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
  const strands = (context.settings?.strands ?? []).map((s) => s.id);
  const areas = (context.settings?.capabilityFramework.domains ?? []).flatMap((d) => [
    d.code,
    ...d.subdomains.map((s) => s.code),
  ]);
  const checkIn = (allowed: string[], what: string, value: string, place: () => Place, field: string) => {
    if (allowed.includes(value) || !context.settings) return;
    const suggestion = nearest(value, allowed);
    issues.push(
      issueAt(
        'unknown-reference',
        place(),
        `\`${field}\` refers to ${what} "${value}", which content/framework.yaml does not list.`,
        suggestion ? `Did you mean "${suggestion}"?` : `Use one of: ${allowed.join(', ')}.`,
      ),
    );
  };
  for (const entry of context.entries.competencies) {
    check('domains', entry.data.domain, () => entry.locate(['domain']), 'domain');
    entry.data.strands.forEach((id, i) =>
      checkIn(strands, 'the strand', id, () => entry.locate(['strands', i]), 'strands'),
    );
    entry.data.capabilityFramework.forEach((code, i) =>
      checkIn(
        areas,
        'the capability framework area',
        code,
        () => entry.locate(['capabilityFramework', i]),
        'capabilityFramework',
      ),
    );
    for (const level of Object.keys(entry.data.progression)) {
      check(
        'levels',
        level,
        () => entry.locate(['progression', level], { key: true }),
        `progression.${level}`,
      );
    }
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
  for (const entry of context.entries.archetypes) {
    check('levels', entry.data.ceiling, () => entry.locate(['ceiling']), 'ceiling');
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
