// The sets share one inspect helper (bench/redteam.mjs transpiles redteam-kit beside the set).
export { inspectExchange } from '../redteam-kit/inspect.js';
