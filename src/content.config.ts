// Wires each content collection to its loader and schema. The schemas live in src/schemas/
// and are shared with `npm run check`, so the site and the checker can never disagree.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
  archetypeSchema,
  competencySchema,
  domainSchema,
  guideExtension,
  levelSchema,
  personaSchema,
  recommendationSchema,
} from './schemas/index.ts';

const curriculum = (folder: string) =>
  glob({
    pattern: '*.mdx',
    base: `./content/${folder}`,
    generateId: ({ data }) => String(data['id']),
  });

export const collections = {
  // Starlight's interface wording, where ours differs (src/content/i18n/).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  docs: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/guide' }),
    schema: docsSchema({ extend: guideExtension }),
  }),
  archetypes: defineCollection({
    loader: curriculum('archetypes'),
    schema: archetypeSchema,
  }),
  domains: defineCollection({
    loader: curriculum('domains'),
    schema: domainSchema,
  }),
  levels: defineCollection({
    loader: curriculum('levels'),
    schema: levelSchema,
  }),
  competencies: defineCollection({
    loader: curriculum('competencies'),
    schema: competencySchema,
  }),
  recommendations: defineCollection({
    loader: curriculum('recommendations'),
    schema: recommendationSchema,
  }),
  personas: defineCollection({
    loader: curriculum('personas'),
    schema: personaSchema,
  }),
};
