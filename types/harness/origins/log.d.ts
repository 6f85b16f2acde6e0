/** Every request that reaches any origin, in arrival order, as it was on the wire. */
import type { ReceivedRequest } from '../runner/observation.js';
export type { ReceivedRequest, SentResponse } from '../runner/observation.js';
export declare class RequestLog {
    #private;
    record(entry: ReceivedRequest): void;
    forToken(token: string): ReceivedRequest[];
    /** Forgets one run's requests once it has been observed, so a long worker does not grow. */
    release(token: string): void;
}
/** All values of a header, case-insensitively, joined as the Fetch standard combines them. */
export declare function headerValue(entry: Pick<ReceivedRequest, 'headers'>, name: string): string | null;
