/**
 * The per-library view of the report: library rows grouped by library, each cell the verdict on
 * the developer's intent (also for a cell that did not run), findings listed, in HTML and Markdown.
 */
import { test, expect } from '@playwright/test';
import type { EngineIdentity, LibraryObservation, Observation } from '../../harness/model/observation.js';
import type { MatrixCell } from '../../harness/report/collect.js';
import { renderHtml } from '../../harness/report/html.js';
import { libraryViews } from '../../harness/report/libraries.js';
import { renderMarkdown } from '../../harness/report/markdown.js';
import { buildMatrix } from '../../harness/report/matrix.js';
import { matrixJsonSchema } from '../../harness/report/schema.js';
import { failedPage, fakeObservation } from './fake-observation.js';

const identity = (project: 'chromium' | 'webkit'): EngineIdentity => ({
  engine: project,
  variant: undefined,
  project,
  browser: project,
  version: '1.0',
  driver: 'test',
  executable: 'test',
  changedSettings: [],
});

function observation(id: string, project: 'chromium' | 'webkit', library: LibraryObservation): Observation {
  const outcome = { preflight: false as const, request: false as const, finalRequest: false as const, page: 'network-error' as const, blocked: null };
  return fakeObservation({
    scenario: { id, title: `${library.name}: a title`, file: 'scenarios/libraries/x.ts', reference: 'https://fetch.spec.whatwg.org/', page: 'site', target: library.name },
    engine: identity(project),
    origins: { page: 'http://site.localhost:1', target: `http://${library.name}.localhost:2` },
    request: { api: 'fetch', method: 'GET', headers: [], credentials: 'include', mode: 'cors', redirect: 'follow', keepalive: false, readTiming: false, readHeaders: [] },
    steps: [
      {
        page: failedPage(null),
        pageOrigin: 'http://site.localhost:1',
        received: [],
        outcome,
        messages: [],
        blocked: null,
        standardMismatches: [],
        mismatches: [],
        trace: { 'page: result': 'network-error' },
        checked: ['page: result'],
        deviationChecked: [],
      },
    ],
    library,
  });
}

const credentialsStar: LibraryObservation = {
  name: 'express-cors',
  packageName: 'cors',
  version: '2.8.6',
  framework: 'express 5.3.0',
  checkout: null,
  endpoint: 'resource',
  options: { origin: '*', credentials: true },
  steps: [{ intent: 'allow', verdict: 'blocked-what-should-pass' }],
  verdict: 'blocked-what-should-pass',
  finding: { summary: 'sends * with credentials', link: 'https://fetch.spec.whatwg.org/#cors-protocol-and-credentials' },
};

const id = 'libraries/express-cors/credentials-star';
const cells: MatrixCell[] = [
  { scenarioId: id, project: 'chromium', status: 'matches-standard', observation: observation(id, 'chromium', credentialsStar), library: 'express-cors' },
  { scenarioId: id, project: 'webkit', status: 'matches-standard', observation: observation(id, 'webkit', credentialsStar), library: 'express-cors' },
  { scenarioId: 'libraries/koa-cors/only-skipped', project: 'chromium', status: 'not-run', reason: 'not measured: test', library: 'koa-cors' },
  { scenarioId: 'allow-origin/star', project: 'chromium', status: 'not-run', reason: 'skipped' },
];

test('library rows are grouped per library, with the verdict per engine and the findings', () => {
  const matrix = buildMatrix(cells, '2026-01-01T00:00:00.000Z');
  expect(matrixJsonSchema.safeParse(JSON.parse(JSON.stringify(matrix))).success).toBe(true);
  const views = libraryViews(matrix);
  expect(views.map((view) => view.library)).toEqual(['express-cors', 'koa-cors']);
  const [express, koa] = views;
  expect(express?.description).toBe('cors 2.8.6 on express 5.3.0');
  expect(express?.rows.map((row) => [row.name, row.cells.chromium?.label, row.cells.webkit?.label])).toEqual([
    ['credentials-star', 'blocked what should pass', 'blocked what should pass'],
  ]);
  expect(express?.rows[0]?.finding?.summary).toBe('sends * with credentials');
  // A row whose every cell was skipped still appears in its library's view.
  expect(koa?.rows.map((row) => [row.name, row.cells.chromium?.label])).toEqual([['only-skipped', 'not run']]);

  const markdown = renderMarkdown(matrix);
  expect(markdown).toContain('#### express-cors: cors 2.8.6 on express 5.3.0');
  expect(markdown).toContain('| `credentials-star` | 🚫 blocked what should pass | 🚫 blocked what should pass |');
  expect(markdown).toContain('- **credentials-star**: sends * with credentials');

  const html = renderHtml(matrix);
  expect(html).toContain('<section class="library" id="library-express-cors" style="contain-intrinsic-size: auto');
  expect(html).toMatch(/<td class="cell blocked-what-should-pass" data-cell="\d+"[^>]*>blocked what should pass<\/td>/);
});

test('without library rows the report has no library section', () => {
  const matrix = buildMatrix(cells.filter((cell) => cell.library === undefined), '2026-01-01T00:00:00.000Z');
  expect(libraryViews(matrix)).toEqual([]);
  expect(renderMarkdown(matrix)).not.toContain('CORS libraries');
  expect(renderHtml(matrix)).not.toContain('id="libraries"');
});
