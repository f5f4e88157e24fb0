import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads, respond, type Download } from '../../../_downloads.ts';

/**
 * `/case/v1p1/<CFItems|CFAssociations|CFItemTypes|CFLicenses|CFAssociationGroupings>/<id>.json`:
 * one file per CASE object, so that every `uri` in the package resolves. The package and the
 * document have their own routes beside this one.
 */
export const getStaticPaths = (async () =>
  (await downloads()).case
    .filter((file) => file.collection !== 'CFPackages' && file.collection !== 'CFDocuments')
    .map((file) => ({
      params: { collection: file.collection, id: file.identifier },
      props: file,
    }))) satisfies GetStaticPaths;

export const GET: APIRoute<Download> = ({ props }) => respond(props);
