import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/integration/lock.ts';

describe('acquireLock', () => {
  it('refuses a second build while the first holds the lock, and frees it on release', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lock-')), 'dist.lock');
    const release = acquireLock(path);
    expect(() => acquireLock(path)).toThrow(/Another build \(process \d+\) is running/);
    release();
    expect(existsSync(path)).toBe(false);
    acquireLock(path)();
  });

  it('takes over a lock left by a process that has ended', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lock-')), 'dist.lock');
    writeFileSync(path, '2147483646');
    const release = acquireLock(path);
    release();
  });
});
