import type { LevelData } from '../../schemas/index.ts';
import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import type { CheckedEntry, Rule } from './context.ts';

/**
 * Words that start a statement no assessor can observe (a state of mind, a feeling, or an
 * activity rather than what the learner can then do).
 */
const NOT_OBSERVABLE = [
  'understand',
  'know',
  'be aware',
  'be familiar',
  'be confident',
  'appreciate',
  'learn',
  'feel',
  'believe',
  'realise',
  'gain',
  'become',
  'have',
  'attend',
  'complete',
];

/**
 * Each competency describes the levels its archetypes need, without gaps, within each
 * archetype's ceiling; its outcomes are observable acts of their own level and its hours are
 * usual for the level.
 */
export const progressionRule: Rule = ({ entries, knownIds }) => {
  const levels = entries.levels.map((l) => l.data).sort((a, b) => a.rank - b.rank);
  // With a level missing or unreadable, ranks and verbs are incomplete: check only what needs no ranks.
  const ranked = levels.length > 0 && levels.length === knownIds.levels.size;
  const rank = new Map(levels.map((l) => [l.id, l.rank]));
  const ceilings = new Map(entries.archetypes.map((a) => [a.data.id, a.data.ceiling]));
  const names = new Map(entries.archetypes.map((a) => [a.data.id as string, a.data.name]));
  const name = (id: string) => names.get(id) ?? id;
  const issues: Issue[] = [];
  for (const competency of entries.competencies) {
    issues.push(...observableIssues(competency));
    if (!ranked) continue;
    issues.push(...describedIssues(competency, levels, rank, name));
    issues.push(...ceilingIssues(competency, ceilings, rank, name));
    issues.push(...verbIssues(competency, levels));
    issues.push(...hoursIssues(competency, levels));
  }
  return issues;
};

/** Every needed level is described, and the described levels have no gaps. */
function describedIssues(
  competency: CheckedEntry<'competencies'>,
  levels: LevelData[],
  rank: Map<string, number>,
  name: (archetype: string) => string,
): Issue[] {
  const { levels: needed, progression } = competency.data;
  const issues: Issue[] = [];
  for (const [archetype, level] of Object.entries(needed) as [string, string][]) {
    if (rank.has(level) && !(level in progression)) {
      issues.push(
        issueAt(
          'level-not-described',
          competency.locate(['levels', archetype]),
          `${name(archetype)} need "${level}", but \`progression\` does not describe "${level}".`,
        ),
      );
    }
  }
  const described = levels.filter((l) => l.id in progression);
  const first = described[0];
  const last = described.at(-1);
  if (!first || !last) return issues;
  for (const level of levels) {
    if (level.rank > first.rank && level.rank < last.rank && !(level.id in progression)) {
      const above = described.find((l) => l.rank > level.rank)!;
      issues.push(
        issueAt(
          'progression-gap',
          competency.locate(['progression', above.id], { key: true }),
          `\`progression\` describes "${first.id}" and "${above.id}" but not "${level.id}" between them.`,
        ),
      );
    }
  }
  return issues;
}

/** No archetype is required above the ceiling its archetype page sets. */
function ceilingIssues(
  competency: CheckedEntry<'competencies'>,
  ceilings: Map<string, string>,
  rank: Map<string, number>,
  name: (archetype: string) => string,
): Issue[] {
  return (Object.entries(competency.data.levels) as [string, string][]).flatMap(([archetype, level]) => {
    const ceiling = ceilings.get(archetype);
    const [levelRank, ceilingRank] = [rank.get(level), ceiling ? rank.get(ceiling) : undefined];
    if (levelRank === undefined || ceilingRank === undefined || levelRank <= ceilingRank) return [];
    return [
      issueAt(
        'level-above-ceiling',
        competency.locate(['levels', archetype]),
        `${name(archetype)} are required at "${level}", above "${ceiling}", the highest level content/archetypes/${archetype}.mdx allows.`,
      ),
    ];
  });
}

/** Each outcome with its level and its place in `progression`. */
function outcomes(competency: CheckedEntry<'competencies'>) {
  return Object.entries(competency.data.progression).flatMap(([level, step]) =>
    step.outcomes.map((text, i) => ({ level, text, path: ['progression', level, 'outcomes', i] })),
  );
}

