import type { CollectionName } from '../../schemas/index.ts';
import { issueAt } from '../issue.ts';
import type { Issue, Place } from '../issue.ts';
import { closest, type Candidate } from '../nearest.ts';
import { shorten } from '../quote.ts';
import type { Rule, RuleContext } from './context.ts';

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
    const candidates = candidatesIn(context, target);
    const suggestion = closest(id, candidates);
    const ids = candidates.map((c) => c.id);
    const few = ids.length <= 12 ? ` The ${target} are: ${ids.map(shorten).join(', ')}.` : '';
    issues.push(
      issueAt(
        'unknown-reference',
        place(),
        `\`${field}\` refers to ${singular(target)} "${id}", which does not exist in content/${target}/.`,
        suggestion
          ? `Did you mean "${suggestion}"?${few}`
          : `Use the id of ${singular(target).replace(/^an? /, 'an existing ')} (its file name without .mdx).${few || ` Or create content/${target}/${id}.mdx.`}`,
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
    const suggestion = closest(
      value,
      allowed.map((id) => ({ id })),
    );
    issues.push(
      issueAt(
        'unknown-reference',
        place(),
        `\`${field}\` refers to ${what} "${value}", which content/framework.yaml does not list.`,
        suggestion ? `Did you mean "${suggestion}"?` : `Use one of: ${allowed.join(', ')}.`,
      ),
    );
  };
  // Checked entries, and entries that failed their schema but could be read (their other
  // problems are reported already; a reference is reported unless its place has a problem).
  const everyEntry = [
    ...Object.values(context.entries)
      .flat()
      .map((e) => ({ ...e, data: e.data as Record<string, unknown>, unfinished: false })),
    ...context.unfinished.map((e) => ({ ...e, unfinished: true })),
  ];
  for (const entry of everyEntry) {
    for (const ref of referencesIn(entry.collection, entry.data)) {
      const place = () => entry.locate(ref.path, { key: ref.key ?? false });
      if (entry.unfinished && context.reported.has(placeKey(place()))) continue;
      if (ref.target === 'strands') checkIn(strands, 'the strand', ref.id, place, ref.field);
      else if (ref.target === 'areas')
        checkIn(areas, 'the capability framework area', ref.id, place, ref.field);
      else check(ref.target, ref.id, place, ref.field);
    }
  }
  return issues;
};

function singular(collection: CollectionName): string {
  const noun = collection === 'competencies' ? 'competency' : collection.replace(/s$/, '');
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A reference from an entry to another entry, a strand or an area of the capability framework. */
interface Reference {
  target: CollectionName | 'strands' | 'areas';
  id: string;
  path: PropertyKey[];
  /** Whether the reference is the key at `path` (a level or archetype named as a key), not its value. */
  key?: boolean;
  field: string;
}

/** Every reference in an entry's frontmatter, read defensively: the entry may not have passed its schema. */
function referencesIn(collection: CollectionName, data: Record<string, unknown>): Reference[] {
  const refs: Reference[] = [];
  const one = (target: Reference['target'], field: string) => {
    if (typeof data[field] === 'string') refs.push({ target, id: data[field], path: [field], field });
  };
  const list = (target: Reference['target'], field: string) => {
    const value = data[field];
    if (Array.isArray(value))
      value.forEach((id, i) => typeof id === 'string' && refs.push({ target, id, path: [field, i], field }));
  };
  const group = (field: string) => {
    const value = data[field];
    return value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
  };
  switch (collection) {
    case 'competencies':
      one('domains', 'domain');
      list('strands', 'strands');
      list('areas', 'capabilityFramework');
      for (const [level] of group('progression'))
        refs.push({
          target: 'levels',
          id: level,
          path: ['progression', level],
          key: true,
          field: `progression.${level}`,
        });
      for (const [archetype, level] of group('levels')) {
        refs.push({
          target: 'archetypes',
          id: archetype,
          path: ['levels', archetype],
          key: true,
          field: `levels.${archetype}`,
        });
        if (typeof level === 'string')
          refs.push({
            target: 'levels',
            id: level,
            path: ['levels', archetype],
            field: `levels.${archetype}`,
          });
      }
      break;
    case 'archetypes':
      one('levels', 'ceiling');
      break;
    case 'domains':
      one('domains', 'parent');
      break;
    case 'recommendations':
      list('competencies', 'competencies');
      list('archetypes', 'archetypes');
      break;
    case 'personas':
      list('archetypes', 'archetypes');
      break;
  }
  return refs;
}

function placeKey(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`;
}

/** The entries of a collection an author may mean, by id and by the names the site shows them under. */
function candidatesIn(context: RuleContext, target: CollectionName): Candidate[] {
  const names = (data: object) =>
    ['name', 'title'].flatMap((field) => {
      const value = (data as Record<string, unknown>)[field];
      return typeof value === 'string' ? [value] : [];
    });
  const valid = context.entries[target].map((e) => ({
    id: String((e.data as { id?: unknown }).id),
    names: names(e.data),
  }));
  const others = [...context.knownIds[target]]
    .filter((id) => !valid.some((c) => c.id === id))
    .map((id) => ({ id }));
  return [...valid, ...others].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
