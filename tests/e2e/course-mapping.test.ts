// The course-mapping page (/course-mapping/): a course map read in the browser gives the same
// report as `npm run map`, problems at their row and column, hostile files shown as text, nothing
// sent anywhere, usable by keyboard, and no accessibility violations with a report shown.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  courseMapReport,
  parseCourseMap,
  reportCsv,
  reportHtml,
  type CourseMapReport,
} from '../../src/course-map/index.ts';
import { summaryLines } from '../../src/course-map/report-wording.ts';
import { loadProjectFramework } from './support/framework.ts';
import { axeFindings } from './support/axe.ts';
import { useSite } from './support/session.ts';

const site = useSite();
const framework = loadProjectFramework();
const EDITION = framework.settings.edition;

/** A course for Drivers, written by hand: 11 modules, some competencies below the level, one beyond. */
const DRIVERS_COURSE = `module,competency,level,hours,notes,framework_edition
Foundations of AI,ai-as-an-umbrella-term,Awareness,2,,${EDITION}
Foundations of AI,machine-learning-basics,awareness,3,,${EDITION}
Benefits and risks,healthcare-ai-benefits-and-risks,Working knowledge,4,,${EDITION}
Generative AI in practice,generative-ai-and-large-language-models,awareness,1.5,,${EDITION}
Data protection,data-protection-and-confidentiality-for-ai,awareness,2,Drivers need more,${EDITION}
Ethics seminar,ethical-principles-for-ai,working-knowledge,3,,${EDITION}
Regulation,medical-device-regulation-for-ai,working-knowledge,,Hours to be agreed,${EDITION}
Governance,local-ai-governance,practitioner,6,,${EDITION}
Governance,ai-governance-landscape,Working knowledge,2,,${EDITION}
Business case workshop,ai-business-case,working-knowledge,3,,${EDITION}
Procurement,leading-ai-procurement,expert,8,"Taught with a partner trust, in two parts",${EDITION}
Clinical safety,clinical-safety-for-ai,practitioner,4,,${EDITION}
AI scribes,using-ai-scribes,awareness,1,,${EDITION}
`;

/** The report `npm run map` prints for a map, computed by the same core. */
function expectedReport(text: string, archetypes: ('drivers' | 'users')[] = ['drivers']): CourseMapReport {
  const parsed = parseCourseMap(text, framework);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 1));
  return courseMapReport(framework, archetypes, parsed.map);
}

async function openMapper(path = '/course-mapping/', options: Parameters<typeof site.open>[1] = {}) {
  const page = await site.open(path, options);
  await page.waitForSelector('[data-course-mapper]:not([hidden])');
  return page;
}

