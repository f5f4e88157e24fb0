import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeFindings } from './support/axe.ts';
import { useSite } from './support/session.ts';
import { DIST } from './support/site.ts';

const site = useSite();
const PATH = '/self-assessment/';
const SCREENSHOTS = 'test-results/screenshots';

// The built export, read independently of the page's own data.
interface Exported {
  levels: { id: string; rank: number }[];
  domains: { id: string; name: string }[];
  competencies: {
    id: string;
    domain: string;
    levels: Record<string, string>;
    progression: Record<string, { hours: number; outcomes: string[] }>;
  }[];
}
const exported = JSON.parse(readFileSync(`${DIST}framework.json`, 'utf8')) as Exported;
const rank = new Map(exported.levels.map((l) => [l.id, l.rank]));

/** The hours a learner has left, from framework.json: each level above their answer up to the highest needed. */
function expectedHours(archetypes: string[], answers: Record<string, string>): number {
  let total = 0;
  for (const c of exported.competencies) {
    const needed = Math.max(0, ...archetypes.map((a) => rank.get(c.levels[a] ?? '') ?? 0));
    if (needed === 0) continue;
    const current = rank.get(answers[c.id] ?? '') ?? 0;
    for (const [level, step] of Object.entries(c.progression)) {
      const r = rank.get(level)!;
      if (r > current && r <= needed) total += step.hours;
    }
  }
  return Math.round(total * 100) / 100;
}

/** The level ranks a domain needs and the learner reaches, from framework.json. */
function expectedDomains(archetypes: string[], answers: Record<string, string>) {
  const byDomain = new Map<string, { needed: number; current: number }>();
  for (const c of exported.competencies) {
    const needed = Math.max(0, ...archetypes.map((a) => rank.get(c.levels[a] ?? '') ?? 0));
    if (needed === 0) continue;
    const d = byDomain.get(c.domain) ?? { needed: 0, current: 0 };
    d.needed += needed;
    d.current += Math.min(needed, rank.get(answers[c.id] ?? '') ?? 0);
    byDomain.set(c.domain, d);
  }
  return byDomain;
}

/** Watches a page for requests to other origins and for Content-Security-Policy violations. */
async function watch(page: Page) {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => void violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return { foreign, violations };
}

async function openFresh(options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const page = await site.open('/404.html', options);
  const watched = await watch(page);
  await page.goto(`${site.url}${PATH}`, { waitUntil: 'load' });
  return { page, ...watched };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement | null;
    return {
      tag: e?.tagName ?? '',
      type: e?.type ?? '',
      name: e?.name ?? '',
      value: e?.value ?? '',
      checked: !!e?.checked,
    };
  });

/** Ticks archetypes with Tab and Space, starting from the first archetype box. */
async function chooseArchetypes(page: Page, ids: string[]) {
  const all = await page.$$eval('input[name="archetype"]', (boxes) =>
    boxes.map((b) => (b as HTMLInputElement).value),
  );
  await page.focus('input[name="archetype"]');
  for (const [i, id] of all.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    const box = await focused(page);
    expect(box.value).toBe(id);
    if (ids.includes(id) !== box.checked) await page.keyboard.press('Space');
  }
}

/**
 * Answers every question by keyboard: Tab to each radio group, then Space ("Not yet") or the
 * arrow keys (a level). The level chosen cycles through the options, so every kind of answer
 * occurs. Returns the answers as the learner gave them.
 */
async function answerAll(page: Page): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  const groups = await page.$$eval('.sa-competency', (sets) => sets.length);
  let n = 0;
  while (Object.keys(answers).length < groups) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.type !== 'radio' || answers[now.name.slice(2)] !== undefined) continue;
    const options = await page.$$eval(`input[name="${now.name}"]`, (r) => r.length);
    const choice = n++ % options;
    if (choice === 0) await page.keyboard.press('Space');
    for (let i = 0; i < choice; i++) await page.keyboard.press('ArrowDown');
    const chosen = await focused(page);
    expect(chosen.checked).toBe(true);
    answers[chosen.name.slice(2)] = chosen.value;
  }
  return answers;
}

const checkedAnswers = (page: Page) =>
  page.$$eval('.sa-competency input[type="radio"]:checked', (radios) =>
    Object.fromEntries(
      radios.map((r) => [(r as HTMLInputElement).name.slice(2), (r as HTMLInputElement).value]),
    ),
  );

