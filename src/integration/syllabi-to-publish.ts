import { EDITIONS, syllabus, syllabusRoutes, type Framework } from '../framework/index.ts';
import type { SyllabusEdition } from '../framework/index.ts';
import type { SiteAddress } from '../framework/site-address.ts';
import { syllabusToTypst, type TypstDocument } from '../pdf/index.ts';
import type { SharedState, SyllabusToPublish } from './shared-state.ts';

export type { SyllabusToPublish } from './shared-state.ts';

/**
 * Every syllabus the site publishes, in route order, made once per check of the content and
 * kept with it, so that the build (which compiles the PDFs ahead) and the syllabus pages
 * (which take them from the PDF cache by their documents) share one copy.
 */
export function syllabiToPublish(state: SharedState): SyllabusToPublish[] {
  const { content } = state;
  if (!content.framework) throw new Error('The content has errors: there are no syllabi to publish.');
  content.syllabi ??= publishable(content.framework, state.address);
  return content.syllabi;
}

/** The Typst documents of every syllabus PDF the site publishes, in route order, both editions of each. */
export function documentsToPublish(framework: Framework, address: SiteAddress): TypstDocument[] {
  return publishable(framework, address).flatMap((s) => EDITIONS.map((edition) => s.documents[edition]));
}

function publishable(framework: Framework, address: SiteAddress): SyllabusToPublish[] {
  return syllabusRoutes(framework).map((route) => {
    const s = syllabus(framework, route.archetypes, address);
    const documents = Object.fromEntries(EDITIONS.map((edition) => [edition, syllabusToTypst(s, edition)]));
    return { route, syllabus: s, documents: documents as Record<SyllabusEdition, TypstDocument> };
  });
}
