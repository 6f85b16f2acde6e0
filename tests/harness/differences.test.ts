/**
 * The whole trace decides: each step's requests and page view, normalised, compared between
 * engines; a difference no expectation, deviation or ignore entry accounts for is unchecked.
 */
import { test, expect } from '@playwright/test';
import type { ReceivedRequest, PageObservation, Observation } from '../../harness/model/observation.js';
import type { OriginName } from '../../harness/model/origin-names.js';
import { buildMatrix, missingColumnText } from '../../harness/report/matrix.js';
import { gridProjectsOf, renderHtml, variantsOf } from '../../harness/report/html.js';
import { renderMarkdown } from '../../harness/report/markdown.js';
import { baselineFrom, compareWithBaseline, describeChange, mergeBaseline, type BaselineCell } from '../../harness/report/baseline.js';
import { describeFor, distinguishingParts, rowDifferences, type ComparedCell } from '../../harness/report/differences.js';
import { effectiveExpectation } from '../../harness/runner/outcome.js';
import { checkedKeys, compareHops, normaliseValue, stepTrace } from '../../harness/runner/trace.js';
import { deviationSchema, expectedSchema, type Expected } from '../../harness/model/scenario.js';
import { matrixJsonSchema } from '../../harness/report/schema.js';
import { fakeObservation } from './fake-observation.js';

const names = ['site', 'site-port', 'api', 'other', 'site-https', 'api-https', 'other-https'] as const;
const originsOn = (port: number) => Object.fromEntries(names.map((name) => [name, `http://${name}.localhost:${port}`])) as Record<OriginName, string>;

function received(hop: number, origin: OriginName, isPreflight: boolean, headers: Array<[string, string]>, method = isPreflight ? 'OPTIONS' : 'PUT'): ReceivedRequest {
  return { token: 't', hop, origin, listener: 'http', method, path: `/s/t/${hop}`, httpVersion: '1.1', headers, isPreflight, bodyLength: 0, receivedAt: 0 };
}

const page: PageObservation = {
  result: 'response',
  status: 200,
  type: 'cors',
  redirected: true,
  url: null,
  bodyReadable: true,
  body: 'x',
  headers: {},
  visibleHeaderNames: ['Content-Type'],
  error: null,
  durationMs: 1,
};

/** The 307 to a third origin, as one engine on its own ports saw it, with the third origin's preflight Origin given. */
function redirectedPut(port: number, thirdPreflightOrigin: string | null, token = `tok${port}`) {
  const origins = originsOn(port);
  const headersFor = (origin: string | null): Array<[string, string]> => [
    ...(origin === null ? [] : ([['Origin', origin]] as Array<[string, string]>)),
    ['Access-Control-Request-Method', 'PUT'],
  ];
  const log = [
    received(0, 'other', true, headersFor(origins.site)),
    received(0, 'other', false, [['Origin', origins.site], ['Content-Type', 'multipart/form-data; boundary=----x' + port]]),
    received(1, 'api', true, headersFor(thirdPreflightOrigin === '{page}' ? origins.site : thirdPreflightOrigin)),
    received(1, 'api', false, [['Origin', 'null']]),
  ];
  const trace = stepTrace(log, { ...page, url: `${origins.api}/s/${token}/1` }, { page: origins.site, origins, token });
  return { origins, log, trace, token };
}

test('a trace names each request by hop and origin and removes ports, tokens and boundaries', () => {
  const { trace } = redirectedPut(4001, 'null');
  expect(trace).toMatchObject({
    'preflight at hop 0 (other): Origin': '{page}',
    'request at hop 0 (other): Content-Type': 'multipart/form-data; boundary={boundary}',
    'request at hop 0 (other): body length': 'multipart',
    'preflight at hop 1 (api): Origin': 'null',
    'preflight at hop 1 (api): Access-Control-Request-Method': 'PUT',
    'request at hop 1 (api): Authorization': 'absent',
    'page: url': '{origin:api}/s/{token}/1',
    'page: visible header names': 'content-type',
  });
  expect(normaliseValue('http://site.localhost:9/a http://api.localhost:9', { page: 'http://site.localhost:9', origins: originsOn(9), token: 'x' })).toBe('{page}/a {origin:api}');
});

function cell(project: string, port: number, thirdPreflightOrigin: string | null, expected: Expected, deviationExpected?: Expected): ComparedCell {
  const { log, trace } = redirectedPut(port, thirdPreflightOrigin);
  return {
    project,
    steps: [{ trace, checked: checkedKeys(expected, log, 2), deviationChecked: deviationExpected ? checkedKeys(deviationExpected, log, 2) : [] }],
    ignoredDifferences: [],
  };
}

