// Pod priority from its PriorityClass. k8s v1.28 plugin/pkg/admission/priority/admission.go
// (admitPod: priorityClassName → value and preemptionPolicy; no name → the global default class,
// the lowest-valued one if several; none → 0 / PreemptLowerPriority; an unknown name rejects the pod;
// a spec.priority that disagrees with the class rejects it) and pkg/apis/scheduling (the built-in
// system classes, the highest user-definable value 1000000000).

export type PreemptionPolicy = 'PreemptLowerPriority' | 'Never';

export interface PriorityClassInfo {
  name: string;
  value: number;
  globalDefault: boolean;
  preemptionPolicy: PreemptionPolicy;
}

export const HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;
export const SYSTEM_CRITICAL_PRIORITY = 2 * HIGHEST_USER_DEFINABLE_PRIORITY;

/** scheduling.SystemPriorityClasses(): always present. */
export const SYSTEM_PRIORITY_CLASSES: readonly PriorityClassInfo[] = [
  { name: 'system-node-critical', value: SYSTEM_CRITICAL_PRIORITY + 1000, globalDefault: false, preemptionPolicy: 'PreemptLowerPriority' },
  { name: 'system-cluster-critical', value: SYSTEM_CRITICAL_PRIORITY, globalDefault: false, preemptionPolicy: 'PreemptLowerPriority' },
];

export type PriorityResult =
  | { ok: true; priority: number; preemptionPolicy: PreemptionPolicy; className?: string }
  | { ok: false; message: string };

/** getDefaultPriorityClass: among globalDefault classes, the one with the lowest value. */
export function defaultPriorityClass(classes: readonly PriorityClassInfo[]): PriorityClassInfo | undefined {
  let out: PriorityClassInfo | undefined;
  for (const c of classes) if (c.globalDefault && (!out || c.value < out.value)) out = c;
  return out;
}

/**
 * admitPod. `classes` are the user's PriorityClasses (the system ones are added here).
 * `specPriority`/`specPolicy` are what the pod's spec sets, if anything.
 */
export function resolvePriority(
  className: string | undefined,
  classes: readonly PriorityClassInfo[],
  specPriority?: number,
  specPolicy?: PreemptionPolicy,
): PriorityResult {
  let priority: number;
  let policy: PreemptionPolicy = 'PreemptLowerPriority';
  let name: string | undefined;
  if (!className) {
    const d = defaultPriorityClass(classes);
    priority = d?.value ?? 0;
    if (d) {
      policy = d.preemptionPolicy;
      name = d.name;
    }
  } else {
    const c = [...SYSTEM_PRIORITY_CLASSES, ...classes].find((x) => x.name === className);
    if (!c) return { ok: false, message: `no PriorityClass with name ${className} was found` };
    priority = c.value;
    policy = c.preemptionPolicy;
    name = c.name;
  }
  if (specPriority !== undefined && specPriority !== priority) {
    return {
      ok: false,
      message: `the integer value of priority (${specPriority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`,
    };
  }
  if (specPolicy !== undefined && specPolicy !== policy) {
    return {
      ok: false,
      message: `the string value of PreemptionPolicy (${specPolicy}) must not be provided in pod spec; priority admission controller computed ${policy} from the given PriorityClass name`,
    };
  }
  return { ok: true, priority, preemptionPolicy: policy, className: name };
}
