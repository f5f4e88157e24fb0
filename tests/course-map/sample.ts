import { buildFramework, type Framework } from '../../src/framework/index.ts';
import type { ArchetypeId, CompetencyData } from '../../src/schemas/index.ts';
import { sampleInput } from '../framework/sample.ts';

/** The four levels, as the real framework names them, lowest first. */
const LEVELS = [
  ['awareness', 'Awareness'],
  ['working-knowledge', 'Working knowledge'],
  ['practitioner', 'Practitioner'],
  ['expert', 'Expert'],
] as const;
type LevelId = (typeof LEVELS)[number][0];

/**
 * A hand-made framework for course maps, edition 2026.2, with the real framework's four levels
 * and hours chosen so that sums are easy to do by hand. Hours per level step, from awareness:
 *
 * | competency      | domain    | tier         | users | drivers           | shapers | steps          |
 * | --------------- | --------- | ------------ | ----- | ----------------- | ------- | -------------- |
 * | ai-basics       | second    | foundational | A     | A (2 h)           | A       | 2              |
 * | strategy        | first     | specialist   |       | A (1 h)           | E       | 1, 2, 3, 5     |
 * | clinical-safety | first     | specialist   | A     | WK (4 h)          | E       | 1.5, 2.5, 4, 6 |
 * | using-tools     | first     | specialist   | P     |                   |         | 1, 2, 3        |
 * | monitoring      | first-sub | specialist   |       | WK (3 h)          |         | 1, 2           |
 * | business-case   | second    | specialist   |       | P (6 h)           |         | 1, 2, 3        |
 * | data-quality    | second    | specialist   | A     | WK (4 h)          |         | 1, 3           |
 * | procurement     | second    | specialist   |       | P (7 h)           | WK      | 1, 2, 4        |
 *
 * Drivers need 7 competencies and 27 hours. `business-case` replaces `lifetime-costs`.
 */
export function courseSample(): Framework {
  const input = sampleInput([]);
  input.settings = { ...input.settings, edition: '2026.2' };
  const base = sampleInput([{ id: 'x', domain: 'first', tier: 'specialist', levels: { users: 'low' } }]);
  const levelBase = base.levels[0]!;
  input.levels = LEVELS.map(([id, name], i) => ({ ...levelBase, id, name, rank: i + 1, descriptor: name }));
  const competencyBase = base.competencies[0]!;
  const competency = (
    id: string,
    domain: string,
    tier: CompetencyData['tier'],
    levels: Partial<Record<ArchetypeId, LevelId>>,
    hours: number[],
    replaces: string[] = [],
  ) => ({
    ...competencyBase,
    id,
    title: `${id[0]!.toUpperCase()}${id.slice(1).replaceAll('-', ' ')}`,
    domain,
    tier,
    levels,
    replaces,
    progression: Object.fromEntries(
      hours.map((h, i) => [LEVELS[i]![0], { hours: h, outcomes: [`${id} ${i} one`, `${id} ${i} two`] }]),
    ),
  });
  input.competencies = [
    competency(
      'ai-basics',
      'second',
      'foundational',
      { users: 'awareness', drivers: 'awareness', shapers: 'awareness' },
      [2],
    ),
    competency('strategy', 'first', 'specialist', { drivers: 'awareness', shapers: 'expert' }, [1, 2, 3, 5]),
    competency(
      'clinical-safety',
      'first',
      'specialist',
      { users: 'awareness', drivers: 'working-knowledge', shapers: 'expert' },
      [1.5, 2.5, 4, 6],
    ),
    competency('using-tools', 'first', 'specialist', { users: 'practitioner' }, [1, 2, 3]),
    competency('monitoring', 'first-sub', 'specialist', { drivers: 'working-knowledge' }, [1, 2]),
    competency(
      'business-case',
      'second',
      'specialist',
      { drivers: 'practitioner' },
      [1, 2, 3],
      ['lifetime-costs'],
    ),
    competency(
      'data-quality',
      'second',
      'specialist',
      { users: 'awareness', drivers: 'working-knowledge' },
      [1, 3],
    ),
    competency(
      'procurement',
      'second',
      'specialist',
      { drivers: 'practitioner', shapers: 'working-knowledge' },
      [1, 2, 4],
    ),
  ];
  return buildFramework(input);
}

/**
 * A course for Drivers, written as a course lead would, with display names for levels, one
 * module without hours, one competency beyond the Drivers syllabus, and `business-case` not taught.
 */
export const DRIVERS_COURSE = `module,competency,level,hours,notes,framework_edition
Introduction to AI,ai-basics,Awareness,2,,2026.2
Data for decisions,data-quality,Working knowledge,3,,2026.2
Data lab,data-quality,awareness,1.5,"Hands-on, in pairs",2026.2
Buying AI,procurement,working-knowledge,4,,2026.2
Buying AI workshop,procurement,Awareness,2,,2026.2
Safety first,clinical-safety,Practitioner,5,,2026.2
Monitoring in practice,monitoring,Working knowledge,,Hours still being agreed,2026.2
Strategy seminar,strategy,awareness,1,,2026.2
Tools for everyone,using-tools,practitioner,2,,2026.2
Capstone project,clinical-safety,working-knowledge,2.5,,2026.2
`;
