// Runs after `npm run build` (no browser needed): the words on every built page are written for
// readers: no raw ids or enum values where a name belongs, no leftover dash prefixes, no
// spacing slips around brackets.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMPETENCY_KINDS,
  CONFIDENCE_FACTOR_IDS,
  RECOMMENDATION_ASKS,
  RECOMMENDATION_AUDIENCES,
  RECOMMENDATION_TYPES,
  TIERS,
} from '../../src/schemas/index.ts';
import { DIST } from './support/site.ts';

/**
 * The text a reader sees on a page: scripts, styles and screen-reader-only text left out, tags
 * removed. Text in <code> is left out too: it is a literal value shown as such (the downloads
 * page's field values), which is the one place an id belongs.
 */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<code\b[\s\S]*?<\/code>/g, 'code')
    .replace(/<[^>]+class="[^"]*\bsr-only\b[^"]*"[^>]*>[^<]*<\/[a-z]+>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&');
}

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ file, html: readFileSync(`${DIST}${file}`, 'utf8') }));

/** Every place a pattern is found, as `page: …text around it…`, for a short failure message. */
function findings(pattern: RegExp, source: (html: string) => string): string[] {
  return pages.flatMap(({ file, html }) =>
    [...source(html).matchAll(pattern)].slice(0, 2).map((m) => {
      const text = m.input!;
      return `${file}: …${text.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 30)}…`;
    }),
  );
}

describe('the words on the built pages', () => {
  it('are read from every page', () => {
    expect(pages.length).toBeGreaterThan(150);
  });

  it('show names, never raw values, for kinds, tiers, factors and recommendation types', () => {
    const hyphenated = [
      ...CONFIDENCE_FACTOR_IDS,
      ...RECOMMENDATION_TYPES,
      ...RECOMMENDATION_AUDIENCES,
    ].filter((v) => v.includes('-'));
    // A value as the whole text of an element ("knowledge", "specialist (12)"), or a hyphenated id in text.
    const alone = new RegExp(
      `>\\s*(?:${[...COMPETENCY_KINDS, ...TIERS, ...RECOMMENDATION_ASKS].join('|')})\\s*(?:\\(\\d+\\))?\\s*<`,
      'g',
    );
    expect(findings(alone, (html) => html.replace(/<(script|style|code)\b[\s\S]*?<\/\1>/g, ''))).toEqual([]);
    expect(findings(new RegExp(`\\b(?:${hyphenated.join('|')})\\b`, 'g'), visibleText)).toEqual([]);
  });

  it('have no dash prefixes left from a list ("– Shapers")', () => {
    expect(findings(/(?:^|>)\s*– /g, (html) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ''))).toEqual(
      [],
    );
  });

  it('have no space before a full stop or comma ("employers .")', () => {
    expect(findings(/[A-Za-z)] [.,](?=\s|$)/g, visibleText)).toEqual([]);
  });

  it('have no space inside brackets ("( Creators)", "(Creators )")', () => {
    expect(findings(/\( | \)/g, visibleText)).toEqual([]);
  });
});
