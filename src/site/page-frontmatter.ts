import { REPOSITORY_URL } from '../../project.config.mjs';
import type { BasedOn, Source } from '../schemas/index.ts';

/** What every page of the site carries, whether a guide page or a generated one. */
export interface Reviewed {
  /** Which parts rest on which kind of source; none for a page wholly the project's own. */
  basedOn?: BasedOn | undefined;
  /** The entry's frontmatter fields, so that a part named in `basedOn` can be told from a heading. */
  fields?: string[];
  sources: Source[];
  lastReviewed: string;
  nextReviewDue: string;
  /** The content file the page shows, for the "Edit this page" link. */
  file?: string;
}

/**
 * Frontmatter for a generated page (`<StarlightPage frontmatter={...}>`): its title and
 * description plus the provenance, sources and review dates of the entry it shows, so the
 * page footer can show them as on guide pages, and an edit link to the entry's file.
 */
export function pageFrontmatter(title: string, description: string, entry: Reviewed) {
  const { basedOn, sources, lastReviewed, nextReviewDue, file } = entry;
  const editUrl: string | false = file ? `${REPOSITORY_URL}/edit/main/${file}` : false;
  const fields = entry.fields ?? Object.keys(entry);
  return { title, description, basedOn, fields, sources, lastReviewed, nextReviewDue, editUrl };
}

/**
 * The combined review facts of a page that lists many entries (an overview, the matrix): a
 * compilation of the project's own (each entry's page says what it rests on), every distinct
 * source, the latest review and the earliest next review.
 */
export function combinedReview(entries: readonly Reviewed[]): Reviewed {
  const sources = new Map(entries.flatMap((e) => e.sources).map((s) => [s.url, s]));
  return {
    sources: [...sources.values()],
    lastReviewed: entries.map((e) => e.lastReviewed).reduce((a, b) => (a > b ? a : b)),
    nextReviewDue: entries.map((e) => e.nextReviewDue).reduce((a, b) => (a < b ? a : b)),
  };
}
