import type { APIRoute } from 'astro';
import { courseMapData } from '../../course-map/index.ts';
import { respond } from '../../site/downloads.ts';
import { loadFramework } from '../../site/load-framework.ts';

/**
 * `/course-map/framework-data.json`: the share of the framework the course-map core reads,
 * which the course-mapping page fetches to read a course map in the reader's browser.
 */
export const GET: APIRoute = async () =>
  respond({
    text: JSON.stringify(courseMapData(await loadFramework())),
    contentType: 'application/json; charset=utf-8',
  });
