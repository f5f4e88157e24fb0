import { CORE_SCHEMA, load } from 'js-yaml';
import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  LineCounter,
  parseDocument,
  isMap,
  isScalar,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { issueAt } from './issue.ts';
import type { Issue, Place } from './issue.ts';
import { plainBodyFrontmatter } from './plain-body.ts';
import { plainYamlError } from './yaml-errors.ts';

/** A content file read with positions, ready for schema and rule checks. */
export interface ParsedEntry {
  file: string;
  /** The frontmatter as plain data, or undefined when it could not be read. */
  data: unknown;
  /**
   * The file as an MDX syntax tree, or undefined when it is not valid MDX. For a body of plain
   * Markdown, only the frontmatter (see plain-body.ts): the body checks would find nothing
   * in the rest, and parsing every body would be most of what checking a large framework costs.
   */
  body: Root | undefined;
  /** The MDX body as text (everything after the frontmatter). */
  bodyText: string;
  /** Where a frontmatter value (or, with `key: true`, its key) is in the file. */
  locate: (path: readonly PropertyKey[], options?: { key?: boolean }) => Place;
  /** Problems found while reading. */
  issues: Issue[];
}

/** A first line of three dashes: the file means to start with frontmatter. */
const OPENING_FENCE = /^---[ \t]*(?:\r?\n|$)/;

const withMdx = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);
const withoutMdx = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Reads one content file from its text. Never throws: every problem becomes an issue. */
export function parseEntry(file: string, text: string): ParsedEntry {
  const issues: Issue[] = [];
  const start: Place = { file, line: 1, column: 1 };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    issues.push(issueAt('file-empty', start, 'The file is empty.'));
    return {
      file,
      data: undefined,
      body: undefined,
      bodyText: '',
      locate: () => start,
      issues,
    };
  }

  const frontmatter = plainBodyFrontmatter(source);
  let body: Root | undefined;
  let tree: Root;
  if (frontmatter) tree = body = { type: 'root', children: [frontmatter] };
  else {
    try {
      tree = withMdx.parse(source);
      body = tree;
    } catch (error) {
      const place = errorPlace(file, error);
      issues.push(issueAt('mdx-syntax', place, `Invalid MDX: ${errorReason(error)}.`));
      tree = withoutMdx.parse(source);
    }
  }

  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (!yamlNode) {
    issues.push(
      OPENING_FENCE.test(source)
        ? issueAt(
            'frontmatter-unclosed',
            start,
            'The frontmatter that starts on line 1 has no closing --- line, so none of it can be read.',
          )
        : issueAt('frontmatter-missing', start, 'The file does not start with a --- frontmatter block.'),
    );
    return { file, data: undefined, body, bodyText: source, locate: () => start, issues };
  }

  // The YAML text starts on the line after the opening ---.
  const yaml = parseYaml(file, yamlNode.value, (yamlNode.position?.start.line ?? 1) + 1);
  issues.push(...yaml.issues);
  const bodyText = source.slice(yamlNode.position?.end.offset ?? 0).replace(/^\s*\n/, '');
  return { file, data: yaml.data, body, bodyText, locate: yaml.locate, issues };
}

/**
 * Reads YAML text that starts at `firstLine` of `file`. The data comes from js-yaml, the
 * reader Astro uses for frontmatter, with the YAML 1.2 core schema (dates stay text, so that
 * 2026-02-30 is reported rather than read as 2 March). The site is built from this data (see
 * src/integration/content-loader.ts). js-yaml keeps no positions, so the text is read again
 * with the yaml package (readYamlFully) only when a problem needs a place: a syntax error, a key that is a list, a group or `__proto__`, aliases
 * that expand without bound, or any issue found later that asks `locate` where a value is.
 */
export function parseYaml(file: string, text: string, firstLine = 1): Omit<ParsedEntry, 'body' | 'bodyText'> {
  let full: ReturnType<typeof readYamlFully> | undefined;
  const readFully = () => (full ??= readYamlFully(file, text, firstLine));
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    return withJsYamlError(readFully(), error, file, firstLine);
  }
  if (!isPlainData(data)) return readFully();
  return { file, data, locate: (path, options) => readFully().locate(path, options), issues: [] };
}

/**
 * Whether js-yaml's data can be used as it is: every key a plain name as written (js-yaml turns
 * a list or group key into text, such as "a,b" or "[object Object]", and keeps `__proto__` as
 * a key), and no more values than an author could write (aliases, `*name`, can repeat a group
 * exponentially, as in a "billion laughs" attack, and the checks walk every value).
 */
function isPlainData(data: unknown): boolean {
  let budget = MAX_VALUES;
  const walk = (value: unknown): boolean => {
    if (--budget < 0) return false;
    if (Array.isArray(value)) return value.every(walk);
    if (value === null || typeof value !== 'object' || value instanceof Date) return true;
    return Object.entries(value).every(
      ([key, item]) => key !== '__proto__' && !/[,[\]{}]/.test(key) && walk(item),
    );
  };
  return walk(data);
}

