import { withBase } from '../framework/site-address.ts';

/** The one method of a Sätteri visitor context this plugin uses. */
interface SetsProperties {
  setProperty(node: object, key: 'url', value: string): void;
}

/**
 * A Markdown plugin for Astro's processor (Sätteri) that puts the site's base path in front of
 * the site links authors write in content (`[levels](/levels/)`), so that they still lead to
 * the right page when the site is served under a sub-path such as `/repo/`. Links to other
 * sites, `#anchors` and relative links are left alone.
 */
export function baseLinksPlugin(base: string) {
  const rebase = (node: { url: string }, context: SetsProperties) => {
    const url = withBase(base, node.url);
    if (url !== node.url) context.setProperty(node, 'url', url);
  };
  return { name: 'ai-confidence-framework-base-links', link: rebase, definition: rebase, image: rebase };
}

/** Astro's Markdown processor, as far as adding plugins to it goes. */
export interface MarkdownProcessor {
  name: string;
  options?: { mdastPlugins?: unknown[] };
}

/** Adds the plugin to Astro's processor (Sätteri, Astro's default); false when it is another one. */
export function addBaseLinks(processor: MarkdownProcessor | undefined, base: string): boolean {
  if (base === '/') return true;
  const plugins = processor?.name === 'satteri' ? processor.options?.mdastPlugins : undefined;
  if (!plugins) return false;
  plugins.push(baseLinksPlugin(base));
  return true;
}
