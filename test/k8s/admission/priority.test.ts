// Tables after k8s v1.28 plugin/pkg/admission/priority/admission_test.go (TestPodAdmission,
// TestDefaultPriority) over kubetwin's pure resolver.
import { describe, expect, it } from 'vitest';
import { defaultPriorityClass, resolvePriority, type PriorityClassInfo } from '../../../src/k8s/admission/priority.js';

const pc = (
  name: string,
  value: number,
  globalDefault = false,
  preemptionPolicy: PriorityClassInfo['preemptionPolicy'] = 'PreemptLowerPriority',
): PriorityClassInfo => ({ name, value, globalDefault, preemptionPolicy });
const high = pc('high-priority', 1000);
const def = pc('default1', 500, true);
const def2 = pc('default2', 100, true);
const never = pc('nopreemption', 2000, false, 'Never');

describe('defaultPriorityClass (TestDefaultPriority)', () => {
  it.each([
    ['no classes', [], undefined],
    ['no default', [high], undefined],
    ['one default', [high, def], 'default1'],
    ['several defaults: the lowest value', [def, def2], 'default2'],
  ])('%s', (_n, classes, want) => {
    expect(defaultPriorityClass(classes)?.name).toBe(want);
  });
});

describe('resolvePriority (TestPodAdmission)', () => {
  it.each<[string, string | undefined, PriorityClassInfo[], number | undefined, number | string]>([
    ['pod with high priority', 'high-priority', [high], undefined, 1000],
    ['no class and no default: 0', undefined, [high], undefined, 0],
    ['no class: the global default', undefined, [high, def], undefined, 500],
    ['unknown class', 'foo', [high], undefined, 'no PriorityClass with name foo was found'],
    ['system-cluster-critical', 'system-cluster-critical', [], undefined, 2000000000],
    ['system-node-critical', 'system-node-critical', [], undefined, 2000001000],
    ['matching spec.priority', 'high-priority', [high], 1000, 1000],
    [
      'conflicting spec.priority',
      'high-priority',
      [high],
      5,
      'the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 1000 from the given PriorityClass name',
    ],
  ])('%s', (_n, name, classes, specPriority, want) => {
    const r = resolvePriority(name, classes, specPriority);
    if (typeof want === 'number') expect(r).toMatchObject({ ok: true, priority: want });
    else expect(r).toEqual({ ok: false, message: want });
  });
  it('takes preemptionPolicy from the class', () => {
    expect(resolvePriority('nopreemption', [never])).toEqual({
      ok: true,
      priority: 2000,
      preemptionPolicy: 'Never',
      className: 'nopreemption',
    });
    expect(resolvePriority(undefined, [])).toEqual({
      ok: true,
      priority: 0,
      preemptionPolicy: 'PreemptLowerPriority',
      className: undefined,
    });
  });
});
