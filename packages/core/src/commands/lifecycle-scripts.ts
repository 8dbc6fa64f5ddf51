// npm runs a package's install-time scripts by itself: `npm install` in a project runs its preinstall,
// install, postinstall and prepare scripts, and installing the package as a dependency runs them on every
// machine that does. A command written into one of them by a file write runs later with nobody asking,
// so a write of package.json is read for them and each is judged as the command line it is.

/** The scripts npm runs on its own (install, and the steps of packing and publishing that install runs). */
const lifecycleScript = /"(preinstall|install|postinstall|prepare|preprepare|postprepare|prepack|postpack|prepublish|preuninstall|uninstall|postuninstall)"\s*:\s*"((?:[^"\\\n]|\\.){1,4000})"/g;

/** A package manifest by its file name. */
export const isPackageManifest = (path: string): boolean => /(?:^|[\\/])package\.json$/i.test(path.trim());

/** The install-time scripts a package.json text (whole, or the part an edit writes) sets, in order. */
export function lifecycleScripts(text: string): { readonly name: string; readonly command: string }[] {
  const out: { name: string; command: string }[] = [];
  if (!text.includes('install') && !text.includes('prepare') && !text.includes('pack') && !text.includes('publish')) return out;
  for (const m of text.matchAll(lifecycleScript)) {
    try {
      out.push({ name: m[1]!, command: JSON.parse(`"${m[2]!}"`) as string });
    } catch {
      // Not a JSON string after all (a stray backslash): nothing npm would run either.
    }
  }
  return out;
}

const lifecycleNames = new Set(['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare', 'prepack', 'postpack', 'prepublish', 'preuninstall', 'uninstall', 'postuninstall']);
const anyScript = /"([\w:.@/-]{1,64})"\s*:\s*"((?:[^"\\\n]|\\.){1,4000})"/g;
/** A line that is more than one program: a pipe, a list, a substitution. */
const compound = /[|;`]|&&|\$\(/;

/**
 * Every script a package.json text sets that runs later when asked for (`npm test`, `npm run build`, which an
 * agent or CI runs next): the values of its `scripts` object, or, in a part an edit writes, the pairs whose
 * value is a compound shell line. Lifecycle scripts are read by `lifecycleScripts`.
 */
export function otherScripts(text: string): { readonly name: string; readonly command: string }[] {
  const out: { name: string; command: string }[] = [];
  const at = text.search(/"scripts"\s*:\s*\{/);
  const whole = at >= 0;
  const part = whole ? text.slice(at, (text.indexOf('}', at) + 1) || text.length) : text;
  for (const m of part.matchAll(anyScript)) {
    if (m[1] === 'scripts' || lifecycleNames.has(m[1]!)) continue;
    try {
      const command = JSON.parse(`"${m[2]!}"`) as string;
      if (whole || compound.test(command)) out.push({ name: m[1]!, command });
    } catch {
      // Not a JSON string: nothing npm would run.
    }
  }
  return out;
}
