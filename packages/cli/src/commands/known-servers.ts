import { isAbsolute, resolve } from 'node:path';

// Safe zones that follow from the arguments of well-known MCP servers: the filesystem server is told its
// allowed directories on its command line, so those are the roots every path argument must stay under.

export interface KnownServerRoots {
  /** The server recognised, for the start-up message. */
  readonly server: string;
  /** Absolute roots. */
  readonly roots: readonly string[];
}

const base = (word: string): string => word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).toLowerCase();

// Package or binary names, as they appear in `npx -y <package> dirs…`, `node …/dist/index.js dirs…` or a
// globally installed binary.
const filesystemServer = /^(?:@modelcontextprotocol\/server-filesystem(?:@[^\s/]+)?|mcp-server-filesystem)$/;

/**
 * The roots a server command line gives its server, or undefined when the server is not one we know.
 * Relative directories are resolved against `cwd`, as the server would.
 */
export function knownServerRoots(argv: readonly string[], cwd: string): KnownServerRoots | undefined {
  const at = argv.findIndex((word) => filesystemServer.test(word) || filesystemServer.test(base(word)) || /server-filesystem[\\/]dist[\\/]index\.js$/.test(word));
  if (at < 0) return undefined;
  const roots = argv
    .slice(at + 1)
    .filter((word) => !word.startsWith('-'))
    .map((dir) => (isAbsolute(dir) ? resolve(dir) : resolve(cwd, dir)));
  return roots.length ? { server: 'filesystem', roots } : undefined;
}
