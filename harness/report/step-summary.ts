/** GitHub Actions' step summary ($GITHUB_STEP_SUMMARY), for the matrix and the target report alike. */

/** GitHub's limit on one step's summary. */
export const stepSummaryLimit = 1024 * 1024;

/** Markdown for $GITHUB_STEP_SUMMARY, cut at a line within GitHub's limit, saying where the whole is. */
export function stepSummary(markdown: string, whole: string, limit = stepSummaryLimit): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = `\n… cut at GitHub's step-summary limit; the whole: ${whole}\n`;
  let cut = markdown.slice(0, limit - Buffer.byteLength(note));
  while (Buffer.byteLength(cut) > limit - Buffer.byteLength(note)) cut = cut.slice(0, -1024);
  return `${cut.slice(0, cut.lastIndexOf('\n'))}${note}`;
}
