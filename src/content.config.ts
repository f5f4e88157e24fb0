// Wires each content collection to its loader and schema. The schemas live in src/schemas/
// and are shared with `npm run check`; the loader hands Astro what that check read and passed.
import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentLoader } from './integration/content-loader.ts';
import {
  archetypeSchema,
  competencySchema,
  domainSchema,
  guideExtension,
  levelSchema,
  personaSchema,
  recommendationSchema,
} from './schemas/index.ts';

export const collections = {
  // Starlight's interface wording, where ours differs (src/content/i18n/).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  docs: defineCollection({ loader: contentLoader('guide'), schema: docsSchema({ extend: guideExtension }) }),
  archetypes: defineCollection({ loader: contentLoader('archetypes'), schema: archetypeSchema }),
  domains: defineCollection({ loader: contentLoader('domains'), schema: domainSchema }),
  levels: defineCollection({ loader: contentLoader('levels'), schema: levelSchema }),
  competencies: defineCollection({ loader: contentLoader('competencies'), schema: competencySchema }),
  recommendations: defineCollection({
    loader: contentLoader('recommendations'),
    schema: recommendationSchema,
  }),
  personas: defineCollection({ loader: contentLoader('personas'), schema: personaSchema }),
};
