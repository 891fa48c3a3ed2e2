// Whole-report comparison: folders, the first divergence across files, and the printed text.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDirs, compareReports } from '../../../src/study/compare/compare.js';
import { CompareInputError } from '../../../src/study/compare/errors.js';
import { formatComparison } from '../../../src/study/compare/format.js';
import { tempDir } from '../../helpers/tmp.js';
import { report, writeReport } from './fixtures.js';

describe('compareReports', () => {
  it('equal reports', () => {
    const d = compareReports(report, report);
    expect(d.equal).toBe(true);
    expect(d.first).toBeUndefined();
    expect(formatComparison(d)).toBe('no difference: 2 series, 3 events and summary.json are equal\n');
  });

  it('the first divergence is the earliest in time across timeseries and events', () => {
    const b = {
      ...report,
      timeseries: report.timeseries.replace('40,cluster,cluster,,0', '40,cluster,cluster,,1'),
      events: report.events.replace('20,Pod,extra,FailedScheduling,full', '20,Pod,extra,Scheduled,ok'),
    };
    const d = compareReports(report, b);
    expect(d.first).toMatchObject({ file: 'events.csv', index: 2, time_s: 20 });
    const text = formatComparison(d, { a: 'run', b: 'golden' });
    expect(text).toBe(
      [
        'behaviour differs — first divergence at 20 s in event 2 of events.csv:',
        '    run: 20,Pod,extra,FailedScheduling,full',
        '    golden: 20,Pod,extra,Scheduled,ok',
        'first divergent row of each file:',
        '  timeseries.csv: at 40 s, cluster cluster, column podsPending: run 0 → golden 1',
        '  events.csv: at 20 s, Pod extra, reason: run FailedScheduling "full" → golden Scheduled "ok"',
        'what differs (at most 5 rows per file):',
        '  file            time  object           column/reason  run                      golden',
        '  timeseries.csv  40 s  cluster cluster  podsPending    0                        1               1 point',
        '  events.csv      20 s  Pod extra        reason         FailedScheduling "full"  Scheduled "ok"',
        'in all:',
        '  timeseries.csv: 1 of 2 series differ (1 point): cluster.cluster.podsPending',
        '  events.csv: 1 event differs (1 changed, 0 only in run, 0 only in golden; run has 3, golden has 3)',
        '  summary.json: equal',
        '',
      ].join('\n'),
    );
  });

  it('at the same time a series divergence comes before an event', () => {
    const b = {
      ...report,
      timeseries: report.timeseries.replace('20,cluster,cluster,,1', '20,cluster,cluster,,0'),
      events: report.events.replace('FailedScheduling,full', 'FailedScheduling,other'),
    };
    const d = compareReports(report, b);
    expect(d.first).toEqual({ file: 'timeseries.csv', time_s: 20, series: 'cluster.cluster.podsPending', a: '1', b: '0' });
    expect(formatComparison(d)).toMatch(
      /^behaviour differs — first divergence at 20 s in series cluster\.cluster\.podsPending: A = 1, B = 0\n/,
    );
  });

  it('summary.json differences alone', () => {
    const d = compareReports(report, { ...report, summary: report.summary.replace('"node-1"', 'null') });
    expect(d.equal).toBe(false);
    expect(d.first).toEqual({ file: 'summary.json', path: 'pods[0].node', a: '"node-1"', b: 'null' });
    expect(formatComparison(d)).toMatch(
      /first divergence in summary\.json at pods\[0\]\.node: A = "node-1", B = null\n[\s\S]*summary\.json: 1 difference: pods\[0\]\.node\n$/,
    );
  });

  it('tolerances reach every file', () => {
    const b = {
      timeseries: report.timeseries.replace('40,node,node-1,3,', '40,node,node-1,3.01,'),
      events: report.events.replace('40,Pod', '40.01,Pod'),
      summary: report.summary.replace('"scenario": "x"', '"scenario": "x", "v": 1.01').replace('{\n', '{\n'),
    };
    const a = { ...report, summary: report.summary.replace('"scenario": "x"', '"scenario": "x", "v": 1') };
    expect(compareReports(a, b).equal).toBe(false);
    expect(compareReports(a, b, { tolerance: { absolute: 0.02 } }).equal).toBe(true);
    expect(compareReports(a, b, { tolerance: { relative: 0.011 } }).equal).toBe(true);
  });
});

describe('compareDirs', () => {
  it('reads two report folders', () => {
    const root = tempDir();
    const a = writeReport(join(root, 'a'), report);
    const b = writeReport(join(root, 'b'), { ...report, events: report.events.replace('ok\n', 'OK\n') });
    expect(compareDirs(a, a).equal).toBe(true);
    expect(compareDirs(a, b).first).toMatchObject({ file: 'events.csv', index: 1, time_s: 0 });
  });

  it('a missing folder or file is bad input, not a difference', () => {
    const root = tempDir();
    const a = writeReport(join(root, 'a'), report);
    expect(() => compareDirs(a, join(root, 'nope'))).toThrow(CompareInputError);
    expect(() => compareDirs(a, join(root, 'nope'))).toThrow(/nope: no such report folder/);
    rmSync(join(a, 'events.csv'));
    rmSync(join(a, 'summary.json'));
    expect(() => compareDirs(a, a)).toThrow(/missing events\.csv, summary\.json/);
  });
});