/** More values than any real frontmatter holds, far fewer than an alias attack expands to. */
const MAX_VALUES = 200_000;

/** js-yaml refused the text: the yaml package's reading normally says why, with a place; else js-yaml's reason. */
function withJsYamlError(
  full: ReturnType<typeof readYamlFully>,
  error: unknown,
  file: string,
  firstLine: number,
): ReturnType<typeof readYamlFully> {
  if (full.issues.length > 0) return full;
  const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
  const place: Place = { file, line: firstLine + (mark?.line ?? 0), column: (mark?.column ?? 0) + 1 };
  const issue = issueAt('yaml-syntax', place, `Invalid YAML: ${reason ?? firstSentence(String(error))}.`);
  return { ...full, data: undefined, issues: [issue] };
}

/** Reads YAML text that starts at `firstLine` of `file`, keeping positions for every value. */
export function readYamlFully(
  file: string,
  text: string,
  firstLine = 1,
): Omit<ParsedEntry, 'body' | 'bodyText'> {
  const issues: Issue[] = [];
  const counter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
    // Problems become issues; nothing is printed to the console.
    logLevel: 'silent',
  });
  const toPlace = (offset: number): Place => {
    const { line, col } = counter.linePos(offset);
    return { file, line: firstLine + line - 1, column: col };
  };
  // One mistake often makes the parser report several errors after it (a tab can give three):
  // the first is the mistake, so only that one is reported, with what to do about it.
  const error = document.errors[0] ?? document.warnings[0];
  if (error) {
    const plain = plainYamlError(error.code, yamlReason(error.message));
    issues.push(issueAt('yaml-syntax', toPlace(error.pos[0]), `Invalid YAML: ${plain.message}.`, plain.hint));
  }
  const keyIssues = invalidKeys(document, toPlace);
  issues.push(...keyIssues);
  const start: Place = { file, line: firstLine, column: 1 };
  const locate: ParsedEntry['locate'] = (path, options) => {
    const offset = rangeOf(document, path, options?.key ?? false);
    return offset === undefined ? start : toPlace(offset);
  };
  let data: unknown;
  if (document.errors.length === 0 && keyIssues.length === 0) {
    try {
      data = document.toJS() ?? {};
    } catch (error) {
      // The yaml package refuses aliases that expand without bound ("billion laughs").
      issues.push(
        issueAt(
          'yaml-syntax',
          start,
          `Invalid YAML: ${yamlReason((error as Error).message)}.`,
          'Write the values out in full instead of using YAML anchors (&name) and aliases (*name).',
        ),
      );
    }
  }
  return { file, data, locate, issues };
}

/** Keys that are lists or groups (JavaScript would turn them into text) or `__proto__`. */
function invalidKeys(document: Document, toPlace: (offset: number) => Place): Issue[] {
  const issues: Issue[] = [];
  visit(document, {
    Pair(_, pair) {
      const key = pair.key as YamlNode | null;
      const offset = key?.range?.[0] ?? 0;
      if (key && !isScalar(key)) {
        issues.push(
          issueAt('invalid-key', toPlace(offset), 'A key here is a list or group, not a plain name.'),
        );
      } else if (key && String(key.value) === '__proto__') {
        issues.push(issueAt('invalid-key', toPlace(offset), '`__proto__` cannot be a key.'));
      }
    },
  });
  return issues;
}

/** The yaml package's message in an author's words. */
function yamlReason(message: string): string {
  const reason = firstSentence(message);
  if (/call stack/i.test(reason)) return 'values are nested too deeply to read';
  if (/alias count|resource exhaustion/i.test(reason)) {
    return 'aliases (*name) expand to too many values, as in a "billion laughs" attack';
  }
  return reason;
}

/** Offset of the node at `path` (or of its key), falling back to the nearest ancestor. */
function rangeOf(document: Document, path: readonly PropertyKey[], key: boolean): number | undefined {
  let node: YamlNode | null | undefined = document.contents;
  let found = node?.range?.[0];
  for (const [index, segment] of path.entries()) {
    if (!node) break;
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      if (isLast && key) return keyNode.range?.[0];
      node = pair.value as YamlNode | null;
      found = node?.range?.[0] ?? keyNode.range?.[0] ?? found;
    } else if ('items' in node && Array.isArray(node.items) && typeof segment === 'number') {
      node = node.items[segment] as YamlNode | undefined;
      found = node?.range?.[0] ?? found;
    } else break;
  }
  return found;
}

function errorPlace(file: string, error: unknown): Place {
  const e = error as { line?: number; column?: number; reason?: string };
  if (e.line) return { file, line: e.line, column: e.column ?? 1 };
  // Errors at the end of the document carry their place only in the text: "... (5:1-5:6) ...".
  const match = /\((\d+):(\d+)-/.exec(e.reason ?? '');
  return { file, line: match ? Number(match[1]) : 1, column: match ? Number(match[2]) : 1 };
}

function errorReason(error: unknown): string {
  const e = error as { reason?: string; message?: string };
  return firstSentence(e.reason ?? e.message ?? String(error));
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/\.$/, '').trim();
}
