// Wiring only: Starlight and the project's settings. Logic lives in src/.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { SITE_URL, REPOSITORY_URL } from './project.config.mjs';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'AI confidence framework for health and care education',
      description:
        'An independent, searchable guide to the education each AI workforce archetype needs, based on the 2022 NHS AI Lab and Health Education England research.',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en-GB' } },
      editLink: { baseUrl: `${REPOSITORY_URL}/edit/main/content/guide/` },
      markdown: { processedDirs: ['./content/'] },
      sidebar: [{ label: 'Guide', autogenerate: { directory: '' } }],
    }),
  ],
});
