// npm run bench:scale [-- --sizes 1,10,100] [--ref HEAD] [--budget 420 (seconds)] [--full] [--strict]
//   [--out docs/benchmarks]
// Builds synthetic frameworks 1, 10 and 100 times the real one in temporary copies of the
// project, measures the content check, the full build, the PDFs, output sizes and memory
// beside a bare Starlight build of as many pages, prints Markdown, and writes it with JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BUDGET_MS, DEFAULT_PLANS, runScaleBench } from '../src/bench/scale/scale-bench.ts';
import { targetResults } from '../src/bench/scale/figures.ts';
import { scaleMarkdown } from '../src/bench/scale/scale-report.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    ref: { type: 'string' },
    out: { type: 'string', default: 'docs/benchmarks' },
    strict: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    budget: { type: 'string', default: String(DEFAULT_BUDGET_MS / 1000) },
  },
});
const wanted = values.sizes?.split(',').map(Number);
const plans = DEFAULT_PLANS.filter((plan) => !wanted || wanted.includes(plan.factor)).map((plan) =>
  values.full ? { ...plan, pdfs: 'build' as const } : plan,
);
if (plans.length === 0 || (wanted && plans.length !== wanted.length)) {
  console.error(`--sizes takes some of: ${DEFAULT_PLANS.map((plan) => plan.factor).join(',')}`);
  process.exit(2);
}

const report = await runScaleBench({
  repo: process.cwd(),
  ...(values.ref ? { ref: values.ref } : {}),
  plans,
  budgetMs: Number(values.budget) * 1000,
  log: (text) => console.error(text),
});
const markdown = scaleMarkdown(report);
console.log(markdown);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(`${values.out}.md`, markdown);
writeFileSync(`${values.out}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.error(`Wrote ${values.out}.md and ${values.out}.json.`);
if (values.strict && targetResults(report.sizes).some((target) => !target.met)) process.exitCode = 1;
