import { describe, expect, it } from 'vitest';
import { bareStarlightFiles } from '../bare-starlight.ts';

describe('bareStarlightFiles', () => {
  const files = bareStarlightFiles(4, { astro: '7.0.0', starlight: '0.42.0' });

  it('makes a Starlight project with the given number of pages, the first the home page', () => {
    const pages = files.filter((file) => file.path.startsWith('src/content/docs/'));
    expect(pages.map((page) => page.path)).toEqual([
      'src/content/docs/index.md',
      'src/content/docs/page-1.md',
      'src/content/docs/page-2.md',
      'src/content/docs/page-3.md',
    ]);
    expect(new Set(pages.map((page) => page.text)).size).toBe(4);
    expect(pages[1]!.text).toMatch(/^---\ntitle: Page 1 /);
  });

  it('lists Astro and Starlight as dependencies, so that Astro bundles Starlight', () => {
    const manifest = JSON.parse(files.find((file) => file.path === 'package.json')!.text);
    expect(manifest.dependencies).toEqual({ '@astrojs/starlight': '0.42.0', astro: '7.0.0' });
  });

  it('gives Starlight a short fixed sidebar instead of one listing every page', () => {
    const config = (pages: number) =>
      bareStarlightFiles(pages, { astro: '7.0.0', starlight: '0.42.0' }).find(
        (file) => file.path === 'astro.config.mjs',
      )!.text;
    const links = (text: string) => text.match(/"link":/g)?.length ?? 0;
    expect(config(4)).toContain('sidebar:');
    // As many links as our sidebar (8 + 13 + 2), however many pages there are.
    expect(links(config(1000))).toBe(23);
    expect(links(config(5000))).toBe(23);
  });
});
