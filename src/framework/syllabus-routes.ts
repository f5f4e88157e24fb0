import type { ArchetypeId } from '../schemas/index.ts';
import { archetypeCombinations, syllabusSlug } from './syllabus.ts';
import type { Framework } from './types.ts';

/** Where one syllabus is published: its web page and its PDF. */
export interface SyllabusRoute {
  archetypes: ArchetypeId[];
  slug: string;
  /** Site-relative address of the print-first web page, for example `/syllabi/drivers-users/`. */
  page: string;
  /** Site-relative address of the PDF, for example `/syllabi/drivers-users.pdf`. */
  pdf: string;
}

/** The addresses of a syllabus for a set of archetypes. */
export function syllabusRoute(archetypes: readonly ArchetypeId[]): SyllabusRoute {
  const slug = syllabusSlug(archetypes);
  return { archetypes: [...archetypes], slug, page: `/syllabi/${slug}/`, pdf: `/syllabi/${slug}.pdf` };
}

/**
 * Every syllabus the site publishes, one per non-empty combination of archetypes. The web
 * pages and the PDFs are both generated from this one list, so neither can lack the other.
 */
export function syllabusRoutes(framework: Framework): SyllabusRoute[] {
  return archetypeCombinations(framework).map(syllabusRoute);
}
