/**
 * The rooms of harness/ and the arrows between them (issue #37), kept as Playwright keeps its
 * DEPS lists: each room declares the rooms it may import (a type import counts: it ties the
 * rooms' words together as much as a value does), and an import that is not declared fails here.
 *
 * The map is today's, debts included: some rooms import each other both ways and two circles of
 * files remain, because the shared words (names, the observation model, the intent rule) still
 * live upstairs. Each debt is marked; a debt paid must be struck off (an unused arrow and a circle
 * that is gone fail too), so the map only gets cleaner.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A folder of harness/, or a file of its own at the top (`cli`, `index`, `pace`, `version`). */
type Room = string;

const mayImport: Record<Room, Room[]> = {
  cli: ['engines', 'own-server', 'pace', 'playground', 'report', 'scenario', 'version'],
  index: ['own-server', 'report'],
  pace: [],
  version: [],
  types: [],
  // The shared words' rooms.
  scenario: ['engines', 'libraries', 'origins', 'reasons'],
  probe: ['runner', 'scenario'],
  reasons: ['engines', 'runner'],
  origins: ['libraries', 'probe', 'runner'],
  libraries: ['engines', 'own-server', 'runner', 'scenario'],
  engines: ['origins', 'pace', 'probe', 'runner'],
  runner: ['engines', 'libraries', 'origins', 'pace', 'probe', 'reasons', 'scenario'],
  // The rooms that use them.
  'own-server': ['engines', 'libraries', 'origins', 'pace', 'probe', 'reasons', 'runner', 'scenario'],
  report: ['engines', 'libraries', 'own-server', 'pace', 'probe', 'reasons', 'runner', 'scenario', 'version'],
  playground: ['engines', 'origins', 'probe', 'reasons', 'report', 'runner', 'scenario'],
};

/**
 * The debt (#37): rooms that import each other, so that neither stands below the other. Mostly
 * types reached through side doors (engines/types.ts re-exporting runner/observation.ts's, say);
 * the shared words belong in a room of their own at the bottom.
 */
const importEachOther: Array<[Room, Room]> = [
  ['engines', 'runner'],
  ['libraries', 'own-server'],
  ['libraries', 'runner'],
  ['libraries', 'scenario'],
  ['origins', 'runner'],
  ['probe', 'runner'],
  ['reasons', 'runner'],
];

/** Circles of files, each as its sorted list (debt, #37: gone once the observation model and the names have a room of their own). */
const knownCircles: string[][] = [
  ['harness/engines/inbox.ts', 'harness/engines/types.ts', 'harness/libraries/verdict.ts', 'harness/origins/log.ts', 'harness/probe/probe.ts', 'harness/runner/observation.ts', 'harness/runner/outcome.ts'],
  ['harness/libraries/specific.ts', 'harness/libraries/types.ts'],
];

type Graph = Map<string, Set<string>>;

function roomOf(file: string): Room {
  const parts = file.split('/');
  return parts.length > 2 ? (parts[1] as string) : path.basename(file, '.ts');
}

/** Every .ts file under harness/ with the harness files it imports (relative imports, type-only ones and `import()` included). */
function importGraph(): Graph {
  const files = readdirSync(path.join(root, 'harness'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const known = new Set(files);
  const graph: Graph = new Map();
  for (const file of files) {
    const imported = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true).importedFiles.map((reference) => reference.fileName);
    const targets = imported
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, '.ts'))
      .filter((target) => known.has(target));
    graph.set(file, new Set(targets));
  }
  return graph;
}

/** Each import between rooms that the room's list does not declare, as `from → to: why`. */
function undeclaredArrows(graph: Graph, declared: Record<Room, Room[]>): string[] {
  const problems: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const [a, b] = [roomOf(from), roomOf(to)];
      if (a === b) continue;
      const list = declared[a];
      if (list === undefined) problems.push(`${from}: room ${a} is not in the map; declare what it may import`);
      else if (!list.includes(b)) problems.push(`${from} → ${to}: ${a} may not import ${b}`);
    }
  }
  return problems;
}

/** Declared arrows no import uses: a paid debt, or a map that has drifted. */
function unusedDeclarations(graph: Graph, declared: Record<Room, Room[]>): string[] {
  const used = new Set([...graph].flatMap(([from, targets]) => [...targets].map((to) => `${roomOf(from)} → ${roomOf(to)}`)));
  return Object.entries(declared).flatMap(([from, list]) => list.map((to) => `${from} → ${to}`).filter((arrow) => !used.has(arrow)));
}

/** Circles of files (strongly connected components of two or more), each sorted. */
function circles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const to of graph.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file) as number, low.get(to) as number));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file) as number, index.get(to) as number));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

test('every import between rooms of harness/ is one the importing room declares', () => {
  expect(undeclaredArrows(importGraph(), mayImport)).toEqual([]);
});

test('every declared arrow is used: a paid debt is struck off the map', () => {
  expect(unusedDeclarations(importGraph(), mayImport)).toEqual([]);
});

test('rooms that import each other are the known debt, no more: a pair paid off is struck off', () => {
  const pairs = Object.entries(mayImport).flatMap(([a, list]) => list.filter((b) => a < b && mayImport[b]?.includes(a)).map((b) => `${a} ↔ ${b}`));
  expect(pairs.sort()).toEqual(importEachOther.map(([a, b]) => `${a} ↔ ${b}`).sort());
});

test('no circle of files but the two known ones; one that is gone is struck off', () => {
  expect(circles(importGraph())).toEqual(knownCircles);
});

test('the check fails on an arrow a room does not declare, and on a new circle', () => {
  const graph = importGraph();
  // pace.ts is a leaf: it may import nothing of the harness.
  graph.set('harness/pace.ts', new Set(['harness/report/html.ts']));
  expect(undeclaredArrows(graph, mayImport)).toEqual(['harness/pace.ts → harness/report/html.ts: pace may not import report']);
  graph.set('harness/pace.ts', new Set(['harness/cli.ts']));
  expect(undeclaredArrows(graph, mayImport)).toEqual(['harness/pace.ts → harness/cli.ts: pace may not import cli']);
  expect(circles(graph)).toEqual(expect.arrayContaining([expect.arrayContaining(['harness/cli.ts', 'harness/pace.ts'])]));
});
