// Tables after robfig/cron v3 parser_test.go / spec_test.go (TestRange, TestField, TestAll,
// TestBits, TestNext, TestErrors — the parser k8s v1.28 uses) and k8s v1.28
// pkg/controller/cronjob/utils_test.go (TestMostRecentScheduleTime, TestGetJobName) and
// cronjob_controllerv2_test.go (TestControllerV2SyncCronJob: concurrency, suspend, deadlines),
// rewritten over kubetwin's pure functions.
import { describe, expect, it } from 'vitest';
import {
  CronError,
  jobNameFor,
  jobsBeyondHistoryLimit,
  mostRecentScheduleTime,
  nextTime,
  parseCron,
  syncCronJob,
  type CronJobInput,
} from '../../../../src/k8s/controllers/cronjob/index.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z'));

describe('parseCron (TestRange, TestField, TestErrors)', () => {
  it.each([
    ['5', [5]],
    ['5-7', [5, 6, 7]],
    ['5-10/2', [5, 7, 9]],
    ['55/2', [55, 57, 59]],
    ['*/20', [0, 20, 40]],
    ['1,3,5-6', [1, 3, 5, 6]],
  ])('minute field %s', (expr, values) => {
    expect([...parseCron(`${expr} * * * *`).minute.values].sort((a, b) => a - b)).toEqual(values);
  });
  it('names and star bits', () => {
    const s = parseCron('0 0 * jan-mar MON,wed');
    expect([...s.month.values]).toEqual([1, 2, 3]);
    expect([...s.dow.values]).toEqual([1, 3]);
    expect(s.dom.star).toBe(true);
    expect(parseCron('* * */1 * *').dom.star).toBe(true);
    expect(parseCron('* * */2 * *').dom.star).toBe(false);
  });
  it.each([
    ['60 * * * *', 'end of range (60) above maximum (59)'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1)'],
    ['5-3 * * * *', 'beginning of range (5) beyond end of range (3)'],
    ['*/0 * * * *', 'step of range should be a positive number'],
    ['1-2-3 * * * *', 'too many hyphens'],
    ['*/2/3 * * * *', 'too many slashes'],
    ['* * * *', 'expected exactly 5 fields'],
    ['* * * * 7', 'above maximum (6)'],
    ['x * * * *', 'failed to parse int from x'],
    ['@fortnightly', 'unrecognized descriptor'],
    ['TZ=Europe/Paris 0 * * * *', 'use timeZone field instead'],
  ])('rejects %s', (expr, message) => {
    expect(() => parseCron(expr)).toThrow(CronError);
    expect(() => parseCron(expr)).toThrow(message);
  });
});

