import { KIND_NAMES, TIER_NAMES } from '../framework/display-names.ts';
import type { Framework } from '../framework/index.ts';
import { COMPETENCY_KINDS, TIERS } from '../schemas/index.ts';
import { FILTER_KEYS } from './search-filters.ts';

/** One filter of the browse page: its form name, label, Pagefind key and values in display order. */
export interface Facet {
  name: string;
  label: string;
  key: string;
  values: string[];
}

/** The filters the browse page offers, with every value the framework uses. */
export function browseFacets(framework: Framework): Facet[] {
  return [
    {
      name: 'archetype',
      label: 'Archetype',
      key: FILTER_KEYS.archetype,
      values: framework.archetypes.map((a) => a.name),
    },
    {
      name: 'domain',
      label: 'Domain',
      key: FILTER_KEYS.domain,
      values: framework.domains.map((d) => d.name),
    },
    {
      name: 'kind',
      label: 'Kind',
      key: FILTER_KEYS.kind,
      values: COMPETENCY_KINDS.map((k) => KIND_NAMES[k]),
    },
    { name: 'tier', label: 'Tier', key: FILTER_KEYS.tier, values: TIERS.map((t) => TIER_NAMES[t]) },
    {
      name: 'level',
      label: 'Level needed',
      key: FILTER_KEYS.level,
      values: framework.levels.map((l) => l.name),
    },
  ];
}
