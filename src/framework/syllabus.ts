import { absoluteUrl, type SiteAddress } from './site-address.ts';
import type { ArchetypeId, Source } from '../schemas/index.ts';
import { floorLevel, stepsUpTo, sumHours } from './build-framework.ts';
import type {
  Archetype,
  Competency,
  Domain,
  Framework,
  Guide,
  Level,
  LevelStep,
  Persona,
  Recommendation,
} from './types.ts';
import { byCodePoint } from './order.ts';

/** One level of a competency in a syllabus. */
export interface SyllabusStep extends LevelStep {
  /**
   * Whether it belongs to the foundational programme that every member of staff takes: the
   * levels of a foundational competency up to the lowest level any archetype needs.
   */
  foundational: boolean;
}

/** One competency as a syllabus lists it: its levels up to the highest any chosen archetype needs. */
export interface SyllabusItem {
  competency: Competency;
  /** The highest level any chosen archetype needs. */
  level: Level;
  /** The chosen archetypes that need it. */
  neededBy: ArchetypeId[];
  /** Its levels from the first up to `level`, lowest first. */
  steps: SyllabusStep[];
  /** The study hours of those levels. */
  hours: number;
}

/** How a syllabus's study hours add up. */
export interface SyllabusHours {
  /** Hours of the foundational programme that every member of staff takes. */
  foundational: number;
  /** Hours of everything above it: higher levels of foundational competencies, and specialist ones. */
  specialist: number;
  total: number;
  /** Hours of competencies for clinical roles only (part of the total). */
  clinicalOnly: number;
  /** Hours of competencies for non-clinical roles only (part of the total). */
  nonClinicalOnly: number;
}

/** The specialist competencies of one domain. */
export interface SyllabusModule {
  domain: Domain;
  items: SyllabusItem[];
  hours: number;
}

/** Everything a syllabus page or PDF shows, as plain data. */
export interface Syllabus {
  /** URL segment, for example `drivers-users`. */
  slug: string;
  /** The framework's title, publisher and licence, from content/framework.yaml. */
  framework: { title: string; publisher: string; licence: string };
  archetypes: Archetype[];
  edition: string;
  published: string;
  /** The most recent review of any entry the syllabus draws on. */
  lastReviewed: string;
  /** The earliest next review due of any entry the syllabus draws on. */
  nextReviewDue: string;
  /** Foundational competencies, shared by every archetype: the prerequisites. */
  foundation: SyllabusItem[];
  /** Specialist competencies, one module per domain in domain order; empty domains are left out. */
  modules: SyllabusModule[];
  hours: SyllabusHours;
  /** Guide pages on how education may be delivered. */
  delivery: Guide[];
  recommendations: Recommendation[];
  /** Example learners: those who mainly act as one of the chosen archetypes, the report's first. */
  personas: Persona[];
  /** Every source the syllabus rests on, without repeats. */
  sources: Source[];
  /** The web address of this syllabus, when the build knows the site's address. */
  url: string | undefined;
  /** Where the site is published: site-relative links in content bodies resolve against it. */
  address: SiteAddress;
}

/** Guide pages whose bodies explain delivery; a syllabus includes them. */
export const DELIVERY_GUIDES = [
  'foundational-and-specialist-education',
  'product-specific-training',
] as const;

/**
 * The syllabus for one archetype or a combination: the union of their competencies, each at
 * the highest level any of them needs. Throws if no archetype is given or one is unknown.
 */
