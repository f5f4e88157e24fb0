import { fileURLToPath } from 'node:url';
import { buildFramework, type Framework } from '../../src/framework/index.ts';
import { checkProject, toFrameworkInput } from '../../src/validation/index.ts';
import { TODAY } from '../helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The framework built from this repository's content/, without Astro. Throws if content has errors. */
export function realFramework(): Framework {
  const report = checkProject(ROOT, { today: TODAY }).report;
  const input = toFrameworkInput(report);
  if (!input) throw new Error('content/ has errors: run npm run check.');
  return buildFramework(input);
}
