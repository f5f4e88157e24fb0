// npm run map -- <course.csv> --archetypes drivers,users [--format md|json|html] [--strict]
// npm run map -- --template --archetypes drivers > course.csv
// Compares a course map (src/course-map/README.md) with the syllabus of some archetypes, or
// writes the map to fill in. Exit codes: 0 done; 1 the map has problems, or (--strict) the
// course teaches something below the level needed or not at all; 2 the command cannot run.
import { parseArgs } from 'node:util';
import { buildFramework } from '../src/framework/index.ts';
import { checkProject, toFrameworkInput } from '../src/validation/index.ts';
import * as map from '../src/course-map/index.ts';
import { readMapFile } from '../src/course-map/read-map-file.ts';

const USAGE = `Usage: npm run map -- <course.csv> --archetypes drivers,users [--format md|json|html] [--strict]
       npm run map -- --template --archetypes drivers > course.csv`;
const FORMATS = {
  md: map.reportMarkdown,
  html: map.reportHtml,
  json: (r: object) => JSON.stringify(r, null, 2),
};

function stop(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      archetypes: { type: 'string' },
      format: { type: 'string', default: 'md' },
      strict: { type: 'boolean', default: false },
      template: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  stop(`${(error as Error).message}\n${USAGE}`, 2);
}
const { values, positionals } = args;
const [file] = positionals;
const format = values.format as keyof typeof FORMATS;
if (!(format in FORMATS)) stop(`Unknown --format "${values.format}"; use md, json or html.\n${USAGE}`, 2);
if (values.template ? positionals.length > 0 : positionals.length !== 1) stop(USAGE, 2);

const input = toFrameworkInput(checkProject('.').report);
if (!input) stop('The framework in content/ has problems: run `npm run check` to see them.', 2);
const framework = buildFramework(input);
const selection = map.archetypeSelection(framework, values.archetypes);
if ('error' in selection) stop(selection.error, 2);

if (values.template) {
  process.stdout.write(map.courseMapTemplate(framework, selection.ids));
} else {
  const read = readMapFile(file!);
  if ('error' in read) stop(read.error, 1);
  const parsed = map.parseCourseMap(read.bytes, framework);
  if (!parsed.ok) {
    if (format === 'json') console.log(JSON.stringify({ problems: parsed.problems }, null, 2));
    stop(map.problemsText(file!, parsed.problems), 1);
  }
  const report = map.courseMapReport(framework, selection.ids, parsed.map);
  console.log(FORMATS[format](report));
  process.exitCode = values.strict && map.hasGaps(report) ? 1 : 0;
}