function observableIssues(competency: CheckedEntry<'competencies'>): Issue[] {
  return outcomes(competency).flatMap(({ text, path }) => {
    const lower = text.trimStart().toLowerCase();
    const opening = NOT_OBSERVABLE.find((words) => startsWithWordsLower(lower, words));
    return opening
      ? [
          issueAt(
            'outcome-not-observable',
            competency.locate(path),
            `The outcome "${text}" starts with "${opening}", which an assessor cannot observe.`,
          ),
        ]
      : [];
  });
}

/** Outcomes use their own level's verbs, not a lower level's; and ask for one act each. */
function verbIssues(competency: CheckedEntry<'competencies'>, levels: LevelData[]): Issue[] {
  const everyVerb = [...new Set(levels.flatMap((l) => l.verbs))];
  return outcomes(competency).flatMap(({ level, text, path }) => {
    const own = levels.find((l) => l.id === level);
    if (!own) return [];
    const issues: Issue[] = [];
    const verb = openingVerb(text, everyVerb);
    const lower = levels.find((l) => l.rank < own.rank && verb !== undefined && l.verbs.includes(verb));
    if (verb && lower && !own.verbs.includes(verb)) {
      issues.push(
        issueAt(
          'outcome-verb-below-level',
          competency.locate(path),
          `"${capitalise(verb)}" is a verb of ${lower.name.toLowerCase()}, but this outcome is at ${own.name.toLowerCase()}: "${text}".`,
          `Verbs of ${own.name.toLowerCase()}: ${own.verbs.join(', ')}. If the object really makes it work of this level, keep it.`,
        ),
      );
    }
    const rest = text.slice(verb?.length ?? 0);
    const secondVerb = [...rest.matchAll(/\band\s+/gi)]
      .map((match) => openingVerb(rest.slice(match.index + match[0].length), everyVerb))
      .find((found) => found !== undefined);
    if (verb && secondVerb) {
      issues.push(
        issueAt(
          'outcome-two-acts',
          competency.locate(path),
          `The outcome "${text}" asks the learner to ${verb} and to ${secondVerb}.`,
        ),
      );
    }
    return issues;
  });
}

/**
 * The most outcomes a level's study time can carry: two for a quarter of an hour, three for
 * half an hour, four (the most any level has) for an hour or more.
 */
export function outcomesFor(hours: number): number {
  return Math.min(4, 2 + Math.floor(hours * 2));
}

/** The hours of each level fall in the level's usual range, and are enough for its outcomes. */
function hoursIssues(competency: CheckedEntry<'competencies'>, levels: LevelData[]): Issue[] {
  return Object.entries(competency.data.progression).flatMap(([id, step]) => {
    const level = levels.find((l) => l.id === id);
    if (!level) return [];
    const issues: Issue[] = [];
    const { min, max } = level.typicalHours;
    if (step.hours < min || step.hours > max) {
      issues.push(
        issueAt(
          'hours-outside-typical-range',
          competency.locate(['progression', id, 'hours']),
          `${step.hours} hours to reach ${level.name.toLowerCase()} is outside its usual ${min}-${max} hours.`,
        ),
      );
    }
    if (step.outcomes.length > outcomesFor(step.hours)) {
      issues.push(
        issueAt(
          'too-many-outcomes-for-hours',
          competency.locate(['progression', id, 'outcomes']),
          `${level.name} has ${step.outcomes.length} outcomes for ${step.hours} ${step.hours === 1 ? 'hour' : 'hours'} of study; at most ${outcomesFor(step.hours)} fit.`,
        ),
      );
    }
    return issues;
  });
}

/** The longest verb (or verb phrase) from `verbs` that `text` starts with, in lowercase. */
function openingVerb(text: string, verbs: readonly string[]): string | undefined {
  const lower = text.trimStart().toLowerCase();
  let longest: string | undefined;
  for (const verb of verbs) {
    if (startsWithWordsLower(lower, verb) && verb.length > (longest?.length ?? 0)) longest = verb;
  }
  return longest;
}

/** Whether `lower` (lowercase, without leading space) starts with the whole words `words`. */
function startsWithWordsLower(lower: string, words: string): boolean {
  return lower.startsWith(words) && !/[a-z]/.test(lower.charAt(words.length));
}

function capitalise(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
