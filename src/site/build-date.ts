import { execFileSync } from 'node:child_process';

/**
 * The date of the commit being built (YYYY-MM-DD), so output depends on the commit, not on
 * the day of the build. Outside a git checkout (a downloaded archive) there is no commit
 * date: nothing is marked overdue at build time, and readers' browsers still show the
 * overdue notice by their own date.
 */
function commitDate(): string | undefined {
  try {
    const output = execFileSync('git', ['log', '-1', '--format=%cs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /^\d{4}-\d{2}-\d{2}$/.test(output.trim()) ? output.trim() : undefined;
  } catch {
    return undefined;
  }
}

export const BUILD_DATE: string = commitDate() ?? '1970-01-01';
