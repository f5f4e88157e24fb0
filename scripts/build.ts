// npm run build: checks content/, builds the site, syllabi and exports into a staging
// folder, checks its links, and only when everything succeeded replaces dist/ with it.
import { buildSite } from '../src/build/build-site.ts';

const ok = await buildSite({
  root: '.',
  target: 'dist',
  // Astro is loaded only once the content has passed its checks, so a failing check is quick.
  generate: async (outDir) => (await import('astro')).build({ outDir, logLevel: 'warn' }),
  today: new Date().toISOString().slice(0, 10),
  log: (text) => console.log(text),
  error: (text) => console.error(text),
});
process.exitCode = ok ? 0 : 1;
