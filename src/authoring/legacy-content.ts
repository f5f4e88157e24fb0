import { buildFramework, type Framework, type FrameworkInput } from '../framework/index.ts';
import { COLLECTIONS, frameworkSchema, type FrameworkSettings } from '../schemas/index.ts';
import { collectionOf } from '../validation/check-file.ts';
import { FRAMEWORK_FILE, type ContentFile } from '../validation/content-file.ts';
import { parseEntry, parseYaml } from '../validation/parse-entry.ts';

type Data = Record<string, unknown>;

/**
 * The framework of content written for the model before edition 2026.2, so that `npm run diff`
 * can compare across the change: then a competency had one set of `outcomes` and one `hours`
 * figure whatever the level, every entry one `provenance` label, and levels, archetypes and
 * framework.yaml fewer fields. Each entry is brought to today's schemas (a competency's
 * outcomes and hours become its lowest needed level, so every archetype's hours stay what
 * they were; new fields get neutral values, and framework.yaml takes what it lacks from
 * `current`) and the framework built from them, without the cross-entry rules of today's
 * check. Undefined when the content is not of that model either.
 */
export function legacyFramework(
  files: readonly ContentFile[],
  current: FrameworkSettings,
): Framework | undefined {
  const input: FrameworkInput = {
    settings: current,
    archetypes: [],
    domains: [],
    levels: [],
    competencies: [],
    recommendations: [],
    personas: [],
    guides: [],
  };
  const parsed = files.flatMap((file) => {
    if (file.text === undefined) return [];
    if (file.path === FRAMEWORK_FILE) {
      const data = parseYaml(file.path, file.text).data as Data | undefined;
      const settings = frameworkSchema.safeParse({ ...current, ...data, strands: data?.['strands'] ?? [] });
      if (settings.success)
        input.settings = { ...settings.data, capabilityFramework: current.capabilityFramework };
      return [];
    }
    const collection = collectionOf(file.path);
    const entry = parseEntry(file.path, file.text);
    return collection && entry.data
      ? [{ collection, file, data: entry.data as Data, body: entry.bodyText }]
      : [];
  });
  const ranks = new Map(
    parsed
      .filter((p) => p.collection === 'levels')
      .map((p) => [String(p.data['id']), Number(p.data['rank'])]),
  );
  const top = [...ranks].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const { collection, file, data, body } of parsed) {
    const upgraded = upgrade(collection, data, ranks, top, current);
    const result = COLLECTIONS[collection].safeParse(upgraded);
    if (!result.success) return undefined;
    const entry = { ...(result.data as object), body, file: file.path };
    if (collection === 'guide') {
      input.guides.push({
        ...entry,
        id: file.path.replace(/^content\/guide\//, '').replace(/\.mdx$/, ''),
      } as never);
    } else (input[collection] as unknown[]).push(entry);
  }
  try {
    return buildFramework(input);
  } catch {
    return undefined;
  }
}

/** One entry's frontmatter brought from the earlier model to today's schemas. */
function upgrade(
  collection: keyof typeof COLLECTIONS,
  data: Data,
  ranks: Map<string, number>,
  top: string | undefined,
  current: FrameworkSettings,
): Data {
  const { provenance: _provenance, ...rest } = data;
  if (collection === 'competencies' && 'outcomes' in rest && !('progression' in rest)) {
    const { outcomes, hours, ...competency } = rest;
    const needed = Object.values((rest['levels'] ?? {}) as Record<string, string>);
    const lowest = needed.sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0))[0] ?? top;
    return {
      ...competency,
      capabilityFramework: [current.capabilityFramework.domains[0]?.code ?? '1'],
      progression: lowest ? { [lowest]: { hours, outcomes } } : {},
    };
  }
  if (collection === 'levels' && !('verbs' in rest)) {
    const descriptor = String(rest['descriptor'] ?? '');
    return {
      ...rest,
      change: descriptor,
      evidence: [descriptor],
      verbs: ['describe'],
      typicalHours: { min: 0.01, max: 1000 },
    };
  }
  if (collection === 'archetypes' && !('ceiling' in rest)) return { ...rest, ceiling: top };
  return rest;
}
