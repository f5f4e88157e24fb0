import type { APIRoute } from 'astro';
import { downloads, respond } from '../site/downloads.ts';

/** `/framework.json`: the whole framework as data (shape in src/exports/framework-json-schema.ts). */
export const GET: APIRoute = async () => respond((await downloads()).json);
