import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The axe-core tags of WCAG 2.2 levels A and AA, which public-sector sites must meet. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The WCAG 2.2 AA violations axe-core finds on the page as it is now (or only those of the
 * given rules), each with the first elements it was found on.
 */
export async function axeViolations(page: Page, rules?: string[]) {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern (an injected <script> tag would be blocked, as it should be).
  await page.evaluate(axe.source);
  const runOnly = rules
    ? { type: 'rule' as const, values: rules }
    : { type: 'tag' as const, values: WCAG_22_AA };
  const results = await page.evaluate(
    // Only violations are collected: computing passes as well roughly doubles the time per page.
    (only) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: only,
        resultTypes: ['violations'],
      }),
    runOnly,
  );
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

/** The violations as short lines, for `expect(...).toEqual([])`. */
export async function axeFindings(page: Page): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${v.rule}: ${v.targets.join(', ')}`);
}
