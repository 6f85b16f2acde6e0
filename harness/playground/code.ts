/**
 * "Copy as code": the scenario's request as the page's JavaScript would make it, and a minimal
 * server that answers as the scenario declares, for the framework the user picks. Placeholders
 * are filled in with the playground's origins, so both can be pasted and tried at once.
 */
import { headerPairs } from '../scenario/consistency.js';
import type { HeaderList, RequestBody, ResponseSpec, Scenario } from '../model/scenario.js';
import { resolveTemplate, type TemplateContext } from '../model/template.js';

export const serverFrameworks = ['express', 'koa', 'hono', 'node:http'] as const;
export type ServerFramework = (typeof serverFrameworks)[number];

const path = '/resource';
const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

function headersObject(headers: HeaderList, context: TemplateContext, indent: string): string {
  const pairs = headerPairs(headers);
  if (pairs.length === 0) return '{}';
  return `{\n${pairs.map(([name, value]) => `${indent}  ${quote(name)}: ${quote(resolveTemplate(value, context))},`).join('\n')}\n${indent}}`;
}

function bodyExpression(body: RequestBody): string {
  switch (body.kind) {
    case 'text':
      return quote(body.text);
    case 'urlencoded':
      return `new URLSearchParams(${JSON.stringify(body.fields)})`;
    case 'form-data': {
      const appends = Object.entries(body.fields).map(([name, value]) => `form.append(${quote(name)}, ${quote(value)});`);
      return `(() => { const form = new FormData(); ${appends.join(' ')} return form; })()`;
    }
    case 'blob':
      return `new Blob([${quote(body.text)}], { type: ${quote(body.type)} })`;
  }
}

/** The page's side. */
export function requestCode(scenario: Scenario, context: TemplateContext): string {
  const url = `${context.target}${path}`;
  const request = scenario.request;
  const from = `// From a page at ${context.page}`;
  switch (request.api) {
    case 'fetch': {
      const options: string[] = [];
      if (request.method !== 'GET') options.push(`method: ${quote(request.method)}`);
      if (headerPairs(request.headers).length > 0) options.push(`headers: ${headersObject(request.headers, context, '  ')}`);
      if (request.body) options.push(`body: ${bodyExpression(request.body)}`);
      if (request.credentials !== 'same-origin') options.push(`credentials: ${quote(request.credentials)}`);
      if (request.mode !== 'cors') options.push(`mode: ${quote(request.mode)}`);
      if (request.redirect !== 'follow') options.push(`redirect: ${quote(request.redirect)}`);
      if (request.keepalive) options.push('keepalive: true');
      const init = options.length > 0 ? `, {\n${options.map((option) => `  ${option},`).join('\n')}\n}` : '';
      const reads = request.readHeaders.map((name) => `console.log(${quote(name)}, response.headers.get(${quote(name)}));`);
      return [from, `const response = await fetch(${quote(url)}${init});`, 'console.log(response.status, await response.text());', ...reads].join('\n');
    }
    case 'xhr': {
      const lines = [from, 'const xhr = new XMLHttpRequest();', `xhr.open(${quote(request.method)}, ${quote(url)});`];
      if (request.withCredentials) lines.push('xhr.withCredentials = true;');
      for (const [name, value] of headerPairs(request.headers)) lines.push(`xhr.setRequestHeader(${quote(name)}, ${quote(resolveTemplate(value, context))});`);
      if (request.uploadListener) lines.push("xhr.upload.addEventListener('progress', () => {});");
      lines.push('xhr.onload = () => console.log(xhr.status, xhr.responseText);', "xhr.onerror = () => console.log('network error');");
      lines.push(`xhr.send(${request.body ? bodyExpression(request.body) : ''});`);
      return lines.join('\n');
    }
    case 'element': {
      const crossorigin = request.crossorigin ? ` crossorigin="${request.crossorigin}"` : '';
      const tags: Record<typeof request.element, string> = {
        img: `<img${crossorigin} src="${url}">`,
        script: `<script${crossorigin} src="${url}"></script>`,
        'module-script': `<script type="module"${crossorigin} src="${url}"></script>`,
        stylesheet: `<link rel="stylesheet"${crossorigin} href="${url}">`,
        'iframe-postmessage': `<iframe src="${url}"></iframe>`,
        font: `<script>new FontFace('probe', 'url(${url})').load();</script>`,
        'json-module': `<script type="module">import value from '${url}' with { type: 'json' };</script>`,
        video: `<video${crossorigin} src="${url}"></video>`,
        audio: `<audio${crossorigin} src="${url}"></audio>`,
        'preload-fetch': `<link rel="preload" as="fetch"${crossorigin} href="${url}">`,
      };
      return `<!-- On a page at ${context.page} -->\n${tags[request.element]}`;
    }
    case 'beacon':
      return [from, `navigator.sendBeacon(${quote(url)}${request.body ? `, ${bodyExpression(request.body)}` : ''});`].join('\n');
    case 'worker': {
      const type = request.load === 'module-script' || request.load === 'static-import' ? ", { type: 'module' }" : '';
      const constructor = request.worker === 'shared' ? 'SharedWorker' : 'Worker';
      return [from, `new ${constructor}(${quote(url)}${type});`].join('\n');
    }
    case 'websocket':
      return [from, `const socket = new WebSocket(${quote(url.replace(/^http/, 'ws'))});`, 'socket.onmessage = (event) => console.log(event.data);'].join('\n');
    case 'eventsource':
      return [from, `const source = new EventSource(${quote(url)}${request.withCredentials ? ', { withCredentials: true }' : ''});`, 'source.onmessage = (event) => console.log(event.data);'].join('\n');
  }
}

