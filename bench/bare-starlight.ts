import type { TextFile } from './synthetic-content.ts';

/**
 * A project with nothing but Starlight and `pages` plain Markdown pages (the first is the
 * home page), each with a title, two headings, paragraphs and a list, about the length of a
 * competency page's text. It measures what Starlight alone costs for that many pages, so
 * that "our build / bare Starlight" shows what our own work adds. The sidebar is a fixed
 * list as long as ours: Starlight's default sidebar lists every page on every page, which
 * grows with the square of the page count and would make any other site look cheap. Like
 * ours, it has a site address, so it builds a sitemap, and Pagefind search.
 */
export function bareStarlightFiles(
  pages: number,
  versions: { astro: string; starlight: string },
): TextFile[] {
  // Astro bundles the packages that the project's package.json lists and that use Astro;
  // without Starlight listed there, its routes are left to Node, which cannot load them.
  const dependencies = { '@astrojs/starlight': versions.starlight, astro: versions.astro };
  const files: TextFile[] = [
    {
      path: 'package.json',
      text: `${JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }, null, 2)}\n`,
    },
    {
      path: 'astro.config.mjs',
      text: `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [starlight({ title: 'Bare Starlight', sidebar: ${JSON.stringify(sidebar(pages))} })],
});
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    },
  ];
  for (let page = 0; page < pages; page++) {
    files.push({
      path: `src/content/docs/${page === 0 ? 'index' : `page-${page}`}.md`,
      text: plainPage(page),
    });
  }
  return files;
}

/**
 * A sidebar the size of ours: groups of 8, 13 and 2 links (guide pages, the framework's
 * overview pages, the syllabus and download pages), here to the first pages of the site.
 */
function sidebar(pages: number): { label: string; items: { label: string; link: string }[] }[] {
  let next = 0;
  const links = (count: number) =>
    Array.from({ length: count }, () => next++)
      .filter((page) => page < pages)
      .map((page) => ({ label: `Page ${page}`, link: page === 0 ? '/' : `/page-${page}/` }));
  return [
    { label: 'Guide', items: links(8) },
    { label: 'The framework', items: links(13) },
    { label: 'Use it', items: links(2) },
  ];
}

/** One plain Markdown page, different text on each page so that search has words to index. */
function plainPage(page: number): string {
  const words = (offset: number, count: number) =>
    Array.from({ length: count }, (_, i) => WORDS[(page * 7 + offset + i * 3) % WORDS.length]).join(' ');
  const paragraph = (offset: number) => `${capitalise(words(offset, 45))}.`;
  return `---
title: Page ${page} ${words(1, 4)}
description: ${capitalise(words(2, 18))}.
---

## Why it matters

${paragraph(3)}

${paragraph(5)}

## What to learn

- ${capitalise(words(7, 12))}
- ${capitalise(words(11, 12))}
- ${capitalise(words(13, 12))}

${paragraph(17)}

${paragraph(19)}
`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const WORDS = (
  'artificial intelligence health care education workforce data model evidence safety patient ' +
  'clinical governance procurement ethics bias confidence training assessment outcome review ' +
  'regulation device validation monitoring deployment workflow integration supplier contract ' +
  'liability transparency explanation decision support learning curriculum level archetype ' +
  'domain competency recommendation persona programme foundational specialist product quality'
).split(' ');
