import { toCsv, UTF8_BOM } from '../exports/csv.ts';
import type { Framework } from '../framework/index.ts';
import type { ArchetypeId } from '../schemas/index.ts';
import type { Column } from './columns.ts';
import { neededFor } from './needed.ts';

/**
 * The template's columns: the course map's own, and `competency_title` after the id, so that a
 * course lead can tell the rows apart. The parser reads no column it does not know, so that one
 * is only for reading.
 */
export const TEMPLATE_COLUMNS: readonly (Column | 'competency_title')[] = [
  'module',
  'competency',
  'competency_title',
  'level',
  'hours',
  'notes',
  'framework_edition',
];

/**
 * A course map to fill in: one row per competency the archetypes need, in syllabus order, at
 * the level needed, with the module and hours left for the course lead and the edition filled
 * in. Written by the project's one CSV writer (UTF-8 with a byte order mark, for Excel).
 */
export function courseMapTemplate(framework: Framework, archetypeIds: readonly ArchetypeId[]): string {
  const { items } = neededFor(framework, archetypeIds);
  const row = (item: (typeof items)[number]): Record<(typeof TEMPLATE_COLUMNS)[number], string> => ({
    module: '',
    competency: item.competency.id,
    competency_title: item.competency.title,
    level: item.level.id,
    hours: '',
    notes: '',
    framework_edition: framework.settings.edition,
  });
  return (
    UTF8_BOM +
    toCsv([TEMPLATE_COLUMNS, ...items.map((item) => TEMPLATE_COLUMNS.map((column) => row(item)[column]))])
  );
}
