import { nameKey } from '../text/name-key.ts';
/** A value an author may mean: its id and the names it goes by on the site (a level's name, a domain's name). */
export interface Candidate {
  id: string;
  names?: readonly string[];
}

/**
 * The candidate an author most likely meant by `word`: one whose id or name it is once case,
 * spaces and hyphens are set aside ("Working knowledge" is `working-knowledge`); else the
 * closest by edit distance, if close enough to be a typo; else the only one whose id starts
 * with it or contains it as whole words ("clinical-use" for
 * `clinical-use-and-appropriate-confidence`).
 */
export function closest(word: string, candidates: readonly Candidate[]): string | undefined {
  const key = nameKey(word);
  if (key === '') return undefined;
  const named = candidates.find((c) => nameKey(c.id) === key || c.names?.some((n) => nameKey(n) === key));
  if (named) return named.id;
  const typo = nearest(
    word,
    candidates.map((c) => c.id),
  );
  if (typo) return typo;
  const partial = candidates.filter((c) => `-${nameKey(c.id)}-`.includes(`-${key}-`));
  return partial.length === 1 ? partial[0]!.id : undefined;
}

/** The candidate closest to `word` by edit distance, if it is close enough to be a likely typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
