import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** How big a built site is, in files and bytes. */
export interface OutputSizes {
  /** HTML pages, outside the search index. */
  htmlPages: number;
  htmlBytes: number;
  /** The Pagefind search index (dist/pagefind/). */
  searchIndexBytes: number;
  pdfCount: number;
  pdfBytes: number;
  largestPdfBytes: number;
  /** Everything under dist/. */
  totalBytes: number;
}

/** Measures the built site in `dist`. */
export function outputSizes(dist: string): OutputSizes {
  const sizes: OutputSizes = {
    htmlPages: 0,
    htmlBytes: 0,
    searchIndexBytes: 0,
    pdfCount: 0,
    pdfBytes: 0,
    largestPdfBytes: 0,
    totalBytes: 0,
  };
  const walk = (dir: string, inSearchIndex: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path, inSearchIndex || (dir === dist && entry.name === 'pagefind'));
        continue;
      }
      const bytes = statSync(path).size;
      sizes.totalBytes += bytes;
      if (inSearchIndex) sizes.searchIndexBytes += bytes;
      else if (entry.name.endsWith('.html')) {
        sizes.htmlPages += 1;
        sizes.htmlBytes += bytes;
      } else if (entry.name.endsWith('.pdf')) {
        sizes.pdfCount += 1;
        sizes.pdfBytes += bytes;
        sizes.largestPdfBytes = Math.max(sizes.largestPdfBytes, bytes);
      }
    }
  };
  walk(dist, false);
  return sizes;
}
