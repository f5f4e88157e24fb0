import { hoursText } from '../framework/syllabus-wording.ts';

export { hoursText };

/**
 * An outcome as the learner's own statement: "Explain how…" becomes "I can explain how…", and
 * the outcome's "you" and "your" become "I" and "my" ("…in your field" reads "…in my field").
 * A first word in capitals (an abbreviation such as "NHS") keeps its case.
 */
export function iCan(outcome: string): string {
  const first = outcome.split(/\s/, 1)[0] ?? '';
  const abbreviation = first.length > 1 && first === first.toUpperCase();
  const text = abbreviation ? outcome : outcome.charAt(0).toLowerCase() + outcome.slice(1);
  // Outcomes say "you" only as the one who acts (checked across the framework's outcomes).
  const mine = text
    .replace(/\byourself\b/g, 'myself')
    .replace(/\byour\b/g, 'my')
    .replace(/\byou are\b/g, 'I am')
    .replace(/\byou have\b/g, 'I have')
    .replace(/\byou\b/g, 'I');
  return `I can ${mine}`;
}

/** "2 of 3 levels": a domain's standing, as the chart and its table say it. */
export function levelsText(current: number, needed: number): string {
  return `${current} of ${needed} ${needed === 1 ? 'level' : 'levels'}`;
}
