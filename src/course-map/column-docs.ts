import { COLUMNS, REQUIRED_COLUMNS, type Column } from './columns.ts';

/**
 * What each column of a course map holds, for a course lead: the one definition, shown by the
 * course-mapping page and repeated word for word in src/course-map/README.md (a test compares them).
 */
const DESCRIPTIONS: Record<Column, string> = {
  module:
    "The module's name, free text. Empty: a template line not filled in yet; it is checked but teaches nothing (and hours on it are a problem).",
  competency:
    'A competency id (competency_id in /framework.csv). Its title as the site shows it is accepted too.',
  level:
    'The level the module teaches it to: an id (working-knowledge) or a name (Working knowledge), in any case. Must be a level the competency describes.',
  hours:
    'Hours the module spends on it: a number, 0 or more, with a decimal point. Empty means "not given": it adds 0, and the report says which rows give no hours, so the total is a lower bound.',
  notes: 'Free text, kept but not used.',
  framework_edition:
    'The edition the map was made against, for example 2026.2: the same on every row (empty cells allowed). Without the column, the report says the edition is unknown.',
};

/** The columns of a course map in the order the template has them, each with whether it is required and what it holds. */
export const COLUMN_DOCS: readonly { column: Column; required: boolean; description: string }[] = COLUMNS.map(
  (column) => ({ column, required: REQUIRED_COLUMNS.includes(column), description: DESCRIPTIONS[column] }),
);
