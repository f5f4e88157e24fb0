import { parseDocument, type Document } from 'yaml';
import { collectionOf } from '../src/validation/check-file.ts';

/** A text file by its path relative to the project root, for example `content/domains/data.mdx`. */
export interface TextFile {
  path: string;
  text: string;
}

/** The collections that grow with the framework; the others (archetypes, levels, ...) stay as they are. */
const SCALED_COLLECTIONS = ['competencies', 'domains', 'recommendations'] as const;

/**
 * A synthetic framework `factor` times the size of the real one: every competency, domain and
 * recommendation appears `factor` times, so domains and recommendations grow in proportion to
 * competencies, while the five archetypes, the levels, personas, guide pages and
 * `content/framework.yaml` stay as they are. Copy 1 is the original file, untouched, so every
 * link written in a body still leads somewhere. Copy k (k >= 2) has ids ending `-xk`, numbers
 * and orders after those of copy k - 1, and references to copy k of what it refers to, so each
 * copy is a complete framework of its own and the content check passes. Pure: files in, files out.
 */
export function scaleContent(files: readonly TextFile[], factor: number): TextFile[] {
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`factor must be a whole number >= 1, got ${factor}`);
  const steps = {
    domains: maxField(files, 'domains', 'order'),
    recommendations: maxField(files, 'recommendations', 'number'),
  };
  const result: TextFile[] = [];
  for (const file of files) {
    result.push(file);
    const collection = collectionOf(file.path);
    if (!isScaled(collection)) continue;
    for (let copy = 2; copy <= factor; copy++) result.push(copyEntry(file, collection, copy, steps));
  }
  return result;
}

/** The id of copy `copy` of the entry `id`. */
export function copyId(id: string, copy: number): string {
  return copy === 1 ? id : `${id}-x${copy}`;
}

type Scaled = (typeof SCALED_COLLECTIONS)[number];

function isScaled(collection: string | undefined): collection is Scaled {
  return (SCALED_COLLECTIONS as readonly (string | undefined)[]).includes(collection);
}

function copyEntry(
  file: TextFile,
  collection: Scaled,
  copy: number,
  steps: { domains: number; recommendations: number },
): TextFile {
  const { frontmatter, body } = splitFrontmatter(file);
  const doc = parseDocument(frontmatter);
  const id = copyId(String(doc.get('id')), copy);
  const renamed = (key: string) => doc.set(key, `${String(doc.get(key))} (copy ${copy})`);
  doc.set('id', id);
  if (collection === 'competencies') {
    renamed('title');
    doc.set('domain', copyId(String(doc.get('domain')), copy));
    const replaced = (doc.get('replaces') ?? []) as { items?: unknown[] };
    replaced.items?.forEach((_, i) =>
      doc.setIn(['replaces', i], copyId(String(doc.getIn(['replaces', i])), copy)),
    );
  } else if (collection === 'domains') {
    renamed('name');
    doc.set('order', Number(doc.get('order')) + (copy - 1) * steps.domains);
    if (doc.has('parent')) doc.set('parent', copyId(String(doc.get('parent')), copy));
  } else {
    renamed('title');
    doc.set('number', Number(doc.get('number')) + (copy - 1) * steps.recommendations);
    const competencies = (doc.get('competencies') ?? []) as { items?: unknown[] };
    competencies.items?.forEach((_, i) =>
      doc.setIn(['competencies', i], copyId(String(doc.getIn(['competencies', i])), copy)),
    );
  }
  const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1);
  const extension = file.path.slice(file.path.lastIndexOf('.'));
  return { path: `${folder}${id}${extension}`, text: `---\n${stringify(doc)}---\n${body}` };
}

function stringify(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

/** The frontmatter (between the `---` lines, without them) and the body after it. */
function splitFrontmatter(file: TextFile): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?([\s\S]*)$/.exec(file.text);
  if (!match) throw new Error(`${file.path} has no frontmatter to copy.`);
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/** The largest value of a numeric frontmatter field in a collection (0 if there is none). */
function maxField(files: readonly TextFile[], collection: string, field: string): number {
  let max = 0;
  for (const file of files) {
    if (collectionOf(file.path) !== collection) continue;
    const value = Number(parseDocument(splitFrontmatter(file).frontmatter).get(field));
    if (Number.isFinite(value)) max = Math.max(max, value);
  }
  return max;
}
