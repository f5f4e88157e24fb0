import { hoursText, type Framework } from '../../framework/index.ts';
import { caseNode, dateTime } from './ids.ts';
import { documentEnd, type CaseContext, type ItemTypeCode } from './context.ts';
import type { CFAssociation, CFItem, LinkGenUri } from './types.ts';
import { AUDIENCE_NAMES } from '../../framework/display-names.ts';

/** One item of the tree before it becomes a CFItem and its `isChildOf` association. */
interface ItemSpec {
  /** Stable name the identifier derives from, for example `competency/automation-bias`. */
  name: string;
  type: ItemTypeCode;
  fullStatement: string;
  humanCodingScheme?: string;
  notes?: string;
  conceptKeywords?: string[];
  /** `YYYY-MM-DD` of the content the item comes from. */
  changed: string;
  /** Name of the parent item, or undefined for a child of the document. */
  parent?: string;
}

/** Synthetic items that hold the items which are not competencies, so the tree stays tidy. */
export const SECTIONS = {
  archetypes: 'Archetypes',
  levels: 'Levels',
  recommendations: 'Recommendations',
} as const;

/**
 * Every item of the package and the tree that holds them, as `isChildOf` associations
 * (origin = child, destination = parent; top-level items are children of the document;
 * `sequenceNumber` orders siblings from 1). The tree: domains (sub-domains inside their parent,
 * competencies inside their domain), then the sections Archetypes, Levels and Recommendations.
 */
export function caseTree(context: CaseContext): { items: CFItem[]; associations: CFAssociation[] } {
  const specs = itemSpecs(context.framework);
  const titles = new Map(specs.map((spec) => [spec.name, spec.fullStatement]));
  const siblings = new Map<string, number>();
  const items = specs.map((spec) => toItem(context, spec));
  const associations = specs.map((spec): CFAssociation => {
    const parentKey = spec.parent ?? '';
    const sequenceNumber = (siblings.get(parentKey) ?? 0) + 1;
    siblings.set(parentKey, sequenceNumber);
    const destination: LinkGenUri = spec.parent
      ? context.item(spec.parent, titles.get(spec.parent)!)
      : documentEnd(context);
    return {
      ...caseNode(
        context.address,
        'CFAssociations',
        `association/isChildOf/${spec.name}/${spec.parent ?? 'document'}`,
      ),
      associationType: 'isChildOf',
      sequenceNumber,
      originNodeURI: context.item(spec.name, spec.fullStatement),
      destinationNodeURI: destination,
      lastChangeDateTime: dateTime(spec.changed),
    };
  });
  return { items, associations };
}

function itemSpecs(framework: Framework): ItemSpec[] {
  const published = framework.settings.published;
  const domainName = new Map(framework.domains.map((d) => [d.id, d.name]));
  return [
    ...framework.domains.map((d) => ({
      name: `domain/${d.id}`,
      type: 'domain' as const,
      fullStatement: d.name,
      humanCodingScheme: d.id,
      notes: d.summary,
      changed: d.lastReviewed,
      ...(d.parent ? { parent: `domain/${d.parent}` } : {}),
    })),
    ...framework.competencies.map((c) => ({
      name: `competency/${c.id}`,
      type: c.kind,
      fullStatement: c.title,
      humanCodingScheme: c.id,
      notes: [
        `Domain: ${domainName.get(c.domain) ?? c.domain}.`,
        ...c.steps.map(
          (step) =>
            `${step.level.name} (${hoursText(step.hours)} from the level below):\n${step.outcomes.map((o) => `- ${o}`).join('\n')}`,
        ),
        `Assessment ideas:\n${c.assessment.map((a) => `- ${a}`).join('\n')}`,
        ...(c.replaces.length > 0 ? [`Replaces the earlier competencies ${c.replaces.join(', ')}.`] : []),
      ].join('\n\n'),
      conceptKeywords: [c.tier, ...c.strands, ...c.keywords],
      changed: c.lastReviewed,
      parent: `domain/${c.domain}`,
    })),
    ...Object.entries(SECTIONS).map(([id, title]) => ({
      name: `section/${id}`,
      type: 'section' as const,
      fullStatement: title,
      humanCodingScheme: id,
      changed: published,
    })),
    ...framework.archetypes.map((a) => ({
      name: `archetype/${a.id}`,
      type: 'archetype' as const,
      fullStatement: a.name,
      humanCodingScheme: a.id,
      notes: `${a.summary}\n\nExample roles: ${a.exampleRoles.join('; ')}.`,
      changed: a.lastReviewed,
      parent: 'section/archetypes',
    })),
    ...framework.levels.map((l) => ({
      name: `level/${l.id}`,
      type: 'level' as const,
      fullStatement: l.name,
      humanCodingScheme: l.id,
      notes: `${l.descriptor}\n\n${l.change}`,
      changed: l.lastReviewed,
      parent: 'section/levels',
    })),
    ...framework.recommendations.map((r) => ({
      name: `recommendation/${r.id}`,
      type: 'recommendation' as const,
      fullStatement: r.title,
      humanCodingScheme: r.id,
      notes: `${r.summary}\n\nFor: ${r.audience.map((a) => AUDIENCE_NAMES[a]).join('; ')}.`,
      changed: r.lastReviewed,
      parent: 'section/recommendations',
    })),
  ];
}

function toItem(context: CaseContext, spec: ItemSpec): CFItem {
  const type = context.itemType(spec.type);
  return {
    ...caseNode(context.address, 'CFItems', spec.name),
    fullStatement: spec.fullStatement,
    CFItemType: type.title,
    CFItemTypeURI: type,
    ...(spec.humanCodingScheme ? { humanCodingScheme: spec.humanCodingScheme } : {}),
    ...(spec.notes ? { notes: spec.notes } : {}),
    ...(spec.conceptKeywords ? { conceptKeywords: spec.conceptKeywords } : {}),
    language: 'en',
    lastChangeDateTime: dateTime(spec.changed),
  };
}
