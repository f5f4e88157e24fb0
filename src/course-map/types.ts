import type { MapProblem } from './problems.ts';

/** One row of a course map: a module teaching a competency to a level. */
export interface CourseRow {
  /** Its row in the file (row 1 is the header), so that reports can point back to it. */
  row: number;
  module: string;
  /**
   * A competency id: one of the current edition, or (in a map made against another edition, or
   * naming a merged competency) one it no longer has; see checkEdition().
   */
  competency: string;
  /** A level id, whatever name the file used for it. */
  level: string;
  /** Hours the module spends on the competency; undefined when the cell was left empty. */
  hours: number | undefined;
  notes: string;
}

/** A course map that was read without problems. */
export interface CourseMap {
  /** The framework edition it was made against (its framework_edition column), if it says. */
  edition: string | undefined;
  /** Rows naming a module, in file order. */
  rows: CourseRow[];
  /** Rows with no module name (template lines not filled in yet): checked, but they teach nothing. */
  unfilled: number[];
}

/** The outcome of reading a course map: the map, or every problem found in it. */
export type ParsedMap = { ok: true; map: CourseMap } | { ok: false; problems: MapProblem[] };
