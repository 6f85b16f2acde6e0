import type { EngineMessage } from '../runner/observation.js';
export interface MessageWait {
    /** Part of every URL of the run (its token): messages naming another URL belong to another run. */
    token: string;
    /** The page saw a failure, so the engine is expected to say something about it. */
    failed: boolean;
}
/**
 * How long a failed step waits for the engine's first word on it, and for the rest after each one.
 * Measured over the catalogue in three engines at 2 workers (635 failed steps): the first message
 * was there at most 4 ms after the page's answer, the last at most 6 ms, and no two of a step's
 * messages were more than 32 ms apart. Every failed step pays the quiet wait, and a step the
 * engine says nothing about pays the first.
 */
export declare const messageWaitMs: {
    first: number;
    quiet: number;
};
export declare class MessageInbox {
    #private;
    push(message: EngineMessage): void;
    /** Resolves at the next message or after `ms`, whichever comes first. */
    private next;
    take({ token, failed }: MessageWait): Promise<EngineMessage[]>;
}
