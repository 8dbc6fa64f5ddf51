// `npm pkg set files[]=X` (pnpm's too) adds X to the package's `files` list: what `npm publish` packs into the
// tarball and hands the registry, where anyone may download a public package. A file that holds credentials
// (.env, a key) put on that list is sent out with the next publish. `files[]=dist`, other keys (`scripts.test=…`,
// `version=…`) and a `.env.example` template pack nothing secret.

const packageManagers = new Set(['npm', 'pnpm']);
const filesEntry = /^files(?:\[\d*\])?=(.+)$/;

/** The credential files `name args` puts on the package's published files list (`credential` names one). */
export function secretFilesPacked(name: string, args: readonly string[], credential: (path: string) => string | undefined): string[] {
  if (!packageManagers.has(name)) return [];
  const at = args.indexOf('pkg');
  if (at < 0 || args[at + 1] !== 'set') return [];
  const out: string[] = [];
  for (const a of args.slice(at + 2)) {
    const entry = filesEntry.exec(a)?.[1]?.replace(/^["']|["']$/g, '');
    if (entry !== undefined && credential(entry) !== undefined) out.push(entry);
  }
  return out;
}
