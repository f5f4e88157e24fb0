// Hostile input for the content check and the build: every mistake an author (or an editor,
// a file copy, a disk) can make. Failing cases run on a copy of tests/fixtures/valid-minimal
// through `npm run build`'s script; building cases run through the content check there and,
// all together on a copy of the real framework, through a full build (see *.slow.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IssueCode } from '../../src/validation/index.ts';
import type { Project } from './support/project.ts';

/** The competency of the valid-minimal fixture that failing cases damage. */
export const COMPETENCY = 'content/competencies/what-ai-is.mdx';

/** A case the build must refuse, naming the file (and line) with the problem's code. */
export interface FailingCase {
  name: string;
  setup: (project: Project) => void;
  code: IssueCode;
  file: string;
  line?: number;
  /** Something the message must say, such as the character it is about. */
  message?: RegExp;
}

/** A case the build must accept, with a page it must produce and text that page must show. */
export interface BuildingCase {
  name: string;
  setup: (project: Project) => void;
  /** The built page (under dist/) that shows the change. */
  page: (project: Project) => string;
  text: string;
}

const id = (project: Project) =>
  project.competency
    .split('/')
    .pop()!
    .replace(/\.mdx$/, '');
/** A heading every competency page has. */
export const PROGRESSION_HEADING = 'Outcomes and study time by level';

const competencyPage = (project: Project) => `competencies/${id(project)}/index.html`;

// Review dates around the day the tests run, so a guide page is neither overdue nor reviewed too rarely.
const REVIEWED = new Date().toISOString().slice(0, 10);
const REVIEW_DUE = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10);

/** A guide page with every required field, its title and body given. */
export function guidePage(title: string, body: string, extra = ''): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    'description: A page written by the reliability tests.',
    'sources:',
    '  - title: A source',
    '    url: https://example.org/',
    `lastReviewed: ${REVIEWED}`,
    `nextReviewDue: ${REVIEW_DUE}`,
    extra,
    '---',
    '',
    body,
    '',
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}

const cut = (text: string, before: string) => text.slice(0, text.indexOf(before));
const C = COMPETENCY;