describe('nextTime (spec_test.go TestNext, UTC)', () => {
  it.each([
    ['2012-07-09T14:45:00Z', '0/15 * * * *', '2012-07-09T15:00:00Z'],
    ['2012-07-09T14:59:00Z', '0/15 * * * *', '2012-07-09T15:00:00Z'],
    ['2012-07-09T14:59:59Z', '0/15 * * * *', '2012-07-09T15:00:00Z'],
    ['2012-07-09T15:45:00Z', '20-35/15 * * * *', '2012-07-09T16:20:00Z'],
    ['2012-07-09T23:46:00Z', '*/15 * * * *', '2012-07-10T00:00:00Z'],
    ['2012-07-09T23:45:00Z', '20-35/15 * * * *', '2012-07-10T00:20:00Z'],
    ['2012-07-09T23:35:00Z', '20-35/15 * 9 * *', '2012-08-09T00:20:00Z'],
    ['2012-07-09T23:35:00Z', '20-35/15 1/2 */2 * *', '2012-07-11T01:20:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 1 1 *', '2013-01-01T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 * 2 *', '2013-02-01T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 * Jul mon', '2012-07-16T00:00:00Z'],
    ['2012-12-31T23:59:45Z', '0 0 * * *', '2013-01-01T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 29 2 *', '2016-02-29T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 1,15 * Fri', '2012-07-13T00:00:00Z'],
    ['2012-07-13T00:00:00Z', '0 0 1,15 * Fri', '2012-07-15T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '@hourly', '2012-07-10T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '@weekly', '2012-07-15T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '@monthly', '2012-08-01T00:00:00Z'],
  ])('after %s, %s → %s', (from, expr, want) => {
    expect(iso(nextTime(parseCron(expr), at(from)))).toBe(want);
  });
  it('an impossible date has no next time', () => {
    expect(nextTime(parseCron('0 0 30 2 *'), at('2012-07-09T00:00:00Z'))).toBeUndefined();
  });
});

describe('mostRecentScheduleTime (TestMostRecentScheduleTime) and job names', () => {
  const hourly = parseCron('0 * * * *');
  it.each([
    ['before the first time', '2016-05-19T10:00:00Z', '2016-05-19T10:30:00Z', undefined, false],
    ['exactly at it', '2016-05-19T10:00:00Z', '2016-05-19T11:00:00Z', '2016-05-19T11:00:00Z', false],
    ['a few missed', '2016-05-19T10:00:00Z', '2016-05-19T13:30:00Z', '2016-05-19T13:00:00Z', false],
    ['more than 100 missed', '2016-05-19T10:00:00Z', '2016-05-25T10:00:00Z', '2016-05-25T10:00:00Z', true],
  ])('%s', (_n, earliest, now, want, tooMany) => {
    const r = mostRecentScheduleTime(hourly, at(earliest), at(now));
    expect(iso(r.time)).toBe(want);
    expect(r.tooMany).toBe(tooMany);
  });
  it('TestGetJobName: minutes since the epoch', () => {
    expect(jobNameFor('mycronjob', at('2016-05-19T11:00:00Z'))).toBe('mycronjob-24394260');
  });
  it('history limits remove the oldest finished jobs', () => {
    expect(jobsBeyondHistoryLimit(['a', 'b', 'c', 'd'], 3)).toEqual(['a']);
    expect(jobsBeyondHistoryLimit(['a'], 3)).toEqual([]);
    expect(jobsBeyondHistoryLimit(['a', 'b'], 0)).toEqual(['a', 'b']);
  });
});

describe('syncCronJob (TestControllerV2SyncCronJob)', () => {
  const base: CronJobInput = {
    name: 'mycronjob',
    schedule: parseCron('0 * * * *'),
    suspend: false,
    concurrencyPolicy: 'Allow',
    createdAt: at('2016-05-19T09:30:00Z'),
    active: [],
  };
  const now = at('2016-05-19T10:00:30Z');
  const created = 'mycronjob-24394200';
  it.each<[string, Partial<CronJobInput>, number, string | undefined, string[], string[]]>([
    ['never ran, not time', {}, at('2016-05-19T09:45:00Z'), undefined, [], []],
    ['never ran, is time', {}, now, created, [], []],
    ['suspended', { suspend: true }, now, undefined, [], []],
    ['A: one active, is time', { active: ['old'] }, now, created, [], []],
    ['F: one active, is time', { concurrencyPolicy: 'Forbid', active: ['old'] }, now, undefined, ['JobAlreadyActive'], []],
    ['R: one active, is time', { concurrencyPolicy: 'Replace', active: ['old'] }, now, created, [], ['old']],
    ['already created for this time', { active: [created] }, now, undefined, [], []],
    ['deadline not passed', { startingDeadlineSeconds: 60 }, now, created, [], []],
    ['deadline passed', { startingDeadlineSeconds: 10 }, now, undefined, [], []],
    [
      'deadline passed after a later schedule',
      { startingDeadlineSeconds: 10, lastScheduleTime: at('2016-05-19T09:00:00Z') },
      at('2016-05-19T10:00:05Z'),
      created,
      [],
      [],
    ],
  ])('%s', (_n, patch, t, create, reasons, deleted) => {
    const step = syncCronJob({ ...base, ...patch }, t);
    expect(step.create?.name).toBe(create);
    expect(step.events.map((e) => e.reason)).toEqual(reasons);
    expect(step.deleteJobs).toEqual(deleted);
  });
  it('a start later than startingDeadlineSeconds is skipped (earliest moves to now − deadline)', () => {
    const step = syncCronJob({ ...base, startingDeadlineSeconds: 10, createdAt: at('2016-05-19T09:59:00Z') }, at('2016-05-19T10:00:11Z'));
    // the deadline moves `earliest` past 10:00, so nothing is due: no event, no job
    expect(step.create).toBeUndefined();
    const late = syncCronJob({ ...base, startingDeadlineSeconds: 30 }, at('2016-05-19T10:00:20Z'));
    expect(late.create?.name).toBe(created);
    expect(iso(late.requeueAt)).toBe('2016-05-19T11:00:00Z');
  });
});
