// Capacity-planning studies (`kubetwin sweep` / `merge`): public surface, explicit re-exports.
export { loadStudyFile, loadStudyText } from './load-study.js';
export { runSweep, type SweepOptions, type SweepOutcome, type SweepProgress } from './runner.js';
export { mergeStudies, type MergeOutcome } from './merge.js';
export { k8sJob, k8sJobYaml, jobName, SHARD_COMMAND, type JobOptions } from './job.js';
export { parseShard, inShard, type Shard } from './shard.js';
export { executorFor, inProcessExecutor, poolExecutor, defaultWorkers, type Executor } from './executor.js';
export { runReplication, type ReplicationTask, type ReplicationResult } from './replication.js';
export { readMetrics, type MetricReading } from './metrics.js';
export { parseJsonPath, selectPath } from './json-path.js';
export { describe as describeValues, type MetricStats } from './stats.js';
export { tQuantile, tCdf } from './t-dist.js';
export { studyRows, replicationRows } from './aggregate.js';
export { frontier, cheapestMeeting, type FrontierPoint } from './frontier.js';
export { writeStudyOutputs, STUDY_CSV } from './outputs.js';
export { studyManifest, type StudyManifest, type MetricSpec, type ChartSpec, type ParamValue } from './schema.js';
export type { ResolvedStudy, Study, StudyParameter, StudyPoint } from './types.js';
