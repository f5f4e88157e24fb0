import { escapeHtml } from '../text/escape-html.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { docsFor } from '../validation/catalogue.ts';
import { failed, REPORTERS, type Issue, type Report } from '../validation/index.ts';
import { checkContentOf } from './check-content.ts';
import type { SharedState } from './shared-state.ts';

/** Astro's `refreshContent` from the `astro:server:setup` hook. */
type RefreshContent = (options: { loaders: string[] }) => Promise<void>;

/**
 * In `astro dev`: checks content/ again after every change, with `npm run check`'s checks,
 * and shows the problems in the terminal and in the browser (Vite's error overlay on open
 * pages, and a page listing them, with file:line:col, code and hint, in place of any page,
 * while the content has errors). Once the files are fixed, the site's collections are
 * reloaded and open pages refresh.
 */
export function watchContent(
  state: SharedState,
  server: ViteDevServer,
  logger: AstroIntegrationLogger,
  refreshContent: RefreshContent | undefined,
  repository: string,
): void {
  const folder = join(state.root, 'content') + sep;
  let timer: NodeJS.Timeout | undefined;
  const recheck = async () => {
    state.content = checkContentOf(state.root, new Date().toISOString().slice(0, 10));
    const { report } = state.content;
    if (failed(report)) {
      logger.error(`\n${REPORTERS.text(report)}`);
      server.ws.send({ type: 'error', err: overlayError(report) });
      return;
    }
    if (report.issues.length > 0) logger.warn(`\n${REPORTERS.text(report)}`);
    else logger.info(REPORTERS.text(report));
    await refreshContent?.({ loaders: ['ai-confidence-framework'] });
    server.ws.send({ type: 'full-reload', path: '*' });
  };
  server.watcher.add(folder);
  server.watcher.on('all', (_event, path) => {
    if (!path.startsWith(folder)) return;
    clearTimeout(timer);
    // An editor often writes a file in several steps: check once they are done.
    timer = setTimeout(() => void recheck(), 100);
  });
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const { report } = state.content;
    if (!failed(report) || !/text\/html/.test(request.headers.accept ?? '')) return next();
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(problemsPage(report, state.address.base, repository));
  });
}

/** The first error, for Vite's overlay, with all the problems in its message. */
function overlayError(report: Report) {
  const first = report.issues.find((issue) => issue.severity === 'error')!;
  return {
    message: REPORTERS.text(report),
    stack: '',
    id: first.file,
    plugin: 'ai-confidence-framework',
    loc: { file: first.file, line: first.line, column: first.column },
  };
}

/**
 * A page listing the content's problems, shown instead of the site while it has errors; it
 * reloads itself (through Vite's client) once they are fixed.
 */
export function problemsPage(report: Report, base: string, repository: string): string {
  const item = (issue: Issue) =>
    `<li><p><code>${escapeHtml(`${issue.file}:${issue.line}:${issue.column}`)}</code> <strong>${issue.severity}</strong>: ${escapeHtml(issue.message)} <span class="code">(${escapeHtml(issue.code)})</span></p><p>${escapeHtml(issue.hint)} <a href="${escapeHtml(`${repository}/blob/main/${docsFor(issue.code)}`)}">More about ${escapeHtml(issue.code)}</a></p></li>`;
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content has problems: AI confidence framework</title>
<script type="module" src="${base}@vite/client"></script>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #111; }
code { font-size: 0.95em; background: #f1f1f1; padding: 0.1em 0.3em; }
li { margin-bottom: 1rem; }
li p { margin: 0.2rem 0; }
.code { color: #555; }
</style>
</head>
<body>
<main>
<h1>The content has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`} to fix</h1>
<p>The site is shown again as soon as the files are fixed; this page reloads by itself. <code>npm run check</code> lists the same problems.</p>
<ol>
${report.issues.map(item).join('\n')}
</ol>
</main>
</body>
</html>
`;
}
