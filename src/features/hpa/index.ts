// The HPA in the simulation (public surface). The pure algorithm is in ../hpa.
export { hpaFeature, HPA_KIND, COLLECT_PRIORITY, SCRAPE_PRIORITY } from './feature.js';
export { HpaRunner, ratioNote, type HpaEntry, type Rescale } from './runner.js';
export { MetricsPipeline, POD_METRICS } from './metrics-pipeline.js';
export { hpaColumns, metricColumn, metricCurrent, metricTarget, conditionCells } from './columns.js';
export { targetPods, toHpaPod } from './pods.js';
export { hpaSection, hpaSettingsOf, type HpaRuntimeConfig, type HpaSettings } from './settings.js';
