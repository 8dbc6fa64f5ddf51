// A scanner's exclusion (an EDR's or an antivirus's: `edr_create_exclusion`, `add_av_exclusion`,
// `Add-MpPreference -ExclusionPath` as an API): files under it are never scanned, blocked or reported. An
// exclusion of one named program (a backup agent's binary) is how a SOC quiets a known false positive; one
// that covers a folder any user or any download can write to (a user's AppData, Temp, Downloads, Public,
// ProgramData, /tmp) or a wildcard over folders (`C:\Users\*\…`, `**`) is where malware drops its loader, and
// it switches the sensor off there. Findings are data; nothing here throws on odd input. Bounded walk.

const exclusionNouns = new Set(['exclusion', 'exclusions', 'exclude', 'excludes']);
const addVerbs = new Set(['create', 'add', 'set', 'put', 'update', 'upsert', 'new', 'apply', 'configure', 'exclude']);
/** A security product's scanning: a backup's or a linter's exclusion of Temp is ordinary. */
const scannerWords = new Set(['edr', 'av', 'antivirus', 'defender', 'mp', 'scan', 'scanner', 'scanning', 'sensor', 'falcon', 'crowdstrike', 'sentinelone', 's1', 'ml', 'malware', 'endpoint', 'ioa', 'mde', 'xdr', 'epp', 'cortex', 'carbon', 'sophos']);

/** Whether a tool's name (its words) adds an exclusion to a scanner. */
export function namesScanExclusion(words: readonly string[]): boolean {
  return words.some((w) => exclusionNouns.has(w)) && words.some((w) => addVerbs.has(w)) && words.some((w) => scannerWords.has(w));
}

// Folders any user or any download can write to, as a path's folder (Windows or POSIX, slashes folded).
const writableFolder = /(?:^|\/)(?:users\/[^/]+\/(?:appdata|downloads|desktop|documents)|users\/public|programdata|windows\/temp|temp|tmp|var\/tmp|dev\/shm|%(?:local)?appdata%|%temp%|%tmp%|%userprofile%|\$env:(?:local)?appdata|\$env:temp)(?:\/|$)/;
/** A wildcard in a folder of the path (not only in the file's name): it covers folders nobody listed. */
const folderWildcard = /\*[^/]*\//;

/** What an exclusion value covers that no SOC excludes, or undefined: a writable folder or a wildcard over folders. */
function broadPath(value: string): string | undefined {
  if (value.length > 1024 || !/[\\/]/.test(value)) return undefined;
  const path = value.trim().replace(/\\+/g, '/').toLowerCase();
  // `**` or a trailing `*` after a folder covers everything under it; a wildcard in a folder covers folders.
  if (folderWildcard.test(path) || /\/\*\*?$/.test(path)) return `a wildcard over folders (${value.slice(0, 80)})`;
  if (writableFolder.test(path)) return `a folder any user can write to (${value.slice(0, 80)})`;
  return undefined;
}

/** The broad path a scanner exclusion's arguments cover (a sentence), or undefined. Reads strings to depth 4. */
export function broadScanExclusion(words: readonly string[], args: unknown): string | undefined {
  if (!namesScanExclusion(words)) return undefined;
  let budget = 256;
  const visit = (value: unknown, depth: number): string | undefined => {
    if (--budget < 0 || depth > 4) return undefined;
    if (typeof value === 'string') return broadPath(value);
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = visit(item, depth + 1);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    if (typeof value === 'object' && value !== null) {
      for (const key in value as Record<string, unknown>) {
        // A comment or a description says why; it is not what is excluded.
        if (/^(?:comment|description|reason|note|notes|justification|ticket)$/i.test(key)) continue;
        const found = visit((value as Record<string, unknown>)[key], depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  const found = visit(args, 0);
  return found === undefined ? undefined : `a scanner exclusion of ${found}`;
}
