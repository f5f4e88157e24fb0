import { describe, expect, it } from 'vitest';
import { bareStarlightFiles } from '../../src/bench/scale/bare-starlight.ts';

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
    const config = files.find((file) => file.path === 'astro.config.mjs')!.text;
    expect(config).toContain('sidebar:');
  });
});
