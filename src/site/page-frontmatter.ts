import type { Source } from '../schemas/index.ts';

/** What every page of the site carries, whether a guide page or a generated one. */
interface Reviewed {
  provenance: 'report' | 'capability-framework' | 'project';
  sources: Source[];
  lastReviewed: string;
  nextReviewDue: string;
}

/**
 * Frontmatter for a generated page (`<StarlightPage frontmatter={...}>`): its title and
 * description plus the provenance, sources and review dates of the entry it shows, so the
 * page footer can show them as on guide pages.
 */
export function pageFrontmatter(title: string, description: string, entry: Reviewed) {
  const { provenance, sources, lastReviewed, nextReviewDue } = entry;
  return { title, description, provenance, sources, lastReviewed, nextReviewDue };
}