const shorthandOnly = expectedSchema.parse({
  preflight: { method: 'PUT' },
  request: { method: 'PUT', origin: '{page}' },
  finalRequest: { method: 'PUT', origin: 'null' },
  page: { status: 200, type: 'cors', bodyReadable: true },
});

test('engines that differ where the expectation does not look: an unchecked difference, named from each cell', () => {
  const cells = [cell('chromium', 4001, 'null', shorthandOnly), cell('firefox', 4002, '{page}', shorthandOnly), cell('webkit', 4003, 'null', shorthandOnly)];
  const differences = rowDifferences(cells);
  expect(differences).toEqual([
    {
      step: 0,
      key: 'preflight at hop 1 (api): Origin',
      field: 'preflight at hop 1 (api): Origin',
      values: { chromium: 'null', firefox: '{page}', webkit: 'null' },
      accountedBy: null,
    },
  ]);
  expect(describeFor('firefox', differences[0]!)).toBe('preflight at hop 1 (api): Origin: {page} here, null in chromium, webkit');
  expect(distinguishingParts(cells[1]!, differences)).toEqual(['preflight at hop 1 (api): Origin={page}']);
});

test('the same difference, stated in expected.hops and declared as a deviation, is accounted for', () => {
  const standard = expectedSchema.parse({ ...shorthandOnly, hops: [{ hop: 1, server: 'api', preflight: { origin: 'null' } }] });
  const deviation = deviationSchema.parse({ engine: 'firefox', reason: 'r', bug: 'https://bugzilla.mozilla.org/', expected: { hops: [{ hop: 1, preflight: { origin: '{page}' } }] } });
  const firefoxExpected = effectiveExpectation(standard, [deviation]);
  // The deviation changes only the field it names; the hop keeps the rest of the standard's expectation.
  expect(firefoxExpected.hops).toEqual([{ hop: 1, server: 'api', preflight: { origin: '{page}' } }]);
  const cells = [cell('chromium', 4001, 'null', standard), cell('firefox', 4002, '{page}', standard, firefoxExpected), cell('webkit', 4003, 'null', standard)];
  expect(rowDifferences(cells).map((d) => d.accountedBy)).toEqual(['deviation']);
  // Without the deviation, every engine is held to the standard, which shows Firefox's value as a mismatch.
  const held = [cell('chromium', 4001, 'null', standard), cell('firefox', 4002, '{page}', standard), cell('webkit', 4003, 'null', standard)];
  expect(rowDifferences(held).map((d) => d.accountedBy)).toEqual(['expectation']);
  const { origins, log, trace, token } = redirectedPut(4002, '{page}');
  expect(compareHops(standard.hops ?? [], log, trace, { page: origins.site, target: origins.other, origins, token })).toEqual([
    { field: 'hops[1].preflight.origin', expected: 'null', observed: '{page}' },
  ]);
  expect(compareHops(firefoxExpected.hops ?? [], log, trace, { page: origins.site, target: origins.other, origins, token })).toEqual([]);
});

test('an ignore entry accounts for retries; the summary counts them instead of listing each', () => {
  const retried = (project: string, port: number, times: number): ComparedCell => {
    const log = Array.from({ length: times }, () => received(0, 'other', false, [['Origin', originsOn(port).site]], 'GET'));
    const trace = stepTrace(log, { ...page, result: 'network-error', status: null, type: null, bodyReadable: false }, { page: originsOn(port).site, origins: originsOn(port), token: 't' });
    const expected = expectedSchema.parse({ preflight: false, request: true, page: 'network-error' });
    return { project, steps: [{ trace, checked: checkedKeys(expected, log, 2), deviationChecked: [] }], ignoredDifferences: [] };
  };
  const cells = [retried('chromium', 1, 2), retried('firefox', 2, 10), retried('webkit', 3, 1)];
  const differences = rowDifferences(cells);
  expect(differences.map((d) => d.field)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `request at hop 0 (other) #${n}: sent`));
  expect(differences.every((d) => d.accountedBy === null)).toBe(true);
  expect(distinguishingParts(cells[1]!, differences)).toEqual(['request at hop 0 (other): sent ×10']);
  expect(distinguishingParts(cells[2]!, differences)).toEqual(['request at hop 0 (other): sent ×1']);
  for (const c of cells) c.ignoredDifferences = [{ field: 'request at hop 0 (other) #*: sent', reason: 'retry counts' }];
  expect(rowDifferences(cells).every((d) => d.accountedBy === 'ignored')).toBe(true);
});

