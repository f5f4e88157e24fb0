// What `npm run map` does, as a function of its arguments, so that it can be tested in-process:
// scripts/map.ts only loads the framework, writes the outputs and sets the exit code.
// Exit codes: 0 done; 1 the map has problems, or (--strict) the course teaches something below
// the level needed or not at all; 2 the command cannot run.
import { parseArgs } from 'node:util';
import type { Framework } from '../framework/index.ts';
import { archetypeSelection } from './archetype-selection.ts';
import { parseCourseMap } from './parse-course-map.ts';
import { problemsText } from './problems-text.ts';
import { readMapFile } from './read-map-file.ts';
import { courseMapReport, hasGaps } from './report.ts';
import { reportHtml } from './report-html.ts';
import { reportMarkdown } from './report-markdown.ts';
import { courseMapTemplate } from './template.ts';

export const USAGE = `Usage: npm run map -- <course.csv> --archetypes drivers,users [--format md|json|html] [--strict]
       npm run map -- --template --archetypes drivers > course.csv`;

const FORMATS = {
  md: reportMarkdown,
  html: reportHtml,
  json: (r: object) => JSON.stringify(r, null, 2),
};

export interface MapRun {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command on its arguments. `loadFramework` is called only once the arguments are
 * known to be good, and returns undefined when the content has problems.
 */
export function runMap(argv: readonly string[], loadFramework: () => Framework | undefined): MapRun {
  const stop = (message: string, code: 1 | 2, stdout = ''): MapRun => ({
    code,
    stdout,
    stderr: `${message}\n`,
  });
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        archetypes: { type: 'string' },
        format: { type: 'string', default: 'md' },
        strict: { type: 'boolean', default: false },
        template: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return stop(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = args;
  const [file] = positionals;
  const format = values.format as keyof typeof FORMATS;
  if (!(format in FORMATS))
    return stop(`Unknown --format "${values.format}"; use md, json or html.\n${USAGE}`, 2);
  if (values.template ? positionals.length > 0 : positionals.length !== 1) return stop(USAGE, 2);

  const framework = loadFramework();
  if (!framework) return stop('The framework in content/ has problems: run `npm run check` to see them.', 2);
  const selection = archetypeSelection(framework, values.archetypes);
  if ('error' in selection) return stop(selection.error, 2);
  if (values.template) return { code: 0, stdout: courseMapTemplate(framework, selection.ids), stderr: '' };

  const read = readMapFile(file!);
  if ('error' in read) return stop(read.error, 1);
  const parsed = parseCourseMap(read.bytes, framework);
  if (!parsed.ok) {
    const json = format === 'json' ? `${JSON.stringify({ problems: parsed.problems }, null, 2)}\n` : '';
    return stop(problemsText(file!, parsed.problems), 1, json);
  }
  const report = courseMapReport(framework, selection.ids, parsed.map);
  return {
    code: values.strict && hasGaps(report) ? 1 : 0,
    stdout: `${FORMATS[format](report)}\n`,
    stderr: '',
  };
}
