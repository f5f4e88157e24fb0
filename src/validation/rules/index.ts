import type { Rule } from './context.ts';
import { coverageRule } from './coverage.ts';
import { domainCyclesRule } from './domain-cycles.ts';
import { identityRule } from './identity.ts';
import { referencesRule } from './references.ts';
import { reviewDatesRule } from './review-dates.ts';

/** Cross-entry rules, run after every file has passed or failed its schema. */
export const RULES: Rule[] = [identityRule, referencesRule, domainCyclesRule, coverageRule, reviewDatesRule];
export type { CheckedEntry, Rule, RuleContext } from './context.ts';
