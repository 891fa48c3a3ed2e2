// Worker-thread entry of `kubetwin sweep` (tinypool): runs one replication per task, in memory.
// Loaded through src/study/sweep/worker-boot.mjs, which registers the TypeScript loader first.
import { runReplication, type ReplicationResult, type ReplicationTask } from './sweep/replication.js';

export default function runTask(task: ReplicationTask): Promise<ReplicationResult> {
  return runReplication(task);
}
