/**
 * What a build reads besides content/: configuration, code, static files and the scripts.
 * Copies of the project (the benchmark's, the reliability tests') are made from this list.
 * (The benchmark itself is not among them: a copy is built, never benchmarked from.)
 */
export const PROJECT_INPUTS = [
  'astro.config.mjs',
  'project.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'public',
  'scripts',
] as const;
