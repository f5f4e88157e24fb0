// Wiring only: Starlight and the project's settings. Logic lives in src/.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { SITE_URL, REPOSITORY_URL } from './project.config.mjs';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
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
      title: 'AI confidence framework for health and care education',
      description:
        'An independent, searchable guide to the education each AI workforce archetype needs, based on the 2022 NHS AI Lab and Health Education England research.',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en-GB' } },
      editLink: { baseUrl: `${REPOSITORY_URL}/edit/main/content/guide/` },
      markdown: { processedDirs: ['./content/'] },
      sidebar: [
        { label: 'Guide', items: [{ autogenerate: { directory: '' } }] },
        {
          label: 'Archetypes',
          items: ['shapers', 'drivers', 'creators', 'embedders', 'users'].map((id) => ({
            label: id[0].toUpperCase() + id.slice(1),
            link: `/archetypes/${id}/`,
          })),
        },
      ],
    }),
  ],
});
