import type { Rule } from './context.ts';
import { coverageRule } from './coverage.ts';
import { domainCyclesRule } from './domain-cycles.ts';
import { formulaTextRule } from './formula-text.ts';
import { identityRule } from './identity.ts';
import { basedOnRule } from './based-on.ts';
import { progressionRule } from './progression.ts';
import { referencesRule } from './references.ts';
import { reviewIntervalRule } from './review-interval.ts';

/**
 * Cross-entry rules, run after every file has passed or failed its schema. (Rules of one entry
 * on its own, such as its review dates, run in each file's check: check-file.ts.)
 */
export const RULES: Rule[] = [
  identityRule,
  referencesRule,
  domainCyclesRule,
  coverageRule,
  progressionRule,
  basedOnRule,
  reviewIntervalRule,
  formulaTextRule,
];
export type { CheckedEntry, Rule, RuleContext, UnfinishedEntry } from './context.ts';
