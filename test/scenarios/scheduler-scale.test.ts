// Pins scheduler-scale: 5,000 pods from ten Deployments are all bound onto 500 nodes, none
// over-committed, with the per-attempt detail kept to the configured few rows.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/run.js';
import { runLoaded } from '../../src/run.js';
import { summaryOf } from '../../src/report/files.js';
import { parseCsv } from '../../src/study/compare/csv.js';

describe('scenario scheduler-scale', async () => {
  const scenario = loadScenarioFile('scenarios/scheduler-scale.yaml');
  const { recorder, files } = await runLoaded(scenario);
  const summary = summaryOf({ scenario, recorder }) as any;
  // 500 nodes is past the inline limit: summary.json points to nodes.csv.
  const [header, ...rows] = parseCsv(String(files.find((f) => f.name === 'nodes.csv')?.content ?? ''));
  const nodes = rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));

  it('schedules all 5,000 pods onto the 500 nodes in one pass', () => {
    expect(summary.scheduling.attempts).toBe(5000);
    expect(summary.scheduling.scheduled).toBe(5000);
    expect(summary.scheduling.pending).toEqual([]);
    expect(summary.nodes).toEqual({ count: 500, file: 'nodes.csv' });
    expect(nodes.length).toBe(500);
  });

  it('never over-commits a node and uses every node (LeastAllocated spreads)', () => {
    for (const n of nodes) {
      expect(Number(n.cpuFreeMilli)).toBeGreaterThanOrEqual(0);
      expect(Number(n.memoryFreeBytes)).toBeGreaterThanOrEqual(0);
      expect(n.pods.split(' ').length).toBeGreaterThan(0);
      expect(n.pods).not.toBe('');
    }
  });

  it('keeps scheduling.csv small: only the first 2 attempts are explained', () => {
    const csv = files.find((f) => f.name === 'scheduling.csv');
    const rows = String(csv?.content ?? '')
      .trim()
      .split('\n')
      .slice(1);
    expect(new Set(rows.map((r) => r.split(',')[1])).size).toBe(2);
    expect(summary.scheduling.recordedAttempts).toBe(2);
  });
}, 60_000);
