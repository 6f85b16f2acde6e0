/**
 * The intent verdicts (model/intent.ts gives them): their names, in the order the library view
 * lists them, and their words. Apart from the rule so that the observation model can name them
 * without importing the rule, which reads observations.
 */
export const libraryVerdicts = ['intent-delivered', 'blocked-what-should-pass', 'unsafe', 'intent-not-delivered'] as const;
export type LibraryVerdict = (typeof libraryVerdicts)[number];

/** The words of every intent verdict, in the library view and in `npx corsmatrix`'s target view alike. */
export const libraryVerdictLabels: Record<LibraryVerdict, string> = {
  'intent-delivered': 'delivered',
  'blocked-what-should-pass': 'blocked what should pass',
  unsafe: 'unsafe',
  'intent-not-delivered': 'not delivered',
};
