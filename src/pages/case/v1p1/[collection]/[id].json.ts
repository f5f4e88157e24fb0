import type { APIRoute, GetStaticPaths } from 'astro';
import { isCaseObjectFile } from '../../../../exports/index.ts';
import { downloads, respond, type Download } from '../../../../site/downloads.ts';

/**
 * `/case/v1p1/<CFItems|CFAssociations|CFItemTypes|CFLicenses|CFAssociationGroupings>/<id>.json`:
 * one file per CASE object, so that every `uri` in the package resolves. The package and the
 * document have their own routes beside this one.
 *
 * This route serves them in `astro dev` only: `npm run build` writes them itself, from the same
 * `caseObjectFiles`, much faster (see src/build/case-object-files.ts).
 */
export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? (await downloads()).case.filter(isCaseObjectFile).map((file) => ({
        params: { collection: file.collection, id: file.identifier },
        props: file,
      }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<Download> = ({ props }) => respond(props);
