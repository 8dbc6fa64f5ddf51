import type { Exchange, Json } from '../redteam-kit/exchange.js';
import { answered, answers, callAfter } from '../redteam-kit/session-messages.js';

// The places a coding agent meets developer artifacts on an ordinary day: a file read through the
// filesystem server (as a tool answer or a resources/read), a file it writes, and the GitHub server's
// issue, pull request and review comments.

export const repo = '/home/dev/src/acme-api';

/** The filesystem server's read_file answer for a path of the cloned repo. */
export const readFile = (path: string, text: string): Exchange => answered('read_file', { path: `${repo}/${path}` }, text);

/** A resources/read of a repo file through the filesystem server. */
export const fileResource = (path: string, text: string, mimeType = 'text/plain'): Exchange =>
  answers('resources/read', { uri: `file://${repo}/${path}` }, { contents: [{ uri: `file://${repo}/${path}`, mimeType, text }] });

/** The agent writing a file of the repo (or an absolute path). */
export const writeFile = (path: string, content: string): Exchange =>
  callAfter([], 'write_file', { path: path.startsWith('/') || path.startsWith('~') ? path : `${repo}/${path}`, content });

/** Comments of an issue or pull request, as the GitHub server returns them. */
export const comments = (issue: number, ...bodies: [string, string][]): Exchange =>
  answered('get_issue_comments', { owner: 'acme', repo: 'api', issue_number: issue },
    JSON.stringify(bodies.map(([user, body], i) => ({ id: 2000 + i, user: { login: user }, body, created_at: '2026-12-04T09:1' + i + ':00Z' })), null, 2));

/** A GitHub call the agent makes. */
export const gh = (name: string, args: Json): Exchange => callAfter([], name, { owner: 'acme', repo: 'api', ...args });
