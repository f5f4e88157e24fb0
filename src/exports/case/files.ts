import type { SiteAddress } from '../../framework/site-address.ts';
import type { Framework } from '../../framework/index.ts';
import { casePath, type CaseCollection } from './ids.ts';
import { casePackage, caseStandaloneDocument } from './package.ts';
import type { LinkUri } from './types.ts';

/** One JSON file of the CASE endpoints: where it goes under the site and what it holds. */
export interface CaseFile {
  collection: CaseCollection;
  identifier: string;
  /** Path under the site root, for example `case/v1p1/CFItems/<uuid>.json`. */
  path: string;
  body: object;
}

/**
 * Every file a static site serves for the CASE package, so that every `uri` in it resolves:
 * the package, the document, and one file per item, association, definition and rubric. Items and
 * associations also carry `CFDocumentURI`, as the CASE REST responses for single objects do.
 */
export function caseFiles(framework: Framework, address: SiteAddress): CaseFile[] {
  const pkg = casePackage(framework, address);
  const document = pkg.CFDocument;
  const documentLink: LinkUri = { title: document.title, identifier: document.identifier, uri: document.uri };
  const file = (collection: CaseCollection, identifier: string, body: object): CaseFile => ({
    collection,
    identifier,
    path: casePath(collection, identifier),
    body,
  });
  const each = (collection: CaseCollection, objects: ReadonlyArray<{ identifier: string }>, extra = {}) =>
    objects.map((object) => file(collection, object.identifier, { ...object, ...extra }));
  return [
    file('CFPackages', document.identifier, pkg),
    file('CFDocuments', document.identifier, caseStandaloneDocument(framework, address)),
    ...each('CFItems', pkg.CFItems, { CFDocumentURI: documentLink }),
    ...each('CFAssociations', pkg.CFAssociations, { CFDocumentURI: documentLink }),
    ...each('CFItemTypes', pkg.CFDefinitions.CFItemTypes),
    ...each('CFLicenses', pkg.CFDefinitions.CFLicenses),
    ...each('CFAssociationGroupings', pkg.CFDefinitions.CFAssociationGroupings),
    ...each('CFRubrics', pkg.CFRubrics),
  ];
}

/**
 * Whether a CASE file is one of the many small files of single objects (items, associations,
 * definitions), rather than the package or the document.
 */
export function isCaseObjectFile(file: Pick<CaseFile, 'collection'>): boolean {
  return file.collection !== 'CFPackages' && file.collection !== 'CFDocuments';
}

/** The files of single CASE objects: {@link caseFiles} without the package and the document. */
export function caseObjectFiles(framework: Framework, address: SiteAddress): CaseFile[] {
  return caseFiles(framework, address).filter(isCaseObjectFile);
}
