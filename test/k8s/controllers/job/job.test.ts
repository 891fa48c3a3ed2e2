// Tables after k8s v1.28 pkg/controller/job/job_controller_test.go (TestControllerSyncJob,
// TestSyncJobPastDeadline, TestPastDeadlineJobFinished, TestJobBackoffOnRestartPolicyNever /
// TestJobBackoffForOnFailure) and backoff_utils_test.go (TestNewBackoffRecord,
// TestGetRemainingBackoffTime), rewritten over kubetwin's pure sync.
import { describe, expect, it } from 'vitest';
import {
  nextBackoffRecord,
  remainingBackoffMs,
  syncJob,
  type ActivePod,
  type JobSpec,
  type JobState,
} from '../../../../src/k8s/controllers/job/index.js';

const spec = (s: Partial<JobSpec> = {}): JobSpec => ({
  completions: 5,
  parallelism: 2,
  backoffLimit: 6,
  completionMode: 'NonIndexed',
  restartPolicy: 'Never',
  suspend: false,
  ...s,
});
const state = (s: Partial<JobState> = {}): JobState => ({
  startTime: 0,
  succeeded: 0,
  failed: 0,
  succeededIndexes: new Set(),
  backoff: { failuresAfterLastSuccess: 0 },
  ...s,
});
const active = (n: number, p: Partial<ActivePod> = {}): ActivePod[] =>
  Array.from({ length: n }, (_, i) => ({ name: `p${i}`, ready: true, restarts: 0, createdAt: i, ...p }));

describe('syncJob (TestControllerSyncJob)', () => {
  const cases: Array<[string, JobSpec, JobState, ActivePod[], { create: number; delete: number; finished?: string }]> = [
    ['job start', spec(), state(), [], { create: 2, delete: 0 }],
    ['WQ job start', spec({ completions: undefined }), state(), [], { create: 2, delete: 0 }],
    ['pending pods', spec(), state(), active(2, { ready: false }), { create: 0, delete: 0 }],
    ['correct # of pods', spec(), state(), active(2), { create: 0, delete: 0 }],
    ['too few active pods', spec(), state({ succeeded: 1 }), active(1), { create: 1, delete: 0 }],
    ['too many active pods', spec(), state(), active(3), { create: 0, delete: 1 }],
    ['new failed pod', spec(), state({ failed: 1 }), active(1), { create: 1, delete: 0 }],
    ['job finish', spec(), state({ succeeded: 5 }), [], { create: 0, delete: 0, finished: 'Complete' }],
    ['WQ job finishing', spec({ completions: undefined }), state({ succeeded: 1 }), active(1), { create: 0, delete: 0 }],
    ['WQ job all finished', spec({ completions: undefined }), state({ succeeded: 2 }), [], { create: 0, delete: 0, finished: 'Complete' }],
    [
      'WQ job all finished despite one failure',
      spec({ completions: undefined }),
      state({ succeeded: 1, failed: 1 }),
      [],
      { create: 0, delete: 0, finished: 'Complete' },
    ],
    ['more active pods than parallelism', spec(), state(), active(10), { create: 0, delete: 8 }],
    [
      'more active pods than remaining completions',
      spec({ parallelism: 3, completions: 4 }),
      state({ succeeded: 2 }),
      active(3),
      { create: 0, delete: 1 },
    ],
    ['status change', spec(), state({ succeeded: 2 }), active(2), { create: 0, delete: 0 }],
    [
      'too many job failures',
      spec({ backoffLimit: 0 }),
      state({ failed: 1 }),
      [],
      { create: 0, delete: 0, finished: 'BackoffLimitExceeded' },
    ],
    ['failures up to the limit keep going', spec({ backoffLimit: 2 }), state({ failed: 2 }), active(1), { create: 1, delete: 0 }],
    ['suspending a job', spec({ suspend: true }), state(), active(2), { create: 0, delete: 2, finished: undefined }],
    [
      'OnFailure restarts reach the limit',
      spec({ restartPolicy: 'OnFailure', backoffLimit: 3 }),
      state(),
      active(2, { restarts: 2 }),
      { create: 0, delete: 2, finished: 'BackoffLimitExceeded' },
    ],
    [
      'OnFailure restarts below the limit',
      spec({ restartPolicy: 'OnFailure', backoffLimit: 5 }),
      state(),
      active(2, { restarts: 2 }),
      { create: 0, delete: 0 },
    ],
    [
      'OnFailure, limit 0, one restart',
      spec({ restartPolicy: 'OnFailure', backoffLimit: 0 }),
      state(),
      active(1, { restarts: 1 }),
      { create: 0, delete: 1, finished: 'BackoffLimitExceeded' },
    ],
  ];
  it.each(cases)('%s', (_n, s, st, pods, want) => {
    const step = syncJob(s, st, pods, 0);
    expect(step.create).toBe(want.create);
    expect(step.delete).toHaveLength(want.delete);
    const f = step.finished;
    expect(f === undefined ? undefined : f.type === 'Complete' ? 'Complete' : f.reason).toBe(want.finished);
  });

  it('deletes not-ready pods first', () => {
    expect(
      syncJob(
        spec(),
        state(),
        [
          { name: 'a', ready: true, restarts: 0, createdAt: 0 },
          { name: 'b', ready: false, restarts: 0, createdAt: 0 },
          { name: 'c', ready: true, restarts: 0, createdAt: 1 },
        ],
        0,
      ).delete,
    ).toEqual(['b']);
  });
});

