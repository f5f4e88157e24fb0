import {
  currentVersionNote,
  formatDate,
  isFromReport,
  levelsUsed,
  listNames,
  PROVIDER_TEXT,
  SECTION_TITLES,
  SOURCE_KIND_LABELS,
  sourceCounts,
  SYLLABUS_TEXT,
  type Syllabus,
} from '../framework/index.ts';
import type { Source } from '../schemas/index.ts';
import { escapeText } from './escape.ts';
import { markdownToTypst } from './markdown-to-typst.ts';
import { bullets, field, heading, numbered, paragraphs, strong, url } from './markup.ts';
import type { SharedParts } from './shared-parts.ts';
import { AUDIENCE_NAMES } from '../framework/display-names.ts';

// The sections of the provider's edition around the competencies: delivery and assessment,
// recommendations, example learners and sources.

/** How the syllabus may be delivered and assessed: the evidence of each level, then the delivery guides. */
export function deliverySection(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    heading(1, SECTION_TITLES.provider.delivery),
    heading(2, 'Assessment'),
    escapeText(PROVIDER_TEXT.assessment),
    bullets(
      levelsUsed(s).map(
        (level) => `${strong(escapeText(`${level.name}:`))} ${escapeText(level.evidence.join(' '))}`,
      ),
      parts,
    ),
    ...s.delivery.map((guide) =>
      parts.include(
        paragraphs([
          heading(2, guide.title),
          guide.description ? escapeText(guide.description) : '',
          markdownToTypst(guide.body, { headingOffset: 1, baseUrl: s.address.site }),
        ]),
      ),
    ),
  ]);
}

/** The recommendations that concern the chosen archetypes or their competencies. */
export function recommendationsSection(s: Syllabus, parts: SharedParts): string {
  if (s.recommendations.length === 0) return '';
  return paragraphs([
    heading(1, SECTION_TITLES.provider.recommendations),
    escapeText(PROVIDER_TEXT.recommendations),
    ...s.recommendations.map((r) =>
      parts.include(
        paragraphs([
          heading(2, `${r.number}. ${r.title}`),
          escapeText(r.summary),
          field('Who should act', r.audience.map((a) => AUDIENCE_NAMES[a]).join('; ')),
        ]),
      ),
    ),
  ]);
}

/** The example learners: people who mainly act as one of the chosen archetypes, with their journey. */
export function personasSection(s: Syllabus, parts: SharedParts): string {
  if (s.personas.length === 0) return '';
  return paragraphs([
    heading(1, SECTION_TITLES.provider.personas),
    ...s.personas.map((p) => personaBlock(s, p, parts)),
  ]);
}

/** One example learner: role, setting, the chosen archetypes they act as, responsibilities, journey. */
export function personaBlock(s: Syllabus, p: Syllabus['personas'][number], parts: SharedParts): string {
  const archetypes = s.archetypes.filter((a) => p.archetypes.includes(a.id)).map((a) => a.name);
  // "Acts as" names only the chosen archetypes; the rest reads the same in every syllabus.
  return paragraphs([
    parts.include(heading(2, p.name)),
    [field('Role', p.role), field('Setting', p.setting), field('Acts as', listNames(archetypes))].join(
      ' #linebreak() ',
    ),
    parts.include(
      paragraphs([
        isFromReport(p) ? '' : escapeText(SYLLABUS_TEXT.illustrativePersona),
        strong(escapeText('Responsibilities:')),
        bullets(p.responsibilities.map(escapeText)),
        strong(escapeText('Education journey:')),
        numbered(p.journey.map((j) => escapeText(j.detail ? `${j.step}: ${j.detail}` : j.step))),
      ]),
    ),
  ]);
}

/** Where the syllabus comes from: generation, what rests on which sources, and every source. */
export function sourcesSection(s: Syllabus, parts: SharedParts): string {
  const counts = sourceCounts(s);
  return paragraphs([
    heading(1, SECTION_TITLES.provider.sources),
    escapeText(SYLLABUS_TEXT.generated(s)),
    counts.length > 0 ? escapeText('Of its competencies, these rest in part on each kind of source:') : '',
    bullets(counts.map(({ kind, count }) => escapeText(`${count} on ${SOURCE_KIND_LABELS[kind]}`))),
    escapeText(SYLLABUS_TEXT.elaboration),
    heading(2, 'Sources'),
    bullets(
      s.sources.map((source) => `${escapeText(sourceText(source))} ${url(source.url)}`),
      parts,
    ),
    ...(s.url === undefined ? [] : [heading(2, 'Current version'), escapeText(currentVersionNote(s)!)]),
  ]);
}

/** "Title, section. Checked 3 December 2026." */
export function sourceText(source: Source): string {
  const title = source.section ? `${source.title}, ${source.section}.` : `${source.title}.`;
  return source.checked ? `${title} Checked ${formatDate(source.checked)}.` : title;
}
