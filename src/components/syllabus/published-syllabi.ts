// The Astro edge of the syllabi: each syllabus computed from the framework, with the PDFs of
// both editions (from the PDF cache, or compiled), once per build, shared by its web pages, its
// PDF routes, the "build your syllabus" page and the links (with sizes) on other pages.
import { join } from 'node:path';
import { SITE_URL } from '../../../project.config.mjs';
import {
  EDITIONS,
  syllabus,
  syllabusRoute,
  syllabusRoutes,
  type Syllabus,
  type SyllabusEdition,
  type SyllabusRoute,
} from '../../framework/index.ts';
import { formatFileSize, PDF_CACHE_FOLDER, PdfCache, syllabusPdf, syllabusToTypst } from '../../pdf/index.ts';
import type { ArchetypeId } from '../../schemas/index.ts';
import { loadFramework } from '../../site/load-framework.ts';

/** One edition's PDF and its size for display. */
export interface EditionPdf {
  bytes: Uint8Array<ArrayBuffer>;
  /** For example "85 KB". */
  size: string;
}

/** A syllabus with its addresses and the PDFs of both editions. */
export interface PublishedSyllabus {
  syllabus: Syllabus;
  route: SyllabusRoute;
  pdfs: Record<SyllabusEdition, EditionPdf>;
}

const cache = new Map<string, PublishedSyllabus>();

// PDFs made by earlier builds (pdf-cache.ts), so a rebuild compiles only the syllabi that
// changed. Astro runs from the project root, so that is where the cache folder is.
const pdfCache = new PdfCache(join(process.cwd(), PDF_CACHE_FOLDER));

/** The syllabus for a set of archetypes (in any order), with its PDFs, made once per build. */
export async function publishedSyllabus(archetypes: readonly ArchetypeId[]): Promise<PublishedSyllabus> {
  const framework = await loadFramework();
  const ordered = framework.archetypes.map((a) => a.id).filter((id) => archetypes.includes(id));
  const route = syllabusRoute(ordered);
  let published = cache.get(route.slug);
  if (!published) {
    const s = syllabus(framework, ordered, SITE_URL);
    const pdfs = Object.fromEntries(
      EDITIONS.map((edition) => {
        // Compiled through syllabusPdf (which makes the document again, a few milliseconds),
        // the one function that turns a syllabus into PDF bytes.
        const bytes = pdfCache.pdf(syllabusToTypst(s, edition), () => syllabusPdf(s, edition));
        return [edition, { bytes, size: formatFileSize(bytes.byteLength) }];
      }),
    ) as Record<SyllabusEdition, EditionPdf>;
    published = { syllabus: s, route, pdfs };
    cache.set(route.slug, published);
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
