import { issueAt } from './issue.ts';
import type { Issue, Place } from './issue.ts';
import { describeCharacter } from './quote.ts';

/** Control characters other than tab, line feed and carriage return: never part of a text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** How far a line may start in (indentation plus list and quote markers), in columns. */
export const MAX_NESTING_COLUMNS = 100;
/** How many emphasis markers (`*`, `_`), or brackets (`[`, `]`), one paragraph may hold. */
export const MAX_MARKERS_PER_PARAGRAPH = 500;

const LONELY_CR = /\r(?!\n)/;
/** A line that starts with more than 100 characters of indentation or markers (worth measuring). */
const MAYBE_DEEP = new RegExp(`^[ \\t>*+\\-\\d.)]{${MAX_NESTING_COLUMNS / 4},}`, 'm');

/** Whether the whole text holds enough markers that one paragraph might exceed the limit. */
function mayBeDense(text: string): boolean {
  return (
    (text.match(/[*_]/g)?.length ?? 0) > MAX_MARKERS_PER_PARAGRAPH ||
    (text.match(/[[\]]/g)?.length ?? 0) > MAX_MARKERS_PER_PARAGRAPH
  );
}

/** Indentation, quote markers (`>`) and list markers (`-`, `*`, `+`, `1.`) at the start of a line. */
const NESTING = /^(?:[ \t>]|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*/;

/**
 * Problems in a file's text that stop it being read any further: control characters (a
 * binary file, or junk pasted from a PDF), old Mac line endings (CR alone), and Markdown the
 * parser would take minutes over (its time grows with the square of the nesting depth and of
 * the emphasis markers or brackets in a paragraph; the site build uses the same parser). The
 * first of each, with its place; an empty list when the text can be parsed.
 */
export function textIssues(file: string, text: string): Issue[] {
  // Most files have none of these problems; a few whole-text tests say so without line work.
  if (!CONTROL.test(text) && !LONELY_CR.test(text) && !MAYBE_DEEP.test(text) && !mayBeDense(text)) return [];
  const lines = text.split('\n');
  const issues: Issue[] = [];
  const at = (place: Omit<Place, 'file'>) => ({ file, ...place });

  const control = firstMatch(lines, (line) => CONTROL.exec(line)?.index);
  if (control) {
    const char = lines[control.line - 1]![control.column - 1]!;
    const what = describeCharacter(char).replace('an invisible character', 'the control character');
    const binary = char === '\0' ? ', so it is probably not a text file' : '';
    issues.push(issueAt('file-encoding', at(control), `The file contains ${what}${binary}.`));
  }
  const lonelyCr = firstMatch(lines, (line) => {
    const index = line.indexOf('\r');
    return index >= 0 && index < line.length - 1 ? index : undefined;
  });
  if (lonelyCr) {
    issues.push(
      issueAt(
        'file-encoding',
        at(lonelyCr),
        'The file ends its lines with CR alone (old Mac line endings), so it reads as one long line.',
      ),
    );
  }
  // The frontmatter is YAML, which the Markdown parser passes over whole.
  const bodyStart = frontmatterEnd(lines);
  const body = lines.map((line, index) => (index < bodyStart ? '' : line));
  const deep = firstMatch(body, (line) => (nesting(line) > MAX_NESTING_COLUMNS ? 0 : undefined));
  if (deep) {
    issues.push(
      issueAt(
        'markdown-too-complex',
        at(deep),
        `This line starts ${nesting(lines[deep.line - 1]!)} columns in (indentation and list or quote markers); the limit is ${MAX_NESTING_COLUMNS}.`,
      ),
    );
  }
  const dense = densestParagraph(body);
  if (dense) {
    issues.push(
      issueAt(
        'markdown-too-complex',
        at({ line: dense.line, column: 1 }),
        `The paragraph starting here holds more than ${MAX_MARKERS_PER_PARAGRAPH} ${dense.what}.`,
      ),
    );
  }
  return issues;
}

/** The first paragraph (lines between blank lines) with too many emphasis markers or brackets. */
function densestParagraph(lines: readonly string[]) {
  let start = 0;
  let emphasis = 0;
  let brackets = 0;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      start = index + 1;
      emphasis = brackets = 0;
      continue;
    }
    for (const char of line) {
      if (char === '*' || char === '_') emphasis += 1;
      else if (char === '[' || char === ']') brackets += 1;
    }
    if (emphasis > MAX_MARKERS_PER_PARAGRAPH) return { line: start + 1, what: 'emphasis markers (* or _)' };
    if (brackets > MAX_MARKERS_PER_PARAGRAPH) return { line: start + 1, what: 'brackets ([ or ])' };
  }
  return undefined;
}

/** The index of the first line after the frontmatter (0 when there is none, or it is not closed). */
function frontmatterEnd(lines: readonly string[]): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return 0;
  const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  return closing < 0 ? 0 : closing + 1;
}

function firstMatch(
  lines: readonly string[],
  find: (line: string) => number | undefined,
): { line: number; column: number } | undefined {
  for (const [index, line] of lines.entries()) {
    const at = find(line);
    if (at !== undefined) return { line: index + 1, column: at + 1 };
  }
  return undefined;
}

/** How many columns in a line's text starts, with tabs to the next multiple of four as Markdown counts them. */
function nesting(line: string): number {
  let width = 0;
  for (const char of NESTING.exec(line)![0]) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}
