/**
 * The CASE 1.1 package objects this project produces, with only the fields the 1EdTech
 * CASE 1.1 JSON binding allows on each class (every class is a closed object there).
 * Optional fields we never fill are left out of these types on purpose.
 */

/** Lowercase RFC 4122 UUID, as CASE identifiers must be. */
export type Uuid = string;
/** RFC 3339 date-time with offset, for example `2026-11-26T00:00:00+00:00`. */
export type DateTime = string;

/** A link to another CASE object (`LinkURIDType`). */
export interface LinkUri {
  title: string;
  identifier: Uuid;
  uri: string;
}

/** A link to an association's end (`LinkGenURIDType`). */
export interface LinkGenUri extends LinkUri {
  targetType?: string;
}

/** The framework document (`CFPckgDocumentDType`). */
export interface CFDocument {
  identifier: Uuid;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: DateTime;
  officialSourceURL?: string;
  publisher?: string;
  description?: string;
  language?: string;
  version?: string;
  adoptionStatus?: string;
  statusStartDate?: string;
  licenseURI?: LinkUri;
  notes?: string;
  caseVersion: '1.1';
}

/** The standalone document (`GET /CFDocuments/{id}`), which also points to its package. */
export interface CFDocumentStandalone extends CFDocument {
  CFPackageURI: LinkUri;
}

/** One statement of the framework (`CFPckgItemDType`). */
export interface CFItem {
  identifier: Uuid;
  fullStatement: string;
  alternativeLabel?: string;
  CFItemType: string;
  uri: string;
  humanCodingScheme?: string;
  listEnumeration?: string;
  abbreviatedStatement?: string;
  conceptKeywords?: string[];
  notes?: string;
  language?: string;
  CFItemTypeURI: LinkUri;
  licenseURI?: LinkUri;
  lastChangeDateTime: DateTime;
  extensions?: Record<string, unknown>;
}

/** The association types of CASE 1.1 that this project uses. */
export type AssociationType = 'isChildOf' | 'isRelatedTo' | 'hasSkillLevel';

/** A relation between two nodes (`CFPckgAssociationDType`). */
export interface CFAssociation {
  identifier: Uuid;
  associationType: AssociationType;
  sequenceNumber?: number;
  uri: string;
  originNodeURI: LinkGenUri;
  destinationNodeURI: LinkGenUri;
  CFAssociationGroupingURI?: LinkUri;
  lastChangeDateTime: DateTime;
  notes?: string;
}

export interface CFItemType {
  identifier: Uuid;
  uri: string;
  title: string;
  description: string;
  hierarchyCode: string;
  typeCode?: string;
  lastChangeDateTime: DateTime;
}

export interface CFLicense {
  identifier: Uuid;
  uri: string;
  title: string;
  description?: string;
  licenseText: string;
  lastChangeDateTime: DateTime;
}

export interface CFAssociationGrouping {
  identifier: Uuid;
  uri: string;
  title: string;
  description?: string;
  lastChangeDateTime: DateTime;
}

export interface CFDefinitions {
  CFItemTypes: CFItemType[];
  CFLicenses: CFLicense[];
  CFAssociationGroupings: CFAssociationGrouping[];
}

/** One level of a rubric criterion (`CFRubricCriterionLevelDType`). */
export interface CFRubricCriterionLevel {
  identifier: Uuid;
  uri: string;
  description?: string;
  quality?: string;
  position?: number;
  rubricCriterionId?: Uuid;
  lastChangeDateTime: DateTime;
}

/** One criterion of a rubric, tied to an item (`CFRubricCriterionDType`). */
export interface CFRubricCriterion {
  identifier: Uuid;
  uri: string;
  category?: string;
  description?: string;
  CFItemURI?: LinkUri;
  position?: number;
  rubricId?: Uuid;
  lastChangeDateTime: DateTime;
  CFRubricCriterionLevels?: CFRubricCriterionLevel[];
}

/** A rubric (`CFRubricDType`). */
export interface CFRubric {
  identifier: Uuid;
  uri: string;
  title?: string;
  description?: string;
  lastChangeDateTime: DateTime;
  CFRubricCriteria?: CFRubricCriterion[];
}

/** The whole package (`getCFPackage` response): the root object has no wrapper key. */
export interface CFPackage {
  CFDocument: CFDocument;
  CFItems: CFItem[];
  CFAssociations: CFAssociation[];
  CFDefinitions: CFDefinitions;
  CFRubrics: CFRubric[];
}
