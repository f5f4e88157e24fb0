import { KIND_NAMES, TIER_NAMES } from '../framework/display-names.ts';
import type { Competency, Framework } from '../framework/index.ts';

/** One Pagefind filter value on a page. */
export interface SearchFilter {
  key: string;
  value: string;
}

/**
 * The filter keys, in the order the browse page shows them. The search box shows them as the
 * headings of its filters, so they are written for readers.
 */
export const FILTER_KEYS = {
  type: 'Type of page',
  archetype: 'Archetype',
  domain: 'Domain',
  kind: 'Kind',
  tier: 'Tier',
  level: 'Level needed',
} as const;

/** The key for "the level archetype X needs", so archetype and level can be combined exactly. */
export function levelKeyFor(archetypeName: string): string {
  return `Level ${archetypeName} need`;
}

/**
 * The Pagefind filters of a competency page. Values are the names readers see. Besides
 * `level` (any archetype), each archetype gets its own level key, so "Users at Expert"
 * matches only competencies Users need at Expert.
 */
export function searchFilters(framework: Framework, competency: Competency): SearchFilter[] {
  const name = (id: string) => framework.archetypes.find((a) => a.id === id)!.name;
  const domain = framework.domains.find((d) => d.id === competency.domain)!;
  return [
    { key: FILTER_KEYS.type, value: 'Competency' },
    { key: FILTER_KEYS.domain, value: domain.name },
    { key: FILTER_KEYS.kind, value: KIND_NAMES[competency.kind] },
    { key: FILTER_KEYS.tier, value: TIER_NAMES[competency.tier] },
    ...competency.requirements.flatMap((r) => [
      { key: FILTER_KEYS.archetype, value: name(r.archetype) },
      { key: FILTER_KEYS.level, value: r.level.name },
      { key: levelKeyFor(name(r.archetype)), value: r.level.name },
    ]),
  ];
}
