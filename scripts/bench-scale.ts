// npm run bench:scale [-- --sizes 1,10,100] [--ref HEAD] [--strict] [--out docs/benchmarks]
// Builds synthetic frameworks 1, 10 and 100 times the real one in temporary copies of the
// project, measures the content check, the builds (phase by phase), a rebuild after one
// change, output sizes and memory beside a bare Starlight build of as many pages, prints
// Markdown, and writes it with JSON. The code is in bench/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { targetResults } from '../bench/figures.ts';
import { DEFAULT_PLANS, runScaleBench } from '../bench/scale-bench.ts';
import { scaleMarkdown } from '../bench/scale-report.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    ref: { type: 'string' },
    out: { type: 'string', default: 'docs/benchmarks' },
    strict: { type: 'boolean', default: false },
  },
});
const wanted = values.sizes?.split(',').map(Number);
const plans = DEFAULT_PLANS.filter((plan) => !wanted || wanted.includes(plan.factor));
if (plans.length === 0 || (wanted && plans.length !== wanted.length)) {
  console.error(`--sizes takes some of: ${DEFAULT_PLANS.map((plan) => plan.factor).join(',')}`);
  process.exit(2);
}

const report = await runScaleBench({
  repo: process.cwd(),
  ...(values.ref ? { ref: values.ref } : {}),
  plans,
  log: (text) => console.error(text),
});
const markdown = scaleMarkdown(report);
console.log(markdown);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(`${values.out}.md`, markdown);
writeFileSync(`${values.out}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.error(`Wrote ${values.out}.md and ${values.out}.json.`);
if (values.strict && targetResults(report.sizes).some((target) => !target.met)) process.exitCode = 1;
