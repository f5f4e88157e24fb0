import type { APIRoute } from 'astro';
import { downloads, respond } from '../site/downloads.ts';

/** `/framework.csv`: one row per competency and archetype that needs it. */
export const GET: APIRoute = async () => respond((await downloads()).csv);
