/**
 * The model's prediction in the words of a scenario's `expected` (issue #39): what the playground
 * fills in as "Expected, per the Fetch standard". Origins become placeholders (`{page}`,
 * `{origin:NAME}`), and a field the model does not know is left out, so nothing unknown is checked.
 */
import { originNames, type OriginName } from '../model/origin-names.js';
import type { Expected, ScenarioDraft } from '../model/scenario.js';
import { modelOrigins, predictAsking } from './compare.js';
import { notKnown } from './maybe.js';
import { plannedSteps, type RequestOnTheWire, type StepPrediction } from './predict.js';

type ExpectedRequest = Exclude<Expected['request'], boolean>;

/** A step's expectation from the model's prediction; `requester` is the origin `{page}` stands for. */
export function expectationOf(prediction: StepPrediction, origins: Record<OriginName, string>, requester: OriginName): Expected {
  const placeholder = (origin: string | null): string | null => {
    if (origin === null || origin === 'null') return origin;
    if (origin === origins[requester]) return '{page}';
    const named = originNames.find((name) => origins[name] === origin);
    return named ? `{origin:${named}}` : origin;
  };
  const request = (onTheWire: RequestOnTheWire): ExpectedRequest => ({
    method: onTheWire.method,
    origin: placeholder(onTheWire.origin),
    ...(onTheWire.cookie === notKnown ? {} : { cookie: onTheWire.cookie }),
    secFetchSite: onTheWire.secFetchSite,
    secFetchMode: onTheWire.secFetchMode,
    secFetchDest: onTheWire.secFetchDest,
  });
  const { page } = prediction;
  const expected: Expected = {
    preflight: prediction.preflight === false ? false : { method: prediction.preflight.method, headers: prediction.preflight.headers },
    request: prediction.request === false ? false : request(prediction.request),
    page:
      typeof page === 'string'
        ? page
        : {
            ...(page.status === notKnown ? {} : { status: page.status }),
            ...(page.type === notKnown ? {} : { type: page.type }),
            bodyReadable: page.bodyReadable,
            ...(Object.keys(page.headers).length === 0
              ? {}
              : { headers: Object.fromEntries(Object.entries(page.headers).flatMap(([name, value]) => (value === notKnown ? [] : [[name, value === null ? null : value]]))) }),
          },
  };
  // Only where there is a redirect: the last request of the chain.
  if (prediction.hops.length > 1) expected.finalRequest = prediction.finalRequest === false ? false : request(prediction.finalRequest);
  if (prediction.blocked !== undefined && prediction.blocked !== notKnown && page === 'network-error') expected.blocked = prediction.blocked;
  return expected;
}

/** Every step's expectation, the scenario's own first, then each follow-up's. */
export function expectationsOf(scenario: ScenarioDraft, prediction: StepPrediction & { then: StepPrediction[] }, origins: Record<OriginName, string>): Expected[] {
  const steps = plannedSteps(scenario);
  return [prediction, ...prediction.then].map((step, index) => {
    const planned = steps[index] ?? steps[0];
    return expectationOf(step, origins, planned?.frame ?? planned?.page ?? scenario.page);
  });
}

/**
 * What a scenario file leaves out of `expected`, from the model (issue #39): each step that
 * states none gets the model's prediction in its words (`undefined` for a step that states its
 * own), or the reason the model cannot give it. A library scenario's library is asked first.
 */
export async function expectationsFromModel(draft: ScenarioDraft): Promise<{ expectations: Array<Expected | undefined>; byModel: number[] } | { why: string }> {
  const stated = [draft.expected, ...draft.then.map((step) => step.expected)];
  const byModel = stated.flatMap((expected, index) => (expected === undefined ? [index] : []));
  if (byModel.length === 0) return { expectations: stated, byModel };
  const answer = await predictAsking(draft, modelOrigins);
  if (!answer.covered) return { why: answer.why };
  const predicted = expectationsOf(draft, answer.prediction, modelOrigins);
  return { expectations: stated.map((expected, index) => expected ?? predicted[index]), byModel };
}
