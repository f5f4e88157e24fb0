// Compiles one syllabus PDF in a fresh process, for the determinism test:
// node tests/pdf/compile-one.ts <archetype,archetype> <site-url> <out.pdf>
import { writeFileSync } from 'node:fs';
import { syllabus } from '../../src/framework/index.ts';
import { syllabusPdf } from '../../src/pdf/index.ts';
import type { ArchetypeId } from '../../src/schemas/index.ts';
import { realFramework } from './load-real.ts';
import { parseSiteUrl } from '../../src/framework/site-address.ts';

const [ids = '', site = '', out = ''] = process.argv.slice(2);
writeFileSync(
  out,
  syllabusPdf(syllabus(realFramework(), ids.split(',') as ArchetypeId[], parseSiteUrl(site)), 'provider'),
);
