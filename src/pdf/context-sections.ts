import {
  currentVersionNote,
  listNames,
  provenanceCounts,
  SECTION_TITLES,
  SYLLABUS_TEXT,
  type Syllabus,
} from '../framework/index.ts';
import { escapeText } from './escape.ts';
import { markdownToTypst } from './markdown-to-typst.ts';
import { bullets, field, heading, numbered, paragraphs, strong, url } from './markup.ts';
import type { SharedParts } from './shared-parts.ts';

/** How the syllabus may be delivered and assessed: assessment ideas, then the delivery guides. */
export function deliverySection(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    heading(1, SECTION_TITLES.delivery),
    heading(2, SECTION_TITLES.assessment),
    escapeText(
      'Ways to assess the competencies in this syllabus, gathered from the competencies themselves:',
    ),
    bullets(s.assessmentIdeas.map(escapeText), parts),
    ...s.delivery.map((guide) =>
      parts.include(
        paragraphs([
          heading(2, guide.title),
          guide.description ? escapeText(guide.description) : '',
          markdownToTypst(guide.body, { headingOffset: 1, baseUrl: s.siteUrl }),
        ]),
      ),
    ),
  ]);
}

/** The recommendations that concern the chosen archetypes or their competencies. */
export function recommendationsSection(s: Syllabus, parts: SharedParts): string {
  if (s.recommendations.length === 0) return '';
  return paragraphs([
    heading(1, SECTION_TITLES.recommendations),
    ...s.recommendations.map((r) =>
      parts.include(
        paragraphs([
          heading(2, `${r.number}. ${r.title}`),
          escapeText(r.summary),
          field('Who should act', r.audience.join('; ')),
        ]),
      ),
    ),
  ]);
}

/** One example learner per chosen archetype, with their education journey. */
export function personasSection(s: Syllabus, parts: SharedParts): string {
  if (s.personas.length === 0) return '';
  return paragraphs([
    heading(1, SECTION_TITLES.personas),
    ...s.personas.map((p) => {
      const archetypes = s.archetypes.filter((a) => p.archetypes.includes(a.id)).map((a) => a.name);
      // "Acts as" names only the chosen archetypes; the rest reads the same in every syllabus.
      return paragraphs([
        parts.include(heading(2, p.name)),
        [field('Role', p.role), field('Setting', p.setting), field('Acts as', listNames(archetypes))].join(
          ' #linebreak() ',
        ),
        parts.include(
          paragraphs([
            p.provenance === 'report'
              ? ''
              : escapeText('This persona is illustrative: it was written by this project.'),
            strong(escapeText('Responsibilities:')),
            bullets(p.responsibilities.map(escapeText)),
            strong(escapeText('Education journey:')),
            numbered(p.journey.map((j) => escapeText(j.detail ? `${j.step}: ${j.detail}` : j.step))),
          ]),
        ),
      ]);
    }),
  ]);
}

/** Where the syllabus comes from: generation, provenance of its competencies, and every source. */
export function sourcesSection(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    heading(1, SECTION_TITLES.sources),
    escapeText(SYLLABUS_TEXT.generated(s)),
    escapeText(SYLLABUS_TEXT.provenanceIntro(s)),
    bullets(
      provenanceCounts(s).map(({ provenance, count }) =>
        escapeText(SYLLABUS_TEXT.provenance(count, provenance)),
      ),
    ),
    escapeText(SYLLABUS_TEXT.elaboration),
    heading(2, 'Sources'),
    bullets(
      s.sources.map(
        (source) =>
          `${escapeText(source.section ? `${source.title}, ${source.section}.` : `${source.title}.`)} ${url(source.url)}`,
      ),
      parts,
    ),
    heading(2, 'Current version'),
    escapeText(currentVersionNote(s)),
  ]);
}
