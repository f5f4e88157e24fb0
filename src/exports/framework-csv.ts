import { sumHours, type Framework } from '../framework/index.ts';
import { toCsv, UTF8_BOM } from './csv.ts';

/** Column names of `/framework.csv`, in order. Renaming or removing one breaks users' spreadsheets. */
export const CSV_COLUMNS = [
  'edition',
  'competency_id',
  'competency_title',
  'domain_id',
  'domain_name',
  'kind',
  'tier',
  'level_id',
  'level_name',
  'level_rank',
  'hours_from_level_below',
  'hours_to_this_level',
  'outcomes',
  'archetypes_needing_this_level',
  'archetypes_whose_level_this_is',
] as const;

/**
 * The framework as one CSV row per competency and level it describes: competencies in
 * framework order, levels lowest first. Each row gives the level's outcomes (one per line in
 * the cell), the study hours to reach it from the level below and from nothing, the
 * archetypes whose syllabus includes it (they need it or a higher level) and those for whom
 * it is the level needed. UTF-8 with a byte order mark, so that Excel shows accented letters
 * and typographic quotes correctly.
 */
export function frameworkCsv(framework: Framework): string {
  const domainName = new Map(framework.domains.map((d) => [d.id, d.name]));
  const rows = framework.competencies.flatMap((competency) =>
    competency.steps.map((step, index) => [
      framework.settings.edition,
      competency.id,
      competency.title,
      competency.domain,
      domainName.get(competency.domain) ?? '',
      competency.kind,
      competency.tier,
      step.level.id,
      step.level.name,
      step.level.rank,
      step.hours,
      sumHours(competency.steps.slice(0, index + 1)),
      step.outcomes.join('\n'),
      competency.requirements
        .filter((r) => r.level.rank >= step.level.rank)
        .map((r) => r.archetype)
        .join(' '),
      competency.requirements
        .filter((r) => r.level.id === step.level.id)
        .map((r) => r.archetype)
        .join(' '),
    ]),
  );
  return UTF8_BOM + toCsv([[...CSV_COLUMNS], ...rows]);
}
