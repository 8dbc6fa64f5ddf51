import { listChanged, numberedMessages, session } from '../redteam-kit/numbered.js';

// A session told as the messages the guard sees in order (redteam-kit/numbered.ts), numbered from 100.

export const { did, listed } = numberedMessages(100);
export { listChanged as changed, session };
