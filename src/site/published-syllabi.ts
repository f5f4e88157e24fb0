// The Astro edge of the syllabi: each syllabus computed from the framework, with the PDFs of
// both editions (from the PDF cache, or compiled), once per build, shared by its web pages, its
// PDF routes, the "build your syllabus" page and the links (with sizes) on other pages.
import {
  EDITIONS,
  syllabusRoute,
  syllabusRoutes,
  type Syllabus,
  type SyllabusEdition,
  type SyllabusRoute,
} from '../framework/index.ts';
import { formatFileSize, PdfCache } from '../pdf/index.ts';
import { sharedState } from '../integration/shared-state.ts';
import { syllabiToPublish } from '../integration/syllabi-to-publish.ts';
import type { ArchetypeId } from '../schemas/index.ts';
import type { Framework } from '../framework/index.ts';
import { loadFramework } from './load-framework.ts';

/** One edition's PDF: its size for display, and its bytes when asked for (by `astro dev`). */
export interface EditionPdf {
  bytes: () => Uint8Array<ArrayBuffer>;
  /** For example "85 KB". */
  size: string;
}

/** A syllabus with its addresses and the PDFs of both editions. */
export interface PublishedSyllabus {
  syllabus: Syllabus;
  route: SyllabusRoute;
  pdfs: Record<SyllabusEdition, EditionPdf>;
}

// Per framework graph: in `astro dev` a change to content/ makes a new graph, and its syllabi
// are made afresh.
const made = new WeakMap<Framework, Map<string, PublishedSyllabus>>();

/**
 * The syllabus for a set of archetypes (in any order), with its PDFs, made once per build:
 * the syllabus and its documents are those the build compiles PDFs from (see
 * src/integration/syllabus-pdfs-ahead.ts); each PDF comes from the PDF cache, where that
 * compiled it or an earlier build kept it, or is compiled here.
 */
export async function publishedSyllabus(archetypes: readonly ArchetypeId[]): Promise<PublishedSyllabus> {
  const framework = await loadFramework();
  const ordered = framework.archetypes.map((a) => a.id).filter((id) => archetypes.includes(id));
  const slug = syllabusRoute(ordered).slug;
  let cache = made.get(framework);
  if (!cache) made.set(framework, (cache = new Map()));
  let published = cache.get(slug);
  if (!published) {
    const { route, syllabus, documents } = syllabiToPublish(sharedState()).find(
      (s) => s.route.slug === slug,
    )!;
    const pdfCache = new PdfCache(sharedState().pdfCache);
    const pdfs = Object.fromEntries(
      EDITIONS.map((edition) => {
        const size = formatFileSize(pdfCache.size(documents[edition]));
        return [edition, { size, bytes: () => pdfCache.pdf(documents[edition]) }];
      }),
    ) as Record<SyllabusEdition, EditionPdf>;
    published = { syllabus, route, pdfs };
    cache.set(slug, published);
  }
  return published;
}

/** Every published syllabus, in route order (single archetypes first). */
export async function allPublishedSyllabi(): Promise<PublishedSyllabus[]> {
  const routes = syllabusRoutes(await loadFramework());
  const all: PublishedSyllabus[] = [];
  for (const route of routes) all.push(await publishedSyllabus(route.archetypes));
  return all;
}
