import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/integration/check-links.ts';
import { linkIssues } from '../../src/integration/link-issues.ts';

function site(pages: Record<string, string>, otherFiles: string[] = []) {
  return { files: new Set([...Object.keys(pages), ...otherFiles]), pages: new Map(Object.entries(pages)) };
}

describe('findBrokenLinks', () => {
  it('accepts links to existing pages, files and anchors, and ignores external links', () => {
    const built = site(
      {
        '/index.html':
          '<a href="/a/">a</a><a href="/a/#part">part</a><a href="/data.csv">csv</a><a href="#top">top</a><p id="top"></p>',
        '/a/index.html':
          '<h2 id="part">Part</h2><a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a>',
        '/404.html': '<a href="#_top">top</a><h1 id="_top">Not found</h1>',
      },
      ['/data.csv'],
    );
    expect(findBrokenLinks(built)).toEqual([]);
  });

  it('reports links to missing pages and to anchors that are not on the target page', () => {
    const built = site({
      '/index.html': '<a href="/missing/">m</a><a href="/a/#nowhere">n</a><a href="../a/">relative</a>',
      '/a/index.html': '<h2 id="part">Part</h2>',
    });
    expect(findBrokenLinks(built)).toEqual([
      { page: '/', href: '/missing/', reason: 'missing-page' },
      { page: '/', href: '/a/#nowhere', reason: 'missing-anchor' },
    ]);
  });
});

describe('linkIssues', () => {
  it('points at the content file and line where an author wrote the link', () => {
    const issues = linkIssues(
      [{ page: '/guide/', href: '/missing/', reason: 'missing-page' }],
      [{ path: 'content/guide/guide.mdx', text: '---\ntitle: x\n---\n\nSee [this](/missing/) page.\n' }],
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'broken-link', file: 'content/guide/guide.mdx', line: 5, column: 12 }),
    ]);
  });

  it('reports a broken link made by a template once, naming how many pages carry it', () => {
    const issues = linkIssues(
      [
        { page: '/a/', href: '/gone/', reason: 'missing-page' },
        { page: '/b/', href: '/gone/', reason: 'missing-page' },
      ],
      [],
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'broken-link', file: 'dist/a/' });
    expect(issues[0]!.message).toContain('on 2 pages, such as /a/');
  });
});
