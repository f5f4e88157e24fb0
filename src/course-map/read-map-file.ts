import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_MAP_BYTES } from './decode.ts';

/**
 * The bytes of a course-map file, reading at most one byte more than a map may have, so that
 * parseCourseMap() refuses an oversized file without it ever being read whole. Returns a
 * sentence for a person when the file cannot be read.
 */
export function readMapFile(path: string): { bytes: Uint8Array } | { error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(MAX_MAP_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    return { error: `Cannot read ${path}: ${why}.` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
