import type { Framework } from '../../framework/index.ts';
import {
  caseContext,
  documentChanged,
  DOCUMENT_NAME,
  ITEM_TYPES,
  type CaseContext,
  type ItemTypeCode,
} from './context.ts';
import { absoluteUrl, type SiteAddress } from '../../framework/site-address.ts';
import { caseId, casePath, caseUri } from './ids.ts';
import { caseTree } from './items.ts';
import { casePathways, caseRecommendationLinks } from './relations.ts';
import { caseRubrics } from './rubrics.ts';
import type { CFDocument, CFDocumentStandalone, CFItemType, CFLicense, CFPackage } from './types.ts';

/**
 * The framework as a 1EdTech CASE 1.1 package (the `getCFPackage` response), for
 * `/case/v1p1/CFPackages/<document id>.json`. See src/exports/README.md for the mapping.
 * Pure and deterministic: identifiers are UUIDv5 of stable names, dates come from content.
 */
export function casePackage(framework: Framework, address: SiteAddress): CFPackage {
  const context = caseContext(framework, address);
  const tree = caseTree(context);
  const pathways = casePathways(context);
  return {
    CFDocument: caseDocument(context),
    CFItems: tree.items,
    CFAssociations: [...tree.associations, ...pathways.associations, ...caseRecommendationLinks(context)],
    CFDefinitions: {
      CFItemTypes: (Object.keys(ITEM_TYPES) as ItemTypeCode[]).map((code, index) =>
        itemType(context, code, index),
      ),
      CFLicenses: [license(context)],
      CFAssociationGroupings: pathways.groupings,
    },
    CFRubrics: caseRubrics(context),
  };
}

/** The standalone CFDocument (`/case/v1p1/CFDocuments/<id>.json`), which links its package. */
export function caseStandaloneDocument(framework: Framework, address: SiteAddress): CFDocumentStandalone {
  const context = caseContext(framework, address);
  const document = caseDocument(context);
  // A package is addressed by its document's identifier; as a urn:uuid: name (no site address
  // known) it needs a name of its own, or it would have the document's uri.
  const packageLink = {
    title: document.title,
    identifier: document.identifier,
    uri: caseUri(address, casePath('CFPackages', document.identifier), caseId(`${DOCUMENT_NAME}/package`)),
  };
  return { ...document, CFPackageURI: packageLink };
}

function caseDocument(context: CaseContext): CFDocument {
  const { settings } = context.framework;
  return {
    identifier: context.document.identifier,
    uri: context.document.uri,
    creator: settings.publisher,
    title: settings.title,
    lastChangeDateTime: documentChanged(context.framework),
    ...officialSource(context.address),
    publisher: settings.publisher,
    description: `${settings.title}, edition ${settings.edition}: what each AI workforce archetype in health and care needs to know and be able to do.`,
    language: 'en',
    version: settings.edition,
    adoptionStatus: 'Draft',
    statusStartDate: settings.published,
    licenseURI: context.license,
    caseVersion: '1.1',
  };
}

function itemType(context: CaseContext, code: ItemTypeCode, index: number): CFItemType {
  const link = context.itemType(code);
  return {
    identifier: link.identifier,
    uri: link.uri,
    title: ITEM_TYPES[code].title,
    description: ITEM_TYPES[code].description,
    hierarchyCode: String(index + 1),
    typeCode: code,
    lastChangeDateTime: context.published,
  };
}

function license(context: CaseContext): CFLicense {
  const spdx = context.framework.settings.licence;
  return {
    identifier: context.license.identifier,
    uri: context.license.uri,
    title: spdx,
    description: `SPDX licence identifier ${spdx}.`,
    licenseText: `This framework is published under the ${spdx} licence: https://spdx.org/licenses/${spdx}.html`,
    lastChangeDateTime: context.published,
  };
}

/** The site's home page as the document's official source, when the build knows the site's address. */
function officialSource(address: SiteAddress): { officialSourceURL?: string } {
  const url = absoluteUrl(address, '');
  return url === undefined ? {} : { officialSourceURL: url };
}
