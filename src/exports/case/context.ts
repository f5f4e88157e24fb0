import type { SiteAddress } from '../../framework/site-address.ts';
import type { Framework } from '../../framework/index.ts';
import type { CompetencyKind } from '../../schemas/index.ts';
import { caseLink, caseNode, dateTime, latest, type CaseCollection } from './ids.ts';
import type { DateTime, LinkGenUri, LinkUri } from './types.ts';

/** The CFItemTypes of the package: one per kind of item. `hierarchyCode` follows this order. */
export const ITEM_TYPES = {
  section: { title: 'Section', description: 'A part of the framework that holds items of one kind.' },
  domain: { title: 'Domain', description: 'A group of related competencies.' },
  knowledge: { title: 'Knowledge', description: 'A competency: something to know.' },
  skill: { title: 'Skill', description: 'A competency: something to be able to do.' },
  capability: { title: 'Capability', description: 'A competency: knowledge and skill applied in context.' },
  archetype: {
    title: 'Archetype',
    description: 'A workforce archetype: people whose roles give them similar AI education needs.',
  },
  level: { title: 'Level', description: 'A step of the proficiency progression; rank 1 is the lowest.' },
  recommendation: {
    title: 'Recommendation',
    description: 'Something the sources ask education and training providers, or the system, to do.',
  },
} as const satisfies Record<string, { title: string; description: string }> & Record<CompetencyKind, unknown>;
export type ItemTypeCode = keyof typeof ITEM_TYPES;

/** What every part of the package needs: where it is published and how to link its nodes. */
export interface CaseContext {
  framework: Framework;
  address: SiteAddress;
  /** The edition's publication date as a date-time: the change date of the package's own definitions. */
  published: DateTime;
  /** The framework document, as a link. */
  document: LinkUri;
  itemType(code: ItemTypeCode): LinkUri;
  license: LinkUri;
  /** A link to an item, for an association's origin or destination. */
  item(name: string, title: string): LinkGenUri;
}

/** The document's stable name: one document per framework, whatever the edition. */
export const DOCUMENT_NAME = 'document';

export function caseContext(framework: Framework, address: SiteAddress): CaseContext {
  const { settings } = framework;
  return {
    framework,
    address,
    published: dateTime(settings.published),
    document: caseLink(address, 'CFDocuments', DOCUMENT_NAME, settings.title),
    itemType: (code) => caseLink(address, 'CFItemTypes', `item-type/${code}`, ITEM_TYPES[code].title),
    license: caseLink(address, 'CFLicenses', `license/${settings.licence}`, settings.licence),
    item: (name, title) => ({ title, ...caseNode(address, 'CFItems', name), targetType: 'CASE' }),
  };
}

/** The change date of the whole document: the latest of publication and every entry's review. */
export function documentChanged(framework: Framework): DateTime {
  const entries = [
    ...framework.archetypes,
    ...framework.levels,
    ...framework.domains,
    ...framework.competencies,
    ...framework.recommendations,
  ];
  return dateTime(latest([framework.settings.published, ...entries.map((e) => e.lastReviewed)]));
}

/** A link to the framework document as an association's destination. */
export function documentEnd(context: CaseContext): LinkGenUri {
  return { ...context.document, targetType: 'CASE' };
}

export type { CaseCollection };
