import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Replaces `target` with the finished build in `staging`, so a failed build never touches
 * the last good output: the old folder is moved aside only once the new one is complete.
 */
export function publish(staging: string, target: string): void {
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}
