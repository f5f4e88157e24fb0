import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index of a built site into `<dir>/pagefind/` from the pages
 * already read (`pages`: site path → HTML): only those with a `data-pagefind-body` element,
 * which are all Pagefind would index. Starlight's own indexing (switched off in
 * astro.config.mjs) reads every page from disk, the combination syllabi too, which are most
 * of the site's HTML and are not searched. Returns how many pages were indexed.
 */
export async function writeSearchIndex(dir: string, pages: ReadonlyMap<string, string>): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(errors.join('\n'));
    let count = 0;
    for (const [path, html] of pages) {
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ sourcePath: path.slice(1), content: html });
      if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
      count++;
    }
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return count;
  } finally {
    await pagefind.close();
  }
}
