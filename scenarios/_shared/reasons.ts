/**
 * Where engines block the same request (of step `step`) but give different reasons for it. The
 * reasons stay in each cell and the row stays divergent (its cells read differently); this entry
 * says why the difference is known, so it does not fail the run as an unchecked one.
 */
export function reasonsDiffer(why: string, step = 0): { field: string; reason: string } {
  return { field: step === 0 ? 'page: blocked' : `step ${step}: page: blocked`, reason: why };
}

export const duplicateAllowOriginWorded = reasonsDiffer(
  'Chromium and WebKit name the duplicated or listed Access-Control-Allow-Origin values; Firefox reports that the combined value does not match, which is the step of the CORS check the standard fails',
);

export const resetSilentInWebKit = reasonsDiffer(
  'WebKit prints no console message when the connection is reset while the response is awaited; Chromium (net::ERR_CONNECTION_RESET) and Firefox ("CORS request did not succeed") report a network failure',
);