/** The keys this page keeps in storage (the theme choice is Starlight's). */
const ourKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('ai-confidence-self-assessment:')),
  );

/** The message shown after saving, loading or forgetting. */
const message = async (page: Page) => (await page.textContent('[data-message]')) ?? '';

const planHours = async (page: Page) =>
  Number(await page.getAttribute('[data-plan-hours]', 'data-plan-hours'));

/** The hours of every level left in the plan, as the plan lists them next to their outcomes. */
const planStepHours = (page: Page) =>
  page.$$eval('.sa-plan-item', (items) => items.map((i) => i.getAttribute('data-competency')!));

describe('self-assessment', () => {
  it('a Users learner answers by keyboard, sees a plan whose hours match framework.json, and keeps it on reload', async () => {
    const { page, foreign, violations } = await openFresh();
    await chooseArchetypes(page, ['users']);
    const answers = await answerAll(page);
    expect(Object.keys(answers).length).toBeGreaterThan(5);
    expect(Object.values(answers)).toContain('not-yet');

    expect(await planHours(page)).toBe(expectedHours(['users'], answers));
    expect(await page.textContent('[data-summary]')).toMatch(/^Users need \d+ competencies\./);
    const planned = await planStepHours(page);
    const withGaps = Object.entries(answers).filter(
      ([id]) => expectedHours(['users'], { ...answers, [id]: 'expert' }) < expectedHours(['users'], answers),
    );
    expect(planned.sort()).toEqual(withGaps.map(([id]) => id).sort());

    await page.reload({ waitUntil: 'load' });
    expect(await page.isChecked('#sa-archetype-users')).toBe(true);
    expect(await checkedAnswers(page)).toEqual(answers);
    expect(await planHours(page)).toBe(expectedHours(['users'], answers));
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('Drivers + Users: each competency at the highest level either needs; saves, forgets and loads a file', async () => {
    const { page, foreign, violations } = await openFresh();
    await chooseArchetypes(page, ['drivers', 'users']);
    const answers = await answerAll(page);
    const needed = exported.competencies.filter((c) => c.levels['drivers'] || c.levels['users']).length;
    expect(Object.keys(answers)).toHaveLength(needed);
    expect(await planHours(page)).toBe(expectedHours(['drivers', 'users'], answers));
    expect(await page.getAttribute('.sa-plan a[href*="/syllabi/"]', 'href')).toBe(
      '/syllabi/drivers-users/learner/',
    );

    // Save to a file, by keyboard.
    await page.focus('[data-save]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const saved = await download.path();
    const file = JSON.parse(readFileSync(saved, 'utf8'));
    expect(file).toMatchObject({
      kind: 'ai-confidence-self-assessment',
      archetypes: ['drivers', 'users'],
      answers,
    });

    // Forget: nothing of ours is left in storage, and the form is empty.
    await page.focus('[data-forget]');
    await page.keyboard.press('Enter');
    expect(await ourKeys(page)).toEqual([]);
    expect(await page.$$('.sa-competency')).toHaveLength(0);
    expect(await page.isChecked('#sa-archetype-users')).toBe(false);
    expect(await page.textContent('[data-message]')).toMatch(/forgotten/);

    // Load the file: the answers come back, and are kept again.
    await page.setInputFiles('[data-load]', saved);
    await page.waitForSelector('.sa-competency');
    expect(await checkedAnswers(page)).toEqual(answers);
    expect(await planHours(page)).toBe(expectedHours(['drivers', 'users'], answers));
    expect(await ourKeys(page)).toHaveLength(1);

    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows a hostile file only as text, runs nothing, and refuses a huge one, changing nothing', async () => {
    const { page, foreign, violations } = await openFresh();
    await chooseArchetypes(page, ['users']);
    await page.check('.sa-competency input[value="not-yet"]');
    const before = await checkedAnswers(page);
    const folder = join(tmpdir(), `self-assessment-${process.pid}`);
    mkdirSync(folder, { recursive: true });

    const hostileId = '<img src=x onerror="window.__pwned=1">';
    const hostile = join(folder, 'hostile.json');
    writeFileSync(
      hostile,
      JSON.stringify({
        kind: 'ai-confidence-self-assessment',
        version: 1,
        edition: '<script>window.__pwned=2</script>',
        archetypes: ['users', '<b>bold</b>'],
        answers: { [hostileId]: 'awareness', __proto__: 'expert' },
      }),
    );
    await page.setInputFiles('[data-load]', hostile);
    await page.waitForSelector('.sa-unused');
    expect(await page.$$eval('.sa-unused li', (li) => li.map((l) => l.textContent))).toContain(hostileId);
    expect(await page.$$('[data-message] img, [data-message] script, [data-message] b')).toHaveLength(0);
    expect(await page.textContent('[data-message]')).toContain('<script>window.__pwned=2</script>');

    const huge = join(folder, 'huge.json');
    writeFileSync(
      huge,
      JSON.stringify({
        kind: 'ai-confidence-self-assessment',
        version: 1,
        answers: { ['x'.repeat(1024 * 1024)]: 'awareness' },
      }),
    );
    await page.setInputFiles('[data-load]', huge);
    await expect.poll(() => message(page)).toMatch(/too large/);

    const notJson = join(folder, 'not.json');
    writeFileSync(notJson, '<html><img src=x onerror="window.__pwned=3"></html>');
    await page.setInputFiles('[data-load]', notJson);
    await expect.poll(() => message(page)).toMatch(/not a JSON file/);
    expect(await page.textContent('[data-message]')).toMatch(/Nothing was changed\.$/);

    // The hostile file's answers were all unknown ids: the form is as the learner left it.
    expect(await checkedAnswers(page)).toEqual({});
    expect(Object.keys(before)).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with results shown (%s)',
    async (colorScheme) => {
      const { page } = await openFresh({ colorScheme });
      await chooseArchetypes(page, ['drivers', 'users']);
      await page.focus('#sa-archetype-users');
      await answerAll(page);
      expect(await axeFindings(page)).toEqual([]);
      await page.close();
    },
  );

  it('gives each chart a text equivalent whose numbers match the table and framework.json', async () => {
    const { page } = await openFresh();
    await chooseArchetypes(page, ['users']);
    const answers = await answerAll(page);
    const charts = await page.$$eval('.sa-bars', (svgs) =>
      svgs.map((s) => ({
        role: s.getAttribute('role'),
        title: s.querySelector('title')?.textContent ?? '',
        desc: s.querySelector('desc')?.textContent ?? '',
      })),
    );
    const rows = await page.$$eval('.sa-table tbody tr', (trs) =>
      trs.map((tr) => ({
        domain: tr.getAttribute('data-domain')!,
        name: tr.querySelector('th')!.textContent,
        current: Number(tr.querySelectorAll('td')[0]!.textContent),
        needed: Number(tr.querySelectorAll('td')[1]!.textContent),
      })),
    );
    const expected = expectedDomains(['users'], answers);
    expect(rows.map((r) => r.domain).sort()).toEqual([...expected.keys()].sort());
    expect(charts).toHaveLength(rows.length);
    for (const [i, row] of rows.entries()) {
      expect(row).toMatchObject(expected.get(row.domain)!);
      expect(charts[i]).toEqual({
        role: 'img',
        title: row.name,
        desc: `You reach ${row.current} of ${row.needed} ${row.needed === 1 ? 'level' : 'levels'} needed.`,
      });
    }
    await page.close();
  });

  it.each([
    ['phone', 390],
    ['desktop', 1366],
  ] as const)('looks right on a %s (screenshot)', async (name, width) => {
    const { page } = await openFresh({ width });
    await chooseArchetypes(page, ['drivers', 'users']);
    await answerAll(page);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth)
        .slice(0, 5)
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
    );
    expect(wide).toEqual([]);
    await page.setViewportSize({ width, height: width < 600 ? 1700 : 1100 });
    await page.evaluate(() => document.querySelector('#your-results')!.scrollIntoView());
    await page.screenshot({ path: `${SCREENSHOTS}/self-assessment-result-${name}.png` });
    await page
      .locator('.sa-competency')
      .nth(1)
      .screenshot({ path: `${SCREENSHOTS}/self-assessment-question-${name}.png` });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/self-assessment-print-${name}.png` });
    await page.close();
  });

  it('takes its archetypes from a link (?a=drivers,users) when the browser holds no choice', async () => {
    const page = await site.open('/self-assessment/?a=drivers,users,nobody');
    const checked = await page.$$eval('input[name="archetype"]:checked', (boxes) =>
      boxes.map((b) => (b as HTMLInputElement).value),
    );
    expect(checked.sort()).toEqual(['drivers', 'users']);
    await page.close();
  });
});
