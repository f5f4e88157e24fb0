import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildFramework, type Framework } from '../../src/framework/index.ts';
import { checkProject, toFrameworkInput } from '../../src/validation/index.ts';
import { fixture, TODAY } from '../helpers.ts';

/** The site URL the export tests publish under: with a base path, as on GitHub Pages. */
export { SITE } from '../helpers.ts';

/** The framework of a fixture folder under tests/fixtures/, which must pass the checks. */
export function fixtureFramework(name = 'valid-minimal'): Framework {
  const input = toFrameworkInput(checkProject(fixture(name), { today: TODAY }).report);
  if (!input) throw new Error(`Fixture ${name} does not pass npm run check.`);
  return buildFramework(input);
}

/** A 2020-12 validator with formats (uri, date-time, date) checked. */
export function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv;
}

/** Reads a JSON file next to this one. */
export function readJson(name: string): object {
  return JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as object;
}
