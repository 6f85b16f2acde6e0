/**
 * The rooms of harness/ and the arrows between them (issue #37), kept as Playwright keeps its
 * DEPS lists: each room declares the rooms it may import (a type import counts: it ties the
 * rooms' words together as much as a value does), and an import that is not declared fails here.
 *
 * The shared words live at the bottom, in harness/model/, and every arrow runs one way: no two
 * rooms import each other and no files form a circle. A declared arrow that no import uses fails
 * too, so the map says what the code does, no more.
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
  // The bottom: the shared words (names, the scenario schema, the observation model, the intent
  // rule, the reasons, the library options, URLs). It imports no other room.
  model: [],
  pace: [],
  version: [],
  types: [],
  probe: ['model'],
  reasons: ['model'],
  libraries: ['model', 'own-server'],
  origins: ['libraries', 'model', 'probe'],
  scenario: ['libraries', 'model', 'origins'],
  // The Fetch standard's model (issue #39): it reads scenarios, asks a library what it answers, and predicts what a browser does.
  standard: ['libraries', 'model', 'own-server', 'scenario'],
  // The catalogue's loader: scenario files read, checked, and what they leave out of `expected` given by the standard.
  catalogue: ['model', 'scenario', 'standard'],
  engines: ['model', 'origins', 'pace', 'probe'],
  runner: ['engines', 'libraries', 'model', 'origins', 'pace', 'probe', 'reasons', 'scenario'],
  'own-server': ['engines', 'model', 'origins', 'pace', 'probe', 'reasons', 'scenario'],
  report: ['model', 'own-server', 'pace', 'probe', 'runner', 'scenario', 'version'],
  playground: ['catalogue', 'engines', 'model', 'origins', 'probe', 'report', 'runner', 'scenario', 'standard'],
  // The differential fuzzer (issue #39): the model's expectation, run as the playground runs one.
  fuzz: ['catalogue', 'model', 'playground', 'report', 'scenario', 'standard'],
  cli: ['model', 'own-server', 'pace', 'playground', 'report', 'scenario', 'version'],
  index: ['own-server', 'report'],
};

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

/** Declared arrows no import uses: a map that has drifted from the code. */
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

test('every declared arrow is used: the map says what the code does', () => {
  expect(unusedDeclarations(importGraph(), mayImport)).toEqual([]);
});

test('no two rooms may import each other: every arrow runs one way, down to the model', () => {
  const pairs = Object.entries(mayImport).flatMap(([a, list]) => list.filter((b) => a < b && mayImport[b]?.includes(a)).map((b) => `${a} ↔ ${b}`));
  expect(pairs).toEqual([]);
});

test('no circle of files', () => {
  expect(circles(importGraph())).toEqual([]);
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
