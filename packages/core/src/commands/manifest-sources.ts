// Where a manifest written by a call makes the package manager fetch packages from. npm's `overrides` (and
// yarn's `resolutions`, pnpm's `pnpm.overrides`) replace a package everywhere in the tree: given a semver
// range or another version they stay on the registry; given a tarball URL or a git URL they make the next
// `npm install` fetch that package from whoever serves it and run its install scripts. A requirements file's
// option lines are pip's own options: `--extra-index-url` on another host lets that host serve any name it
// wants a higher version of (dependency confusion), as `pip install --extra-index-url …` does on the command
// line (rules/commands.yaml cmd/untrusted-package-source, whose registry hosts are the same).

/** A requirements or constraints file, by name (`requirements.txt`, `requirements-dev.txt`, `constraints.txt`, `reqs/base.in`). */
export const isRequirementsFile = (path: string): boolean => /(?:^|[\\/])(?:requirements|constraints)[\w.-]*\.(?:txt|in)$|(?:^|[\\/])requirements[\\/][\w.-]+\.(?:txt|in)$/i.test(path.trim());

/** The registry's own index over https (as cmd/untrusted-package-source's `unless` reads it): PyPI, PyTorch's wheels. */
const registryIndex = /^https:\/\/(?:pypi\.org\/simple|download\.pytorch\.org\/whl)(?:\/[\w.-]*)*\/?$/i;
/** A pip option line that names where packages come from, and its URL. */
const sourceOption = /^\s*(--extra-index-url|--index-url|-i|--find-links|-f|--trusted-host)(?:\s*=\s*|\s+)(\S+)/;

/** An off-registry source a manifest text names: what it is, and the evidence. */
export interface ManifestSource {
  readonly what: string;
  readonly evidence: string;
}

/** The first pip option line of a requirements text that fetches from outside the registry, if any. */
export function requirementsSource(text: string): ManifestSource | undefined {
  if (!text.includes('-')) return undefined;
  let lines = 0;
  for (const line of text.split(/\r?\n/)) {
    if (++lines > 2000) break;
    const m = sourceOption.exec(line);
    if (m === null) continue;
    const [, option, value] = m as unknown as [string, string, string];
    if (option === '--trusted-host') return { what: `trusts ${value} without TLS checks`, evidence: line.trim().slice(0, 120) };
    // A local wheel folder (`--find-links ./wheels`) is the project's own.
    if ((option === '--find-links' || option === '-f') && !/^[a-z][\w+.-]*:\/\//i.test(value)) continue;
    if (registryIndex.test(value)) continue;
    const host = /^[a-z][\w+.-]*:\/\/(?:[^@/\s]*@)?([^/:\s]+)/i.exec(value)?.[1] ?? value;
    return { what: `makes pip fetch packages from ${host} (${option})`, evidence: line.trim().slice(0, 120) };
  }
  return undefined;
}

/** A package.json override value that fetches from outside the registry: a URL, a git or GitHub reference, a file tarball elsewhere. */
const offRegistry = /^(?:git\+|git:\/\/|github:|gitlab:|bitbucket:|https?:\/\/|[\w.-]+\/[\w.-]+(?:#|$))/i;
const overrideKeys = /"(overrides|resolutions)"\s*:\s*\{/g;
const entry = /"([^"\\\n]{1,214})"\s*:\s*"([^"\\\n]{1,2000})"/y;

/**
 * The first override (npm `overrides`, yarn `resolutions`, pnpm `pnpm.overrides`) of a package.json text that
 * points a package at a place off the registry, if any. Nested objects of `overrides` (a package's own
 * overrides) are read too; a semver range, a tag, `$name` and `npm:other@range` are the registry's.
 */
export function overrideSource(text: string): ManifestSource | undefined {
  if (!text.includes('overrides') && !text.includes('resolutions')) return undefined;
  for (const open of text.matchAll(overrideKeys)) {
    let depth = 1;
    let i = open.index + open[0].length;
    for (let n = 0; i < text.length && depth > 0 && n < 4000; n++) {
      const c = text[i]!;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '"') {
        entry.lastIndex = i;
        const m = entry.exec(text);
        if (m !== null) {
          if (offRegistry.test(m[2]!.trim())) {
            const host = /^[a-z][\w+.-]*:\/\/(?:[^@/\s]*@)?([^/:\s]+)/i.exec(m[2]!.replace(/^git\+/, ''))?.[1] ?? m[2]!;
            return { what: `${open[1]} replace ${m[1]} with a package from ${host}, fetched (and its install scripts run) at the next install`, evidence: m[0].slice(0, 120) };
          }
          i = entry.lastIndex;
          continue;
        }
        // A key of a nested object, or a string that is no entry: skipped to its closing quote.
        const close = text.indexOf('"', i + 1);
        i = close < 0 ? text.length : close + 1;
        continue;
      }
      i++;
    }
  }
  return undefined;
}