interface Answer {
  method: string;
  response: ResponseSpec;
}

function answers(scenario: Scenario): Answer[] {
  if (!scenario.response) return [];
  const request = scenario.request;
  const method = request.api === 'fetch' || request.api === 'xhr' ? request.method : request.api === 'beacon' ? 'POST' : 'GET';
  return [...(scenario.preflight ? [{ method: 'OPTIONS', response: scenario.preflight }] : []), { method, response: scenario.response }];
}

function bodyOf(response: ResponseSpec): string | undefined {
  if (response.redirect) return undefined;
  if (response.bodyBase64 !== undefined) return `Buffer.from(${quote(response.bodyBase64.slice(0, 40))} /* the scenario's base64 body, shortened */, 'base64')`;
  return response.body === undefined ? undefined : quote(response.body);
}

/** The server's side: one route per answer, headers as declared. */
export function serverCode(scenario: Scenario, context: TemplateContext, framework: ServerFramework): string {
  if (scenario.library) return `// This scenario's target is ${scenario.library.name} with ${JSON.stringify(scenario.library.options)}: see harness/libraries/ for how it is served.`;
  const list = answers(scenario);
  const note = (response: ResponseSpec) => [
    ...(response.redirect ? [`// Redirects to ${context.origins[response.redirect.to]}${path}, which answers as the scenario's redirect.response says.`] : []),
    ...(response.fault ? [`// The scenario's fault "${response.fault}": ${response.fault === 'reset' ? 'the connection is dropped' : 'no answer is ever sent'}.`] : []),
  ];
  const location = (response: ResponseSpec) => (response.redirect ? `${context.origins[response.redirect.to]}${path}` : undefined);
  const withLocation = (response: ResponseSpec): HeaderList => {
    const to = location(response);
    return to ? [...headerPairs(response.headers), ['Location', to]] : response.headers;
  };
  const routeName = (method: string) => (method === 'OPTIONS' ? 'options' : method.toLowerCase());
  const lines: string[] = [`// Serves ${context.target}${path}`];
  switch (framework) {
    case 'express':
      lines.push("import express from 'express';", 'const app = express();');
      for (const { method, response } of list) {
        const body = bodyOf(response);
        lines.push(...note(response), `app.${/^[a-z]+$/.test(routeName(method)) ? routeName(method) : 'all'}('${path}', (req, res) => {`);
        lines.push(`  res.status(${response.status}).set(${headersObject(response.headers, context, '  ')});`);
        const to = location(response);
        if (to) lines.push(`  res.set('Location', ${quote(to)});`);
        lines.push(`  res.send(${body ?? ''});`, '});');
      }
      lines.push(`app.listen(${new URL(context.target).port || 80});`);
      break;
    case 'koa':
      lines.push("import Koa from 'koa';", "import Router from '@koa/router';", 'const app = new Koa();', 'const router = new Router();');
      for (const { method, response } of list) {
        const body = bodyOf(response);
        lines.push(...note(response), `router.${/^[a-z]+$/.test(routeName(method)) ? routeName(method) : 'all'}('${path}', (ctx) => {`);
        lines.push(`  ctx.status = ${response.status};`, `  ctx.set(${headersObject(response.headers, context, '  ')});`);
        const to = location(response);
        if (to) lines.push(`  ctx.set('Location', ${quote(to)});`);
        if (body) lines.push(`  ctx.body = ${body};`);
        lines.push('});');
      }
      lines.push('app.use(router.routes());', `app.listen(${new URL(context.target).port || 80});`);
      break;
    case 'hono':
      lines.push("import { Hono } from 'hono';", "import { serve } from '@hono/node-server';", 'const app = new Hono();');
      for (const { method, response } of list) {
        const body = bodyOf(response);
        const headers = withLocation(response);
        lines.push(...note(response), `app.on(${quote(method)}, '${path}', (c) => new Response(${body ?? 'null'}, {`);
        lines.push(`  status: ${response.status},`, `  headers: ${headersObject(headers, context, '  ')},`, '}));');
      }
      lines.push(`serve({ fetch: app.fetch, port: ${new URL(context.target).port || 80} });`);
      break;
    case 'node:http':
      lines.push("import http from 'node:http';", 'http.createServer((req, res) => {');
      for (const { method, response } of list) {
        const body = bodyOf(response);
        const headers = withLocation(response);
        lines.push(...note(response).map((line) => `  ${line}`), `  if (req.method === ${quote(method)}) {`);
        lines.push(`    res.writeHead(${response.status}, ${headersObject(headers, context, '    ')});`, `    return res.end(${body ?? ''});`, '  }');
      }
      lines.push('  res.writeHead(405).end();', `}).listen(${new URL(context.target).port || 80});`);
      break;
  }
  return lines.join('\n');
}