describe('Indexed (TestControllerSyncJob indexed cases)', () => {
  const idx = spec({ completionMode: 'Indexed' });
  it('starts the lowest indexes', () => {
    expect(syncJob(idx, state(), [], 0).indexes).toEqual([0, 1]);
    expect(
      syncJob(
        spec({ completionMode: 'Indexed', parallelism: 3 }),
        state({ succeededIndexes: new Set([0, 2]) }),
        [{ name: 'x', index: 1, ready: true, restarts: 0, createdAt: 0 }],
        0,
      ).indexes,
    ).toEqual([3, 4]);
  });
  it('deletes duplicate and succeeded indexes', () => {
    const pods: ActivePod[] = [
      { name: 'a', index: 1, ready: true, restarts: 0, createdAt: 0 },
      { name: 'b', index: 1, ready: true, restarts: 0, createdAt: 1 },
      { name: 'c', index: 0, ready: true, restarts: 0, createdAt: 2 },
    ];
    const step = syncJob(idx, state({ succeededIndexes: new Set([0]) }), pods, 0);
    expect(step.delete).toEqual(['b', 'c']);
    expect(step.indexes).toEqual([2]);
  });
  it('completes when every index succeeded', () => {
    expect(syncJob(idx, state({ succeededIndexes: new Set([0, 1, 2, 3, 4]) }), [], 0).finished).toEqual({ type: 'Complete' });
  });
});

describe('active deadline (TestSyncJobPastDeadline)', () => {
  const s = spec({ activeDeadlineSeconds: 10 });
  it('fails the job and deletes its active pods at the deadline', () => {
    const step = syncJob(s, state({ startTime: 0 }), active(2), 10_000);
    expect(step.finished).toEqual({ type: 'Failed', reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' });
    expect(step.delete).toEqual(['p0', 'p1']);
  });
  it('asks for a sync at the deadline before it', () => {
    expect(syncJob(s, state({ startTime: 0 }), active(2), 4_000).requeueAfterMs).toBe(6_000);
  });
  it('a suspended job is never past its deadline', () => {
    expect(syncJob(spec({ activeDeadlineSeconds: 10, suspend: true }), state({ startTime: 0 }), [], 20_000).finished).toBeUndefined();
  });
});

describe('pod failure back-off (backoff_utils_test.go)', () => {
  it('TestNewBackoffRecord', () => {
    const r0 = { failuresAfterLastSuccess: 0 };
    expect(nextBackoffRecord(r0, [])).toBe(r0);
    expect(
      nextBackoffRecord(r0, [
        { succeeded: false, finishedAt: 5 },
        { succeeded: false, finishedAt: 7 },
      ]),
    ).toEqual({ failuresAfterLastSuccess: 2, lastFailureTime: 7 });
    expect(nextBackoffRecord({ failuresAfterLastSuccess: 3, lastFailureTime: 1 }, [{ succeeded: true, finishedAt: 5 }])).toEqual({
      failuresAfterLastSuccess: 0,
    });
    expect(
      nextBackoffRecord({ failuresAfterLastSuccess: 3, lastFailureTime: 1 }, [
        { succeeded: true, finishedAt: 5 },
        { succeeded: false, finishedAt: 4 },
        { succeeded: false, finishedAt: 6 },
      ]),
    ).toEqual({ failuresAfterLastSuccess: 1, lastFailureTime: 6 });
  });
  it.each([
    ['no failures', 0, 0, 0],
    ['one failure, just now', 1, 0, 10_000],
    ['one failure, 4 s ago', 1, 4_000, 6_000],
    ['two failures, 10 s ago', 2, 10_000, 10_000],
    ['three failures', 3, 0, 40_000],
    ['capped at 10 min', 8, 0, 600_000],
    ['elapsed beyond the delay', 2, 30_000, 0],
  ])('TestGetRemainingBackoffTime: %s', (_n, failures, elapsed, expected) => {
    expect(remainingBackoffMs({ failuresAfterLastSuccess: failures, lastFailureTime: failures ? 1_000 : undefined }, 1_000 + elapsed)).toBe(
      expected,
    );
  });
  it('holds re-creation while backing off', () => {
    const step = syncJob(spec(), state({ failed: 1, backoff: { failuresAfterLastSuccess: 1, lastFailureTime: 0 } }), active(1), 3_000);
    expect(step.create).toBe(0);
    expect(step.requeueAfterMs).toBe(7_000);
  });
});
