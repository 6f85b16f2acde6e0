/**
 * The playground's page: a form and a JSON view of one scenario (the same object, two views),
 * checked by the loader on the server as you type, and run in every engine at once. Plain DOM,
 * no framework, nothing from the network: the page works offline and opens instantly.
 */
import escapeHtml from 'escape-html';
import { inPageSource } from '../probe/probe.js';
import { blockedReasons } from '../model/reasons.js';
import type { EngineIdentity } from '../model/observation.js';
import type { EngineName } from '../model/engine-names.js';
import type { ScenarioInput } from '../model/scenario.js';
import { cellDetailStyle, renderCellDetail } from '../report/cell-detail.js';
import { statusLabels } from '../report/html.js';
import type { ConsistencyProblem } from '../scenario/consistency.js';
import type { Preset, SaveResult } from './catalogue.js';
import type { RunResult } from './runs.js';

export interface PageConfig {
  origins: Record<string, { url: string; relation: string }>;
  engines: EngineIdentity[];
  unavailable: Array<{ engine: EngineName; why: string }>;
  frameworks: string[];
  /** The scenario the page starts with when the scenario folder has none to offer. */
  starter: ScenarioInput;
}

/** What each route of the playground's API answers (harness/playground/server.ts). */
interface PlaygroundApi {
  '/api/validate': { problems: ConsistencyProblem[] };
  '/api/run': RunResult;
  '/api/save': SaveResult;
  '/api/code': { ok: false; problems: ConsistencyProblem[] } | { ok: true; request: string; server: string };
  '/api/predict': { covered: true; expected: unknown[]; steps: string[] } | { covered: false; why: string };
}
type PresetSummary = Pick<Preset, 'id' | 'title' | 'file'>;
/** A run of a scenario the loader accepted: each engine's cell of the row. */
type CompletedRun = Extract<RunResult, { ok: true }>;

/** A form field of the scenario: the selector `[data-path]` finds only elements that have the path. */
type ScenarioField = (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) & { dataset: { path: string } };

