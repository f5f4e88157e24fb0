import type { Severity } from './place.ts';

export interface CatalogueEntry {
  severity: Severity;
  /** What the problem is, in general; the message of each issue adds the specifics. */
  title: string;
  /** How to fix it. */
  hint: string;
}

/**
 * Every kind of problem `npm run check` can report: its stable code, severity, and a hint.
 * Tests, reporters and CONTRIBUTING.md refer to these codes.
 */
export const CATALOGUE = {
  'file-empty': {
    severity: 'error',
    title: 'The file is empty',
    hint: 'Add frontmatter between --- lines and a body, or delete the file. `npm run new` creates a filled-in template.',
  },
  'file-encoding': {
    severity: 'error',
    title: 'The file is not plain UTF-8 text',
    hint: 'Save the file as UTF-8 with LF or CRLF line endings (in VS Code: "Save with Encoding" > UTF-8, and the line-ending button in the status bar), and delete any control character the message points to; it often comes from text copied out of a PDF or a word processor.',
  },
  'file-unreadable': {
    severity: 'error',
    title: 'The file cannot be read',
    hint: 'Check the file permissions and that it is a regular file (not a pipe or a device).',
  },
  'file-symlink': {
    severity: 'error',
    title: 'Content files must be real files, not symbolic links',
    hint: 'Replace the link with the file itself: links break on other machines, and a link out of the project would publish a file that is not part of it.',
  },
  'file-too-large': {
    severity: 'error',
    title: 'The file is too large for a content page',
    hint: 'Content files are pages of text: keep each under 1 MB. Split a long page, and link to large data instead of pasting it in.',
  },
  'content-missing': {
    severity: 'error',
    title: 'There is no content to check',
    hint: 'Run the command in the project folder (the one holding content/), or bring content/ back from git: git checkout -- content',
  },
  'unexpected-folder': {
    severity: 'error',
    title: 'A folder where the site reads only files',
    hint: 'Move the files directly into their collection folder (only guide/ may have subfolders) and remove the folder; a folder must not be named like a file.',
  },
  'wrong-collection': {
    severity: 'error',
    title: 'The entry is in the folder of another collection',
    hint: 'Move the file into the folder of the collection its fields belong to; the message names it.',
  },
  'wrong-extension': {
    severity: 'error',
    title: 'Content files must end in .mdx',
    hint: 'Rename the file to end in .mdx; other files are ignored by the site and would be lost.',
  },
  'unknown-collection': {
    severity: 'error',
    title: 'This folder is not a content collection',
    hint: 'Move the file into one of the collection folders under content/.',
  },
  'frontmatter-missing': {
    severity: 'error',
    title: 'The file has no frontmatter',
    hint: 'Start the file with a line of three dashes (---), the YAML fields, and another --- line.',
  },
  'frontmatter-unclosed': {
    severity: 'error',
    title: 'The frontmatter is never closed',
    hint: 'End the frontmatter with a line of three dashes (---) before the body. If the file was cut short, compare it with the last version in git.',
  },
  'yaml-syntax': {
    severity: 'error',
    title: 'The frontmatter is not valid YAML',
    hint: 'Check indentation (spaces, not tabs), colons after keys, and quotes around text containing ": " or starting with a special character.',
  },
  'invalid-key': {
    severity: 'error',
    title: 'A frontmatter key is not a plain name',
    hint: 'Write every key as a plain name followed by a colon (`title:`); lists, groups and `__proto__` cannot be keys.',
  },
  'markdown-too-complex': {
    severity: 'error',
    title: 'The Markdown is too complex to read in reasonable time',
    hint: 'Keep lists and quotes shallow (lines start at most 100 columns in) and paragraphs free of long runs of *, _, [ or ] (at most 500 of them); such text is almost always pasted by mistake.',
  },
  'mdx-syntax': {
    severity: 'error',
    title: 'The body is not valid MDX',
    hint: 'In MDX, "<" starts a tag and "{" starts an expression: close every tag, or write &lt; and \\{ for the plain characters.',
  },
  'unsafe-html': {
    severity: 'error',
    title: 'The body contains unsafe HTML',
    hint: 'Remove scripts, iframes, embedded objects, on* event attributes and javascript: links; use Markdown links and images instead.',
  },
  'mdx-javascript': {
    severity: 'error',
    title: 'The body contains JavaScript',
    hint: 'Remove the import or export line or the {…} expression; write \\{ for a plain brace. Content is text: JavaScript in it would run on every machine that builds the site.',
  },
  'unprintable-character': {
    severity: 'error',
    title: 'The syllabus PDF font cannot print a character',
    hint: 'Write the character in words or use one the font has (Latin letters, digits and common punctuation); emoji and non-Latin scripts cannot appear in text that goes into the syllabus PDFs.',
  },
  'formula-like-text': {
    severity: 'error',
    title: 'A title, name, summary, outcome or assessment item begins like a spreadsheet formula',
    hint: 'Reword the text so that it does not begin with =, +, @ or a dash joined to the next character (as in "-2"); begin with a word instead. Spreadsheets opening framework.csv would take such text for a formula. A dash followed by a space is fine.',
  },
  'placeholder-text': {
    severity: 'error',
    title: 'Placeholder text from npm run new is still there',
    hint: 'Replace the TODO with the real content; where a comment above the line lists the allowed values, write one of them. Nothing with TODO in it is published.',
  },
  'missing-field': {
    severity: 'error',
    title: 'A required field is missing',
    hint: 'Add the field to the frontmatter; see the schema for this collection in CONTRIBUTING.md.',
  },
  'unknown-field': {
    severity: 'error',
    title: 'The frontmatter has a field this collection does not define',
    hint: 'Check the spelling of the field name, or remove it.',
  },
  'invalid-value': {
    severity: 'error',
    title: 'A field has a value of the wrong form',
    hint: 'Change the value to the form the message describes.',
  },
  'id-mismatch': {
    severity: 'error',
    title: 'The id does not match the file name',
    hint: 'Make `id` equal to the file name without .mdx; ids are permanent, so rename the file only for a new entry.',
  },
  'duplicate-id': {
    severity: 'error',
    title: 'Two entries share an id',
    hint: 'Give each entry its own id (and file name).',
  },
  'duplicate-number': {
    severity: 'error',
    title: 'Two entries share a number or rank',
    hint: 'Give each entry its own number; renumber the others if you insert one.',
  },
  'unknown-reference': {
    severity: 'error',
    title: 'A reference points to an entry that does not exist',
    hint: 'Use the id of an existing entry (the file name without .mdx).',
  },
  'domain-cycle': {
    severity: 'error',
    title: 'Domain parents form a cycle',
    hint: 'A domain cannot be its own ancestor; remove `parent` from one domain in the cycle.',
  },
  'archetype-without-competencies': {
    severity: 'error',
    title: 'An archetype needs no competencies',
    hint: 'Add the archetype with a level to the `levels` of the competencies it needs.',
  },
  'competency-unused': {
    severity: 'error',
    title: 'No archetype needs this competency',
    hint: 'Add at least one archetype with its level under `levels`.',
  },
  'foundational-incomplete': {
    severity: 'error',
    title: 'A foundational competency must be needed by all five archetypes',
    hint: 'Add the missing archetypes to `levels`, or set `tier: specialist`.',
  },
  'archetype-below-minimum': {
    severity: 'error',
    title: 'An archetype needs fewer competencies than the framework minimum',
    hint: 'Add the archetype to the `levels` of more competencies.',
  },
  'domain-unused': {
    severity: 'error',
    title: 'No competency belongs to this domain',
    hint: 'Assign competencies to the domain (`domain:` in their frontmatter) or remove the domain.',
  },
  'recommendation-without-targets': {
    severity: 'error',
    title: 'A recommendation concerns no archetype or competency',
    hint: 'List the archetypes and/or competencies it concerns.',
  },
  'review-dates-order': {
    severity: 'error',
    title: 'The next review is not after the last review',
    hint: 'Set `nextReviewDue` to a date after `lastReviewed`.',
  },
  'broken-link': {
    severity: 'error',
    title: 'A link leads to a page that does not exist',
    hint: 'Link to an existing page, written from the site root with a trailing slash, for example /archetypes/drivers/.',
  },
  'broken-anchor': {
    severity: 'error',
    title: 'A link leads to a heading that is not on its page',
    hint: 'Use the id of a heading on the target page: its text in lowercase with hyphens, for example #learning-outcomes.',
  },
  'level-not-described': {
    severity: 'error',
    title: 'An archetype needs a level that the competency does not describe',
    hint: 'Add the level under `progression`, with its study hours and 2-4 outcomes, or set the archetype to a level that is described.',
  },
  'progression-gap': {
    severity: 'error',
    title: 'The progression skips a level',
    hint: 'Hours count from the level below, so describe every level between the first and the last under `progression`.',
  },
  'level-above-ceiling': {
    severity: 'error',
    title: 'An archetype is required above the highest level its archetype page allows',
    hint: 'Lower the level, or (if the archetype really needs it) raise `ceiling` on the archetype page and say why there.',
  },
  'outcome-not-observable': {
    severity: 'error',
    title: 'A learning outcome is not something an assessor can see',
    hint: 'Start the outcome with a verb for an act someone can observe or read ("Explain", "Check", "Compare"); understanding, awareness and confidence are not observable, and an activity ("Complete the training") is not an outcome. See "Writing outcomes" in CONTRIBUTING.md.',
  },
  'outcome-verb-below-level': {
    severity: 'warning',
    title: 'An outcome starts with a verb of a lower level',
    hint: 'Use a verb of this level (see "Writing outcomes" in CONTRIBUTING.md), or move the outcome to the lower level; keep it only if its object makes it work of this level.',
  },
  'outcome-two-acts': {
    severity: 'warning',
    title: 'An outcome asks for two things at once',
    hint: 'Split it into two outcomes, one act each, so each can be assessed on its own.',
  },
  'hours-outside-typical-range': {
    severity: 'warning',
    title: 'The study hours of a level are outside the usual range for that level',
    hint: 'Check the hours against the level page (`typicalHours`): they count from the level below, for a typical learner. Keep them if this topic really needs more or less, and say why in the body.',
  },
  'too-many-outcomes-for-hours': {
    severity: 'warning',
    title: 'A level asks for more outcomes than its study time allows',
    hint: 'Each outcome needs time to learn and to show: keep the most important ones (two for a quarter of an hour, three for half an hour), or give the level more hours if it really needs them all.',
  },
  'replaced-id-in-use': {
    severity: 'error',
    title: 'A merged competency id is still in use',
    hint: 'An id listed under `replaces` leads to this competency, so it cannot also be a competency of its own or be replaced twice: remove the old file or the duplicate `replaces` entry.',
  },
  'unknown-part': {
    severity: 'error',
    title: '`basedOn` names a part the entry does not have',
    hint: 'Name a field of the frontmatter (such as `title` or `responsibilities`) or a heading of the body, written as it appears.',
  },
  'source-not-dated': {
    severity: 'error',
    title: 'A source of law or guidance has no date it was checked',
    hint: 'Add `checked: YYYY-MM-DD` to the source: the date you read the page and checked the entry against it. Law and guidance change, so readers need to know how current it is.',
  },
  'review-interval-too-long': {
    severity: 'warning',
    title: 'The next review is further away than this kind of content allows',
    hint: 'Bring `nextReviewDue` forward: content on law and guidance is reviewed more often (see `reviewMonths` in content/framework.yaml).',
  },
  'review-overdue': {
    severity: 'warning',
    title: 'The review date has passed',
    hint: 'Review the entry against its sources, then update `lastReviewed` and `nextReviewDue`.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type IssueCode = keyof typeof CATALOGUE;

/** Where CONTRIBUTING.md explains a kind of problem: its row in the table of codes, anchored by the code. */
export function docsFor(code: IssueCode): string {
  return `CONTRIBUTING.md#${code}`;
}
