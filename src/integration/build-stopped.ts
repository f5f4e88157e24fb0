/**
 * Why the build stopped, already worded for an author (the problems with their files and lines,
 * and what happened to the last good output). Astro prints an error's message, then its stack
 * trace when it has one; this error has none, because the stack would only show our own code.
 */
export class BuildStopped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildStopped';
    this.stack = '';
  }
}
