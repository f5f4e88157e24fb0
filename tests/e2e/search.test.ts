import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './support/session.ts';

const site = useSite();

/** The facts list ("Kind: capability. Tier: specialist.") once ran into excerpts as "Kindcapability". */
const labelsRunTogether =
  /\b(Kind|Tier|Domain|Strands?|Levels?)(capability|knowledge|skill|foundational|specialist|[A-Z])/;

/** The titles and excerpts of the search results for a query typed into the site's search box. */
async function searchBox(query: string): Promise<{ titles: string[]; excerpts: string[] }> {
  const page = await site.open('/');
  await page.click('site-search button[data-open-modal]');
  await page.fill('#starlight__search .pagefind-ui__search-input', query);
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
  const titles = await page.$$eval('.pagefind-ui__result-link', (links) =>
    links.map((a) => a.textContent ?? ''),
  );
  const excerpts = await page.$$eval('.pagefind-ui__result-excerpt', (nodes) =>
    nodes.map((p) => p.textContent ?? ''),
  );
  await page.close();
  return { titles, excerpts };
}

describe('the search box', () => {
  it.each([
    ['automation bias', /automation bias/i],
    ['procurement', /procure/i],
    ['liability', /liability/i],
  ])('finds "%s" with an obviously right first result', async (query, expected) => {
    const { titles } = await searchBox(query);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles[0]).toMatch(expected);
  });

  it('shows excerpts that read as sentences, not labels run together', async () => {
    const { excerpts } = await searchBox('procurement');
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(labelsRunTogether);
  });
});

/**
 * The words people type, as abbreviations, product names and rule names, and the page that explains each.
 * Ranked through Pagefind's own API, which the search box uses, so twenty terms need one page load.
 */
const everydayTerms: [string, string][] = [
  ['DTAC', '/competencies/digital-technology-assessment-criteria/'],
  ['DCB0129', '/competencies/clinical-safety-for-ai/'],
  ['DCB0160', '/competencies/clinical-safety-for-ai/'],
  ['clinical safety officer', '/competencies/clinical-safety-for-ai/'],
  ['DPIA', '/competencies/data-protection-and-confidentiality-for-ai/'],
  ['ChatGPT', '/competencies/using-generative-ai-tools-safely/'],
  ['Copilot', '/competencies/using-generative-ai-tools-safely/'],
  ['LLM', '/competencies/generative-ai-and-large-language-models/'],
  ['large language model', '/competencies/generative-ai-and-large-language-models/'],
  ['AI scribe', '/competencies/using-ai-scribes/'],
  ['opt-out', '/competencies/confidentiality-and-the-national-data-opt-out/'],
  ['Caldicott', '/competencies/confidentiality-and-the-national-data-opt-out/'],
  ['Yellow Card', '/competencies/reporting-ai-incidents/'],
  ['LFPSE', '/competencies/reporting-ai-incidents/'],
  ['GDPR', '/competencies/data-protection-and-confidentiality-for-ai/'],
  ['MHRA', '/competencies/medical-device-regulation-for-ai/'],
  ['hallucination', '/competencies/generative-ai-and-large-language-models/'],
  ['prompt injection', '/competencies/generative-ai-and-large-language-models/'],
  ['DSPT', '/competencies/cyber-security-for-ai/'],
  ['Equality Act', '/competencies/ai-and-health-inequalities/'],
  ['NICE evidence standards', '/competencies/appraising-evidence-for-ai/'],
  ['social care', '/competencies/ai-in-adult-social-care/'],
  ['phishing', '/competencies/cyber-security-in-everyday-ai-use/'],
];

describe('everyday search terms', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.open('/');
  });
  afterAll(async () => {
    await page?.close();
  });

  it.each(everydayTerms)('"%s" finds %s first', async (term, expected) => {
    // A string, not a function: vitest would rewrite a function's import() into its own loader.
    const first = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search(${JSON.stringify(term)});
      const top = await search.results[0]?.data();
      return top && { url: top.url, excerpt: top.excerpt };
    })()`)) as { url: string; excerpt: string } | undefined;
    expect(first?.url).toBe(expected);
    expect(first!.excerpt.replace(/<[^>]+>/g, '')).not.toMatch(labelsRunTogether);
  });
});
