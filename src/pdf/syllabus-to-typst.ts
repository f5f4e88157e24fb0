import type { Syllabus } from '../framework/index.ts';
import { aboutSection, moduleSections, prerequisitesSection } from './competency-sections.ts';
import {
  deliverySection,
  personasSection,
  recommendationsSection,
  sourcesSection,
} from './context-sections.ts';
import { paragraphs } from './markup.ts';
import type { TypstDocument } from './shared-parts.ts';
import { coverAndContents, footerLines } from './syllabus-cover.ts';
import { typstDocument } from './template.ts';

/**
 * A syllabus as a complete Typst document: settings and metadata, cover, contents, then the
 * same sections as the web page. Pure: the same syllabus always gives the same document.
 */
export function syllabusToTypst(s: Syllabus): TypstDocument {
  return typstDocument(
    {
      title: s.title,
      author: s.framework.publisher,
      keywords: ['AI', 'health and care', 'syllabus', ...s.archetypes.map((a) => a.name)],
      date: s.published,
      footer: footerLines(s),
    },
    (parts) =>
      paragraphs([
        coverAndContents(s),
        aboutSection(s, parts),
        prerequisitesSection(s, parts),
        moduleSections(s, parts),
        deliverySection(s, parts),
        recommendationsSection(s, parts),
        personasSection(s, parts),
        sourcesSection(s, parts),
      ]),
  );
}
