// npm run map -- <course.csv> --archetypes drivers,users [--format md|json|html] [--strict]
// npm run map -- --template --archetypes drivers > course.csv
// Compares a course map (src/course-map/README.md) with the syllabus of some archetypes, or
// writes the map to fill in; the command itself is src/course-map/run-map.ts.
import { buildFramework } from '../src/framework/index.ts';
import { runMap } from '../src/course-map/run-map.ts';
import { checkProject, toFrameworkInput } from '../src/validation/index.ts';

const result = runMap(process.argv.slice(2), () => {
  const input = toFrameworkInput(checkProject('.').report);
  return input ? buildFramework(input) : undefined;
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
