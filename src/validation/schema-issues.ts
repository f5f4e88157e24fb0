import type { z } from 'zod';
import { ID_PATTERN } from '../schemas/index.ts';
import { issueAt } from './issue.ts';
import type { Issue } from './issue.ts';
import { nearest } from './nearest.ts';
import type { ParsedEntry } from './parse-entry.ts';
import { characterNote, formatPath, quote, shorten } from './quote.ts';

type Schema = z.ZodType;

/** Validates frontmatter against a collection schema and turns each Zod issue into an author-facing issue. */
export function schemaIssues<S extends Schema>(
  entry: ParsedEntry,
  schema: S,
): { data: z.output<S> | undefined; issues: Issue[] } {
  const result = schema.safeParse(entry.data, { reportInput: true });
  if (result.success) return { data: result.data, issues: [] };
  const zodIssues = withoutMisspelledMissing(schema, result.error.issues);
  return { data: undefined, issues: zodIssues.flatMap((issue) => toIssues(entry, schema, issue)) };
}

/**
 * A misspelt key shows up twice: as an unknown key and as a missing field. Keep only the
 * unknown key, whose message already names the field it should be.
 */
function withoutMisspelledMissing(schema: Schema, issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const misspelt = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) =>
            formatPath([...issue.path, nearest(key, knownKeys(schema, issue.path)) ?? '']),
          )
        : [],
    ),
  );
  return issues.filter((issue) => !(issue.input === undefined && misspelt.has(formatPath(issue.path))));
}

function toIssues(entry: ParsedEntry, schema: Schema, issue: z.core.$ZodIssue): Issue[] {
  const path = issue.path;
  const field = path.length > 0 ? `\`${formatPath(path)}\`` : 'The frontmatter';
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') {
    const expected = expectedAt(schema, path);
    const message = `Missing required field ${field}${expected ? `: ${expected}` : ''}.`;
    return [issueAt('missing-field', entry.locate(path.slice(0, -1)), message)];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((fullKey) => {
        const key = shorten(fullKey);
        const suggestion = nearest(fullKey, knownKeys(schema, path));
        if (isRecordAt(schema, path)) {
          const allowed = knownKeys(schema, path);
          return issueAt(
            'invalid-value',
            entry.locate([...path, fullKey], { key: true }),
            `\`${key}\` is not allowed in ${field}; allowed: ${allowed.join(', ')}.`,
            suggestion ? `Did you mean \`${suggestion}\`?` : undefined,
          );
        }
        const message = `Unknown field \`${formatPath([...path, key])}\`${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`;
        const hint = suggestion
          ? `Rename \`${key}\` to \`${suggestion}\`.`
          : `Remove \`${key}\`. Known fields here: ${knownKeys(schema, path).join(', ')}.`;
        return issueAt('unknown-field', entry.locate([...path, fullKey], { key: true }), message, hint);
      });
    case 'invalid_type':
      return [
        issueAt(
          'invalid-value',
          entry.locate(path),
          `${field} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describe(issue.input)}.`,
        ),
      ];
    case 'invalid_value':
      return [
        issueAt(
          'invalid-value',
          entry.locate(path),
          `${field} is ${describe(issue.input)}; allowed values: ${issue.values.map(String).join(', ')}.`,
          suggestValue(issue.input, issue.values),
        ),
      ];
    case 'invalid_key': {
      const fullKey = String(issue.input);
      const key = shorten(fullKey);
      const allowed = issue.issues.flatMap((inner) => ('values' in inner ? inner.values.map(String) : []));
      const suggestion = nearest(fullKey, allowed);
      const note = characterNote(fullKey);
      return [
        issueAt(
          'invalid-value',
          entry.locate([...path, fullKey], { key: true }),
          `\`${key}\`${note ? `, which contains ${note},` : ''} is not allowed as a key in ${field}${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}.`,
          suggestion ? `Did you mean \`${suggestion}\`?` : undefined,
        ),
      ];
    }
    default: {
      const note = typeof issue.input === 'string' ? characterNote(issue.input) : undefined;
      return [
        issueAt(
          'invalid-value',
          entry.locate(path),
          `${field} ${issue.message.replace(/^Invalid input: /, '')}${note ? `; the value ${quote(issue.input as string)} contains ${note}` : ''}.`,
          idHint(issue),
        ),
      ];
    }
  }
}

