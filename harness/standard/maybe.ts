/** A value the model cannot know for certain: a field it leaves to the engine, not a guess. */
export const notKnown = Symbol('not known');
export type Maybe<T> = T | typeof notKnown;
