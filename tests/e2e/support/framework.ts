import { fileURLToPath } from 'node:url';
import { buildFramework, type Framework } from '../../../src/framework/index.ts';
import { checkProject, toFrameworkInput } from '../../../src/validation/index.ts';

/** The framework built from the project's content/, to compute what pages should show. */
export function loadProjectFramework(): Framework {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const input = toFrameworkInput(checkProject(root).report);
  if (!input) throw new Error('content/ has errors: run npm run check.');
  return buildFramework(input);
}