/** A redirected PUT in one engine, whose third preflight's Origin is `origin` (nothing checks it). */
function redirectedObservation(project: 'chromium' | 'firefox' | 'webkit', port: number, origin: string | null, outcomePage: 'network-error' | 'timeout' = 'network-error'): Observation {
  const { log, trace } = redirectedPut(port, origin);
  const step = { page, pageOrigin: '', received: log, outcome: { preflight: false as const, request: false as const, finalRequest: false as const, page: outcomePage, blocked: null }, messages: [], blocked: null, standardMismatches: [], mismatches: [], trace, checked: checkedKeys(shorthandOnly, log, 2), deviationChecked: [] };
  return fakeObservation({
    scenario: { id: 'redirects/x', title: 't', file: 'f', reference: 'https://fetch.spec.whatwg.org/', page: 'site', target: 'other' },
    engine: { engine: project, variant: undefined, project, browser: project, version: '1', driver: 'd', executable: 'e', changedSettings: [] },
    origins: { page: '', target: '' },
    request: { api: 'fetch', method: 'PUT', headers: [], credentials: 'same-origin', mode: 'cors', redirect: 'follow', keepalive: false, readTiming: false, readHeaders: [] },
    steps: [step],
  });
}

test('in the matrix, an unchecked difference makes the row divergent and sets the cells apart', () => {
  const observation = redirectedObservation;
  const matrix = buildMatrix(
    [
      { scenarioId: 'redirects/x', project: 'chromium', status: 'matches-standard', observation: observation('chromium', 1, 'null') },
      { scenarioId: 'redirects/x', project: 'firefox', status: 'matches-standard', observation: observation('firefox', 2, '{page}') },
    ],
    '2026-12-01T00:00:00.000Z',
  );
  const [row] = matrix.rows;
  expect(row?.divergent).toBe(true);
  expect(row?.cells.chromium?.summary).not.toBe(row?.cells.firefox?.summary);
  expect(row?.cells.firefox?.uncheckedDifferences).toEqual(['preflight at hop 1 (api): Origin: {page} here, null in chromium']);
  expect(matrixJsonSchema.safeParse(JSON.parse(JSON.stringify(matrix))).success).toBe(true);
});

test('the matrix lists plain engines first, then variants, whichever project finished first', () => {
  const cell = (project: string, engine: 'chromium' | 'firefox' | 'webkit', variant?: 'local-network-access', scenarioId = 'topic/x') => ({
    scenarioId,
    project,
    status: 'matches-standard' as const,
    observation: fakeObservation({
      scenario: { id: 'topic/x', title: 't', file: 'f', reference: 'https://fetch.spec.whatwg.org/', page: 'site', target: 'other' },
      engine: { engine, variant, project, browser: engine, version: '1', driver: 'd', executable: 'e', changedSettings: [] },
      origins: { page: '', target: '' },
      request: { api: 'fetch', method: 'GET', headers: [], credentials: 'same-origin', mode: 'cors', redirect: 'follow', keepalive: false, readTiming: false, readHeaders: [] },
      steps: [],
    }),
  });
  const matrix = buildMatrix([
    cell('firefox-local-network-access', 'firefox', 'local-network-access'),
    cell('webkit', 'webkit'),
    cell('chromium-local-network-access', 'chromium', 'local-network-access'),
    cell('firefox', 'firefox'),
    cell('chromium', 'chromium'),
  ]);
  expect(matrix.columns.map((column) => column.project)).toEqual(['chromium', 'firefox', 'webkit', 'chromium-local-network-access', 'firefox-local-network-access']);

  // In the reports, the grid has the plain engines; a variant is shown beside the engine it
  // varies, on the rows it ran only (one of two here), not as a column of "not run" on every row.
  const wider = buildMatrix([cell('chromium', 'chromium'), cell('chromium-local-network-access', 'chromium', 'local-network-access'), cell('chromium', 'chromium', undefined, 'topic/y')]);
  expect(gridProjectsOf(wider)).toEqual(['chromium']);
  expect(variantsOf(wider).map((variant) => [variant.project, variant.engine, variant.rows.map((row) => row.id)])).toEqual([['chromium-local-network-access', 'chromium', ['topic/x']]]);
  const markdown = renderMarkdown(wider);
  expect(markdown).toContain('| scenario | chromium |\n');
  expect(markdown).toContain('### chromium-local-network-access: 1 scenarios, beside chromium\n\n| scenario | chromium | chromium-local-network-access |');
  expect(markdown).not.toContain('⚪ not run |');
  const html = renderHtml(wider);
  expect(html).toContain('<h3>chromium-local-network-access: 1 scenarios, beside chromium</h3>');
  expect(html).toContain('<a class="variant" href="#variant-chromium-local-network-access">also in chromium-local-network-access</a>');
  expect(html).not.toContain('<td class="cell not-run">not run</td>');
});

