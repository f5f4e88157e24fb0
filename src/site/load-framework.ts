// The Astro edge of the framework: reads the content collections once per build and
// builds the graph that every page, syllabus and export uses.
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import frameworkYaml from '../../content/framework.yaml?raw';
import { buildFramework, type Framework, type WithBody } from '../framework/index.ts';
import { frameworkSchema } from '../schemas/index.ts';

let cached: Promise<Framework> | undefined;

/** The framework graph, built once and shared by every route. */
export function loadFramework(): Promise<Framework> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Framework> {
  return buildFramework({
    settings: frameworkSchema.parse(parse(frameworkYaml)),
    archetypes: (await getCollection('archetypes')).map(withBody),
    domains: (await getCollection('domains')).map(withBody),
    levels: (await getCollection('levels')).map(withBody),
    competencies: (await getCollection('competencies')).map(withBody),
    recommendations: (await getCollection('recommendations')).map(withBody),
    personas: (await getCollection('personas')).map(withBody),
    guides: (await getCollection('docs')).map((entry) => ({ ...withBody(entry), id: entry.id })),
  });
}

function withBody<T>(entry: { data: T; body?: string; filePath?: string }): WithBody<T> {
  return { ...entry.data, body: entry.body ?? '', file: entry.filePath ?? '' };
}
