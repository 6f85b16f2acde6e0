/**
 * One cell's detail: what reached each server, what each answered, what the page saw, why it was
 * blocked in the engine's own words. One renderer serves the report's dialog and the playground's
 * engine boxes, so that both say the same thing the same way; it runs in their pages, so it is
 * self-contained (no imports at run time, no closures over this module), like the probe.
 */
import type { EngineIdentity, Observation, StepObservation } from '../model/observation.js';
import type { MatrixCell, TraceDifference } from './schema.js';

/** The detail's own styles, in both pages (each page colours the statuses its own way). */
export const cellDetailStyle = `
.verdict { border-radius: 3px; padding: 2px 6px; display: inline-block; margin: .2em 0; }
.value { font-family: ui-monospace, monospace; word-break: break-all; }
.value.folded { display: inline-block; max-width: min(48em, 100%); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; cursor: pointer; vertical-align: bottom; }
.why { background: #fff8e6; border-left: 4px solid #d4a72c; padding: .3em .6em; margin: .5em 0; }
.why .words { font: 12px/1.35 ui-monospace, monospace; margin: .2em 0; white-space: pre-wrap; }
.why .unrecognised { color: #a40e26; }
tr.differs td, tr.differs th { background: #fff1c2; }
tr.unchecked td, tr.unchecked th { background: #ffd4d1; }
`;

/** A cell as the report's rows hold it. */
export type Cell = MatrixCell & { summary: string; uncheckedDifferences?: string[] };

/** What the renderer reads of a cell. The report leaves the trace out (most of its bytes); the playground keeps it. */
export type CellDetail = Omit<Cell, 'observation'> & { observation?: DetailObservation };
type DetailObservation = Pick<Observation, 'mismatches' | 'standardMismatches' | 'deviations' | 'library' | 'request' | 'served' | 'notes'> & {
  steps: Array<Pick<StepObservation, 'page' | 'received' | 'blocked' | 'messages'> & Partial<Pick<StepObservation, 'trace'>>>;
};

/** What the renderer needs beside the cell, given once per page rather than in each cell. */
export interface DetailContext {
  /** The cell's engine; `{}` only keeps a stray cell readable. */
  engine: Partial<EngineIdentity>;
  reasons: Record<string, { summary: string; step: string }>;
  statusLabels: Record<string, string>;
  /** The row's differences between engines: the trace rows they touch are marked. */
  differences: Array<Pick<TraceDifference, 'step' | 'key' | 'accountedBy'>>;
  /** The level of the section headings: under the dialog's h2, or under an engine box's h3. */
  heading: 'h3' | 'h4';
}

/** The report's detail without the trace and what each step checked, which stay in matrix.json. */
export function cellDetail(cell: Cell): CellDetail {
  const { observation, ...rest } = cell;
  if (!observation) return rest;
  const { mismatches, standardMismatches, deviations, library, request, served, notes } = observation;
  const steps = observation.steps.map(({ page, received, blocked, messages }) => ({ page, received, blocked, messages }));
  return { ...rest, observation: { mismatches, standardMismatches, deviations, library, request, served, notes, steps } };
}