test('a run of fewer engines than the baseline compares what each cell did, not what set it apart from engines that did not run', () => {
  const cell = (project: 'chromium' | 'firefox', observation: Observation) => ({ scenarioId: 'redirects/x', project, status: 'matches-standard' as const, observation });
  const both = buildMatrix([cell('chromium', redirectedObservation('chromium', 1, 'null')), cell('firefox', redirectedObservation('firefox', 2, '{page}'))]);
  const baseline = baselineFrom(both);
  expect(baseline.cells['redirects/x']?.chromium?.summary).not.toBe(baseline.cells['redirects/x']?.chromium?.outcomeSummary);
  // The same behaviour, Chromium alone: its cell no longer names Firefox's Origin, and is unchanged.
  expect(compareWithBaseline(baseline, buildMatrix([cell('chromium', redirectedObservation('chromium', 3, 'null'))])).changes).toEqual([]);
  // What Chromium itself did changed: reported, alone or beside Firefox.
  const changed = redirectedObservation('chromium', 3, 'null', 'timeout');
  expect(compareWithBaseline(baseline, buildMatrix([cell('chromium', changed)])).changes.map((c) => c.project)).toEqual(['chromium']);
  // Both engines ran and now agree: Chromium sent another Origin, a change; Firefox did what it did.
  const agreeing = buildMatrix([cell('chromium', redirectedObservation('chromium', 3, '{page}')), cell('firefox', redirectedObservation('firefox', 4, '{page}'))]);
  expect(compareWithBaseline(baseline, agreeing).changes.map((c) => c.project)).toEqual(['chromium']);
  // A baseline recorded before outcome summaries and digests were kept compares whole summaries, as it did.
  const recorded = baseline.cells['redirects/x'];
  const undigested = (kept: BaselineCell) => ({ ...kept, outcomeSummary: undefined, trace: undefined });
  const old = { ...baseline, cells: { 'redirects/x': { chromium: undigested(recorded!.chromium!), firefox: undigested(recorded!.firefox!) } } };
  expect(compareWithBaseline(old, buildMatrix([cell('chromium', redirectedObservation('chromium', 3, 'null'))])).changes).toHaveLength(1);
});

test('a baseline recorded again by a run of one engine keeps what set its cells apart, so the next run of all engines finds nothing changed', () => {
  const cell = (project: 'chromium' | 'firefox', observation: Observation) => ({ scenarioId: 'redirects/x', project, status: 'matches-standard' as const, observation });
  const both = () => buildMatrix([cell('chromium', redirectedObservation('chromium', 1, 'null')), cell('firefox', redirectedObservation('firefox', 2, '{page}'))]);
  const baseline = baselineFrom(both());
  // The same behaviour recorded by Chromium alone: its summary, which knew Firefox, is kept.
  const again = mergeBaseline(baseline, baselineFrom(buildMatrix([cell('chromium', redirectedObservation('chromium', 3, 'null'))]))).cells['redirects/x'];
  expect(again?.chromium?.summary).toBe(baseline.cells['redirects/x']?.chromium?.summary);
  expect(compareWithBaseline({ ...baseline, cells: { 'redirects/x': again! } }, both()).changes).toEqual([]);
  // A new behaviour recorded by Chromium alone: marked, and compared by its outcome from then on.
  const timedOut = (port: number) => redirectedObservation('chromium', port, 'null', 'timeout');
  const changed = mergeBaseline(baseline, baselineFrom(buildMatrix([cell('chromium', timedOut(3))]))).cells['redirects/x'];
  expect(changed?.chromium?.recordedAlone).toBe(true);
  const later = buildMatrix([cell('chromium', timedOut(4)), cell('firefox', redirectedObservation('firefox', 5, '{page}'))]);
  expect(compareWithBaseline({ ...baseline, cells: { 'redirects/x': changed! } }, later).changes).toEqual([]);
});

