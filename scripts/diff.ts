// npm run diff -- <git-ref> [--format markdown|json]
// Reports what changed in the framework between a git ref (main, origin/main, HEAD~1, a tag)
// and the content on disk, per archetype, as Markdown for a pull-request comment.
import { parseArgs } from 'node:util';
import { diffFrameworks } from '../src/authoring/framework-diff.ts';
import { diffFailureMarkdown, diffMarkdown } from '../src/authoring/diff-markdown.ts';
import { readContentAt } from '../src/authoring/git-content.ts';
import { legacyFramework } from '../src/authoring/legacy-content.ts';
import { buildFramework } from '../src/framework/index.ts';
import { checkContent, checkProject, toFrameworkInput, type Report } from '../src/validation/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'markdown' } },
});
const [ref] = positionals;
if (!ref || positionals.length > 1 || !['markdown', 'json'].includes(values.format)) {
  console.error(
    'Usage: npm run diff -- <git-ref> [--format markdown|json]   for example: npm run diff -- main',
  );
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);

function framework(report: Report, where: string) {
  const input = toFrameworkInput(report);
  if (input) return buildFramework(input);
  // Say why in the report itself, so a pull-request comment explains it; exit 1 all the same.
  console.log(
    diffFailureMarkdown(
      ref!,
      where,
      report.issues.filter((issue) => issue.severity === 'error'),
    ),
  );
  process.exit(1);
}

let files;
try {
  files = readContentAt('.', ref);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const after = framework(checkProject('.', { today }).report, 'in the working tree');
// Content written before edition 2026.2 (one set of outcomes per competency) does not pass
// today's check; it is read in the model it was written for.
const old = files.length === 0 ? undefined : checkContent(files, today);
const before =
  old === undefined
    ? undefined
    : toFrameworkInput(old)
      ? framework(old, `at ${ref}`)
      : (legacyFramework(files, after.settings) ?? framework(old, `at ${ref}`));
const diff = diffFrameworks(before, after);
console.log(values.format === 'json' ? JSON.stringify(diff, null, 2) : diffMarkdown(diff, ref));