/** Runs in the page: the detail's elements, in reading order. */
export function renderCellDetail(detail: CellDetail, context: DetailContext): HTMLElement[] {
  const out: HTMLElement[] = [];
  const el = (tag: string, text?: string, className?: string): HTMLElement => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  // A long header value stays on one line until clicked.
  const value = (text: string): HTMLElement => {
    const span = el('span', text, text.length > 80 ? 'value folded' : 'value');
    if (text.length > 80) {
      span.title = 'click to unfold';
      span.addEventListener('click', () => span.classList.toggle('folded'));
    }
    return span;
  };
  const pairs = (title: string, rows: Array<[string, unknown, string?]>) => {
    out.push(el(context.heading, title));
    if (rows.length === 0) return void out.push(el('p', 'none'));
    const table = el('table');
    for (const [name, v, className] of rows) {
      const tr = el('tr', undefined, className);
      const td = el('td');
      td.append(value(typeof v === 'string' ? v : JSON.stringify(v)));
      tr.append(el('th', name), td);
      table.append(tr);
    }
    out.push(table);
  };
  const { engine } = context;

  out.push(el('div', context.statusLabels[detail.status] ?? detail.status, `verdict ${detail.status}`), el('div', detail.summary, 'cell-summary'));
  if (detail.reason) out.push(el('p', detail.reason));
  const observation = detail.observation;
  if (!observation) return out;
  out.push(el('p', `${String(engine.browser)} ${String(engine.version)} via ${String(engine.driver)}`, 'engine-line'));
  const { mismatches, standardMismatches } = observation;
  if (mismatches.length > 0) pairs('Differs from the expectation', mismatches.map((m) => [m.field, `expected ${JSON.stringify(m.expected)}, observed ${JSON.stringify(m.observed)}`]));
  if (standardMismatches.length > 0 && mismatches.length === 0)
    pairs('Differs from the standard (declared deviation)', standardMismatches.map((m) => [m.field, `standard ${JSON.stringify(m.expected)}, observed ${JSON.stringify(m.observed)}`]));
  for (const deviation of observation.deviations) {
    out.push(el('p', deviation.standardAllows ? `Conforming either way: ${deviation.reason} The standard allows this too: ${deviation.standardAllows} (${deviation.bug})` : `Known deviation: ${deviation.reason} (${deviation.bug})`));
  }
  const unchecked = detail.uncheckedDifferences ?? [];
  if (unchecked.length > 0) pairs('Unchecked differences: other engines did otherwise, and nothing in the scenario checks it', unchecked.map((text, i) => [String(i + 1), text, 'unchecked']));
  const library = observation.library;
  if (library) {
    out.push(el('p', `${library.packageName} ${library.version}${library.checkout ? ` (checkout ${library.checkout})` : ''} on ${library.framework}, endpoint /${library.endpoint}: ${library.verdict}`));
    pairs('Library options', Object.entries(library.options));
    pairs('Intent per request', library.steps.map((step, index) => [String(index), `${step.intent}${step.preflight ? `, preflight ${step.preflight}` : ''}: ${step.verdict}`]));
    if (library.finding) out.push(el('p', `Finding: ${library.finding.summary}${library.finding.link ? ` (${library.finding.link})` : ''}`));
  }
  observation.steps.forEach((step, index) => {
    const label = observation.steps.length > 1 ? ` (step ${index})` : '';
    // Why first: the engine's own words, then the evidence.
    const blocked = step.blocked;
    if (blocked) {
      const reason = context.reasons[blocked.reason];
      const box = el('div', undefined, 'why');
      const where = blocked.request === 'none' ? 'before any request reached a server' : `${blocked.request} at hop ${String(blocked.hop)}`;
      box.append(el(context.heading, `Why it was blocked${label}: ${reason?.summary ?? blocked.reason} (${blocked.reason}), ${where}`));
      box.append(el('p', `${reason?.step ?? ''}. ${blocked.by === 'harness' ? 'Said by the harness:' : "In the engine's words:"}`));
      for (const words of blocked.words) box.append(el('div', words, 'words'));
      for (const words of blocked.unrecognised) box.append(el('div', `not in the phrasebook: ${words}`, 'words unrecognised'));
      out.push(box);
    }
    for (const received of step.received) {
      pairs(`${received.isPreflight ? 'Preflight' : 'Request'} received by ${String(received.origin)}${label}: ${received.method} ${received.path} (HTTP/${received.httpVersion})`, received.headers);
    }
    for (const received of step.received) {
      const sent = received.response;
      if (sent) pairs(`Response sent by ${String(received.origin)}${label}: ${sent.status} to ${received.method}`, sent.headers);
      if (received.refused) out.push(el('p', `Refused before the library: ${received.refused}`));
    }
    if (step.received.length === 0) out.push(el(context.heading, `Nothing reached the servers${label}`));
    pairs(`What the page's JavaScript saw${label}`, Object.entries(step.page));
    if (step.trace) {
      pairs(
        `Trace${label}: what reached the servers and what the page saw, as compared between engines`,
        Object.entries(step.trace).map(([key, traced]) => {
          const difference = context.differences.find((d) => d.step === index && d.key === key);
          return [key, traced === null ? 'none' : traced, difference ? (difference.accountedBy === null ? 'unchecked' : 'differs') : undefined];
        }),
      );
    }
    if (step.messages.length > 0) pairs(`Everything the engine printed${label}`, step.messages.map((m) => [`${m.source}${m.level ? ` ${m.level}` : ''}${m.code ? ` ${m.code}` : ''}`, m.text]));
  });
  // What the scenario asked for, last: its file says it already.
  pairs("The scenario's request", Object.entries(observation.request));
  for (const hop of observation.served) {
    if (hop.preflight) pairs(`The scenario's preflight answer at ${hop.origin} (${hop.preflight.status})`, hop.preflight.headers);
    pairs(`The scenario's answer at ${hop.origin} (${hop.response.status})`, hop.response.headers);
  }
  for (const note of observation.notes) out.push(el('p', `Note: ${note}`));
  if (engine.messagesUnavailable) out.push(el('p', `The engine's own messages are not captured: ${engine.messagesUnavailable}`));
  const changed = engine.changedSettings ?? [];
  if (changed.length > 0) pairs('Settings the harness changed in this browser', changed.map((s, i) => [String(i + 1), s]));
  return out;
}
