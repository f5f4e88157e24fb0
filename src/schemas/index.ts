import { archetypeSchema } from './archetype.ts';
import { competencySchema } from './competency.ts';
import { domainSchema } from './domain.ts';
import { guideSchema } from './guide.ts';
import { levelSchema } from './level.ts';
import { personaSchema } from './persona.ts';
import { recommendationSchema } from './recommendation.ts';

/** Every content collection, its folder under `content/` and the schema of its frontmatter. */
export const COLLECTIONS = {
  archetypes: archetypeSchema,
  domains: domainSchema,
  levels: levelSchema,
  competencies: competencySchema,
  recommendations: recommendationSchema,
  personas: personaSchema,
  guide: guideSchema,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export * from './archetype.ts';
export * from './common.ts';
export * from './competency.ts';
export * from './domain.ts';
export * from './framework.ts';
export * from './guide.ts';
export * from './level.ts';
export * from './persona.ts';
export * from './recommendation.ts';
export * from './vocabulary.ts';
