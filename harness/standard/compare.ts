/**
 * A scenario's `expected` against the model's prediction (predict.ts): each field the scenario
 * states is compared with what the standard says; a stated field the model cannot know puts the
 * scenario outside the model, with the field named.
 */
import { listenerNames, originDefinitions, originNames, type OriginName } from '../model/origin-names.js';
import { recordOf } from '../model/name-lists.js';
import type { Expected, Scenario, ScenarioDraft } from '../model/scenario.js';
import { resolveTemplate, type TemplateContext } from '../model/template.js';
import { askLibrary } from './library-answers.js';
import { libraryAnswersNeeded, notKnown, plannedSteps, predict, type ModelAnswer, type Prediction, type StepPrediction } from './predict.js';

export interface FieldDisagreement {
  field: string;
  scenario: unknown;
  model: unknown;
}

export type Agreement =
  | { verdict: 'agree'; prediction: Prediction }
  | { verdict: 'disagree'; prediction: Prediction; fields: FieldDisagreement[] }
  | { verdict: 'outside'; why: string };

/** Origins with a made-up port per listener: the model compares origins as strings, whatever the ports. */
export const modelOrigins = recordOf(originNames, (name) => {
  const { scheme, host, listener } = originDefinitions[name];
  return `${scheme}://${host}:${10_000 + listenerNames.indexOf(listener)}`;
});

/**
 * The model's answer for a scenario at these origins; a library scenario's library is asked first
 * (library-answers.ts), again until the preflights asked are the ones the model sends (the
 * preflight cache spares some).
 */
export async function predictAsking(scenario: ScenarioDraft, origins: Record<OriginName, string>): Promise<ModelAnswer> {
  const answer = predict(scenario, origins);
  if (answer.covered || answer.why !== libraryAnswersNeeded || !scenario.library) return answer;
  let preflightAt: boolean[] | undefined;
  for (let round = 0; round <= scenario.then.length; round++) {
    const asked = await askLibrary(scenario, origins, preflightAt);
    if ('why' in asked) return { covered: false, why: asked.why };
    const predicted = predict(scenario, origins, asked);
    if (!predicted.covered) return predicted;
    const sent = [predicted.prediction, ...predicted.prediction.then].map((step) => step.preflight !== false);
    if (sent.every((preflight, index) => preflight === (asked[index]?.preflight !== undefined))) return predicted;
    preflightAt = sent;
  }
  return { covered: false, why: "the library's answers depend on which preflights the cache spares, and did not settle" };
}

/** A scenario's expectations against the model's. */
export async function compareWithModel(scenario: Scenario): Promise<Agreement> {
  const answer = await predictAsking(scenario, modelOrigins);
  if (!answer.covered) return { verdict: 'outside', why: answer.why };
  const { prediction } = answer;
  const fields: FieldDisagreement[] = [];
  const notModelled: string[] = [];
  const steps = plannedSteps(scenario);
  const expectations: Expected[] = [scenario.expected, ...scenario.then.map((followUp) => followUp.expected)];
  for (const [index, expected] of expectations.entries()) {
    const stepPrediction = index === 0 ? prediction : prediction.then[index - 1];
    // `{page}` stands for the origin that makes the request: the frame's where there is one.
    const page = steps[index]?.frame ?? steps[index]?.page ?? scenario.page;
    if (!stepPrediction) continue;
    const context: TemplateContext = { page: modelOrigins[page], target: modelOrigins[scenario.target], origins: modelOrigins };
    compareStep(expected, stepPrediction, context, index === 0 ? '' : `then[${index - 1}].`, fields, notModelled);
  }

  if (fields.length > 0) return { verdict: 'disagree', prediction, fields };
  if (notModelled.length > 0) return { verdict: 'outside', why: `states what the model does not know: ${notModelled.join(', ')}` };
  return { verdict: 'agree', prediction };
}

