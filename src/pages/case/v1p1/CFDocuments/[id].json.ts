import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads, respond, type Download } from '../../../../site/downloads.ts';

/** `/case/v1p1/CFDocuments/<id>.json`: the CASE 1.1 CFDocument, linking its package. */
export const getStaticPaths = (async () =>
  (await downloads()).case
    .filter((file) => file.collection === 'CFDocuments')
    .map((file) => ({ params: { id: file.identifier }, props: file }))) satisfies GetStaticPaths;

export const GET: APIRoute<Download> = ({ props }) => respond(props);
