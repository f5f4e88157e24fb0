import { absoluteUrl, type SiteAddress } from '../../framework/site-address.ts';
import { uuidV5 } from '../uuid-v5.ts';
import type { DateTime, LinkUri, Uuid } from './types.ts';

/**
 * The project's UUIDv5 namespace. Every CASE identifier is derived from it and a stable name
 * (`competency/<id>`, ...), so identifiers never change between builds or when an entry's
 * wording changes. Never change it: consumers have stored the identifiers. A fork that
 * publishes a different framework should pick its own.
 */
export const CASE_NAMESPACE = 'd65f6c14-1508-4bf8-af18-97e040161150';

/** The CASE 1.1 endpoints a static site serves, as folders under `/case/v1p1/`. */
export type CaseCollection =
  | 'CFDocuments'
  | 'CFPackages'
  | 'CFItems'
  | 'CFAssociations'
  | 'CFItemTypes'
  | 'CFLicenses'
  | 'CFAssociationGroupings'
  | 'CFRubrics';

/** The identifier of the CASE object named `name`, for example `competency/automation-bias`. */
export function caseId(name: string): Uuid {
  return uuidV5(name, CASE_NAMESPACE);
}

/** Path of an object's JSON file under the site, for example `case/v1p1/CFItems/<uuid>.json`. */
export function casePath(collection: CaseCollection, identifier: Uuid): string {
  return `case/v1p1/${collection}/${identifier}.json`;
}

/**
 * An object's identifier and its URI: the absolute address of its JSON file on the site, or,
 * when the build does not know the site's address, the identifier as a `urn:uuid:` name
 * (still a unique URI, though not one that can be fetched).
 */
export function caseNode(
  address: SiteAddress,
  collection: CaseCollection,
  name: string,
): { identifier: Uuid; uri: string } {
  const identifier = caseId(name);
  return { identifier, uri: caseUri(address, casePath(collection, identifier), identifier) };
}

/** The URI of a CASE file on the site (see {@link caseNode}); `#fragment` is added to an address. */
export function caseUri(address: SiteAddress, path: string, identifier: Uuid, fragment?: string): string {
  const url = absoluteUrl(address, path);
  if (url === undefined) return `urn:uuid:${fragment ?? identifier}`;
  return fragment === undefined ? url : `${url}#${fragment}`;
}

/** A `LinkURIDType` to the object named `name`. */
export function caseLink(
  address: SiteAddress,
  collection: CaseCollection,
  name: string,
  title: string,
): LinkUri {
  return { title, ...caseNode(address, collection, name) };
}

/** A content date (`YYYY-MM-DD`) as the RFC 3339 date-time CASE wants: midnight UTC. */
export function dateTime(date: string): DateTime {
  return `${date}T00:00:00+00:00`;
}

/** The latest of some `YYYY-MM-DD` dates. */
export function latest(dates: readonly string[]): string {
  return dates.reduce((a, b) => (a > b ? a : b));
}