/** One step's expectation against the model's: disagreeing fields into `fields`, fields the model does not know into `notModelled`. */
function compareStep(expected: Expected, prediction: StepPrediction, context: TemplateContext, prefix: string, fields: FieldDisagreement[], notModelled: string[]): void {
  const compare = (field: string, stated: unknown, model: unknown) => {
    if (model === notKnown) notModelled.push(`${prefix}${field}`);
    else if (JSON.stringify(stated) !== JSON.stringify(model)) fields.push({ field: `${prefix}${field}`, scenario: stated, model });
  };
  const unknown = (field: string) => notModelled.push(`${prefix}${field}`);
  const resolved = (value: string | null | undefined) => (typeof value === 'string' ? resolveTemplate(value, context) : value);

  // preflight: whether one was sent, and what it asked for.
  const preflight = prediction.preflight;
  if (typeof expected.preflight === 'boolean') compare('preflight', expected.preflight, preflight !== false);
  else if (preflight === false) compare('preflight', expected.preflight, false);
  else for (const key of ['method', 'headers'] as const) if (expected.preflight[key] !== undefined) compare(`preflight.${key}`, expected.preflight[key], preflight[key]);

  // request and finalRequest: the first actual request, and the last at a later hop.
  for (const part of ['request', 'finalRequest'] as const) {
    const stated = expected[part];
    const model = prediction[part];
    if (stated === undefined) continue;
    if (typeof stated === 'boolean' || model === false) {
      compare(part, stated !== false, model !== false);
      continue;
    }
    for (const [key, value] of Object.entries(stated)) {
      if (value === undefined) continue;
      if (key === 'origin') compare(`${part}.origin`, resolved(value), model.origin);
      else if (key === 'method' || key === 'cookie' || key === 'secFetchSite' || key === 'secFetchMode' || key === 'secFetchDest') compare(`${part}.${key}`, value, model[key]);
      else unknown(`${part}.${key}`);
    }
  }
  for (const [index, hop] of (expected.hops ?? []).entries()) {
    const at = `hops[${index}]`;
    const modelHop = prediction.hops[hop.hop];
    if (modelHop === undefined) {
      compare(`${at}.hop`, hop.hop, `one of 0-${prediction.hops.length - 1}`);
      continue;
    }
    for (const kind of ['preflight', 'request'] as const) {
      const stated = hop[kind];
      const model = modelHop[kind];
      if (stated === undefined) continue;
      if (stated === false || model === false) {
        compare(`${at}.${kind}`, stated !== false, model !== false);
        continue;
      }
      const known: Record<string, unknown> = { ...model };
      for (const [key, value] of Object.entries(stated)) {
        if (value === undefined) continue;
        const field = `${at}.${kind}.${key}`;
        if (key === 'origin') compare(field, resolved(value === null ? null : String(value)), model.origin);
        else if (key in known) compare(field, value, known[key]);
        else unknown(field);
      }
    }
  }

  const page = prediction.page;
  if (typeof expected.page === 'string' || typeof page === 'string') compare('page', typeof expected.page === 'string' ? expected.page : 'a response', typeof page === 'string' ? page : 'a response');
  else {
    if (expected.page.status !== undefined) compare('page.status', expected.page.status, page.status);
    if (expected.page.type !== undefined) compare('page.type', expected.page.type, page.type);
    if (expected.page.bodyReadable !== undefined) compare('page.bodyReadable', expected.page.bodyReadable, page.bodyReadable);
    for (const [name, value] of Object.entries(expected.page.headers ?? {})) compare(`page.headers.${name}`, resolved(value), name in page.headers ? page.headers[name] : notKnown);
    if (expected.page.timing !== undefined) unknown('page.timing');
    if (expected.page.bodySizes !== undefined) unknown('page.bodySizes');
  }
  if (expected.blocked !== undefined) compare('blocked', expected.blocked, prediction.blocked);
}
