import { levelFor } from './build-framework.ts';
import type { Competency, Domain, Framework, Level } from './types.ts';

/** How many of a domain's competencies one archetype needs at each level, and how many it does not need. */
export interface ArchetypeDomainCounts {
  archetype: string;
  /** One entry per level of the framework, lowest first, including levels with no competency. */
  levels: { level: Level; count: number }[];
  notNeeded: number;
}

export interface DomainSummary {
  domain: Domain;
  competencies: Competency[];
  byArchetype: ArchetypeDomainCounts[];
}

/**
 * The matrix grouped by domain, with each domain's counts per archetype and level: the data of
 * the matrix's summary rows (and of anything else that shows the shape of an archetype's needs
 * per domain). Domains without any of the given competencies are left out.
 */
export function domainSummaries(framework: Framework, competencies: readonly Competency[]): DomainSummary[] {
  return framework.domains.flatMap((domain) => {
    const inDomain = competencies.filter((c) => c.domain === domain.id);
    if (inDomain.length === 0) return [];
    const byArchetype = framework.archetypes.map((archetype) => {
      const needed = inDomain.map((c) => levelFor(c, archetype.id));
      return {
        archetype: archetype.id,
        levels: framework.levels.map((level) => ({
          level,
          count: needed.filter((l) => l?.id === level.id).length,
        })),
        notNeeded: needed.filter((l) => l === undefined).length,
      };
    });
    return [{ domain, competencies: inDomain, byArchetype }];
  });
}

/** A summary cell in words: "2 Awareness, 1 Practitioner" (or "None needed"). */
export function countsInWords(counts: ArchetypeDomainCounts): string {
  const parts = counts.levels.filter((l) => l.count > 0).map((l) => `${l.count} ${l.level.name}`);
  return parts.length > 0 ? parts.join(', ') : 'None needed';
}
