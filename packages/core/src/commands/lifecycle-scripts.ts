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
