// Plain-JavaScript entry for tinypool's worker threads: a worker thread starts without the
// TypeScript loader (under vitest, or when the parent registered it only for its own thread), so
// register tsx here, then hand over to src/study/worker.ts.
import { register } from 'tsx/esm/api';

register();
const worker = await import('../worker.ts');

export default worker.default;
