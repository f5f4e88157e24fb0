// Wiring only: Starlight, the project's integration and its settings. Logic lives in src/.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { SITE_URL, REPOSITORY_URL } from './project.config.mjs';
import { parseSiteUrl } from './src/framework/site-address.ts';
import { aiConfidenceFramework, listedInSitemap } from './src/integration/index.ts';
import { ARCHETYPE_IDS } from './src/schemas/vocabulary.ts';

// SITE_URL's path (for example /repo/) is where the site is served: Astro's base.
const { site, base } = parseSiteUrl(SITE_URL);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the space between a word and an element that starts the
  // next source line ("the<a>link</a>"); HTML-aware compression keeps it.
  compressHTML: true,
  // Frontmatter completion in VS Code for content/**/*.mdx (see CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry an Astro-internal directive that the bundler warns about on every
        // file; it is harmless and would drown out warnings that matter.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'AI confidence framework',
      description:
        'An independent, searchable guide to the education each AI workforce archetype needs, based on the 2022 NHS AI Lab and Health Education England research.',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en-GB' } },
      editLink: { baseUrl: `${REPOSITORY_URL}/edit/main/` },
      markdown: { processedDirs: ['./content/'] },
      // The integration below indexes the site, reading only the pages that are searched.
      pagefind: false,
      components: {
        Footer: './src/components/overrides/Footer.astro',
        Search: './src/components/overrides/Search.astro',
      },
      customCss: ['./src/styles/theme.css'],
      sidebar: [
        { label: 'Guide', items: [{ autogenerate: { directory: '' } }] },
        {
          label: 'The framework',
          items: [
            {
              label: 'Archetypes',
              items: [
                { label: 'The five archetypes', link: '/archetypes/' },
                ...ARCHETYPE_IDS.map((id) => ({
                  label: `${id[0].toUpperCase()}${id.slice(1)}`,
                  link: `/archetypes/${id}/`,
                })),
              ],
            },
            { label: 'Browse competencies', link: '/browse/' },
            { label: 'Competency matrix', link: '/matrix/' },
            { label: 'Domains', link: '/domains/' },
            { label: 'Levels', link: '/levels/' },
            { label: 'Recommendations', link: '/recommendations/' },
            { label: 'Personas', link: '/personas/' },
          ],
        },
        {
          label: 'Use it',
          items: [
            { label: 'Build your syllabus', link: '/syllabi/' },
            { label: 'Map a course', link: '/course-mapping/' },
            { label: 'Assess yourself', link: '/self-assessment/' },
            { label: 'Downloads: syllabi and data', link: '/downloads/' },
          ],
        },
      ],
    }),
    // Starlight's own sitemap, without the old addresses of merged competencies. It needs
    // `site`, so a build without SITE_URL has none (and says so).
    sitemap({ filter: listedInSitemap }),
    aiConfidenceFramework({ repository: REPOSITORY_URL }),
  ],
});
