import type { Exchange } from '../redteam-kit/cases.js';

/** The last call of a session in which the earlier calls were sent first (a harm spread over calls). */
export const after = (earlier: readonly Exchange[], last: Exchange): Exchange => ({
  ...last,
  earlier: earlier.map((e) => ({ message: e.message, from: e.from })),
});
