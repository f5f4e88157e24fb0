import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * Takes a lock file so that two builds in one checkout cannot run at once (they would share
 * the staging folder and Astro's caches). A lock left by a process that no longer runs is
 * taken over. Returns a function that releases the lock.
 */
export function acquireLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (isRunning(holder)) throw new Error(`Another build (process ${holder}) is running in this folder.`);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the build lock ${path}.`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
