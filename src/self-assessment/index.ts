export * from './browser.ts';
export { assessmentData } from './assessment-data.ts';