async function chooseFile(page: Page, text: string | Buffer, name = 'course.csv') {
  await page.setInputFiles('#course-map-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

const reportReady = (page: Page) => page.waitForSelector('[data-report]:not([hidden])');

async function download(page: Page, link: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(link)]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('the course-mapping page', () => {
  it('shows the same numbers, sentences and downloads as npm run map for a Drivers course', async () => {
    const expected = expectedReport(DRIVERS_COURSE);
    const { counts, items } = expected.coverage;
    expect(
      counts.covered * counts.below * counts.missing,
      'the course has all three statuses',
    ).toBeGreaterThan(0);
    const page = await openMapper();
    await page.check('#archetype-drivers');
    await chooseFile(page, DRIVERS_COURSE);
    await reportReady(page);
    const figures = await page.$$eval('.map-counts .map-count', (all) =>
      Object.fromEntries(
        all.map((f) => [(f as HTMLElement).dataset['count'], f.querySelector('dd')!.textContent]),
      ),
    );
    expect(figures).toEqual({
      needed: String(items.length),
      covered: String(counts.covered),
      below: String(counts.below),
      missing: String(counts.missing),
    });
    expect(
      await page.$$eval('[data-report-body] > ul:first-of-type > li', (li) => li.map((l) => l.textContent)),
    ).toEqual(summaryLines(expected));
    for (const status of ['covered', 'below', 'missing'] as const) {
      const ids = await page.$$eval(`[data-table="report-${status}-caption"] tbody th a`, (links) =>
        links.map((a) => a.getAttribute('href')),
      );
      const wanted = items.filter((i) => i.status === status).map((i) => `/competencies/${i.competency.id}/`);
      expect(ids, status).toEqual(wanted);
    }
    const modules = await page.$$eval('.map-matrix thead th', (th) => th.slice(2).map((t) => t.textContent));
    expect(modules).toEqual([
      ...new Set(
        DRIVERS_COURSE.split('\n')
          .slice(1, -1)
          .map((l) => l.split(',')[0]),
      ),
    ]);
    expect(await page.$$eval('.map-matrix tbody tr', (rows) => rows.length)).toBe(items.length + 1);
    expect(await download(page, 'a[download$=".html"]')).toBe(reportHtml(expected));
    expect(await download(page, 'a[download$=".csv"]')).toBe(reportCsv(expected));
    await page.close();
  });

  it('compares again when the archetypes change, and links the template for them', async () => {
    const page = await openMapper('/course-mapping/?a=drivers');
    expect(await page.isChecked('#archetype-drivers')).toBe(true);
    await chooseFile(page, DRIVERS_COURSE);
    await reportReady(page);
    await page.check('#archetype-users');
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('Users'));
    const { counts } = expectedReport(DRIVERS_COURSE, ['drivers', 'users']).coverage;
    expect(await page.textContent('.map-count[data-count="missing"] dd')).toBe(String(counts.missing));
    expect(page.url()).toContain('a=drivers%2Cusers');
    const template = await page.getAttribute('[data-template-link] a', 'href');
    expect(template).toBe('/course-map/template-drivers-users.csv');
    const response = await page.request.get(`${site.url}${template}`);
    expect((await response.text()).split('\r\n')[0]).toBe(
      '\uFEFFmodule,competency,competency_title,level,hours,notes,framework_edition',
    );
    await page.close();
  });

  it('lists every problem of a bad file at its row and column, in an alert, and compares nothing', async () => {
    const bad =
      'module,competency,level,hours\nIntro,no-such-competency,awareness,2\nIntro,ai-as-an-umbrella-term,wizard,x\n';
    const parsed = parseCourseMap(bad, framework);
    if (parsed.ok) throw new Error('the file should have problems');
    const page = await openMapper('/course-mapping/?a=drivers');
    await chooseFile(page, bad, 'bad.csv');
    const items = page.locator('[role="alert"] li');
    await items.first().waitFor();
    expect(await items.count()).toBe(parsed.problems.length);
    for (const [i, problem] of parsed.problems.entries()) {
      const text = await items.nth(i).textContent();
      expect(text).toContain(`${problem.row}:${problem.column}`);
      expect(text).toContain(problem.message);
      expect(text).toContain(problem.hint);
    }
    expect(await page.isHidden('[data-report]')).toBe(true);
    expect(await page.textContent('[role="alert"] h3')).toBe(`${parsed.problems.length} problems in bad.csv`);
    // A good file next replaces the problems with its report.
    await chooseFile(page, DRIVERS_COURSE);
    await reportReady(page);
    expect(await items.count()).toBe(0);
    await page.close();
  });

  it('shows a hostile file as text: nothing runs, no policy is broken, the page stays usable', async () => {
    const huge = 'x'.repeat(1024 * 1024);
    const hostile = [
      'module,competency,level,hours,notes',
      '<script>window.__pwned=1</script>,ai-as-an-umbrella-term,awareness,1,',
      '"<img src=x onerror=""window.__pwned=1"">",machine-learning-basics,awareness,1,javascript:alert(1)',
      `Long notes,ai-business-case,awareness,1,${huge}`,
      '',
    ].join('\n');
    const page = await site.open('/404.html');
    await page.addInitScript(() => {
      const found: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = found;
      document.addEventListener('securitypolicyviolation', (e) =>
        found.push(
          `${e.violatedDirective} ${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        ),
      );
    });
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/course-mapping/?a=drivers`);
    await page.waitForSelector('[data-course-mapper]:not([hidden])');
    await chooseFile(page, hostile);
    await reportReady(page);
    const text = await page.textContent('[data-report]');
    expect(text).toContain('<script>window.__pwned=1</script> (Awareness, 1 hour; row 2)');
    expect(text).toContain('<img src=x onerror="window.__pwned=1"> (Awareness, 1 hour; row 3)');
    expect(await page.$$eval('[data-report] img, [data-report] script', (found) => found.length)).toBe(0);
    expect(await download(page, 'a[download$=".html"]')).toContain(
      '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
    );
    await page.uncheck('#archetype-drivers');
    await page.check('#archetype-users');
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('Users'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends nothing anywhere: every request stays on the site', async () => {
    const page = await site.open('/404.html');
    const requests: string[] = [];
    page.on('request', (request) => void requests.push(request.url()));
    await page.goto(`${site.url}/course-mapping/`, { waitUntil: 'networkidle' });
    await page.check('#archetype-drivers');
    await chooseFile(page, DRIVERS_COURSE);
    await reportReady(page);
    await download(page, 'a[download$=".html"]');
    await download(page, 'a[download$=".csv"]');
    await page.waitForLoadState('networkidle');
    // Downloads are blob: URLs of the page's own origin, made in the page.
    const foreign = requests.filter(
      (url) => !url.startsWith(site.url) && !url.startsWith(`blob:${site.url}/`),
    );
    expect(foreign).toEqual([]);
    expect(requests.some((url) => url.endsWith('/course-map/framework-data.json'))).toBe(true);
    expect(requests.filter((url) => /\.csv$/.test(url))).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: Tab reaches the archetypes and the file input', async () => {
    const page = await openMapper();
    const focusOn = async (selector: string) => {
      for (let i = 0; i < 300; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await focusOn('#archetype-drivers');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#archetype-drivers')).toBe(true);
    await focusOn('#course-map-file');
    await chooseFile(page, DRIVERS_COURSE);
    await reportReady(page);
    await focusOn('[data-report] a[download$=".html"]');
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.2 AA violations with a report shown (%s theme)',
    async (colorScheme) => {
      const page = await openMapper('/course-mapping/?a=drivers', { colorScheme });
      expect(await axeFindings(page)).toEqual([]);
      await chooseFile(page, DRIVERS_COURSE);
      await reportReady(page);
      expect(await axeFindings(page)).toEqual([]);
      await chooseFile(page, 'module,competency\nx,y\n', 'bad.csv');
      await page.locator('[role="alert"] li').first().waitFor();
      expect(await axeFindings(page)).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ['phone', 390, 844],
    ['desktop', 1366, 900],
  ] as const)(
    'fits a %s screen with a report shown (screenshot in test-results/screenshots/)',
    async (name, width, height) => {
      const page = await openMapper('/course-mapping/?a=drivers', { width, height });
      await chooseFile(page, DRIVERS_COURSE);
      await reportReady(page);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      mkdirSync('test-results/screenshots', { recursive: true });
      // One screen from the start of the report, and one of the matrix (the whole page is very long).
      const shots = [
        ['report', '#your-report'],
        ['matrix', '#report-matrix'],
      ] as const;
      for (const [shot, selector] of shots) {
        await page.evaluate((s) => document.querySelector(s)!.scrollIntoView(), selector);
        await page.screenshot({ path: `test-results/screenshots/course-mapping-${shot}-${name}.png` });
      }
      await page.close();
    },
  );
});