export const FAILING_CASES: FailingCase[] = [
  // Truncated files
  {
    name: 'file cut short in the middle of the frontmatter',
    setup: (p) => p.edit(C, (t) => cut(t, 'hours:') + 'assess'),
    code: 'frontmatter-unclosed',
    file: C,
    line: 1,
  },
  {
    name: 'file cut short right after the opening ---',
    setup: (p) => p.write(C, '---\n'),
    code: 'frontmatter-unclosed',
    file: C,
    line: 1,
  },
  {
    name: 'file cut short in the middle of an MDX tag',
    setup: (p) => p.edit(C, (t) => `${t}\n<div class="note" tit`),
    code: 'mdx-syntax',
    file: C,
    line: 29,
  },
  // Encodings and line endings
  {
    name: 'old Mac line endings (CR alone)',
    setup: (p) => p.edit(C, (t) => t.replace(/\n/g, '\r')),
    code: 'file-encoding',
    file: C,
    line: 1,
    message: /CR alone/,
  },
  {
    name: 'invalid UTF-8 in the middle of the file',
    setup: (p) => {
      const bytes = Buffer.from(p.read(C));
      const at = bytes.indexOf('Why');
      p.write(C, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]));
    },
    code: 'file-encoding',
    file: C,
    line: 27,
  },
  {
    name: 'file saved as UTF-16',
    setup: (p) => p.write(C, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(p.read(C), 'utf16le')])),
    code: 'file-encoding',
    file: C,
    line: 1,
    message: /UTF-16/,
  },
  {
    name: 'NUL byte in the body',
    setup: (p) => p.edit(C, (t) => t.replace('Why it', 'Why\u0000it')),
    code: 'file-encoding',
    file: C,
    line: 27,
    message: /U\+0000/,
  },
  // YAML
  {
    name: 'tab indenting a nested key',
    setup: (p) => p.edit(C, (t) => t.replace('  users: awareness', '\tusers: awareness')),
    code: 'yaml-syntax',
    file: C,
    line: 8,
  },
  {
    name: 'duplicate key inside a nested mapping',
    setup: (p) => p.edit(C, (t) => t.replace('  users: awareness', '  users: awareness\n  users: expert')),
    code: 'yaml-syntax',
    file: C,
    line: 9,
    message: /written twice/,
  },
  {
    name: 'YAML aliases that expand a billion times ("billion laughs")',
    setup: (p) => {
      const laughs = ['lol0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 9; i++)
        laughs.push(
          `lol${i}: &l${i} [${Array(10)
            .fill(`*l${i - 1}`)
            .join(', ')}]`,
        );
      p.edit(C, (t) => t.replace('tier: specialist', `tier: specialist\n${laughs.join('\n')}`));
    },
    code: 'yaml-syntax',
    file: C,
    message: /billion laughs/,
  },
  {
    name: 'alias bomb in framework.yaml',
    setup: (p) => {
      const laughs = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 9; i++)
        laughs.push(
          `a${i}: &a${i} [${Array(10)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
        );
      p.edit('content/framework.yaml', (t) => `${t}${laughs.join('\n')}\n`);
    },
    code: 'yaml-syntax',
    file: 'content/framework.yaml',
    message: /billion laughs/,
  },
  {
    name: 'frontmatter that is a list instead of fields',
    setup: (p) => p.write(C, '---\n- id: what-ai-is\n- title: Explain what AI is\n---\n\nBody.\n'),
    code: 'invalid-value',
    file: C,
    line: 2,
    message: /not a list/,
  },
  {
    name: 'a list used as a key',
    setup: (p) => p.edit(C, (t) => t.replace('tier: specialist', 'tier: specialist\n? [a, b]\n: c')),
    code: 'invalid-key',
    file: C,
    line: 7,
  },
  {
    name: '__proto__ key (prototype pollution)',
    setup: (p) =>
      p.edit(C, (t) =>
        t.replace('  users: awareness', '  users: awareness\n  __proto__:\n    polluted: yes'),
      ),
    code: 'invalid-key',
    file: C,
    line: 9,
  },
  {
    name: 'constructor and prototype keys',
    setup: (p) =>
      p.edit(C, (t) => t.replace('tier: specialist', 'tier: specialist\nconstructor: x\nprototype: y')),
    code: 'unknown-field',
    file: C,
    line: 7,
    message: /`constructor`/,
  },
  {
    name: 'a number too large (1e400)',
    setup: (p) => p.edit(C, (t) => t.replace('    hours: 1\n', '    hours: 1e400\n')),
    code: 'invalid-value',
    file: C,
    line: 11,
    message: /too large/,
  },
  {
    name: '10,000 invalid entries in a list (the terminal shows 20)',
    setup: (p) =>
      p.edit(C, (t) =>
        t.replace('  - Short quiz', Array.from({ length: 10_000 }, (_, i) => `  - [${i}]`).join('\n')),
      ),
    code: 'invalid-value',
    file: C,
    line: 16,
  },
  // Size and complexity
  {
    name: 'a 200,000-character id (messages quote it cut short)',
    setup: (p) => p.edit(C, (t) => t.replace('id: what-ai-is', `id: ${'a'.repeat(200_000)}`)),
    code: 'id-mismatch',
    file: C,
    line: 2,
    message: /\(200000 characters\)/,
  },
  {
    name: 'a 5 MB file',
    setup: (p) => p.edit(C, (t) => t + 'Some words in a paragraph.\n\n'.repeat(200_000)),
    code: 'file-too-large',
    file: C,
    line: 1,
  },
  {
    name: 'a list nested 500 levels deep',
    setup: (p) =>
      p.edit(C, (t) => t + Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')),
    code: 'markdown-too-complex',
    file: C,
    line: 78,
  },
  {
    name: 'quotes nested 5,000 deep on one line',
    setup: (p) => p.edit(C, (t) => `${t}\n${'>'.repeat(5000)} deep\n`),
    code: 'markdown-too-complex',
    file: C,
    line: 29,
  },
  {
    name: '50,000 emphasis markers in one paragraph (quadratic in the Markdown parser)',
    setup: (p) => p.edit(C, (t) => `${t}\n${'*a'.repeat(50_000)}\n`),
    code: 'markdown-too-complex',
    file: C,
    line: 29,
  },
  // Ids and names
  {
    name: 'an id with spaces',
    setup: (p) => p.edit(C, (t) => t.replace('id: what-ai-is', 'id: what ai is')),
    code: 'invalid-value',
    file: C,
    line: 2,
  },
  {
    name: 'an id with capitals',
    setup: (p) => p.edit(C, (t) => t.replace('id: what-ai-is', 'id: What-AI-Is')),
    code: 'invalid-value',
    file: C,
    line: 2,
  },
  {
    name: 'a file name with capitals',
    setup: (p) => {
      p.write('content/competencies/What-AI-Is.mdx', p.read(C));
      p.remove(C);
    },
    code: 'id-mismatch',
    file: 'content/competencies/What-AI-Is.mdx',
    line: 2,
  },
  {
    name: 'a Cyrillic "а" in an id',
    setup: (p) => p.edit(C, (t) => t.replace('id: what-ai-is', 'id: what-\u0430i-is')),
    code: 'invalid-value',
    file: C,
    line: 2,
    message: /U\+0430, a Cyrillic letter/,
  },
  {
    name: 'a zero-width space in an id',
    setup: (p) => p.edit(C, (t) => t.replace('id: what-ai-is', 'id: what-ai\u200b-is')),
    code: 'invalid-value',
    file: C,
    line: 2,
    message: /invisible character \(U\+200B\)/,
  },
  {
    name: 'a Cyrillic "а" in a file name',
    setup: (p) => {
      p.write('content/competencies/what-\u0430i-is.mdx', p.read(C));
      p.remove(C);
    },
    code: 'id-mismatch',
    file: 'content/competencies/what-\u0430i-is.mdx',
    line: 2,
    message: /U\+0430/,
  },
  {
    name: 'emoji and Arabic in a competency title (the PDF font has neither)',
    setup: (p) => p.edit(C, (t) => t.replace('title: Explain what AI is', 'title: "🤖 Explain AI — شرح"')),
    code: 'unprintable-character',
    file: C,
    line: 3,
    message: /U\+1F916/,
  },
  // Files, folders and links
  {
    name: 'a symbolic link to a valid file inside content/',
    setup: (p) => symlinkSync('what-ai-is.mdx', join(p.root, 'content/competencies/alias.mdx')),
    code: 'file-symlink',
    file: 'content/competencies/alias.mdx',
    line: 1,
  },
  {
    name: 'a symbolic link to a file outside the project',
    setup: (p) => {
      const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'secret.mdx');
      writeFileSync(outside, '---\nid: secret\n---\n\nSECRET-OUTSIDE-TEXT\n');
      symlinkSync(outside, join(p.root, 'content/competencies/secret.mdx'));
    },
    code: 'file-symlink',
    file: 'content/competencies/secret.mdx',
    line: 1,
  },
  {
    name: 'a broken symbolic link',
    setup: (p) => symlinkSync('nowhere.mdx', join(p.root, 'content/competencies/broken.mdx')),
    code: 'file-symlink',
    file: 'content/competencies/broken.mdx',
    line: 1,
  },
  {
    name: 'a loop of symbolic links to folders',
    setup: (p) => {
      symlinkSync('..', join(p.root, 'content/competencies/up'));
      symlinkSync('../competencies', join(p.root, 'content/levels/across'));
    },
    code: 'file-symlink',
    file: 'content/competencies/up',
    line: 1,
  },
  {
    name: 'a named pipe that would block a read forever',
    setup: (p) => execFileSync('mkfifo', [join(p.root, 'content/competencies/pipe.mdx')]),
    code: 'file-unreadable',
    file: 'content/competencies/pipe.mdx',
    line: 1,
    message: /named pipe/,
  },
  {
    name: 'a folder named like a file (x.mdx/)',
    setup: (p) => p.write('content/competencies/x.mdx/inner.mdx', p.read(C)),
    code: 'unexpected-folder',
    file: 'content/competencies/x.mdx/',
    line: 1,
  },
  {
    name: 'a competency in a subfolder, which the site would ignore',
    setup: (p) => {
      p.write('content/competencies/extra/what-ai-is.mdx', p.read(C));
      p.remove(C);
    },
    code: 'unexpected-folder',
    file: 'content/competencies/extra/what-ai-is.mdx',
    line: 1,
  },
  {
    name: 'a competency in content/levels/',
    setup: (p) => {
      p.write('content/levels/what-ai-is.mdx', p.read(C));
      p.remove(C);
    },
    code: 'wrong-collection',
    file: 'content/levels/what-ai-is.mdx',
    line: 1,
    message: /entry of competencies/,
  },
  {
    name: 'a .md file where .mdx is expected',
    setup: (p) => {
      p.write('content/competencies/what-ai-is.md', p.read(C));
      p.remove(C);
    },
    code: 'wrong-extension',
    file: 'content/competencies/what-ai-is.md',
    line: 1,
  },
  {
    name: 'an empty content/ folder',
    setup: (p) => {
      p.remove('content');
      mkdirSync(join(p.root, 'content'));
    },
    code: 'content-missing',
    file: 'content/',
    line: 1,
  },
  {
    name: 'no content/ folder at all',
    setup: (p) => p.remove('content'),
    code: 'content-missing',
    file: 'content/',
    line: 1,
  },
  // Code in content
  {
    name: 'an MDX import of a file outside the project',
    setup: (p) => p.edit(C, (t) => `${t}\nimport secret from '/etc/passwd';\n`),
    code: 'mdx-javascript',
    file: C,
    line: 29,
  },
  {
    name: 'an MDX expression that would run at build time',
    setup: (p) => p.edit(C, (t) => `${t}\nTotal: {globalThis.process.exit(1)}\n`),
    code: 'mdx-javascript',
    file: C,
    line: 29,
  },
];

/** Unreadable permissions: refused where they apply; as root (CI containers) the file is readable and builds. */
export const UNREADABLE_CASE: FailingCase = {
  name: 'a file with no read permission (chmod 000)',
  setup: (p) => execFileSync('chmod', ['000', join(p.root, p.competency)]),
  code: 'file-unreadable',
  file: C,
  line: 1,
  message: /permission denied/,
};

export const BUILDING_CASES: BuildingCase[] = [
  {
    name: 'a byte-order mark at the start of a competency',
    setup: (p) => p.edit(p.competency, (t) => `\uFEFF${t}`),
    page: competencyPage,
    text: PROGRESSION_HEADING,
  },
  {
    name: 'CRLF line endings in a competency',
    setup: (p) => p.edit(p.competency, (t) => t.replace(/\r?\n/g, '\r\n')),
    page: competencyPage,
    text: PROGRESSION_HEADING,
  },
  {
    name: 'a tab after a colon in YAML',
    setup: (p) => p.edit(p.competency, (t) => t.replace(/^kind: /m, 'kind:\t')),
    page: competencyPage,
    text: PROGRESSION_HEADING,
  },
  {
    name: 'invisible and combining characters in a competency outcome (printable in the PDFs)',
    setup: (p) =>
      p.edit(p.competency, (t) =>
        t.replace(
          /^( +)outcomes:\n( +)- [^\n]*/m,
          '$1outcomes:\n$2- Describe zero\u200bwidth spaces, soft\u00adhyphens, cafe\u0301 spellings, \u202eflipped\u202c text',
        ),
      ),
    page: competencyPage,
    text: 'soft\u00adhyphen',
  },
  {
    name: 'an emoji and right-to-left title on a guide page',
    setup: (p) =>
      p.write(
        'content/guide/reliability-emoji.mdx',
        guidePage('🤖 Explain AI — شرح الذكاء الاصطناعي', 'مرحبا — 👩🏽‍⚕️ שלום'),
      ),
    page: () => 'reliability-emoji/index.html',
    text: '🤖 Explain AI — شرح الذكاء الاصطناعي',
  },
  {
    name: 'a 200,000-character line',
    setup: (p) =>
      p.write(
        'content/guide/reliability-long-line.mdx',
        guidePage('Long line', `${'word '.repeat(40_000)}end-of-line`),
      ),
    page: () => 'reliability-long-line/index.html',
    text: 'word word end-of-line',
  },
  {
    name: '10,000 sources on one page',
    setup: (p) =>
      p.write(
        'content/guide/reliability-many-sources.mdx',
        guidePage('Many sources', 'Body.').replace(
          '  - title: A source\n    url: https://example.org/\n',
          Array.from(
            { length: 10_000 },
            (_, i) => `  - title: Source number ${i}\n    url: https://example.org/${i}\n`,
          ).join(''),
        ),
      ),
    page: () => 'reliability-many-sources/index.html',
    text: 'Source number 9999',
  },
  {
    name: 'a list nested 30 levels deep',
    setup: (p) =>
      p.write(
        'content/guide/reliability-nested.mdx',
        guidePage(
          'Nested',
          Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
        ),
      ),
    page: () => 'reliability-nested/index.html',
    text: 'level 30',
  },
  {
    name: 'an editor swap file and a hidden file (ignored)',
    setup: (p) => {
      p.write('content/competencies/.what-ai-is.mdx.swp', Buffer.from([0, 1, 2, 0xff]));
      p.write('content/.DS_Store', Buffer.from([0, 0, 0, 1]));
    },
    page: () => 'index.html',
    text: '<html',
  },
  {
    name: 'framework.yaml with a byte-order mark and CRLF line endings',
    setup: (p) => p.edit('content/framework.yaml', (t) => `\uFEFF${t.replace(/\r?\n/g, '\r\n')}`),
    page: () => 'framework.json',
    text: '"edition"',
  },
];
