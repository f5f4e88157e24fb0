// The pages' view of what the integration (src/integration/) found: the framework graph built
// once from the checked content, where the site is published, and where PDFs are kept.
import type { Framework } from '../framework/index.ts';
import type { SiteAddress } from '../framework/site-address.ts';
import { sharedState } from '../integration/shared-state.ts';

/** The framework graph, the same object for every page of a build. */
export async function loadFramework(): Promise<Framework> {
  const { framework } = sharedState().content;
  // In `astro dev` the integration shows the problems instead of any page, so this is a fault.
  if (!framework) throw new Error('The content has errors: run `npm run check` to see them.');
  return framework;
}

/** Where the site is published (Astro's `site` and `base`). */
export function siteAddress(): SiteAddress {
  return sharedState().address;
}

/** Where PDFs made by earlier builds are kept. */
export function pdfCacheFolder(): string {
  return sharedState().pdfCache;
}
