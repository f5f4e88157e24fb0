export { buildFramework, competenciesFor, levelFor } from './build-framework.ts';
export type * from './types.ts';
