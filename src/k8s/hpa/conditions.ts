// HPA status conditions. k8s v1.28 pkg/controller/podautoscaler/horizontal.go setConditionInList:
// a condition keeps its place in the list; lastTransitionTime changes only when the status does.
import type { ConditionType, HpaCondition } from './types.js';

export function setCondition(
  list: readonly HpaCondition[],
  type: ConditionType,
  status: 'True' | 'False',
  reason: string,
  message: string,
  now: number,
): HpaCondition[] {
  const out = list.map((c) => ({ ...c }));
  let c = out.find((x) => x.type === type);
  if (!c) {
    c = { type, status, reason, message, lastTransitionTime: now };
    out.push(c);
    return out;
  }
  if (c.status !== status) c.lastTransitionTime = now;
  c.status = status;
  c.reason = reason;
  c.message = message;
  return out;
}
