import type { Report } from '../check-content.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatText } from './text.ts';

export const REPORTERS = {
  text: formatText,
  github: formatGithub,
  json: formatJson,
} satisfies Record<string, (report: Report) => string>;
export type ReporterName = keyof typeof REPORTERS;
