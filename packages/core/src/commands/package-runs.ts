// A package runner (`npx`, `npm exec`, `pnpm dlx`, `yarn dlx`, `bunx`) downloads the package it is given and
// runs its bin. Given a registry name it runs what the registry reviewed and versioned; given a URL or a
// repository (`--package=https://…/x.tgz`, `github:org/repo`, `git+https://…`) it runs whatever that host
// serves. Read from what the options mean, whichever spelling names the package.

/** A package spec that is fetched from a host or repository rather than the registry. */
const fetchedSpec = /^(?:git\+|git:\/\/|github:|gitlab:|bitbucket:|gist:|https?:\/\/)|^[\w@./-]+@(?:git\+|git:\/\/|github:|https?:\/\/)/i;

/** Options of the runners that take a separate value (the package is then not that value). */
const valueOptions = new Set(['-c', '--call', '-w', '--workspace', '--registry', '--cache', '--userconfig', '--prefix', '-C', '--cwd', '--dir']);

/** The package spec, written out, when `name args` runs a package fetched from a URL or a repository, else undefined. */
export function fetchedPackageRun(name: string, args: readonly string[]): string | undefined {
  let i = 0;
  if (name === 'npm' || name === 'pnpm' || name === 'yarn' || name === 'bun') {
    // The subcommand that runs a package: npm exec (x), pnpm dlx, yarn dlx, bun x.
    while (i < args.length && args[i]!.startsWith('-')) i++;
    const sub = args[i];
    const runs = name === 'npm' ? sub === 'exec' || sub === 'x' : name === 'bun' ? sub === 'x' : sub === 'dlx';
    if (!runs) return undefined;
    i++;
  } else if (name !== 'npx' && name !== 'bunx' && name !== 'pnpx') return undefined;
  let first: string | undefined;
  for (; i < args.length; i++) {
    const a = args[i]!;
    let spec: string | undefined;
    if (a === '--package' || a === '-p') spec = args[++i];
    else if (a.startsWith('--package=')) spec = a.slice(10);
    else if (a === '--') {
      first ??= args[i + 1];
      break;
    } else if (valueOptions.has(a)) i++;
    else if (!a.startsWith('-')) {
      first ??= a;
      break;
    }
    if (spec !== undefined && fetchedSpec.test(spec)) return spec;
  }
  // Without --package the first word is the package (and its bin).
  return first !== undefined && fetchedSpec.test(first) ? first : undefined;
}
