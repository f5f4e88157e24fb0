import { competenciesFor, levelFor, type Framework } from '../framework/index.ts';
import { toCsv, UTF8_BOM } from './csv.ts';

/** Column names of `/framework.csv`, in order. Renaming or removing one breaks users' spreadsheets. */
export const CSV_COLUMNS = [
  'edition',
  'archetype_id',
  'archetype_name',
  'competency_id',
  'competency_title',
  'domain_id',
  'domain_name',
  'kind',
  'tier',
  'level_id',
  'level_name',
  'level_rank',
  'hours',
] as const;

/**
 * The framework as one CSV row per competency and archetype that needs it: each archetype's
 * pathway in turn (archetype order), competencies in framework order. UTF-8 with a byte
 * order mark, so that Excel shows accented letters and typographic quotes correctly.
 */
export function frameworkCsv(framework: Framework): string {
  const domainName = new Map(framework.domains.map((d) => [d.id, d.name]));
  const rows = framework.archetypes.flatMap((archetype) =>
    competenciesFor(framework, archetype.id).map((competency) => {
      const level = levelFor(competency, archetype.id)!;
      return [
        framework.settings.edition,
        archetype.id,
        archetype.name,
        competency.id,
        competency.title,
        competency.domain,
        domainName.get(competency.domain) ?? '',
        competency.kind,
        competency.tier,
        level.id,
        level.name,
        level.rank,
        competency.hours,
      ];
    }),
  );
  return UTF8_BOM + toCsv([[...CSV_COLUMNS], ...rows]);
}
