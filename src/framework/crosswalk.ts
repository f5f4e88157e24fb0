import type { Crosswalk } from '../schemas/index.ts';
import type { Competency, Framework } from './types.ts';

/** A domain or sub-domain of the capability framework, with the domain it sits in. */
export interface CapabilityArea {
  code: string;
  name: string;
  /** The top-level domain: itself, for a domain. */
  domain: { code: string; name: string };
  /** Whether it is a sub-domain. */
  sub: boolean;
}

/** Every area of the capability framework, each domain followed by its sub-domains. */
export function capabilityAreas(crosswalk: Crosswalk): CapabilityArea[] {
  return crosswalk.domains.flatMap((domain) => {
    const top = { code: domain.code, name: domain.name };
    return [
      { ...top, domain: top, sub: false },
      ...domain.subdomains.map((s) => ({ code: s.code, name: s.name, domain: top, sub: true })),
    ];
  });
}

/** The capability framework areas a competency relates to, in the framework's order. */
export function areasOf(framework: Framework, competency: Competency): CapabilityArea[] {
  return capabilityAreas(framework.settings.capabilityFramework).filter((area) =>
    competency.capabilityFramework.includes(area.code),
  );
}

/** One row of the cross-walk: an area of the capability framework and our competencies that relate to it. */
export interface CrosswalkRow {
  area: CapabilityArea;
  /** Competencies that name this area, or (for a domain) one of its sub-domains. */
  competencies: Competency[];
  /** Competencies that name exactly this area. */
  direct: Competency[];
}

/**
 * The cross-walk from the capability framework to ours: every domain and sub-domain with the
 * competencies that relate to it (a domain counts those of its sub-domains too), in the
 * capability framework's order. Areas with no competency are the gaps.
 */
export function crosswalkRows(framework: Framework): CrosswalkRow[] {
  return capabilityAreas(framework.settings.capabilityFramework).map((area) => {
    const within = (code: string) => code === area.code || (!area.sub && code.startsWith(`${area.code}.`));
    return {
      area,
      competencies: framework.competencies.filter((c) => c.capabilityFramework.some(within)),
      direct: framework.competencies.filter((c) => c.capabilityFramework.includes(area.code)),
    };
  });
}
