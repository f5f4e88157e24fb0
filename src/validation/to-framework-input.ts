import type { FrameworkInput, WithBody } from '../framework/index.ts';
import type { Report } from './check-content.ts';
import type { CheckedEntry } from './rules/index.ts';

/**
 * The framework input from a report whose content passed every check, for tools that run
 * outside Astro (the diff, the benchmark, tests). Returns undefined when the report has errors.
 */
export function toFrameworkInput(report: Report): FrameworkInput | undefined {
  if (!report.settings || report.issues.some((issue) => issue.severity === 'error')) return undefined;
  const { entries } = report;
  return {
    settings: report.settings,
    archetypes: entries.archetypes.map(withBody),
    domains: entries.domains.map(withBody),
    levels: entries.levels.map(withBody),
    competencies: entries.competencies.map(withBody),
    recommendations: entries.recommendations.map(withBody),
    personas: entries.personas.map(withBody),
    guides: entries.guide.map((entry) => ({
      ...withBody(entry),
      id: guideId(entry.file),
    })),
  };
}

function withBody<T>(entry: CheckedEntry & { data: T }): WithBody<T> {
  return { ...entry.data, body: entry.bodyText, file: entry.file };
}

/** A guide page's id, as Starlight makes it: its path under content/guide/ without `.mdx`. */
export function guideId(file: string): string {
  return file.replace(/^content\/guide\//, '').replace(/\.mdx$/, '');
}
