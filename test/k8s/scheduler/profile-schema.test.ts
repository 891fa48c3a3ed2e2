// The default profile and the scenario's scheduler settings. Weight rows come from k8s v1.28
// least_allocated_test.go / most_allocated_test.go (the wantErrs cases); the other rows are ours and
// exercise the checks of pkg/scheduler/apis/config/validation/validation_pluginargs.go and the
// merge rule of apis/config/v1/default_plugins.go mergePluginSet.
import { describe, expect, it } from 'vitest';
import { newNodeInfo } from '../../../src/k8s/scheduler/node-info.js';
import { defaultProfile, mergePluginSet, parseSchedulerConfig, schedulerConfigSchema } from '../../../src/k8s/scheduler/profile.js';
import { scheduleOne } from '../../../src/k8s/scheduler/schedule-one.js';
import { node, pod } from './fixtures.js';

const fit = (args: unknown) => ({ pluginConfig: [{ name: 'NodeResourcesFit', args }] });
const issues = (raw: unknown): string[] => {
  const r = schedulerConfigSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('default profile (default_plugins.go)', () => {
  it('filters in Kubernetes order and scores with the default weights', () => {
    const p = defaultProfile();
    expect(p.schedulerName).toBe('default-scheduler');
    expect(p.filter.map((x) => x.name)).toEqual([
      'NodeUnschedulable',
      'NodeName',
      'TaintToleration',
      'NodeAffinity',
      'NodeResourcesFit',
      'PodTopologySpread',
      'InterPodAffinity',
    ]);
    expect(p.preFilter.map((x) => x.name)).toEqual(['NodeAffinity', 'NodeResourcesFit', 'PodTopologySpread', 'InterPodAffinity']);
    expect(p.score.map((s) => [s.plugin.name, s.weight])).toEqual([
      ['TaintToleration', 3],
      ['NodeAffinity', 2],
      ['NodeResourcesFit', 1],
      ['PodTopologySpread', 2],
      ['InterPodAffinity', 2],
      ['NodeResourcesBalancedAllocation', 1],
    ]);
    expect(p.percentageOfNodesToScore).toBeUndefined();
  });

  it('an empty config gives the default profile', () => {
    const p = parseSchedulerConfig({});
    expect(p.score.map((s) => [s.plugin.name, s.weight])).toEqual(defaultProfile().score.map((s) => [s.plugin.name, s.weight]));
  });
});

describe('score plugin merging (mergePluginSet)', () => {
  const defaults = [
    { name: 'A', weight: 3 },
    { name: 'B', weight: 2 },
    { name: 'C', weight: 1 },
  ];
  const cases: Array<[string, Array<{ name: string; weight?: number }>, string[], Array<[string, number | undefined]>]> = [
    [
      'disable one default plugin',
      [],
      ['B'],
      [
        ['A', 3],
        ['C', 1],
      ],
    ],
    [
      're-enable a default plugin with a new weight keeps its place',
      [{ name: 'B', weight: 7 }],
      [],
      [
        ['A', 3],
        ['B', 7],
        ['C', 1],
      ],
    ],
    [
      '"*" disables every default; enabled ones are appended in order',
      [{ name: 'C', weight: 2 }, { name: 'A' }],
      ['*'],
      [
        ['C', 2],
        ['A', undefined],
      ],
    ],
    [
      'disable and re-enable the same plugin appends it',
      [{ name: 'A', weight: 5 }],
      ['A'],
      [
        ['B', 2],
        ['C', 1],
        ['A', 5],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, enabled, disabled, want) => {
    expect(mergePluginSet(defaults, enabled, disabled).map((p) => [p.name, p.weight])).toEqual(want);
  });

  it('a plugin enabled without weight scores with weight 1', () => {
    const p = parseSchedulerConfig({ plugins: { score: { disabled: [{ name: '*' }], enabled: [{ name: 'TaintToleration' }] } } });
    expect(p.score.map((s) => [s.plugin.name, s.weight])).toEqual([['TaintToleration', 1]]);
    expect(p.preScore.map((x) => x.name)).toEqual(['TaintToleration']);
  });
});

describe('schema checks', () => {
  const cases: Array<[string, unknown, string[]]> = [
    [
      'resource with negative weight',
      fit({
        scoringStrategy: {
          type: 'LeastAllocated',
          resources: [
            { name: 'memory', weight: -1 },
            { name: 'cpu', weight: 1 },
          ],
        },
      }),
      ['pluginConfig.0.args.scoringStrategy.resources.0.weight: resource weight not in valid range [1, 100]'],
    ],
    [
      'resource with zero weight',
      fit({
        scoringStrategy: {
          type: 'MostAllocated',
          resources: [
            { name: 'memory', weight: 1 },
            { name: 'cpu', weight: 0 },
          ],
        },
      }),
      ['pluginConfig.0.args.scoringStrategy.resources.1.weight: resource weight not in valid range [1, 100]'],
    ],
    [
      'resource weight larger than MaxNodeScore',
      fit({
        scoringStrategy: {
          type: 'LeastAllocated',
          resources: [
            { name: 'memory', weight: 1 },
            { name: 'cpu', weight: 101 },
          ],
        },
      }),
      ['pluginConfig.0.args.scoringStrategy.resources.1.weight: resource weight not in valid range [1, 100]'],
    ],
    [
      'utilization values not increasing',
      fit({
        scoringStrategy: {
          type: 'RequestedToCapacityRatio',
          requestedToCapacityRatio: {
            shape: [
              { utilization: 10, score: 1 },
              { utilization: 10, score: 2 },
            ],
          },
        },
      }),
      [
        'pluginConfig.0.args.scoringStrategy.requestedToCapacityRatio.shape.1.utilization: Utilization values must be sorted in increasing order',
      ],
    ],
    [
      'shape score above 10 and utilization above 100',
      fit({
        scoringStrategy: {
          type: 'RequestedToCapacityRatio',
          requestedToCapacityRatio: {
            shape: [
              { utilization: 10, score: 11 },
              { utilization: 101, score: 2 },
            ],
          },
        },
      }),
      [
        'pluginConfig.0.args.scoringStrategy.requestedToCapacityRatio.shape.0.score: score not in valid range [0, 10]',
        'pluginConfig.0.args.scoringStrategy.requestedToCapacityRatio.shape.1.utilization: utilization not in valid range [0, 100]',
      ],
    ],
    [
      'empty shape',
      fit({ scoringStrategy: { type: 'RequestedToCapacityRatio', requestedToCapacityRatio: { shape: [] } } }),
      ['pluginConfig.0.args.scoringStrategy.requestedToCapacityRatio.shape: at least one point must be specified'],
    ],
    [
      'RequestedToCapacityRatio without its parameters',
      fit({ scoringStrategy: { type: 'RequestedToCapacityRatio' } }),
      ['pluginConfig.0.args.scoringStrategy.requestedToCapacityRatio: required for type RequestedToCapacityRatio'],
    ],
    [
      'balanced allocation weight other than 1',
      { pluginConfig: [{ name: 'NodeResourcesBalancedAllocation', args: { resources: [{ name: 'cpu', weight: 2 }] } }] },
      ['pluginConfig.0.args.resources.0.weight: must be 1'],
    ],
    ['percentage above 100', { percentageOfNodesToScore: 101 }, ['percentageOfNodesToScore: not in valid range [0-100]']],
    [
      'resource group with a slash',
      fit({ ignoredResourceGroups: ['example.com/aaa'] }),
      ['pluginConfig.0.args.ignoredResourceGroups.0: resource group name can\'t contain "/"'],
    ],
  ];
  it.each(cases)('%s', (_name, raw, want) => {
    expect(issues(raw)).toEqual(want);
  });

  it('rejects typos and unknown plugins', () => {
    expect(issues({ percentageOfNodeToScore: 50 })[0]).toMatch(/percentageOfNodeToScore/);
    expect(issues(fit({ scoringStrategy: { type: 'LeastAllocated', resource: [] } }))[0]).toMatch(/resource/);
    expect(issues({ plugins: { score: { enabled: [{ name: 'ImageLocality', weight: 1 }] } } })).toHaveLength(1);
    expect(issues(fit({ scoringStrategy: { type: 'Spread' } }))).toHaveLength(1);
  });

  it('accepts a full example', () => {
    expect(
      issues({
        schedulerName: 'bin-packer',
        percentageOfNodesToScore: 50,
        plugins: { score: { enabled: [{ name: 'NodeResourcesFit', weight: 5 }], disabled: [{ name: 'NodeResourcesBalancedAllocation' }] } },
        pluginConfig: [
          {
            name: 'NodeResourcesFit',
            args: { scoringStrategy: { type: 'MostAllocated', resources: [{ name: 'cpu' }, { name: 'memory', weight: 2 }] } },
          },
        ],
        featureGates: { SidecarContainers: true },
      }),
    ).toEqual([]);
  });
});

describe('profile from config', () => {
  it('MostAllocated packs onto the fuller node; the default spreads', () => {
    const nodes = () => [
      newNodeInfo(node('busy', { cpu: 4000, memory: 4096, pods: 110 }), [pod({ containers: [{ cpu: 2000, memory: 2048 }] })]),
      newNodeInfo(node('idle', { cpu: 4000, memory: 4096, pods: 110 })),
    ];
    const p = pod({ containers: [{ cpu: 500, memory: 512 }] });
    const packer = parseSchedulerConfig({
      plugins: { score: { disabled: [{ name: 'NodeResourcesBalancedAllocation' }] } },
      pluginConfig: [{ name: 'NodeResourcesFit', args: { scoringStrategy: { type: 'MostAllocated' } } }],
    });
    expect(scheduleOne(packer, p, nodes(), { nextStartNodeIndex: 0 }, () => 0).nodeName).toBe('busy');
    expect(scheduleOne(defaultProfile(), p, nodes(), { nextStartNodeIndex: 0 }, () => 0).nodeName).toBe('idle');
  });

  it('the SidecarContainers gate lets pods with restartable init containers through', () => {
    const p = pod({ containers: [{}], initContainers: [{ cpu: 10 }], sidecars: true });
    const infos = [newNodeInfo(node('a', { cpu: 100, pods: 110 }))];
    const on = parseSchedulerConfig({ featureGates: { SidecarContainers: true } });
    expect(scheduleOne(on, p, infos, { nextStartNodeIndex: 0 }, () => 0).nodeName).toBe('a');
    expect(scheduleOne(defaultProfile(), p, infos, { nextStartNodeIndex: 0 }, () => 0).nodeName).toBeUndefined();
  });

  it('percentageOfNodesToScore reaches the profile', () => {
    expect(parseSchedulerConfig({ percentageOfNodesToScore: 30 }).percentageOfNodesToScore).toBe(30);
  });
});
