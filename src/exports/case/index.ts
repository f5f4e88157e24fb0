export { CASE_NAMESPACE, caseId, casePath, type CaseCollection } from './ids.ts';
export { caseFiles, caseObjectFiles, isCaseObjectFile, type CaseFile } from './files.ts';
export { casePackage, caseStandaloneDocument } from './package.ts';
export type * from './types.ts';
