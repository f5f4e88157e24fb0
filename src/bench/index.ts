export { fromRuns, measure, median, summarise, timeOnce, type Run, type Timing } from './measure.ts';
export { PDF_TARGETS, pdfBenchmarks, type PdfSizes } from './pdf.ts';
export { markdownTable, timingTable } from './report.ts';
