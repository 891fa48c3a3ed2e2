// Checks expectations against what a built (not yet run) simulation will record: the series kind
// and column must be declared in the recorder's catalog, the object must be one the scenario
// defines (or `*`), and times must fall inside the scenario. Problems come back as diagnostics.
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { PathSeg } from '../../scenario/source.js';
import { suggest } from '../../scenario/zod-issues.js';
import { seconds } from './describe.js';
import type { Expectation } from './types.js';

export interface SeriesInfo {
  /** Declared columns per series kind (`recorder.catalog()`). */
  catalog: ReadonlyMap<string, readonly string[]>;
  /** Object names a series kind can have, or undefined when they are only known once the run makes them. */
  objectsOf(kind: string): readonly string[] | undefined;
  /** Scenario duration, ms. */
  duration: number;
}

/** Makes a positioned diagnostic for a path inside the Scenario document. */
import type { Locate } from '../../scenario/locate.js';

export type { Locate };

function catalogText(catalog: SeriesInfo['catalog']): string {
  return [...catalog].map(([k, cols]) => `${k}: ${cols.join(', ')}`).join('; ');
}

function didYouMean(word: string, known: Iterable<string>): string {
  const s = suggest(word, known);
  return s ? ` (did you mean "${s}"?)` : '';
}

export function checkExpectations(list: readonly Expectation[], info: SeriesInfo, locate: Locate): Diagnostic[] {
  const out: Diagnostic[] = [];
  list.forEach((e, i) => {
    const base: PathSeg[] = ['spec', 'expectations', i];
    const end = info.duration;
    if (e.time !== undefined && e.time > end)
      out.push(locate([...base, 'at'], `${seconds(e.time)} is after the end of the scenario (${seconds(end)})`));
    if (e.window && e.window[1] > end) {
      out.push(locate([...base, e.windowField ?? 'during'], `${seconds(e.window[1])} is after the end of the scenario (${seconds(end)})`));
    }
    if (e.subject.type !== 'series') return;
    const { kind, object, column } = e.subject;
    const where = [...base, 'series'];
    const columns = info.catalog.get(kind);
    if (!columns) {
      out.push(
        locate(where, `unknown series kind "${kind}"${didYouMean(kind, info.catalog.keys())}; known series: ${catalogText(info.catalog)}`),
      );
      return;
    }
    if (!columns.includes(column)) {
      out.push(
        locate(
          where,
          `series kind "${kind}" has no column "${column}"${didYouMean(column, columns)}; ${kind} columns: ${columns.join(', ')}`,
        ),
      );
    }
    const objects = info.objectsOf(kind);
    if (object !== '*' && objects && !objects.includes(object)) {
      const known = objects.length ? `the scenario's ${kind} objects: ${objects.join(', ')}` : `the scenario defines no ${kind} object`;
      out.push(locate(where, `no ${kind} object "${object}"${didYouMean(object, objects)}; ${known} (or * for every one)`));
    }
  });
  return out;
}
