import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { aiConfidenceFramework } from '../../src/integration/index.ts';
import { sharedState } from '../../src/integration/shared-state.ts';
import { syllabiToPublish } from '../../src/integration/syllabi-to-publish.ts';
import { loadFramework, siteAddress } from '../../src/site/load-framework.ts';
import { fixture } from '../helpers.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const quiet = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;

/** Runs the integration's config hook as `astro dev` would, for the project at `root`. */
async function setUp(root: string, site?: string, base = '/') {
  const hook = aiConfidenceFramework({ repository: 'https://example.org/repo' }).hooks['astro:config:setup']!;
  await hook({
    config: {
      root: pathToFileURL(root.endsWith('/') ? root : `${root}/`),
      cacheDir: pathToFileURL(join(root, 'node_modules/.astro/')),
      outDir: pathToFileURL(join(root, 'dist/')),
      site,
      base,
      markdown: { processor: { name: 'satteri', options: { mdastPlugins: [] } } },
    },
    command: 'dev',
    updateConfig: () => ({}),
    logger: quiet,
  } as never);
}

describe('the framework graph', () => {
  it('is built once, by the integration, and is the very object every page and syllabus uses', async () => {
    await setUp(fixture('valid-levelled'), 'https://example.org', '/repo/');
    const built = sharedState().content.framework!;
    expect(built.competencies.length).toBeGreaterThan(0);
    expect(await loadFramework()).toBe(built);
    expect(await loadFramework()).toBe(built);
    const syllabi = syllabiToPublish(sharedState());
    expect(syllabiToPublish(sharedState())).toBe(syllabi);
    expect(syllabi[0]!.syllabus.archetypes[0]).toBe(
      built.archetypes.find((a) => a.id === syllabi[0]!.route.archetypes[0]),
    );
    expect(siteAddress()).toEqual({ site: 'https://example.org/repo/', base: '/repo/' });
  });

  it('is built nowhere else in the site: no page, component or edge module builds its own', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /^(pages|components|site|integration|exports|pdf)\/.*\.(ts|astro)$/.test(f),
    );
    const builders = files.filter((file) => /\bbuildFramework\(/.test(readFileSync(join(SRC, file), 'utf8')));
    expect(builders.map((file) => relative('.', file))).toEqual(['integration/check-content.ts']);
  });
});
