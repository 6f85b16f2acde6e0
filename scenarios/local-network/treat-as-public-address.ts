import type { ScenarioInput } from '../../harness/model/scenario.js';

// WPT makes a loopback page count as public with the response header
// `Content-Security-Policy: treat-as-public-address` (the CSP directive that Private Network
// Access defined). Whether an engine honours it decides whether Local Network Access can be
// measured in it here at all: a public page that fetches a loopback origin then needs the user's
// permission, which nobody grants in an automated run. Chromium honours it (so LNA is measured in
// Chromium's default project too); Firefox and WebKit do not (Firefox's LNA is measured through
// its preference instead, in the firefox-local-network-access project).
const treatAsPublic = { 'Content-Security-Policy': 'treat-as-public-address' };

export default [
  {
    id: 'local-network/treat-as-public-address-page-fetches-loopback',
    title: 'A loopback page that says Content-Security-Policy: treat-as-public-address fetches a loopback origin — as a public page, it needs the permission: blocked',
    reference: 'https://wicg.github.io/local-network-access/#integration-fetch',
    page: 'site',
    target: 'other',
    pageHeaders: treatAsPublic,
    request: { api: 'fetch' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: false, page: 'network-error', blocked: 'local-network-denied' },
    deviations: [
      {
        engine: 'firefox',
        reason:
          'Firefox ESR 153 does not honour treat-as-public-address: the page stays a loopback page, no local-network check applies and the fetch goes through. ' +
          'Firefox has Local Network Access, measured in the firefox-local-network-access project, which marks a loopback port public with network.lna.address_space.public.override. No Firefox bug found for the directive (searched 2026-12-02).',
        bug: 'https://wicg.github.io/local-network-access/',
        expected: { request: true, page: { status: 200, bodyReadable: true } },
      },
      {
        engine: 'webkit',
        reason: 'WebKit implements neither Local Network Access nor treat-as-public-address: the loopback fetch goes through as plain CORS.',
        bug: 'https://wicg.github.io/local-network-access/',
        expected: { request: true, page: { status: 200, bodyReadable: true } },
      },
    ],
  },
] satisfies ScenarioInput[];
