import type { Archetype, Framework, SyllabusItem } from '../framework/index.ts';
import { syllabus } from '../framework/syllabus.ts';
import { allItems } from '../framework/syllabus-wording.ts';
import { parseSiteUrl } from '../framework/site-address.ts';
import type { ArchetypeId } from '../schemas/index.ts';

/** What a set of archetypes needs, as their syllabus has it. */
export interface Needed {
  archetypes: Archetype[];
  /** Foundational competencies first, then specialist ones by domain: the syllabus's order. */
  items: SyllabusItem[];
  /** The framework's study hours to reach every level needed. */
  hours: number;
}

/**
 * The competencies a course for these archetypes must teach, each at the highest level any of
 * them needs, taken from their syllabus so that a course is compared with exactly what the
 * syllabus page and PDF say. Throws, as syllabus() does, for an empty or unknown selection;
 * check ids from outside with archetypeSelection() first.
 */
export function neededFor(framework: Framework, archetypeIds: readonly ArchetypeId[]): Needed {
  // The address only makes the syllabus's own URL, which is not used here.
  const s = syllabus(framework, archetypeIds, parseSiteUrl(undefined));
  return {
    archetypes: s.archetypes,
    items: allItems(s),
    hours: s.hours.total,
  };
}
