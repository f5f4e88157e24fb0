import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Replaces `target` with the finished build in `staging`, so a failed build never touches
 * the last good output: the old folder is moved aside only once the new one is complete,
 * and put back if the swap fails.
 */
export function publish(staging: string, target: string): void {
  if (!existsSync(staging)) throw new Error(`Nothing to publish: ${staging} does not exist.`);
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
