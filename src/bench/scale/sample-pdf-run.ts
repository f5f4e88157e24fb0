// Child process of the scale benchmark: `node sample-pdf-run.ts <project root>` prints the
// timing of the largest syllabus PDF of that project as JSON (see sample-pdf.ts).
import { SITE_URL } from '../../../project.config.mjs';
import { samplePdf } from './sample-pdf.ts';

console.log(JSON.stringify(samplePdf(process.argv[2] ?? '.', SITE_URL)));
