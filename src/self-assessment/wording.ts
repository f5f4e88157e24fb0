import { hoursText } from '../framework/syllabus-wording.ts';

export { hoursText };

/**
 * An outcome as the learner's own statement: "Explain how…" becomes "I can explain how…".
 * A first word in capitals (an abbreviation such as "NHS") keeps its case.
 */
export function iCan(outcome: string): string {
  const first = outcome.split(/\s/, 1)[0] ?? '';
  const abbreviation = first.length > 1 && first === first.toUpperCase();
  return `I can ${abbreviation ? outcome : outcome.charAt(0).toLowerCase() + outcome.slice(1)}`;
}

/** "2 of 3 levels": a domain's standing, as the chart and its table say it. */
export function levelsText(current: number, needed: number): string {
  return `${current} of ${needed} ${needed === 1 ? 'level' : 'levels'}`;
}
