// npm run check [-- --format text|github|json] [--strict] [--stats] [--root DIR]
// Validates everything under content/ and prints each problem with its file and line.
import { parseArgs } from 'node:util';
import { buildFramework, formatStats, frameworkStats } from '../src/framework/index.ts';
import {
  checkProject,
  failed,
  REPORTERS,
  toFrameworkInput,
  type ReporterName,
} from '../src/validation/index.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    strict: { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
  },
});
const format = values.format as ReporterName;
if (!(format in REPORTERS)) {
  console.error(`Unknown --format "${format}"; use one of: ${Object.keys(REPORTERS).join(', ')}.`);
  process.exit(2);
}
const { report } = checkProject(values.root);
console.log(REPORTERS[format](report));
const input = values.stats ? toFrameworkInput(report) : undefined;
if (input) console.log(`\n${formatStats(frameworkStats(buildFramework(input)))}`);
process.exitCode = failed(report, values.strict) ? 1 : 0;