export function syllabus(
  framework: Framework,
  archetypeIds: readonly ArchetypeId[],
  address: SiteAddress,
): Syllabus {
  const archetypes = framework.archetypes.filter((a) => archetypeIds.includes(a.id));
  if (archetypes.length === 0 || archetypes.length !== new Set(archetypeIds).size) {
    throw new Error(`Unknown or empty archetype selection: ${archetypeIds.join(', ') || '(none)'}.`);
  }
  const chosen = archetypes.map((a) => a.id);
  const items = syllabusItems(framework, chosen);
  const foundation = items.filter((item) => item.competency.tier === 'foundational');
  // Grouped in one pass: filtering all items once per domain grows with domains x competencies.
  const specialistByDomain = Map.groupBy(
    items.filter((item) => item.competency.tier === 'specialist'),
    (item) => item.competency.domain,
  );
  const modules = framework.domains.flatMap((domain) => {
    const inDomain = specialistByDomain.get(domain.id) ?? [];
    return inDomain.length > 0 ? [{ domain, items: inDomain, hours: sumHours(inDomain) }] : [];
  });
  const competencyIds = new Set(items.map((i) => i.competency.id));
  const recommendations = framework.recommendations.filter(
    (r) => r.archetypes.some((a) => chosen.includes(a)) || r.competencies.some((c) => competencyIds.has(c)),
  );
  const personas = chosen.flatMap((id) =>
    framework.personas
      .filter((p) => p.archetypes[0] === id)
      .sort((a, b) => Number(isFromReport(b)) - Number(isFromReport(a))),
  );
  const delivery = DELIVERY_GUIDES.flatMap((id) => framework.guides.find((g) => g.id === id) ?? []);
  const drawnOn = [
    ...archetypes,
    ...items.map((i) => i.competency),
    ...recommendations,
    ...personas,
    ...delivery,
  ];
  const slug = syllabusSlug(chosen);
  return {
    slug,
    framework: {
      title: framework.settings.title,
      publisher: framework.settings.publisher,
      licence: framework.settings.licence,
    },
    archetypes,
    edition: framework.settings.edition,
    published: framework.settings.published,
    lastReviewed: drawnOn.map((e) => e.lastReviewed).reduce((a, b) => (a > b ? a : b)),
    nextReviewDue: drawnOn.map((e) => e.nextReviewDue).reduce((a, b) => (a < b ? a : b)),
    foundation,
    modules,
    hours: syllabusHours(items),
    delivery,
    recommendations,
    personas,
    sources: uniqueSources(drawnOn.flatMap((e) => e.sources)),
    url: absoluteUrl(address, `/syllabi/${slug}/`),
    address,
  };
}

/**
 * The competencies a set of archetypes needs, in framework order, each up to the highest level
 * any of them needs.
 */
export function syllabusItems(framework: Framework, chosen: readonly ArchetypeId[]): SyllabusItem[] {
  return framework.competencies.flatMap((competency): SyllabusItem[] => {
    const needed = competency.requirements.filter((r) => chosen.includes(r.archetype));
    if (needed.length === 0) return [];
    const level = needed.reduce((max, r) => (r.level.rank > max.rank ? r.level : max), needed[0]!.level);
    const floor = competency.tier === 'foundational' ? floorLevel(competency).rank : 0;
    const steps = stepsUpTo(competency, level).map((step) => ({
      ...step,
      foundational: step.level.rank <= floor,
    }));
    return [{ competency, level, neededBy: needed.map((r) => r.archetype), steps, hours: sumHours(steps) }];
  });
}

/** The URL segment for a set of archetypes, in framework order: `drivers-users`. */
export function syllabusSlug(archetypeIds: readonly ArchetypeId[]): string {
  return [...archetypeIds].join('-');
}

/** Every non-empty combination of the framework's archetypes, in archetype order (31 for five). */
export function archetypeCombinations(framework: Framework): ArchetypeId[][] {
  const ids = framework.archetypes.map((a) => a.id);
  const combinations: ArchetypeId[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) {
    combinations.push(ids.filter((_, i) => mask & (1 << i)));
  }
  return combinations.sort((a, b) => a.length - b.length);
}

/** How the hours of some syllabus items add up. */
export function syllabusHours(items: readonly SyllabusItem[]): SyllabusHours {
  const steps = items.flatMap((item) => item.steps);
  const forRole = (role: 'clinical' | 'non-clinical') =>
    sumHours(items.filter((i) => i.competency.roles?.length === 1 && i.competency.roles[0] === role));
  return {
    foundational: sumHours(steps.filter((step) => step.foundational)),
    specialist: sumHours(steps.filter((step) => !step.foundational)),
    total: sumHours(steps),
    clinicalOnly: forRole('clinical'),
    nonClinicalOnly: forRole('non-clinical'),
  };
}

/** Whether a persona is one of the report's own (its basedOn names the report). */
export function isFromReport(entry: { basedOn?: { report?: string[] } | undefined }): boolean {
  return (entry.basedOn?.report?.length ?? 0) > 0;
}

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) seen.set(`${source.url}#${source.section ?? ''}`, source);
  return [...seen.values()].sort(
    (a, b) => a.title.localeCompare(b.title, 'en-GB') || byCodePoint(a.url, b.url),
  );
}

/** Names joined as in prose: `Shapers, Drivers and Users`. */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
