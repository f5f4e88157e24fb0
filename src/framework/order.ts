/**
 * Orders ids, URLs and file paths by code point, which is the same on every machine.
 * `localeCompare` without a locale follows the language of the machine that builds (in
 * Danish, "aa" sorts after "z"), so two builds of one commit could differ.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
