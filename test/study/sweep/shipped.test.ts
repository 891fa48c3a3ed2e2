// The shipped studies load and check against their base scenarios (a change to a base scenario
// that breaks a study fails here), with the points, parameters and charts their headers describe.
import { describe, expect, it } from 'vitest';
import { loadStudyFile } from '../../../src/study/sweep/load-study.js';
import { chartList } from '../../../src/study/sweep/charts.js';

describe('shipped studies', () => {
  it('diurnal-capacity: node count × node size × HPA target, 18 points × 3 replications', () => {
    const s = loadStudyFile('scenarios/diurnal-capacity.study.yaml').resolved;
    expect(s.parameters.map((p) => p.name)).toEqual(['nodes', 'size', 'target']);
    expect(s.points).toHaveLength(18);
    expect(s.points[0].params).toEqual({ nodes: 2, size: 4, target: 50 });
    expect(s.points[17].params).toEqual({ nodes: 4, size: 8, target: 90 });
    expect(s.points[0].seeds).toEqual(['24/replication-0', '24/replication-1', '24/replication-2']);
    expect(s.metrics.map((m) => m.name)).toEqual(
      expect.arrayContaining(['unserved_pct', 'pending_pod_min', 'avg_cpu_used_pct', 'peak_node_cpu_pct', 'node_hours', 'core_hours']),
    );
    expect(chartList(s).map((c) => c.name)).toEqual(['frontier', 'unserved-vs-nodes', 'pending-vs-nodes', 'utilization-vs-nodes']);
  });

  it('relist-churn: relist period × churn rate, 18 points × 3 replications', () => {
    const s = loadStudyFile('scenarios/relist-churn.study.yaml').resolved;
    expect(s.parameters.map((p) => p.name)).toEqual(['period_s', 'churn_per_s']);
    expect(s.points).toHaveLength(18);
    expect(s.points[0].set).toEqual(expect.arrayContaining(['spec.duration="3m"', 'spec.expectations=[]', 'spec.relist[3].period=0.1']));
    expect(s.metrics[0]).toMatchObject({ name: 'missed_pct', path: 'relist.nodes[node=relist-1s].missedPct' });
  });
});
