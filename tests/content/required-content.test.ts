import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFramework, frameworkStats, isFromReport } from '../../src/framework/index.ts';
import { ARCHETYPE_IDS } from '../../src/schemas/index.ts';
import { checkProject, toFrameworkInput } from '../../src/validation/index.ts';
import { TODAY } from '../helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const report = checkProject(ROOT, { today: TODAY }).report;
const framework = buildFramework(toFrameworkInput(report)!);

/** Guide pages the site links to and the syllabus draws on. */
const REQUIRED_GUIDES = [
  'index',
  'about-the-framework',
  'confidence-in-ai',
  'foundational-and-specialist-education',
  'product-specific-training',
  'how-to-use',
  'glossary',
  'about-this-site',
];

describe('the real content', () => {
  it('passes every check with no errors', () => {
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('has all five archetypes', () => {
    expect(framework.archetypes.map((a) => a.id)).toEqual([...ARCHETYPE_IDS]);
  });

  it('has the eleven recommendations, numbered 1 to 11, two of them educational priorities', () => {
    expect(framework.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(framework.recommendations.filter((r) => r.priority).map((r) => r.type)).toEqual([
      'educational-priority',
      'educational-priority',
    ]);
  });

  it('has every required guide page', () => {
    const guides = framework.guides.map((g) => g.id);
    expect(REQUIRED_GUIDES.filter((id) => !guides.includes(id))).toEqual([]);
  });

  it('meets the coverage minimums: 60 competencies, 12 per archetype, every domain used', () => {
    const stats = frameworkStats(framework);
    expect(stats.totals.competencies).toBeGreaterThanOrEqual(60);
    for (const archetype of stats.perArchetype) expect(archetype.competencies).toBeGreaterThanOrEqual(12);
    for (const domain of stats.perDomain) expect(domain.competencies).toBeGreaterThan(0);
  });

  it('marks the report personas and gives every archetype at least one persona', () => {
    const fromReport = framework.personas.filter(isFromReport).map((p) => p.id);
    expect(fromReport).toEqual(expect.arrayContaining(['creator-1', 'creator-2']));
    for (const id of ARCHETYPE_IDS) expect(framework.personas.some((p) => p.archetypes.includes(id))).toBe(true);
  });

  it('cites a web source on every entry', () => {
    const entries = [
      ...framework.archetypes,
      ...framework.domains,
      ...framework.levels,
      ...framework.competencies,
      ...framework.recommendations,
      ...framework.personas,
      ...framework.guides,
    ];
    expect(entries.filter((e) => !e.sources.some((s) => s.url.startsWith('https://')))).toEqual([]);
  });

  it('never says that all current healthcare AI is narrow', () => {
    const allNarrow = /\b(all|every)\b[^.]{0,60}\bAI\b[^.]{0,40}\b(is|are)\b[^.]{0,20}\bnarrow\b/i;
    expect(proseEntries().filter((e) => allNarrow.test(e.text)).map((e) => e.file)).toEqual([]);
  });

  it('does not name Health Education England as a body that exists today', () => {
    const heeNow =
      /\b(HEE|Health Education England)('s)? (is|are|runs|offers|provides|funds|leads|publishes|currently|now)\b/;
    expect(proseEntries().filter((e) => heeNow.test(e.text)).map((e) => e.file)).toEqual([]);
  });

  it('maps every competency to the capability framework', () => {
    expect(framework.competencies.filter((c) => c.capabilityFramework.length === 0).map((c) => c.id)).toEqual([]);
  });
});

/** The prose of every entry (body and summary fields), without its list of sources, whose titles are quoted. */
function proseEntries(): { file: string; text: string }[] {
  const entries = [
    ...framework.archetypes,
    ...framework.domains,
    ...framework.levels,
    ...framework.competencies,
    ...framework.recommendations,
    ...framework.personas,
    ...framework.guides,
  ];
  return entries.map((entry) => {
    const { sources: _sources, ...rest } = entry as typeof entry & { sources: unknown };
    return { file: entry.file, text: JSON.stringify(rest) };
  });
}
