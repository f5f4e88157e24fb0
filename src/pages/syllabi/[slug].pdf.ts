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
 * The syllabus as an accessible PDF (PDF/UA-1), made once per syllabus (its page and this
 * route share it): usually compiled beside Astro into the PDF cache, or by an earlier build,
 * else compiled here with Typst (src/pdf/).
 */
export const GET: APIRoute = async ({ props }) => {
  const { route } = props as { route: SyllabusRoute };
  const { pdf } = await publishedSyllabus(route.archetypes);
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
