// Toleration.ToleratesTaint as in k8s v1.28 (staging/src/k8s.io/api/core/v1/toleration.go), with the
// rows of its TestTolerationToleratesTaint table that exist in v1.28 (Gt/Lt came later), plus the
// empty-operator rows (an empty operator is Equal), and the scenario schema accepting `operator: ""`.
import { describe, expect, it } from 'vitest';
import { toleratesTaint } from '../../../src/model/tolerations.js';
import type { Taint, Toleration } from '../../../src/model/types.js';
import { loadScenarioText } from '../../../src/run.js';
import { InputError } from '../../../src/scenario/diagnostics.js';
import { minimalScenario } from '../../helpers/tmp.js';

const NS = 'NoSchedule' as const;
const NE = 'NoExecute' as const;

const rows: Array<[string, Toleration, Taint, boolean]> = [
  ['same key and effect, Exists, taint without value', { key: 'foo', operator: 'Exists', effect: NS }, { key: 'foo', effect: NS }, true],
  [
    'same key and effect, Exists, taint with a value',
    { key: 'foo', operator: 'Exists', effect: NS },
    { key: 'foo', value: 'bar', effect: NS },
    true,
  ],
  ['empty key with Exists matches every key', { key: '', operator: 'Exists', effect: NS }, { key: 'foo', value: 'bar', effect: NS }, true],
  [
    'same key, value and effect, Equal',
    { key: 'foo', operator: 'Equal', value: 'bar', effect: NS },
    { key: 'foo', value: 'bar', effect: NS },
    true,
  ],
  [
    'same key and effect, different values, Equal',
    { key: 'foo', operator: 'Equal', value: 'value1', effect: NS },
    { key: 'foo', value: 'value2', effect: NS },
    false,
  ],
  [
    'same key and value, different effects, Equal',
    { key: 'foo', operator: 'Equal', value: 'bar', effect: NS },
    { key: 'foo', value: 'bar', effect: NE },
    false,
  ],
  // An empty operator is Equal.
  [
    'empty operator, same key, value and effect',
    { key: 'foo', operator: '', value: 'bar', effect: NS },
    { key: 'foo', value: 'bar', effect: NS },
    true,
  ],
  [
    'empty operator, different values',
    { key: 'foo', operator: '', value: 'value1', effect: NS },
    { key: 'foo', value: 'value2', effect: NS },
    false,
  ],
  ['empty operator, no values on either side', { key: 'foo', operator: '', effect: NS }, { key: 'foo', effect: NS }, true],
  [
    'empty operator, toleration without value against a valued taint',
    { key: 'foo', operator: '' },
    { key: 'foo', value: 'bar', effect: NE },
    false,
  ],
  [
    'empty operator and empty effect match any effect',
    { key: 'foo', operator: '', value: 'bar' },
    { key: 'foo', value: 'bar', effect: NE },
    true,
  ],
  ['absent operator is Equal too', { key: 'foo', value: 'bar', effect: NS }, { key: 'foo', value: 'bar', effect: NS }, true],
];

describe('Toleration.ToleratesTaint (TestTolerationToleratesTaint)', () => {
  it.each(rows)('%s', (_d, toleration, taint, want) => {
    expect(toleratesTaint(toleration, taint)).toBe(want);
  });
});

function podWith(tolerations: string): string {
  return minimalScenario().replace('spec:\n  containers:', `spec:\n  tolerations:\n${tolerations}\n  containers:`);
}

function errors(text: string): string[] {
  try {
    loadScenarioText('s.yaml', text);
    return [];
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    throw e;
  }
}

describe('scenario schema: toleration operator', () => {
  it('accepts operator "" and keeps it for matching as Equal', () => {
    const s = loadScenarioText('s.yaml', podWith('    - { key: dedicated, operator: "", value: gpu, effect: NoSchedule }'));
    const pod = s.objects.find((o) => o.kind === 'Pod')!;
    const [t] = (pod.manifest as unknown as { spec: { tolerations: Toleration[] } }).spec.tolerations;
    expect(t.operator).toBe('');
    expect(toleratesTaint(t, { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' })).toBe(true);
    expect(toleratesTaint(t, { key: 'dedicated', value: 'cpu', effect: 'NoSchedule' })).toBe(false);
  });

  it('still needs Exists when the key is empty (ValidateTolerations)', () => {
    expect(errors(podWith('    - { operator: "", effect: NoSchedule }'))).toHaveLength(1);
  });

  it('rejects an unknown operator', () => {
    expect(errors(podWith('    - { key: a, operator: Gt, value: "1" }'))).toHaveLength(1);
  });
});
