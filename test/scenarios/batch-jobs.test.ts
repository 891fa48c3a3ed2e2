// Pins the shipped batch-jobs scenario: Job completions in waves of `parallelism`, the pod-failure
// back-off (10 s, 20 s) up to BackoffLimitExceeded, and a Forbid CronJob every 2 minutes with its
// history limit, beside a Deployment that keeps serving.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, runLoaded } from '../../src/run.js';

describe('scenario batch-jobs', async () => {
  const scenario = loadScenarioFile('scenarios/batch-jobs.yaml');
  const { recorder, expectations } = await runLoaded(scenario);
  const events = recorder.events;
  const at = (reason: string, object: string) => events.filter((e) => e.reason === reason && e.object === object).map((e) => e.time / 1000);

  it('runs pi in three waves of two and completes at 90 s', () => {
    expect(at('SuccessfulCreate', 'pi')).toEqual([0, 0, 30, 30, 60, 60]);
    expect(at('Completed', 'pi')).toEqual([90]);
    expect(recorder.series('job', 'pi', 'succeeded').at(-1)?.[1]).toBe(6);
  });

  it('re-creates flaky after 10 s and 20 s of back-off, then fails it past backoffLimit 2', () => {
    expect(at('SuccessfulCreate', 'flaky')).toEqual([0, 15, 40]);
    const failed = events.filter((e) => e.object === 'flaky' && e.reason === 'BackoffLimitExceeded');
    expect(failed.map((e) => [e.time, e.message])).toEqual([[45_000, 'Job has reached the specified backoff limit']]);
    expect(recorder.series('job', 'flaky', 'failed').at(-1)?.[1]).toBe(3);
  });

  it('starts report jobs named by their scheduled minute every 2 minutes, and trims the history to 2', () => {
    const created = events.filter((e) => e.object === 'report' && e.reason === 'SuccessfulCreate');
    expect(created.map((e) => [e.time / 1000, e.message])).toEqual([
      [120, 'Created job report-28401122'],
      [240, 'Created job report-28401124'],
      [360, 'Created job report-28401126'],
      [480, 'Created job report-28401128'],
    ]);
    expect(at('SawCompletedJob', 'report')).toEqual([165, 285, 405, 525]);
    expect(events.filter((e) => e.object === 'report' && e.reason === 'SuccessfulDelete').map((e) => e.message)).toEqual([
      'Deleted job report-28401122',
      'Deleted job report-28401124',
    ]);
  });

  it('keeps web serving with both replicas', () => {
    const ready = recorder.series('service', 'web', 'readyReplicas').filter(([t]) => t >= 10_000);
    expect(ready.every(([, v]) => v === 2)).toBe(true);
  });

  it('passes the expectations written in the file', () => {
    expect(expectations).toHaveLength(6);
    expect(expectations.filter((e) => !e.passed).map((e) => e.message)).toEqual([]);
  });
});
