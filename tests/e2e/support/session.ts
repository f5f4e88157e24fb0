import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { DIST } from './site.ts';
import { serveStatic } from './static-server.ts';

/**
 * A browser and a local server of a built site (by default `npm run build`'s) for one test
 * file; call at the top of the file. `site` gives another built site and the path it is
 * served under.
 */
export function useSite(site: () => { dist: string; base: string } = () => ({ dist: DIST, base: '/' })) {
  const state = {} as { browser: Browser; url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const { dist, base } = site();
    const server = await serveStatic(dist, base);
    state.url = server.url;
    state.close = server.close;
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.close?.();
  });
  return {
    /** The shared browser, for tests that need their own context (for example without JavaScript). */
    get browser() {
      return state.browser;
    },
    /** The address of the server, for example http://127.0.0.1:43123 (the site is under its base path). */
    get url() {
      return state.url;
    },
    /** Opens a page of the site (a path such as `/browse/`) at the given viewport. */
    async open(
      path: string,
      options: {
        width?: number;
        height?: number;
        colorScheme?: 'light' | 'dark';
        waitUntil?: 'load' | 'networkidle';
      } = {},
    ): Promise<Page> {
      const page = await state.browser.newPage({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        colorScheme: options.colorScheme ?? 'light',
      });
      await page.goto(`${state.url}${path}`, { waitUntil: options.waitUntil ?? 'load' });
      return page;
    },
  };
}
