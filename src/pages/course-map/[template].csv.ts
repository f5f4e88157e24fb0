import type { APIRoute, GetStaticPaths } from 'astro';
import { courseMapTemplate } from '../../course-map/index.ts';
import { archetypeCombinations, syllabusSlug, type Framework } from '../../framework/index.ts';
import type { ArchetypeId } from '../../schemas/index.ts';
import { respond } from '../../site/downloads.ts';
import { loadFramework } from '../../site/load-framework.ts';

// `/course-map/template-<slug>.csv`: the course map to fill in for each archetype and every
// combination (the same slugs as the syllabi), so the course-mapping page links a file that
// exists for any selection, with or without JavaScript.
export const getStaticPaths = (async () => {
  const framework = await loadFramework();
  return archetypeCombinations(framework).map((ids) => ({
    params: { template: templateName(ids) },
    props: { framework, ids },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { framework, ids } = props as { framework: Framework; ids: ArchetypeId[] };
  return respond({
    text: courseMapTemplate(framework, ids),
    contentType: 'text/csv; charset=utf-8; header=present',
  });
};

function templateName(ids: readonly ArchetypeId[]): string {
  return `template-${syllabusSlug(ids)}`;
}
