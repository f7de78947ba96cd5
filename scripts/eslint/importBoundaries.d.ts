import type { Rule } from 'eslint';

/** ESLint rule "newswire/import-boundaries" (see importBoundaries.js). */
export declare const importBoundaries: Rule.RuleModule;
