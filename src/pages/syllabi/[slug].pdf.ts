import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedSyllabus } from '../../components/syllabus/published-syllabi.ts';
import { syllabusRoutes, type SyllabusRoute } from '../../framework/index.ts';
import { loadFramework } from '../../site/load-framework.ts';

// The same route list as [slug].astro, so every syllabus page has its PDF.
export const getStaticPaths = (async () =>
  syllabusRoutes(await loadFramework()).map((route) => ({
    params: { slug: route.slug },
    props: { route },
  }))) satisfies GetStaticPaths;

/**
 * The syllabus as an accessible PDF (PDF/UA-1), compiled with Typst during the build: once
 * per syllabus (its page and this route share it), by the one compiler the build process
 * keeps, with the fonts loaded once for all 31 (src/pdf/compile.ts).
 */
export const GET: APIRoute = async ({ props }) => {
  const { route } = props as { route: SyllabusRoute };
  const { pdf } = await publishedSyllabus(route.archetypes);
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
