import type { Competency, Framework } from '../framework/index.ts';
import { closest } from '../validation/nearest.ts';
import type { CourseMap } from './types.ts';

/** A competency id of the map that a later edition merged into another competency. */
export interface MergedId {
  id: string;
  into: { id: string; title: string };
  /** The rows that name it. */
  rows: number[];
}

/**
 * A competency id of the map that the current edition does not have and no competency
 * `replaces`: retired since the map was made, as far as the data can tell. A mistyped id
 * looks the same, so `suggestion` names a current id close to it, if there is one.
 */
export interface RetiredId {
  id: string;
  rows: number[];
  suggestion: string | undefined;
}

/** What changed in the framework that a course map still refers to. */
export interface EditionCheck {
  /** The edition the map says it was made against (its framework_edition column), if it says. */
  mapEdition: string | undefined;
  currentEdition: string;
  /** Whether the map names an edition other than the current one. */
  differs: boolean;
  merged: MergedId[];
  retired: RetiredId[];
}

/**
 * Compares the competency ids a map uses with the current edition. The framework records
 * merges (a competency's `replaces`), so a merged id is named with where it went; it records
 * no list of retired ids, so any other id the edition lacks is reported as no longer there.
 */
export function checkEdition(framework: Framework, map: CourseMap): EditionCheck {
  const current = new Set(framework.competencies.map((c) => c.id));
  const gone = Map.groupBy(
    map.rows.filter((row) => !current.has(row.competency)),
    (row) => row.competency,
  );
  const merged: MergedId[] = [];
  const retired: RetiredId[] = [];
  for (const [id, rows] of gone) {
    const numbers = rows.map((row) => row.row);
    const into = mergedInto(framework, id);
    if (into) merged.push({ id, into: { id: into.id, title: into.title }, rows: numbers });
    else retired.push({ id, rows: numbers, suggestion: suggestCompetency(framework, id) });
  }
  return {
    mapEdition: map.edition,
    currentEdition: framework.settings.edition,
    differs: editionDiffers(framework, map.edition),
    merged,
    retired,
  };
}

/** The competency an old id was merged into, if one lists it in `replaces`. */
export function mergedInto(framework: Framework, id: string): Competency | undefined {
  return framework.moved.find((m) => m.from === id)?.to;
}

/** Whether a map records an edition, and it is not the current one. */
export function editionDiffers(framework: Framework, edition: string | undefined): boolean {
  return edition !== undefined && edition !== framework.settings.edition;
}

/** The current competency someone most likely meant by an id or title the framework does not have. */
export function suggestCompetency(framework: Framework, text: string): string | undefined {
  return closest(
    text,
    framework.competencies.map((c) => ({ id: c.id, names: [c.title] })),
  );
}
