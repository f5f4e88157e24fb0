import type { BasedOn, SourceKind } from '../schemas/index.ts';
import { SOURCE_KINDS } from '../schemas/index.ts';
import { listNames } from './syllabus.ts';
import { SOURCE_KIND_LABELS } from './syllabus-wording.ts';

/** How a frontmatter field is named when a page says it rests on a source. */
const FIELD_LABELS: Record<string, string> = {
  title: 'the topic',
  name: 'the name',
  summary: 'the summary',
  description: 'the description',
  exampleRoles: 'the example roles',
  responsibilities: 'the responsibilities',
  role: 'the role',
  setting: 'the setting',
  journey: 'the education journey',
  audience: 'who should act',
  asks: 'what it asks for',
  type: 'the kind of statement',
  levels: 'the levels each archetype needs',
  progression: 'the learning outcomes and study hours',
  assessment: 'the assessment ideas',
  descriptor: 'the descriptor',
};

/** A part named in `basedOn` as a reader sees it: a field's name in words, or a heading in quotes. */
export function partLabel(part: string, fields: readonly string[]): string {
  if (!fields.includes(part)) return `“${part}”`;
  return FIELD_LABELS[part] ?? `the ${part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

/** One sentence per kind of source an entry rests on, then what is the project's own. */
export function basedOnSentences(basedOn: BasedOn | undefined, fields: readonly string[]): string[] {
  const kinds = SOURCE_KINDS.filter((kind): kind is SourceKind => (basedOn?.[kind]?.length ?? 0) > 0);
  if (kinds.length === 0) {
    return ["This page is this project's own work, written from the sources listed below."];
  }
  return [
    ...kinds.map((kind) => {
      const parts = listNames(basedOn![kind]!.map((part) => partLabel(part, fields)));
      return `${capitalise(parts)} ${basedOn![kind]!.length === 1 ? 'rests' : 'rest'} on ${SOURCE_KIND_LABELS[kind]}.`;
    }),
    "Everything else on this page is this project's own.",
  ];
}

function capitalise(text: string): string {
  return text.charAt(0) === '“' ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
