import type { ArchetypeId } from '../schemas/index.ts';
import { archetypeCombinations, syllabusSlug } from './syllabus.ts';
import type { SyllabusEdition } from './syllabus-editions.ts';
import type { Framework } from './types.ts';

/** Where one edition of a syllabus is published. */
export interface EditionRoute {
  /** Site-relative address of the print-first web page, for example `/syllabi/drivers-users/learner/`. */
  page: string;
  /** Site-relative address of the PDF, for example `/syllabi/drivers-users.learner.pdf`. */
  pdf: string;
}

/** Where one syllabus is published: both editions, each as a web page and a PDF. */
export interface SyllabusRoute {
  archetypes: ArchetypeId[];
  slug: string;
  editions: Record<SyllabusEdition, EditionRoute>;
}

/** The addresses of a syllabus for a set of archetypes. */
export function syllabusRoute(archetypes: readonly ArchetypeId[]): SyllabusRoute {
  const slug = syllabusSlug(archetypes);
  return {
    archetypes: [...archetypes],
    slug,
    editions: {
      provider: { page: `/syllabi/${slug}/`, pdf: `/syllabi/${slug}.pdf` },
      learner: { page: `/syllabi/${slug}/learner/`, pdf: `/syllabi/${slug}.learner.pdf` },
    },
  };
}

/**
 * Every syllabus the site publishes, one per non-empty combination of archetypes. The web
 * pages and the PDFs of both editions are generated from this one list, so none can lack another.
 */
export function syllabusRoutes(framework: Framework): SyllabusRoute[] {
  return archetypeCombinations(framework).map(syllabusRoute);
}
