/**
 * The README stays a short front page (at most 250 lines, issue #37) and the rest lives in docs/,
 * so sections move between files and a link to `#some-section` can quietly point at nothing:
 * every relative link and image in README.md and in the Markdown pages under docs/ must name a
 * file that exists and, with an anchor, a heading of that Markdown file, slugged as GitHub does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** README.md and every Markdown page under docs/, relative to the repository's root. */
function markdownFiles(): string[] {
  const files = ['README.md'];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.md')) files.push(relative);
    }
  };
  walk('docs');
  return files;
}

/**
 * The file's lines with fenced code blocks blanked (line numbers kept): a `[x](y)` or a `# ` in
 * an example is not a link or a heading. Fences may be indented, as inside a list item.
 */
function proseLines(text: string): string[] {
  let fence: { char: string; length: number } | undefined;
  return text.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) {
      if (marker === undefined) return line;
      fence = { char: marker.charAt(0), length: marker.length };
      return '';
    }
    if (marker !== undefined && marker.charAt(0) === fence.char && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    return '';
  });
}

/** Inline code spans blanked (newlines kept), so `[a](b)` quoted in backticks is not a link. */
function withoutCodeSpans(text: string): string {
  return text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (span) => span.replace(/[^\n]/g, ' '));
}

/** A heading's text as GitHub renders it: code without backticks, links and images by their text, no HTML, no emphasis marks. */
function headingText(markdown: string): string {
  return markdown
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_span, _ticks: string, code: string) => code.trim())
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(^|[^\p{L}\p{N}])[*_]+|[*_]+(?=[^\p{L}\p{N}]|$)/gu, '$1');
}

/**
 * GitHub's heading anchors (github-slugger): lower-case, drop every character that is not a
 * letter, a digit, a space, `-` or `_`, each space to `-`; a repeated slug gets `-1`, `-2`, ….
 */
function headingSlugs(headings: string[]): string[] {
  const seen = new Map<string, number>();
  return headings.map((heading) => {
    const base = heading.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N} _-]/gu, '').replace(/ /g, '-');
    let slug = base;
    while (seen.has(slug)) {
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      slug = `${base}-${count}`;
    }
    seen.set(slug, 0);
    return slug;
  });
}

const anchorsOf = new Map<string, Set<string>>();

/** The anchors a Markdown file offers: its headings' slugs (ATX and setext), and HTML ids and names. */
function anchors(file: string): Set<string> {
  const known = anchorsOf.get(file);
  if (known) return known;
  const lines = proseLines(readFileSync(file, 'utf8'));
  const headings: string[] = [];
  const html = new Set<string>();
  lines.forEach((line, i) => {
    const atx = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (atx) headings.push(headingText(atx[1] ?? ''));
    const previous = i > 0 ? lines[i - 1] ?? '' : '';
    if (/^ {0,3}(=+|-+)\s*$/.test(line) && previous.trim() !== '' && !/^\s*([#>|]|[-*+]\s|\d+[.)]\s)/.test(previous)) headings.push(headingText(previous));
    for (const match of line.matchAll(/<[a-z][^>]*\s(?:id|name)="([^"]+)"/gi)) html.add(match[1] ?? '');
  });
  const result = new Set([...headingSlugs(headings), ...html]);
  anchorsOf.set(file, result);
  return result;
}

interface Link {
  line: number;
  target: string;
}

/** Every inline link and image `[text](target)` and reference definition `[label]: target` outside code. */
function linksOf(text: string): Link[] {
  const links: Link[] = [];
  const lines = proseLines(text);
  // A code span or a link can wrap, but never across a blank line: read paragraph by paragraph.
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
    const paragraph = withoutCodeSpans(lines.slice(start, end).join('\n'));
    const lineOf = (index: number) => start + 1 + (paragraph.slice(0, index).match(/\n/g)?.length ?? 0);
    for (const match of paragraph.matchAll(/!?\[(?:[^[\]]|\[[^[\]]*\])*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g)) {
      links.push({ line: lineOf(match.index ?? 0), target: (match[1] ?? '').replace(/^<|>$/g, '') });
    }
    for (const match of paragraph.matchAll(/^ {0,3}\[(?!\^)[^\]]+\]:\s*(\S+)/gm)) links.push({ line: lineOf(match.index ?? 0), target: match[1] ?? '' });
    start = end + 1;
  }
  return links;
}

/** Why a link from `file` to `target` leads nowhere, or undefined when it leads somewhere. */
function brokenBecause(file: string, target: string): string | undefined {
  const hash = target.indexOf('#');
  let pathPart: string;
  let anchor: string | undefined;
  try {
    pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
  } catch {
    return 'not a well-formed URL';
  }
  const resolved = pathPart === '' ? path.join(root, file) : pathPart.startsWith('/') ? path.join(root, pathPart) : path.join(root, path.dirname(file), pathPart);
  if (!existsSync(resolved)) return 'no such file';
  if (anchor === undefined) return undefined;
  if (!resolved.endsWith('.md')) return /^L\d+(-L\d+)?$/.test(anchor) ? undefined : 'an anchor into a file that is not Markdown';
  return anchors(resolved).has(anchor) ? undefined : `no heading with this slug in ${path.relative(root, resolved)}`;
}

test('GitHub slugs: lower case, punctuation dropped, spaces to dashes, repeats numbered', () => {
  expect(headingSlugs(['Test your own API: `npx corsmatrix`', 'Fidelity: what the harness changes in each browser', 'Remote WebDriver: real Safari, a Grid'].map(headingText)))
    .toEqual(['test-your-own-api-npx-corsmatrix', 'fidelity-what-the-harness-changes-in-each-browser', 'remote-webdriver-real-safari-a-grid']);
  expect(headingSlugs(['Findings', 'Findings', 'Findings-1', 'Findings'])).toEqual(['findings', 'findings-1', 'findings-1-1', 'findings-2']);
});

test('every relative link and image in README.md and docs/ points at a file and, with #anchor, a heading', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const file of markdownFiles()) {
    for (const { line, target } of linksOf(readFileSync(path.join(root, file), 'utf8'))) {
      if (/^(https?|mailto):/i.test(target)) continue;
      checked++;
      const reason = brokenBecause(file, target);
      if (reason !== undefined) broken.push(`${file}:${line}: ${target} (${reason})`);
    }
  }
  // Guards the reader itself: README.md and docs/ have dozens of relative links, not a handful.
  expect(checked).toBeGreaterThan(20);
  expect(broken, `links that lead nowhere:\n${broken.join('\n')}`).toEqual([]);
});

test('README.md has at most 250 lines; the rest belongs in docs/', () => {
  const lines = readFileSync(path.join(root, 'README.md'), 'utf8').match(/\n/g)?.length ?? 0;
  expect(lines, 'README.md is the front page: move detail to a page in docs/ and link it from "Documentation"').toBeLessThanOrEqual(250);
});
