import type { Syllabus } from '../framework/index.ts';
import { aboutSection, moduleSections, prerequisitesSection } from './competency-sections.ts';
import {
  deliverySection,
  personasSection,
  recommendationsSection,
  sourcesSection,
} from './context-sections.ts';
import { paragraphs } from './markup.ts';
import { coverAndContents, footerLines } from './syllabus-cover.ts';
import { documentSettings } from './template.ts';

/**
 * A syllabus as a complete Typst document: settings and metadata, cover, contents, then the
 * same sections as the web page. Pure: the same syllabus always gives the same markup.
 */
export function syllabusToTypst(s: Syllabus): string {
  return paragraphs([
    documentSettings({
      title: s.title,
      author: s.framework.publisher,
      keywords: ['AI', 'health and care', 'syllabus', ...s.archetypes.map((a) => a.name)],
      date: s.published,
      footer: footerLines(s),
    }),
    coverAndContents(s),
    aboutSection(s),
    prerequisitesSection(s),
    moduleSections(s),
    deliverySection(s),
    recommendationsSection(s),
    personasSection(s),
    sourcesSection(s),
  ]);
}
