export { clearCompilerCache, compilePdf } from './compile.ts';
export { escapeText, typstString } from './escape.ts';
export { markdownToTypst, parseMarkdown } from './markdown-to-typst.ts';
export { mdastToTypst, type ConvertOptions } from './mdast-to-typst.ts';
export { formatFileSize } from './pdf-size.ts';
export { SharedParts, type TypstDocument } from './shared-parts.ts';
export { syllabusPdf } from './syllabus-pdf.ts';
export { syllabusToTypst } from './syllabus-to-typst.ts';
export { typstDocument, type DocumentInfo } from './template.ts';
