// Status constructors and predicates (k8s v1.28 pkg/scheduler/framework/interface.go).
import type { Status, StatusCode } from './types.js';

export const MAX_NODE_SCORE = 100;
export const MIN_NODE_SCORE = 0;

export function newStatus(code: StatusCode, plugin: string, ...reasons: string[]): Status {
  return { code, reasons, plugin };
}

/** k8s Status.IsSuccess: a nil status or code Success. */
export function isSuccess(s: Status | null | undefined): boolean {
  return !s || s.code === 'Success';
}

/** k8s Status.IsUnschedulable: Unschedulable or UnschedulableAndUnresolvable. */
export function isUnschedulable(s: Status | null | undefined): boolean {
  return !!s && (s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable');
}

/** k8s Status.Message: the reasons joined with ", ". */
export function statusMessage(s: Status): string {
  return s.reasons.join(', ');
}
