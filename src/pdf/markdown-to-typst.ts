import { BoundedMemo } from '../markdown/bounded-memo.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { mdastToTypst, type ConvertOptions } from './mdast-to-typst.ts';

// Every syllabus includes the same guide bodies: each is parsed once per process, not once per
// syllabus.
const converted = new BoundedMemo<string>(256);

/**
 * Parses an MDX body and returns it as Typst markup; see {@link mdastToTypst}. The same
 * source and options always give the same markup, which is remembered.
 */
export function markdownToTypst(source: string, options: ConvertOptions = {}): string {
  return converted.get(JSON.stringify([options, source]), () => mdastToTypst(parseMarkdown(source), options));
}
