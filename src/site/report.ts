/** The report this framework is based on: the executive summary of its web version. */
export const REPORT_URL =
  'https://digital-transformation.hee.nhs.uk/building-a-digital-workforce/dart-ed/horizon-scanning/developing-healthcare-workers-confidence-in-ai/executive-summary';
