import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedSyllabus } from '../../site/published-syllabi.ts';
import { EDITIONS, syllabusRoutes, type SyllabusEdition, type SyllabusRoute } from '../../framework/index.ts';
import { loadFramework } from '../../site/load-framework.ts';

// Both editions' PDFs of every syllabus, from the same route list as the web pages:
// /syllabi/<slug>.pdf (provider's edition) and /syllabi/<slug>.learner.pdf (learner's edition).
// This route serves them in `astro dev` only: the build copies them from the PDF cache into the
// site itself (src/integration/build-steps.ts), the same bytes, as plain files.
export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? syllabusRoutes(await loadFramework()).flatMap((route) =>
        EDITIONS.map((edition) => ({
          params: { file: route.editions[edition].pdf.replace(/^\/syllabi\/|\.pdf$/g, '') },
          props: { route, edition },
        })),
      )
    : []) satisfies GetStaticPaths;

/**
 * One edition of a syllabus as an accessible PDF (PDF/UA-1), made once per syllabus (its
 * pages and this route share it): usually compiled beside Astro into the PDF cache, or by an
 * earlier build, else compiled here with Typst (src/pdf/).
 */
export const GET: APIRoute = async ({ props }) => {
  const { route, edition } = props as { route: SyllabusRoute; edition: SyllabusEdition };
  const { pdfs } = await publishedSyllabus(route.archetypes);
  return new Response(pdfs[edition].bytes(), { headers: { 'Content-Type': 'application/pdf' } });
};
