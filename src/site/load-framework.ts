// The Astro edge of the framework: reads the content collections once per build and
// builds the graph that every page, syllabus and export uses.
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import frameworkYaml from '../../content/framework.yaml?raw';
import { buildFramework, type Framework } from '../framework/index.ts';
import { frameworkSchema } from '../schemas/index.ts';

let cached: Promise<Framework> | undefined;

/** The framework graph, built once and shared by every route. */
export function loadFramework(): Promise<Framework> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Framework> {
  const entries = async <
    C extends 'archetypes' | 'domains' | 'levels' | 'competencies' | 'recommendations' | 'personas',
  >(
    name: C,
  ) =>
    (await getCollection(name)).map((entry) => ({
      ...entry.data,
      body: entry.body ?? '',
      file: entry.filePath ?? `content/${name}/${entry.id}.mdx`,
    }));
  return buildFramework({
    settings: frameworkSchema.parse(parse(frameworkYaml)),
    archetypes: await entries('archetypes'),
    domains: await entries('domains'),
    levels: await entries('levels'),
    competencies: await entries('competencies'),
    recommendations: await entries('recommendations'),
    personas: await entries('personas'),
  });
}
