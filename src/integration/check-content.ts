import { buildFramework } from '../framework/index.ts';
import { checkProject, failed, toFrameworkInput } from '../validation/index.ts';
import type { CheckedContent } from './shared-state.ts';

/** Reads and checks content/ under `root`, and builds the framework graph when it has no errors. */
export function checkContentOf(root: string, today: string): CheckedContent {
  const { files, report } = checkProject(root, { today });
  const input = failed(report) ? undefined : toFrameworkInput(report);
  return { files, report, framework: input && buildFramework(input) };
}
