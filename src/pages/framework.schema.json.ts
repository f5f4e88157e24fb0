import type { APIRoute } from 'astro';
import { downloads, respond } from '../site/downloads.ts';

/** `/framework.schema.json`: the JSON Schema of `/framework.json`. */
export const GET: APIRoute = async () => respond((await downloads()).schema);
