import type { Framework } from '../framework/index.ts';
import type { SiteAddress } from '../framework/site-address.ts';
import type { Report } from '../validation/index.ts';
import type { Syllabus, SyllabusEdition, SyllabusRoute } from '../framework/index.ts';
import type { TypstDocument } from '../pdf/index.ts';
import type { ContentFile } from '../validation/content-file.ts';

/** What one check of content/ gave: the files read, every problem, and the graph when there were no errors. */
export interface CheckedContent {
  files: ContentFile[];
  report: Report;
  /** The framework graph, built once from the report; undefined while the content has errors. */
  framework: Framework | undefined;
  /** The syllabi to publish, made from the graph when first needed (see syllabus-pdfs-ahead.ts). */
  syllabi?: SyllabusToPublish[];
}

/** What the integration knows, for the collection loaders, the pages and the steps after Astro. */
export interface SharedState {
  /** The project root, as an absolute path. */
  root: string;
  address: SiteAddress;
  /** Where PDFs are kept between builds (under Astro's cache folder). */
  pdfCache: string;
  content: CheckedContent;
}

// astro.config.mjs, src/content.config.ts and the pages are each loaded by a different module
// loader (two of Vite's and Node's own for the built pages), so a module-level variable would
// exist once per loader. The state lives on the one global object they share instead.
const SLOT = Symbol.for('ai-confidence-framework/state');
type Holder = { [SLOT]?: SharedState };

/** Records the state for everything that runs later in this process. */
export function shareState(state: SharedState): void {
  (globalThis as Holder)[SLOT] = state;
}

/** The state the integration shared; throws when Astro runs without it. */
export function sharedState(): SharedState {
  const state = (globalThis as Holder)[SLOT];
  if (!state) {
    throw new Error(
      'The AI confidence framework integration has not run: astro.config.mjs must list aiConfidenceFramework() in `integrations`.',
    );
  }
  return state;
}

/** A syllabus the site publishes, with the Typst document of each edition's PDF. */
export interface SyllabusToPublish {
  route: SyllabusRoute;
  syllabus: Syllabus;
  documents: Record<SyllabusEdition, TypstDocument>;
}
