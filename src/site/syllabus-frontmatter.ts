import {
  EDITION_NAMES,
  EDITION_PURPOSE,
  editionTitle,
  listNames,
  type Syllabus,
  type SyllabusEdition,
} from '../framework/index.ts';
import { pageFrontmatter } from './page-frontmatter.ts';

/** The frontmatter of one edition's web page: its title, description, sources and reviews. */
export function syllabusFrontmatter(s: Syllabus, edition: SyllabusEdition) {
  return {
    ...pageFrontmatter(
      editionTitle(s, edition),
      `${EDITION_NAMES[edition]} of the AI education syllabus for ${listNames(s.archetypes.map((a) => a.name))}, ${EDITION_PURPOSE[edition]}.`,
      { sources: s.sources, lastReviewed: s.lastReviewed, nextReviewDue: s.nextReviewDue },
    ),
    // Search finds each archetype's syllabus once, by its provider's edition, and there by
    // what is its own (who it is for, its hours, its delivery); the learner's edition and the
    // 26 combinations would only repeat it, and its competencies are found on their own pages.
    pagefind: s.archetypes.length === 1 && edition === 'provider',
  };
}
