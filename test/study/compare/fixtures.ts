// A small hand-written report for the comparison tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportTexts } from '../../../src/study/compare/report.js';

export const report: ReportTexts = {
  timeseries:
    'time_s,object_kind,object,pods,podsPending\n0,node,node-1,2,\n0,cluster,cluster,,0\n20,node,node-1,3,\n20,cluster,cluster,,1\n40,node,node-1,3,\n40,cluster,cluster,,0\n',
  events:
    'time_s,object_kind,object,reason,message\n0,Pod,web-a,Scheduled,ok\n20,Pod,extra,FailedScheduling,full\n40,Pod,extra,Scheduled,ok\n',
  summary: '{\n  "scenario": "x",\n  "pods": [{ "name": "extra", "node": "node-1" }]\n}\n',
};

export function writeReport(dir: string, r: ReportTexts): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'timeseries.csv'), r.timeseries);
  writeFileSync(join(dir, 'events.csv'), r.events);
  writeFileSync(join(dir, 'summary.json'), r.summary);
  return dir;
}
