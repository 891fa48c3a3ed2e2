// The normalized form of a scenario expectation (what the schema turns the YAML into) and the
// result of checking one against a finished run. Times are virtual milliseconds.

export type ComparisonOp = 'equals' | 'atLeast' | 'atMost' | 'above' | 'below';
export const COMPARISON_OPS: readonly ComparisonOp[] = ['equals', 'atLeast', 'atMost', 'above', 'below'];

export interface Comparison {
  op: ComparisonOp;
  /** Series: a number, boolean or string; events: a count; firstEvent: a time in ms. */
  value: number | string | boolean;
}

/** Which events an `events` / `firstEvent` expectation looks at; an absent field matches anything. */
export interface EventMatch {
  reason?: string;
  /** The event's object kind as in events.csv (`Pod`, `Node`, `Deployment`, …). */
  kind?: string;
  object?: string;
  /** A substring of the event message. */
  message?: string;
}

export type Subject =
  | { type: 'series'; kind: string; object: string; column: string }
  | { type: 'events'; match: EventMatch }
  | { type: 'firstEvent'; match: EventMatch };

/** How a series is quantified over its samples. */
export type Quantifier = 'always' | 'never' | 'eventually' | 'at';

export interface Expectation {
  name: string;
  subject: Subject;
  /** Series only. */
  quantifier?: Quantifier;
  /** For `at`: the time the series is read (the latest sample at or before it). */
  time?: number;
  /** Inclusive window [from, to]; `by: T` is the window [0, T]. */
  window?: [number, number];
  /** Which field gave the window (for positions in messages). */
  windowField?: 'by' | 'during';
  comparisons: Comparison[];
}

export type Observed = number | string | boolean | null;

export interface ExpectationResult {
  name: string;
  passed: boolean;
  /** The value (or count, or event time in seconds) the verdict rests on; null when nothing was observed. */
  observed: Observed;
  /** When `observed` was seen, in seconds of virtual time. */
  at_s?: number;
  message: string;
}
