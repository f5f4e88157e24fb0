// npm run bench:pdf [-- --runs N] [--strict]: times syllabus PDF generation and prints Markdown.
// (npm run bench runs this, then the scale benchmark, which gets any options given to it.)
import { parseArgs } from 'node:util';
import { pdfBenchmarks } from '../bench/pdf.ts';
import { timingTable } from '../bench/report.ts';
import { buildFramework } from '../src/framework/index.ts';
import { parseSiteUrl } from '../src/framework/site-address.ts';
import { formatFileSize } from '../src/pdf/index.ts';
import { checkProject, toFrameworkInput } from '../src/validation/index.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '31' }, strict: { type: 'boolean' } },
});
const input = toFrameworkInput(checkProject('.').report);
if (!input) {
  console.error('content/ has errors: run npm run check.');
  process.exit(1);
}

const { timings, sizes } = await pdfBenchmarks(
  buildFramework(input),
  parseSiteUrl('https://example.org/'),
  Number(values.runs),
);
console.log(`## Syllabus PDFs\n\n${timingTable(timings)}\n`);
console.log(
  `PDF sizes: ${formatFileSize(sizes.smallest)} to ${formatFileSize(sizes.largest)}, ${formatFileSize(sizes.total)} in all.`,
);
if (values.strict && timings.some((t) => t.targetMs !== undefined && t.medianMs >= t.targetMs))
  process.exit(1);
