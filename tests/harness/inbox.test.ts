/**
 * A failed step's messages: which belong to the run, and how long the step waits for them.
 */
import { test, expect } from '@playwright/test';
import { MessageInbox, messageWaitMs } from '../../harness/engines/inbox.js';
import { scaled } from '../../harness/pace.js';

const token = 'elements-script-1a2b3c4d5e6f';
const other = 'elements-video-6f5e4d3c2b1a';
const url = (run: string) => `http://other.localhost:8000/s/${run}/0`;

test("a message naming another run's URL is left out, one naming none or this run's is kept", async () => {
  const inbox = new MessageInbox();
  inbox.push({ source: 'console', text: `Cannot load image ${url(other)} due to access control checks.` });
  inbox.push({ source: 'console', text: 'Origin http://site.localhost:8000 is not allowed by Access-Control-Allow-Origin. Status code: 200' });
  inbox.push({ source: 'network', text: 'net::ERR_FAILED', url: url(token) });
  const taken = await inbox.take({ token, failed: true });
  expect(taken.map((message) => message.text)).toEqual(['Origin http://site.localhost:8000 is not allowed by Access-Control-Allow-Origin. Status code: 200', 'net::ERR_FAILED']);
  expect(await inbox.take({ token, failed: false })).toEqual([]);
});

test('a failed step waits for a message that comes after its answer, until they stop coming', async () => {
  const inbox = new MessageInbox();
  const taking = inbox.take({ token, failed: true });
  setTimeout(() => inbox.push({ source: 'console', text: `Access to fetch at '${url(token)}' has been blocked by CORS policy` }), 20);
  setTimeout(() => inbox.push({ source: 'console', text: 'Failed to load resource: net::ERR_FAILED' }), 20 + messageWaitMs.quiet / 2);
  expect((await taking).map((message) => message.text)).toHaveLength(2);
});

test("the engine's first word on the run ends the wait for it, even when it names no URL (WebKit's on a <script>)", async () => {
  const inbox = new MessageInbox();
  inbox.push({ source: 'console', level: 'SECURITY ERROR', text: 'Origin http://site.localhost:8000 is not allowed by Access-Control-Allow-Origin. Status code: 200' });
  // Comes long after the quiet wait (as long as the machine's pace makes it): the step has its messages by then and does not wait for this one.
  const late = setTimeout(() => inbox.push({ source: 'network', text: 'late', url: url(token) }), scaled(messageWaitMs.quiet) * 4);
  const taken = await inbox.take({ token, failed: true });
  clearTimeout(late);
  expect(taken.map((message) => message.text)).toEqual(['Origin http://site.localhost:8000 is not allowed by Access-Control-Allow-Origin. Status code: 200']);
});