test('one engine that did something else moves no other cell, whatever its change sets apart; a change of all engines alike is seen in each', () => {
  const cell = (project: 'chromium' | 'firefox' | 'webkit', observation: Observation) => ({ scenarioId: 'redirects/x', project, status: 'matches-standard' as const, observation });
  const run = (firefox: Observation, origin = 'null') =>
    buildMatrix([cell('chromium', redirectedObservation('chromium', 1, origin)), cell('firefox', firefox), cell('webkit', redirectedObservation('webkit', 3, origin))]);
  const baseline = baselineFrom(run(redirectedObservation('firefox', 2, 'null')));
  // All three agreed. Now Firefox sent another Origin and its page timed out (a content process
  // that died under it, say): the other two cells' summaries name what sets them apart from it.
  // Only Firefox's cell changed.
  const crashed = run(redirectedObservation('firefox', 2, '{page}', 'timeout'));
  expect(crashed.rows[0]?.cells.chromium?.summary).not.toBe(baseline.cells['redirects/x']?.chromium?.summary);
  expect(compareWithBaseline(baseline, crashed).changes.map((change) => change.project)).toEqual(['firefox']);
  // All three now send another Origin: no summary names it (they agree), each cell changed.
  const allChanged = run(redirectedObservation('firefox', 2, '{page}'), '{page}');
  expect(allChanged.rows[0]?.cells.chromium?.summary).toBe(baseline.cells['redirects/x']?.chromium?.summary);
  const changes = compareWithBaseline(baseline, allChanged).changes;
  expect(changes.map((change) => change.project)).toEqual(['chromium', 'firefox', 'webkit']);
  // The reports say so, since before and now read the same.
  expect(describeChange(changes[0]!).now).toContain('a field of its trace that no summary names changed');
  expect(describeChange(compareWithBaseline(baseline, crashed).changes[0]!).now).not.toContain('no summary names');
});

test('an engine that could not start or that errored changes no other cell: the column is named once, its cells are not measured', () => {
  const cell = (project: 'chromium' | 'firefox', observation: Observation) => ({ scenarioId: 'redirects/x', project, status: 'matches-standard' as const, observation });
  const baseline = baselineFrom(buildMatrix([cell('chromium', redirectedObservation('chromium', 1, 'null')), cell('firefox', redirectedObservation('firefox', 2, '{page}'))]));
  const chromium = cell('chromium', redirectedObservation('chromium', 3, 'null'));
  // Firefox could not start: its tests were skipped with the reason (harness/runner/fixtures.ts).
  const reason = 'not measured: firefox needs what this machine lacks';
  const unavailable = buildMatrix([chromium, { scenarioId: 'redirects/x', project: 'firefox', status: 'not-run', reason }]);
  expect(unavailable.rows[0]?.cells.firefox?.summary).toBe('not measured');
  expect(unavailable.missingColumns).toEqual([{ project: 'firefox', reason }]);
  expect(missingColumnText(unavailable.missingColumns[0]!)).toBe(`firefox: ${reason}`);
  expect(compareWithBaseline(baseline, unavailable).changes).toEqual([]);
  // Firefox errored: its own cells changed, Chromium's did not (it was compared by what it did).
  const errored = buildMatrix([chromium, { scenarioId: 'redirects/x', project: 'firefox', status: 'error', reason: 'Error: crashed' }]);
  expect(compareWithBaseline(baseline, errored).changes.map((change) => change.project)).toEqual(['firefox']);
  // Recorded again from that run, the baseline keeps what set Chromium apart from Firefox.
  const merged = mergeBaseline(baseline, baselineFrom(errored));
  expect(merged.cells['redirects/x']?.chromium?.summary).toBe(baseline.cells['redirects/x']?.chromium?.summary);
});

test('Accept, Accept-Language and Content-Language are compared where the page set them, and only on its own request', () => {
  const origins = originsOn(4101);
  const log = [received(0, 'other', true, [['Origin', origins.site], ['Accept', '*/*']]), received(0, 'other', false, [['Origin', origins.site], ['Accept', 'text/"quoted"'], ['Accept-Language', 'en']])];
  const context = { page: origins.site, origins, token: 'tok4101' };
  const set = stepTrace(log, page, { ...context, pageSet: ['accept'] });
  expect(set['request at hop 0 (other): Accept']).toBe('text/"quoted"');
  // The engine's own Accept-Language, and a preflight's Accept, stay out.
  expect(Object.keys(set).filter((key) => /Accept|Language/.test(key))).toEqual(['request at hop 0 (other): Accept']);
  expect(Object.keys(stepTrace(log, page, context)).filter((key) => /Accept|Language/.test(key))).toEqual([]);
});
