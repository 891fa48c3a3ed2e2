// Standard 5-field cron schedules, as the CronJob controller parses them (k8s v1.28 uses
// github.com/robfig/cron/v3 ParseStandard): minute hour day-of-month month day-of-week; `*` / `?`,
// ranges `a-b`, steps `*/n`, `a-b/n`, `a/n` (= a-max/n), lists, month and weekday names, and the
// descriptors @yearly/@annually/@monthly/@weekly/@daily/@midnight/@hourly. Times are UTC.

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELDS: Array<[string, Bounds]> = [
  ['minute', { min: 0, max: 59 }],
  ['hour', { min: 0, max: 23 }],
  ['day of month', { min: 1, max: 31 }],
  ['month', { min: 1, max: 12, names: MONTHS }],
  ['day of week', { min: 0, max: 6, names: DAYS }],
];
const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** One field: the allowed values, and whether it was a bare `*`/`?` (robfig's star bit). */
export interface CronField {
  values: ReadonlySet<number>;
  star: boolean;
}
export interface CronSchedule {
  minute: CronField;
  hour: CronField;
  dom: CronField;
  month: CronField;
  dow: CronField;
}

export class CronError extends Error {}

function number(text: string, b: Bounds, expr: string): number {
  const named = b.names?.[text.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(text)) throw new CronError(`failed to parse int from ${text}: invalid syntax (in "${expr}")`);
  return Number(text);
}

// robfig getRange: one list element.
function range(expr: string, b: Bounds, out: Set<number>): boolean {
  const [rangePart, stepPart, ...more] = expr.split('/');
  if (more.length > 0) throw new CronError(`too many slashes: ${expr}`);
  const lowHigh = rangePart.split('-');
  let start: number,
    end: number,
    star = false;
  if (lowHigh[0] === '*' || lowHigh[0] === '?') {
    if (lowHigh.length > 1) throw new CronError(`too many hyphens: ${expr}`);
    start = b.min;
    end = b.max;
    star = true;
  } else {
    if (lowHigh.length > 2) throw new CronError(`too many hyphens: ${expr}`);
    start = number(lowHigh[0], b, expr);
    end = lowHigh.length === 2 ? number(lowHigh[1], b, expr) : start;
  }
  let step = 1;
  if (stepPart !== undefined) {
    if (!/^\d+$/.test(stepPart)) throw new CronError(`failed to parse int from ${stepPart}: invalid syntax`);
    step = Number(stepPart);
    if (lowHigh.length === 1) end = b.max;
    if (step > 1) star = false;
  }
  if (start < b.min) throw new CronError(`beginning of range (${start}) below minimum (${b.min}): ${expr}`);
  if (end > b.max) throw new CronError(`end of range (${end}) above maximum (${b.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
  for (let v = start; v <= end; v += step) out.add(v);
  return star;
}

function field(text: string, b: Bounds): CronField {
  const values = new Set<number>();
  let star = false;
  for (const part of text.split(',')) star = range(part, b, values) || star;
  return { values, star };
}

/** ParseStandard. Throws CronError with robfig's message. */
export function parseCron(spec: string): CronSchedule {
  let text = spec.trim();
  if (/^(CRON_)?TZ=/.test(text)) throw new CronError('cannot use TZ or CRON_TZ in schedule, use timeZone field instead');
  if (text.startsWith('@')) {
    if (text.startsWith('@every'))
      throw new CronError('@every schedules are not simulated by kubetwin; write the interval as a cron expression');
    const d = DESCRIPTORS[text];
    if (!d) throw new CronError(`unrecognized descriptor: ${text}`);
    text = d;
  }
  const parts = text.split(/\s+/);
  if (parts.length !== 5) throw new CronError(`expected exactly 5 fields, found ${parts.length}: ${spec}`);
  const [minute, hour, dom, month, dow] = parts.map((p, i) => field(p, FIELDS[i][1]));
  return { minute, hour, dom, month, dow };
}

// robfig dayMatches: with a bare `*` in either day field both must match, otherwise either may.
function dayMatches(s: CronSchedule, d: Date): boolean {
  const domOk = s.dom.values.has(d.getUTCDate());
  const dowOk = s.dow.values.has(d.getUTCDay());
  return s.dom.star || s.dow.star ? domOk && dowOk : domOk || dowOk;
}

const MINUTE = 60_000;

/** SpecSchedule.Next: the first whole minute strictly after `after` (epoch ms) that matches; undefined if none within 5 years. */
export function nextTime(s: CronSchedule, after: number): number | undefined {
  let t = Math.floor(after / MINUTE) * MINUTE + MINUTE;
  const limit = after + 5 * 366 * 24 * 60 * MINUTE;
  while (t <= limit) {
    const d = new Date(t);
    if (!s.month.values.has(d.getUTCMonth() + 1)) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      continue;
    }
    if (!dayMatches(s, d)) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
      continue;
    }
    if (!s.hour.values.has(d.getUTCHours())) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours() + 1);
      continue;
    }
    if (!s.minute.values.has(d.getUTCMinutes())) {
      t += MINUTE;
      continue;
    }
    return t;
  }
  return undefined;
}
