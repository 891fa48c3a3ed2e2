// The files a comparison reads from a report folder (or a golden baseline): timeseries.csv,
// events.csv and summary.json. Charts and HTML are not compared.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CompareInputError } from './errors.js';

export const COMPARED_FILES = ['timeseries.csv', 'events.csv', 'summary.json'] as const;

export interface ReportTexts {
  timeseries: string;
  events: string;
  summary: string;
}

export function readReport(dir: string): ReportTexts {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CompareInputError([`${dir}: no such report folder`]);
  const missing = COMPARED_FILES.filter((f) => !existsSync(join(dir, f)));
  if (missing.length) throw new CompareInputError([`${dir}: missing ${missing.join(', ')} (is this a kubetwin report folder?)`]);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return { timeseries: read('timeseries.csv'), events: read('events.csv'), summary: read('summary.json') };
}

/** The compared files from an in-memory report (a run's `files`). */
export function reportTexts(files: ReadonlyArray<{ name: string; content: string | Buffer }>): ReportTexts {
  const get = (name: string) => {
    const f = files.find((x) => x.name === name);
    if (!f) throw new CompareInputError([`the run produced no ${name}`]);
    return String(f.content);
  };
  return { timeseries: get('timeseries.csv'), events: get('events.csv'), summary: get('summary.json') };
}
