import { loadScenarioText, runLoaded } from '../src/run.js';
import { scaleScenarioText } from './scale.bench.js';
const n = Number(process.argv[2] ?? 200);
const s = loadScenarioText('x.yaml', scaleScenarioText(n));
const t = process.cpuUsage();
await runLoaded(s, { charts: false });
const u = process.cpuUsage(t);
console.log(n, (u.user + u.system) / 1e6);
