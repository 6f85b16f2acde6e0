/**
 * Reasons a cell cannot be measured here that apply to many scenarios, written once. (Files under
 * a folder whose name starts with "_" are not scenario files; the loader skips them.)
 */
import type { ScenarioInput } from '../../harness/scenario/schema.js';

/**
 * WebKitGTK's MiniBrowser in automation mode runs on an ephemeral website data manager, which has
 * no HTTP disk cache: every request goes to the network, so HTTP-cache reuse cannot be seen there.
 */
export const webkitNoHttpCache = [
  {
    engine: 'webkit',
    reason:
      'MiniBrowser --automation (how WebKitGTK is driven here) uses an ephemeral website data manager without an HTTP cache, so even a plain repeated cacheable fetch reaches the server; HTTP-cache reuse cannot be observed',
    link: 'https://github.com/WebKit/WebKit/blob/main/Tools/MiniBrowser/gtk/main.c',
  },
] satisfies ScenarioInput['notMeasured'];