/**
 * For a value that should be an id (lowercase words joined by hyphens) but is not, the id it
 * most likely means: a name as the site shows it ("Working knowledge") written as an id.
 */
function idHint(issue: { code: string; input?: unknown; format?: unknown }): string | undefined {
  if (issue.code !== 'invalid_format' || typeof issue.input !== 'string') return undefined;
  const id = issue.input
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (id === '' || id === issue.input || !ID_PATTERN.test(id)) return undefined;
  return `Write it as \`${id}\`: ids are lowercase words joined by hyphens, so a name the site shows as "Working knowledge" is written working-knowledge.`;
}

function suggestValue(input: unknown, values: readonly unknown[]): string | undefined {
  if (typeof input !== 'string') return undefined;
  const suggestion = nearest(input, values.map(String));
  return suggestion ? `Did you mean \`${suggestion}\`?` : undefined;
}

type Def = Record<string, unknown>;

/** The definition of the schema that validates the value at `path`, with wrappers removed. */
function defAt(schema: Schema, path: readonly PropertyKey[]): Def | undefined {
  let def = defOf(schema);
  for (const segment of path) {
    if (def?.['type'] === 'object') def = defOf((def['shape'] as Record<string, unknown>)[String(segment)]);
    else if (def?.['type'] === 'array') def = defOf(def['element']);
    else if (def?.['type'] === 'record') def = defOf(def['valueType']);
    else return undefined;
  }
  return def;
}

function defOf(node: unknown): Def | undefined {
  for (;;) {
    const def = (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;
    if (!def) return undefined;
    if ('innerType' in def) node = def['innerType'];
    else if (def['type'] === 'pipe') node = def['in'];
    else return def;
  }
}

/** What the value at `path` should be, in an author's words, if it can be said briefly. */
function expectedAt(schema: Schema, path: readonly PropertyKey[]): string | undefined {
  const def = defAt(schema, path);
  if (def?.['type'] === 'enum') return `one of ${Object.values(def['entries'] as object).join(', ')}`;
  if (def?.['type'] === 'union') return 'a date written YYYY-MM-DD';
  const type = def?.['type'];
  return typeof type === 'string' && type in TYPE_NAMES ? TYPE_NAMES[type] : undefined;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list, one "- item" per line',
  object: 'a group of indented fields',
  record: 'a group of indented fields',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** Whether the value at `path` is a record keyed by a closed list (like `levels`), not a set of fields. */
function isRecordAt(schema: Schema, path: readonly PropertyKey[]): boolean {
  return defAt(schema, path)?.['type'] === 'record';
}

/** The keys allowed at `path`: an object's fields, or a record's allowed keys. */
function knownKeys(schema: Schema, path: readonly PropertyKey[]): string[] {
  const def = defAt(schema, path);
  if (def?.['type'] === 'object') return Object.keys(def['shape'] as object);
  const keyDef = def?.['type'] === 'record' ? defOf(def['keyType']) : undefined;
  return keyDef?.['entries'] ? Object.values(keyDef['entries'] as Record<string, string>) : [];
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  // js-yaml leaves a number too large for JavaScript as text.
  if (
    typeof value === 'string' &&
    /^[-+]?[0-9][0-9_.]*[eE][-+]?[0-9]+$/.test(value) &&
    !Number.isFinite(Number(value))
  ) {
    return 'a number too large to use';
  }
  if (typeof value === 'string') {
    const note = characterNote(value);
    return `${quote(value)}${note ? `, which contains ${note}` : ''}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to use';
  return `${typeof value} ${String(value)}`;
}
