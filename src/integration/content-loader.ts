import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../schemas/index.ts';
import { guideId } from '../validation/to-framework-input.ts';
import { withBase } from '../framework/site-address.ts';
import { sharedState } from './shared-state.ts';

/**
 * The loader of a content collection: its entries are those `npm run check` read and passed,
 * with their bodies rendered by Astro's Markdown pipeline (Starlight's heading links, the
 * base path on site links). Content is read once, by the check, so the site never sees data
 * the check did not, and no content file is bundled as MDX: bodies are plain Markdown (the
 * check refuses imports, expressions and unsafe elements).
 *
 * `collection` is the checker's name for it; the guide is Starlight's `docs` collection, whose
 * entries go through its schema here so that Starlight's defaults are filled in. An entry is
 * rendered again only when its file changed (its digest), so a rebuild renders few.
 */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'ai-confidence-framework',
    load: async ({ store, parseData, renderMarkdown, generateDigest, config }) => {
      const { content, address } = sharedState();
      const entries = content.report.entries[collection];
      const ids = new Set<string>();
      for (const entry of entries) {
        const id = 'id' in entry.data ? String(entry.data.id) : guideId(entry.file);
        ids.add(id);
        // The base path is part of what is rendered (site links are put under it).
        const digest = generateDigest(
          `${address.base}\n${entry.file}\n${JSON.stringify(entry.data)}\n${entry.bodyText}`,
        );
        if (store.get(id)?.digest === digest) continue;
        const data =
          collection === 'guide'
            ? await parseData({ id, data: withBaseInHero(entry.data, address.base), filePath: entry.file })
            : (entry.data as Record<string, unknown>);
        store.set({
          id,
          data,
          body: entry.bodyText,
          filePath: entry.file,
          digest,
          rendered: await renderMarkdown(entry.bodyText, { fileURL: new URL(entry.file, config.root) }),
        });
      }
      // While a file has errors (in `astro dev`), its last good entry stays, behind the error page.
      if (content.framework) for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}

/** A guide page's data with the links of its hero's buttons under the base path, as Starlight leaves them as written. */
function withBaseInHero(data: object, base: string): Record<string, unknown> {
  const { hero, ...rest } = data as { hero?: { actions?: { link: string }[] } };
  if (!hero?.actions) return { ...data };
  return {
    ...rest,
    hero: { ...hero, actions: hero.actions.map((a) => ({ ...a, link: withBase(base, a.link) })) },
  };
}
