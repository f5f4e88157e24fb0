import { editionTitle, EDITION_NAMES, type Syllabus, type SyllabusEdition } from '../framework/index.ts';
import { aboutSection, foundationSection, hoursSection, moduleSections } from './competency-sections.ts';
import {
  deliverySection,
  personasSection,
  recommendationsSection,
  sourcesSection,
} from './context-sections.ts';
import { learnerAppendices, learnerModules, outcomesSection, startSection } from './learner-sections.ts';
import { paragraphs } from './markup.ts';
import type { TypstDocument } from './shared-parts.ts';
import { coverAndContents, footerLines } from './syllabus-cover.ts';
import { typstDocument } from './template.ts';

/**
 * One edition of a syllabus as a complete Typst document: settings and metadata, cover,
 * contents, then the same sections as that edition's web page. Pure: the same syllabus always
 * gives the same document.
 */
export function syllabusToTypst(s: Syllabus, edition: SyllabusEdition): TypstDocument {
  return typstDocument(
    {
      title: editionTitle(s, edition),
      author: s.framework.publisher,
      keywords: [
        'AI',
        'health and care',
        'syllabus',
        EDITION_NAMES[edition],
        ...s.archetypes.map((a) => a.name),
      ],
      date: s.published,
      footer: footerLines(s, edition),
      compact: edition === 'learner',
    },
    (parts) =>
      edition === 'learner'
        ? paragraphs([
            coverAndContents(s, edition),
            startSection(s, parts),
            outcomesSection(s, parts),
            learnerModules(s, parts),
            learnerAppendices(s, parts),
          ])
        : paragraphs([
            coverAndContents(s, edition),
            aboutSection(s, parts),
            hoursSection(s),
            foundationSection(s, parts),
            moduleSections(s, parts),
            deliverySection(s, parts),
            recommendationsSection(s, parts),
            personasSection(s, parts),
            sourcesSection(s, parts),
          ]),
  );
}