const style = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1b1f24; }
header { padding: .6em 1.2em; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
header h1 { font-size: 1.2em; margin: 0; display: inline; }
header .engines { color: #57606a; margin-left: 1em; }
main { display: grid; grid-template-columns: minmax(22em, 30em) minmax(0, 1fr); gap: 1.2em; padding: 1em 1.2em; }
main > section { min-width: 0; }
fieldset { border: 1px solid #d0d7de; border-radius: 6px; margin: 0 0 .7em; padding: .4em .7em .6em; min-width: 0; }
legend { font-weight: 600; padding: 0 .3em; }
label { display: flex; gap: .5em; align-items: baseline; margin: .3em 0; }
label > span { flex: 0 0 8.5em; color: #424a53; }
label > input.wide, label > textarea, label > select { flex: 1 1 0; min-width: 0; }
label > select, label > input[type=number], label > input:not([type]):not(.wide) { flex: 0 1 auto; max-width: 100%; }
input[type=text], input[type=number], input:not([type]), select { font: inherit; padding: 2px 4px; }
input.wide, textarea { width: 100%; box-sizing: border-box; }
textarea { font: 12px/1.35 ui-monospace, monospace; }
textarea#json { min-height: 22em; }
.hidden { display: none; }
.actions { display: flex; flex-wrap: wrap; gap: .5em; align-items: center; margin: .6em 0; }
button { font: inherit; padding: 3px 10px; }
button#run { font-weight: 600; }
#problems:empty { display: none; }
#problems { background: #ffebe9; border: 1px solid #ff8182; border-radius: 6px; padding: .4em .7em; margin: .5em 0; }
#problems li { font-family: ui-monospace, monospace; font-size: .9em; }
#message:empty, #model:empty { display: none; }
#model { color: #424a53; font-size: .92em; margin: .2em 0 .4em; }
#message { background: #ddf4ff; border: 1px solid #54aeff; border-radius: 6px; padding: .4em .7em; margin: .5em 0; white-space: pre-wrap; }
.results { display: grid; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr)); gap: .7em; }
.engine { border: 1px solid #d0d7de; border-radius: 6px; padding: .5em .7em; min-width: 0; }
.engine h3 { margin: 0 0 .2em; font-size: 1em; }
.engine h4 { margin: .7em 0 .2em; font-size: .9em; }
.engine table, .differences table { border-collapse: collapse; font-size: .85em; width: 100%; }
.engine td, .engine th, .differences td, .differences th { border-bottom: 1px solid #eaeef2; padding: 1px 4px; text-align: left; vertical-align: top; word-break: break-word; }
.engine th { font-weight: normal; color: #57606a; width: 38%; }
.engine table { table-layout: fixed; }
.matches-standard { background: #d8f5dd; }
.conforms-either-way { background: #e3f4ea; }
.known-deviation { background: #fff1c2; }
.unexpected { background: #ffd4d1; }
.not-run { background: #eceff1; color: #57606a; }
.error { background: #ead7ff; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .5em; overflow: auto; font-size: 12px; }
.expected pre { max-height: 16em; }
`;

/** Runs in the playground page. */
function pageScript(config: PageConfig, reasons: Record<string, { summary: string; step: string }>, statusLabel: Record<string, string>, render: typeof renderCellDetail): void {
  // The scenario being edited is the user's JSON, unchecked until the loader on the server reads
  // it: the page steps into it only where it finds a JSON object (or a list of them) indeed.
  type Json = Record<string, unknown>;
  const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
  const jsonList = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isJson) : []);
  // Checked rather than cast: an id renamed in the HTML fails here, by name.
  const byId = <T extends HTMLElement>(id: string, type: new () => T): T => {
    const node = document.getElementById(id);
    if (!(node instanceof type)) throw new Error(`#${id} is not a ${type.name}`);
    return node;
  };
  const jsonArea = byId('json', HTMLTextAreaElement);
  const problemsBox = byId('problems', HTMLElement);
  const messageBox = byId('message', HTMLElement);
  const resultsBox = byId('results', HTMLElement);
  const hasPreflight = byId('has-preflight', HTMLInputElement);
  const fromModel = byId('from-model', HTMLInputElement);
  const modelBox = byId('model', HTMLElement);
  const redirectTo = byId('redirect-to', HTMLSelectElement);
  let scenario: Json = {};
  let problems: ConsistencyProblem[] = [];
  let validation = 0;

  const el = <Tag extends keyof HTMLElementTagNameMap>(tag: Tag, text?: string, className?: string): HTMLElementTagNameMap[Tag] => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  // The API's answers are the page's other trust boundary: the server's own types, read once here.
  const post = async <Route extends keyof PlaygroundApi>(path: Route, body: unknown): Promise<PlaygroundApi[Route]> => {
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as PlaygroundApi[Route];
  };
  const say = (text: string) => (messageBox.textContent = text);

  // Paths into the scenario object: "request.method", "then".
  const getPath = (path: string): unknown => path.split('.').reduce<unknown>((value, key) => (isJson(value) ? value[key] : undefined), scenario);
  const setPath = (path: string, value: unknown) => {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let object = scenario;
    for (const key of keys) {
      const next = object[key];
      if (isJson(next)) object = next;
      else {
        const made: Json = {};
        object[key] = made;
        object = made;
      }
    }
    if (value === undefined) delete object[last];
    else object[last] = value;
  };

  // Headers as one "Name: value" line each; duplicates make a list of pairs, as the files write them.
  const headersToText = (headers: unknown): string => {
    if (Array.isArray(headers)) return headers.filter(Array.isArray).map(([name, value]) => `${String(name)}: ${String(value)}`).join('\n');
    if (isJson(headers))
      return Object.entries(headers)
        .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${name}: ${String(v)}`))
        .join('\n');
    return '';
  };
  const textToHeaders = (text: string): unknown => {
    const pairs = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line): [string, string] => {
        const colon = line.indexOf(':');
        return colon < 0 ? [line.trim(), ''] : [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
      });
    if (pairs.length === 0) return undefined;
    const names = pairs.map(([name]) => name.toLowerCase());
    if (new Set(names).size < names.length) return pairs;
    return Object.fromEntries(pairs);
  };

  const fields = Array.from(document.querySelectorAll<ScenarioField>('[data-path]'));
  const readField = (input: ScenarioField): unknown => {
    const kind = input.dataset.kind;
    if (kind === 'headers') return textToHeaders(input.value);
    if (input.value === '') return undefined;
    if (kind === 'number') return Number(input.value);
    if (kind === 'json') return JSON.parse(input.value);
    if (kind === 'body') return { kind: 'text', text: input.value };
    return input.value;
  };
  const showField = (input: ScenarioField) => {
    const value = getPath(input.dataset.path);
    const kind = input.dataset.kind;
    if (kind === 'headers') input.value = headersToText(value);
    else if (kind === 'json' && input instanceof HTMLSelectElement) {
      const wanted = value === undefined ? '' : JSON.stringify(value);
      const known = Array.from(input.options).some((option) => option.value === wanted);
      input.querySelector('option[data-custom]')?.remove();
      if (!known) {
        const custom = el('option', `as in the JSON view: ${wanted.slice(0, 40)}`);
        custom.value = wanted;
        custom.dataset.custom = '';
        input.append(custom);
      }
      input.value = wanted;
    } else if (kind === 'body') {
      const body = isJson(value) ? value : undefined;
      input.disabled = value !== undefined && body?.kind !== 'text';
      input.value = body?.kind === 'text' ? String(body.text) : '';
      if (input instanceof HTMLTextAreaElement) input.placeholder = input.disabled ? `a ${String(body?.kind)} body: edit it in the JSON view` : '';
    } else input.value = value === undefined ? '' : String(value);
  };
  const api = () => String(getPath('request.api') ?? '');
  const showForm = () => {
    for (const input of fields) if (input !== document.activeElement) showField(input);
    for (const row of Array.from(document.querySelectorAll<HTMLElement>('[data-apis]'))) row.classList.toggle('hidden', !(row.dataset.apis ?? '').split(' ').includes(api()));
    hasPreflight.checked = scenario.preflight !== undefined;
    byId('preflight-fields', HTMLElement).classList.toggle('hidden', scenario.preflight === undefined);
    const redirect = getPath('response.redirect.to');
    redirectTo.value = typeof redirect === 'string' ? redirect : '';
    const steps = jsonList(scenario.then);
    byId('steps', HTMLElement).textContent = steps.length === 0 ? 'none' : steps.map((step, index) => `step ${index + 1}: ${step.request ? 'another request' : 'the same request again'}${step.waitAfterLastPreflightMs ? ` after ${String(step.waitAfterLastPreflightMs)} ms` : ''}`).join('; ');
    byId('remove-step', HTMLButtonElement).disabled = steps.length === 0;
  };
  const showJson = () => {
    if (document.activeElement !== jsonArea) jsonArea.value = JSON.stringify(scenario, null, 2);
  };

  const showProblems = () => {
    problemsBox.replaceChildren();
    if (problems.length === 0) return;
    problemsBox.append(el('strong', `The loader says (${problems.length}):`));
    const list = el('ul');
    for (const problem of problems) list.append(el('li', problem.field ? `field "${problem.field}": ${problem.message}` : problem.message));
    problemsBox.append(list);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const validateSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void validate(), 150);
  };
  const validate = async (): Promise<boolean> => {
    const mine = ++validation;
    try {
      const result = await post('/api/validate', scenario);
      if (mine !== validation) return problems.length === 0;
      problems = result.problems;
    } catch (error) {
      problems = [{ field: '', message: String(error) }];
    }
    showProblems();
    if (problems.length > 0 && fromModel.checked) modelBox.textContent = 'The model fills in the expectation once the loader accepts the scenario.';
    if (problems.length === 0 && fromModel.checked) await fillFromModel(mine);
    return problems.length === 0;
  };
  // "Expected, per the Fetch standard", from the standard's model (harness/standard/) while the box is ticked.
  const fillFromModel = async (mine: number) => {
    let answer: PlaygroundApi['/api/predict'];
    try {
      answer = await post('/api/predict', scenario);
    } catch (error) {
      modelBox.textContent = `The model could not be asked: ${String(error)}`;
      return;
    }
    if (mine !== validation || !fromModel.checked) return;
    if (!answer.covered) {
      modelBox.textContent = `The model does not reach this scenario: ${answer.why}. Fill in the expectation yourself.`;
      return;
    }
    modelBox.textContent = `Filled in from the standard's model: ${answer.steps.join('; ')}.`;
    const [first, ...rest] = answer.expected;
    const before = JSON.stringify(scenario);
    if (isJson(first)) scenario.expected = first;
    const steps = jsonList(scenario.then);
    for (const [index, step] of steps.entries()) {
      const expected = rest[index];
      if (isJson(expected)) step.expected = expected;
    }
    if (JSON.stringify(scenario) === before) return;
    showForm();
    showJson();
    history.replaceState(null, '', `#scenario=${encodeScenario()}`);
  };
  fromModel.addEventListener('change', () => {
    if (fromModel.checked) void validate();
    else modelBox.textContent = 'The expectation is yours: the model no longer fills it in.';
  });
  const changed = () => {
    showForm();
    showJson();
    history.replaceState(null, '', `#scenario=${encodeScenario()}`);
    validateSoon();
  };

  for (const input of fields) {
    input.addEventListener('input', () => {
      try {
        setPath(input.dataset.path, readField(input));
      } catch {
        return;
      }
      // An expectation written by hand is the user's: the model stops filling it in.
      if (input.dataset.path.startsWith('expected.') && fromModel.checked) {
        fromModel.checked = false;
        modelBox.textContent = 'The expectation is yours: the model no longer fills it in.';
      }
      if (input.dataset.path === 'request.api') {
        // fetch and XHR share method, headers and body; other APIs start from nothing.
        const previous: Json = isJson(scenario.request) ? scenario.request : {};
        const shared = ['fetch', 'xhr'].includes(input.value) ? Object.fromEntries(['method', 'headers', 'body'].filter((key) => key in previous).map((key) => [key, previous[key]])) : {};
        scenario.request = { api: input.value, ...shared };
      }
      changed();
    });
  }
  jsonArea.addEventListener('input', () => {
    try {
      const parsed: unknown = JSON.parse(jsonArea.value);
      if (!isJson(parsed)) throw new Error('a scenario is one JSON object');
      scenario = parsed;
      changed();
    } catch (error) {
      problems = [{ field: '', message: `JSON view: ${error instanceof Error ? error.message : String(error)}` }];
      showProblems();
    }
  });
  hasPreflight.addEventListener('change', () => {
    setPath('preflight', hasPreflight.checked ? { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}' } } : undefined);
    changed();
  });
  redirectTo.addEventListener('change', () => {
    const to = redirectTo.value;
    const response: Json = isJson(scenario.response) ? scenario.response : {};
    if (to === '') {
      delete response.redirect;
      if (typeof response.status === 'number' && response.status >= 300 && response.status < 400) response.status = 200;
    } else {
      response.redirect = { ...(isJson(response.redirect) ? response.redirect : { response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } } }), to };
      if (typeof response.status !== 'number' || response.status < 300 || response.status > 399) response.status = 302;
    }
    scenario.response = response;
    changed();
  });
  byId('add-step', HTMLButtonElement).addEventListener('click', () => {
    const steps = jsonList(scenario.then);
    scenario.then = [...steps, { expected: structuredClone(scenario.expected ?? {}) }];
    changed();
  });
  byId('remove-step', HTMLButtonElement).addEventListener('click', () => {
    const steps = jsonList(scenario.then);
    if (steps.length <= 1) delete scenario.then;
    else scenario.then = steps.slice(0, -1);
    changed();
  });

  // The scenario in the page's URL: UTF-8 JSON in base64url.
  function encodeScenario(): string {
    const bytes = new TextEncoder().encode(JSON.stringify(scenario));
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  const decodeScenario = (text: string): Json => {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    if (!isJson(parsed)) throw new Error('a scenario is one JSON object');
    return parsed;
  };

  // A preset's or a shared link's expectation is its author's; a new scenario's comes from the model.
  const load = (value: Json, expectation: 'its own' | 'from the model') => {
    scenario = value;
    fromModel.checked = expectation === 'from the model';
    modelBox.textContent = fromModel.checked ? '' : "This scenario's own expectation: tick the box to have the standard's model fill it in.";
    resultsBox.replaceChildren();
    say('');
    changed();
  };
  const presetInput = byId('preset', HTMLInputElement);
  const presetList = byId('preset-list', HTMLDataListElement);
  let presetIds = new Set<string>();
  const loadPresetList = async () => {
    const presets = (await (await fetch('/api/presets')).json()) as PresetSummary[];
    presetIds = new Set(presets.map((preset) => preset.id));
    presetList.replaceChildren(
      ...presets.map((preset) => {
        const option = el('option', preset.title);
        option.value = preset.id;
        return option;
      }),
    );
    return presets;
  };
  // Enter and the datalist's pick both commit the field: load each pick once.
  let loadingPreset: string | undefined;
  const loadPreset = async (id: string) => {
    if (loadingPreset === id) return;
    loadingPreset = id;
    try {
      const response = await fetch(`/api/preset?id=${encodeURIComponent(id)}`);
      if (!response.ok) return say(await response.text());
      // A preset is a scenario the loader accepted, as its file writes it (harness/playground/catalogue.ts).
      load((await response.json()) as ScenarioInput, 'its own');
      say(`Loaded the preset ${id}.`);
    } finally {
      loadingPreset = undefined;
    }
  };
  presetInput.addEventListener('change', () => {
    if (presetIds.has(presetInput.value)) void loadPreset(presetInput.value);
  });
  presetInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && presetIds.has(presetInput.value)) void loadPreset(presetInput.value);
  });

  const text = (value: unknown) => (value === null ? 'none' : typeof value === 'string' ? value : JSON.stringify(value));

  const showResults = (result: CompletedRun, ran: Json) => {
    resultsBox.replaceChildren();
    const row = result.row;
    const differences = row.differences;
    const expected = el('div', undefined, 'expected');
    expected.append(el('h3', "Expected, per the standard (the scenario's expected)"), el('pre', JSON.stringify(Array.isArray(ran.then) ? [ran.expected, ...jsonList(ran.then).map((step) => step.expected)] : ran.expected, null, 2)));
    const grid = el('div', undefined, 'results');
    grid.setAttribute('role', 'list');
    const columns = result.columns;
    for (const [project, cell] of Object.entries(row.cells)) {
      const box = el('section', undefined, 'engine');
      box.setAttribute('role', 'listitem');
      box.dataset.engine = project;
      const identity = columns.find((column) => column.project === project);
      box.append(el('h3', project));
      // The same detail as the report's dialog, with the trace the report leaves out, its differences marked.
      box.append(...render(cell, { engine: identity ?? {}, reasons, statusLabels: statusLabel, differences, heading: 'h4' }));
      grid.append(box);
    }
    const summary = el('p', `Ran in ${String(result.durationMs)} ms. ${differences.length === 0 ? 'The engines did the same thing.' : `The engines differ in ${differences.length} field${differences.length > 1 ? 's' : ''}${differences.some((d) => d.accountedBy === null) ? ', some of which nothing in the scenario checks (red)' : ''}.`}`);
    resultsBox.append(summary);
    if (differences.length > 0) {
      const box = el('div', undefined, 'differences');
      box.append(el('h3', 'Where the engines differ'));
      const projects = Object.keys(row.cells);
      const node = el('table');
      const head = el('tr');
      head.append(el('th', 'field'), ...projects.map((project) => el('th', project)), el('th', 'accounted for by'));
      node.append(head);
      for (const difference of differences) {
        const tr = el('tr', undefined, difference.accountedBy === null ? 'unchecked' : 'differs');
        tr.append(el('td', difference.field), ...projects.map((project) => el('td', project in difference.values ? text(difference.values[project]) : '—')), el('td', difference.accountedBy ?? 'nothing: unchecked'));
        node.append(tr);
      }
      box.append(node);
      resultsBox.append(box);
    }
    resultsBox.append(grid, expected);
  };

  const run = async () => {
    clearTimeout(timer);
    if (!(await validate())) return say('Nothing was run: the scenario has mistakes (above).');
    const button = byId('run', HTMLButtonElement);
    button.disabled = true;
    say(`Running in ${config.engines.map((engine) => engine.project).join(', ')}…`);
    const ran = structuredClone(scenario);
    try {
      const result = await post('/api/run', ran);
      if (result.ok === false) {
        problems = result.problems;
        showProblems();
        say('Nothing was run: the scenario has mistakes (above).');
      } else {
        say('');
        showResults(result, ran);
      }
    } catch (error) {
      say(String(error));
    } finally {
      button.disabled = false;
    }
  };
  byId('run', HTMLButtonElement).addEventListener('click', () => void run());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
  byId('share', HTMLButtonElement).addEventListener('click', () => {
    const link = `${location.origin}${location.pathname}#scenario=${encodeScenario()}`;
    const box = byId('share-link', HTMLInputElement);
    box.value = link;
    box.classList.remove('hidden');
    box.select();
    void navigator.clipboard?.writeText(link).then(
      () => say('The link is copied: it opens this scenario.'),
      () => say('The link (selected) opens this scenario.'),
    );
  });
  byId('save', HTMLButtonElement).addEventListener('click', async () => {
    clearTimeout(timer);
    if (!(await validate())) return say('Not saved: the scenario has mistakes (above).');
    const result = await post('/api/save', scenario);
    if (result.ok) {
      say(`Saved as ${String(result.file)}.\nNext: ${String(result.next)}.`);
      void loadPresetList();
    } else {
      problems = result.problems;
      showProblems();
      say('Not saved (above).');
    }
  });
  byId('copy-code', HTMLButtonElement).addEventListener('click', async () => {
    clearTimeout(timer);
    const result = await post('/api/code', { scenario, framework: byId('framework', HTMLSelectElement).value });
    const box = byId('code', HTMLElement);
    box.replaceChildren();
    if (!result.ok) {
      problems = result.problems;
      return showProblems();
    }
    box.append(el('h3', 'The request'), el('pre', String(result.request)), el('h3', 'A server that answers as the scenario says'), el('pre', String(result.server)));
    void navigator.clipboard?.writeText(`${String(result.request)}\n\n${String(result.server)}`).catch(() => undefined);
  });

  void (async () => {
    const presets = await loadPresetList();
    const shared = /#scenario=([\w-]+)/.exec(location.hash)?.[1];
    if (shared) {
      try {
        load(decodeScenario(shared), 'its own');
        return say('Opened the shared scenario.');
      } catch (error) {
        say(`The link's scenario cannot be read (${String(error)}); showing a preset instead.`);
      }
    }
    // A preset picked while the list was still on its way, else a first example.
    const first = presets.find((preset) => preset.id === presetInput.value) ?? presets.find((preset) => preset.id === 'preflight/put-allowed') ?? presets[0];
    if (first) await loadPreset(first.id);
    else load(structuredClone(config.starter), 'from the model');
  })();
}

const options = (values: Array<[string, string]>) => values.map(([value, label]) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`).join('');
const json = (value: unknown) => JSON.stringify(value);

export function playgroundPage(config: PageConfig): string {
  const origins = Object.entries(config.origins).map(([name, origin]): [string, string] => [name, `${name}: ${origin.url} (${origin.relation})`]);
  const engines = config.engines.map((engine) => `${engine.project}: ${engine.browser} ${engine.version}`);
  const missing = config.unavailable.map((entry) => `${entry.engine} did not start: ${entry.why}`);
  const yesNo = (yes: string, no: string) => options([['', '(not set)'], [json(true), yes], [json(false), no]]);
  const reasonOptions = options([['', '(not checked)'], ...Object.entries(blockedReasons).map(([name, reason]): [string, string] => [json(name), `${name}: ${reason.summary}`])]);
  const pageOptions = options([
    ['', '(not set)'],
    [json('network-error'), 'a network error'],
    [json({ bodyReadable: true }), 'a response it can read'],
    [json({ status: 200, bodyReadable: true }), 'status 200, readable'],
    [json({ type: 'opaque' }), 'an opaque response'],
    [json('queued'), 'queued (a beacon)'],
    [json('threw'), 'the API threw'],
    [json('timeout'), 'no answer in time'],
  ]);
  const config_ = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>corsmatrix playground</title>
<style>${style}${cellDetailStyle}</style></head>
<body>
<header><h1>corsmatrix playground</h1><span class="engines">${escapeHtml(engines.join(' · '))}${missing.length > 0 ? ` · ${escapeHtml(missing.join(' · '))}` : ''}</span></header>
<main>
<section id="editor" aria-label="The scenario">
<label><span>Preset</span><input id="preset" list="preset-list" class="wide" placeholder="search the catalogue by id or title, then Enter" autocomplete="off"></label>
<datalist id="preset-list"></datalist>
<fieldset><legend>Scenario</legend>
<label><span>id</span><input data-path="id" class="wide" placeholder="topic/name"></label>
<label><span>title</span><input data-path="title" class="wide"></label>
<label><span>reference</span><input data-path="reference" class="wide" placeholder="https://fetch.spec.whatwg.org/#..."></label>
<label><span>page origin</span><select data-path="page">${options(origins)}</select></label>
<label><span>target origin</span><select data-path="target">${options(origins)}</select></label>
</fieldset>
<fieldset><legend>Request</legend>
<label><span>API</span><select data-path="request.api">${options(['fetch', 'xhr', 'element', 'beacon', 'worker', 'websocket', 'eventsource'].map((api) => [api, api]))}</select></label>
<label data-apis="fetch xhr"><span>method</span><input data-path="request.method" placeholder="GET"></label>
<label data-apis="fetch xhr"><span>headers</span><textarea data-path="request.headers" data-kind="headers" rows="3" placeholder="Name: value, one a line"></textarea></label>
<label data-apis="fetch xhr beacon"><span>body</span><textarea data-path="request.body" data-kind="body" rows="2"></textarea></label>
<label data-apis="fetch"><span>credentials</span><select data-path="request.credentials">${options([['', '(default: same-origin)'], ['omit', 'omit'], ['same-origin', 'same-origin'], ['include', 'include']])}</select></label>
<label data-apis="fetch"><span>mode</span><select data-path="request.mode">${options([['', '(default: cors)'], ['cors', 'cors'], ['no-cors', 'no-cors'], ['same-origin', 'same-origin']])}</select></label>
<label data-apis="fetch"><span>redirect mode</span><select data-path="request.redirect">${options([['', '(default: follow)'], ['follow', 'follow'], ['error', 'error'], ['manual', 'manual']])}</select></label>
<label data-apis="xhr eventsource"><span>withCredentials</span><select data-path="request.withCredentials" data-kind="json">${yesNo('true', 'false')}</select></label>
<label data-apis="element"><span>element</span><select data-path="request.element">${options(['img', 'script', 'module-script', 'stylesheet', 'iframe-postmessage', 'font', 'json-module', 'video', 'audio', 'preload-fetch'].map((e) => [e, e]))}</select></label>
<label data-apis="element"><span>crossorigin</span><select data-path="request.crossorigin">${options([['', '(absent: no-cors)'], ['anonymous', 'anonymous'], ['use-credentials', 'use-credentials']])}</select></label>
</fieldset>
<fieldset><legend>The target's answers</legend>
<label><input type="checkbox" id="has-preflight"> answers a CORS preflight (otherwise 405, no CORS headers)</label>
<div id="preflight-fields">
<label><span>preflight status</span><input data-path="preflight.status" data-kind="number" type="number" min="100" max="599"></label>
<label><span>preflight headers</span><textarea data-path="preflight.headers" data-kind="headers" rows="3"></textarea></label>
</div>
<label><span>response status</span><input data-path="response.status" data-kind="number" type="number" min="100" max="599"></label>
<label><span>response headers</span><textarea data-path="response.headers" data-kind="headers" rows="3" placeholder="Access-Control-Allow-Origin: {page}&#10;Set-Cookie: id=1; SameSite=None; Secure"></textarea></label>
<label><span>response body</span><input data-path="response.body" class="wide"></label>
<label><span>redirects to</span><select id="redirect-to">${options([['', '(no redirect)'], ...origins])}</select></label>
</fieldset>
<fieldset><legend>Follow-up steps</legend>
<p id="steps">none</p>
<div class="actions"><button type="button" id="add-step">Add: the same request again</button><button type="button" id="remove-step">Remove the last</button></div>
</fieldset>
<fieldset><legend>Expected, per the Fetch standard</legend>
<label><input type="checkbox" id="from-model" checked> <span>filled in from the standard's model</span></label>
<p id="model" role="status"></p>
<label><span>preflight</span><select data-path="expected.preflight" data-kind="json">${yesNo('a preflight reaches the target', 'no preflight')}</select></label>
<label><span>actual request</span><select data-path="expected.request" data-kind="json">${yesNo('reaches the target', 'never sent')}</select></label>
<label><span>the page sees</span><select data-path="expected.page" data-kind="json">${pageOptions}</select></label>
<label><span>blocked because</span><select data-path="expected.blocked" data-kind="json">${reasonOptions}</select></label>
</fieldset>
<details open><summary>JSON view (the same scenario; edit either)</summary><textarea id="json" spellcheck="false" aria-label="The scenario as JSON"></textarea></details>
</section>
<section aria-label="Results">
<div class="actions">
<button type="button" id="run" title="Ctrl+Enter">Run in every engine</button>
<button type="button" id="share">Share link</button>
<button type="button" id="save">Save as scenario</button>
<label style="display:inline"><select id="framework" aria-label="Server framework">${options(config.frameworks.map((f) => [f, f]))}</select></label>
<button type="button" id="copy-code">Copy as code</button>
</div>
<input id="share-link" class="wide hidden" readonly aria-label="Link to this scenario">
<div id="problems" role="alert"></div>
<div id="message" role="status"></div>
<div id="results" aria-live="polite"></div>
<div id="code"></div>
</section>
</main>
<script>${inPageSource(pageScript)}(${config_}, ${JSON.stringify(Object.fromEntries(Object.entries(blockedReasons).map(([name, reason]) => [name, { summary: reason.summary, step: reason.step }]))).replace(/</g, '\\u003c')}, ${JSON.stringify(statusLabels)}, ${inPageSource(renderCellDetail)});</script>
</body></html>
`;
}
