// The Astro edge of the syllabi: each syllabus computed from the framework, with its PDF
// (from the PDF cache, or compiled), once per build, shared by its web page, its PDF route, the
// "build your syllabus" page and the links (with sizes) on other pages.
import { join } from 'node:path';
import { SITE_URL } from '../../../project.config.mjs';
import {
  syllabus,
  syllabusRoute,
  syllabusRoutes,
  type Syllabus,
  type SyllabusRoute,
} from '../../framework/index.ts';
import { formatFileSize, PDF_CACHE_FOLDER, PdfCache, syllabusPdf, syllabusToTypst } from '../../pdf/index.ts';
import type { ArchetypeId } from '../../schemas/index.ts';
import { loadFramework } from '../../site/load-framework.ts';

/** A syllabus with its addresses and its PDF. */
export interface PublishedSyllabus {
  syllabus: Syllabus;
  route: SyllabusRoute;
  pdf: Uint8Array<ArrayBuffer>;
  /** The PDF's size for display, for example "85 KB". */
  pdfSize: string;
}

const cache = new Map<string, PublishedSyllabus>();

// PDFs made by earlier builds (pdf-cache.ts), so a rebuild compiles only the syllabi that
// changed. Astro runs from the project root, so that is where the cache folder is.
const pdfCache = new PdfCache(join(process.cwd(), PDF_CACHE_FOLDER));

/** The syllabus for a set of archetypes (in any order), with its PDF, made once per build. */
export async function publishedSyllabus(archetypes: readonly ArchetypeId[]): Promise<PublishedSyllabus> {
  const framework = await loadFramework();
  const ordered = framework.archetypes.map((a) => a.id).filter((id) => archetypes.includes(id));
  const route = syllabusRoute(ordered);
  let published = cache.get(route.slug);
  if (!published) {
    const s = syllabus(framework, ordered, SITE_URL);
    // Compiled through syllabusPdf (which makes the document again, a few milliseconds), the
    // one function the scale benchmark times and can leave out (src/bench/scale/pdf-timing.ts).
    const pdf = pdfCache.pdf(syllabusToTypst(s), () => syllabusPdf(s));
    published = { syllabus: s, route, pdf, pdfSize: formatFileSize(pdf.byteLength) };
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
