/**
 * The phrasebook: for each reason a request was blocked, what each engine printed, collected
 * from the run's cells. URLs and status codes are generalised so one wording is one entry.
 */
import { blockedReasonNames, blockedReasons, type BlockedReason } from '../model/reasons.js';
import type { Matrix } from './schema.js';

export interface PhraseEntry {
  /** The engine's words with URLs as `<url>` and status codes as `<status>`. */
  text: string;
  /** How many steps printed it, and the first scenario that did. */
  count: number;
  example: string;
}

export interface PhrasebookRow {
  reason: BlockedReason;
  summary: string;
  step: string;
  /** project → the distinct wordings, most frequent first. */
  byProject: Record<string, PhraseEntry[]>;
}

export function generalise(text: string): string {
  return text
    .replace(/\b(?:https?|wss?):\/\/[^\s'"‘’)]+?(?=[.,]?(?:[\s'"‘’)]|$))/g, '<url>')
    .replace(/(Status code:|status of) \d{3}/g, '$1 <status>');
}

export function buildPhrasebook(matrix: Matrix, projects: string[]): PhrasebookRow[] {
  const found = new Map<BlockedReason, Map<string, Map<string, PhraseEntry>>>();
  for (const row of matrix.rows) {
    for (const [project, cell] of Object.entries(row.cells)) {
      for (const step of cell.observation?.steps ?? []) {
        const blocked = step.blocked;
        if (!blocked || blocked.by !== 'engine') continue;
        const byProject = found.get(blocked.reason) ?? new Map<string, Map<string, PhraseEntry>>();
        found.set(blocked.reason, byProject);
        const entries = byProject.get(project) ?? new Map<string, PhraseEntry>();
        byProject.set(project, entries);
        for (const words of blocked.words.length > 0 ? blocked.words : ['(nothing)']) {
          const text = generalise(words);
          const entry = entries.get(text);
          if (entry) entry.count++;
          else entries.set(text, { text, count: 1, example: row.id });
        }
      }
    }
  }
  return blockedReasonNames
    .filter((reason) => found.has(reason))
    .map((reason) => ({
      reason,
      ...blockedReasons[reason],
      byProject: Object.fromEntries(projects.map((project) => [project, [...(found.get(reason)?.get(project)?.values() ?? [])].sort((a, b) => b.count - a.count)])),
    }));
}
