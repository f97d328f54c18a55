/**
 * The wall clock, injectable so tests can skew it. Timestamps are for people;
 * revision numbers, never timestamps, decide which version of a draft wins.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
