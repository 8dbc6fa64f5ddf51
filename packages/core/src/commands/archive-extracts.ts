// An archive extracted over the filesystem root or a system folder replaces whatever files it holds there
// (binaries, libraries, /etc/profile.d, cron and systemd files): tar -x with -C / (--directory=/) or with
// -P (--absolute-names: members named /etc/… are written there), unzip -d /, cpio -i or 7z x into /, or any
// of them run after `cd /`. Extracting into the project, /tmp, ~/.local or /usr/local (a toolchain's
// documented install) is ordinary. Linear in the arguments.
import { optionArgument, type OptionParsing } from './option-arguments.js';

/** Folders whose files the system runs or obeys: an archive extracted there replaces them. */
const systemFolders = new Set(['/', '/etc', '/bin', '/sbin', '/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/libexec', '/lib', '/lib32', '/lib64', '/boot', '/root',
  '/etc/profile.d', '/etc/cron.d', '/etc/systemd/system', '/etc/sudoers.d', '/etc/init.d', '/etc/ld.so.conf.d', '/var/spool/cron']);

/** `folder` as a key of systemFolders: quotes, `./` and trailing slashes gone, `//` one slash. */
function folderKey(folder: string): string {
  const f = folder.trim().replace(/^["']|["']$/g, '').replace(/\/{2,}/g, '/');
  return f.length > 1 ? f.replace(/\/+$/, '') : f;
}
const isSystem = (folder: string | undefined): boolean => folder !== undefined && systemFolders.has(folderKey(folder));

/** tar's short options that take a value (the rest of a cluster, or the next word). */
const tarValued = new Set(['f', 'C', 'T', 'X', 'b', 'K', 'N', 'g', 'F', 'I', 'L', 'V', 'H']);

/** What tar does with `args`: extracts, into which folder, with absolute names kept. */
function tarReading(args: readonly string[]): { extract: boolean; folder: string | undefined; absolute: boolean } {
  let extract = false;
  let absolute = false;
  let folder: string | undefined;
  // Old-style first word (`tar xzf a.tar`): bundled letters whose values follow in order.
  const pending: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (name === '--extract' || name === '--get') extract = true;
      else if (name === '--absolute-names') absolute = true;
      else if (name === '--directory') folder = eq < 0 ? args[++i] : a.slice(eq + 1);
      continue;
    }
    const cluster = a.startsWith('-') ? a.slice(1) : i === 0 ? a : '';
    if (cluster === '') {
      const letter = pending.shift();
      if (letter === 'C') folder = a;
      continue;
    }
    for (let j = 0; j < cluster.length; j++) {
      const c = cluster[j]!;
      if (c === 'x') extract = true;
      else if (c === 'P') absolute = true;
      if (!tarValued.has(c)) continue;
      // In a dashed cluster the value is the rest of the word or the next one; in the old style it is a later word.
      if (!a.startsWith('-')) pending.push(c);
      else {
        const value = j + 1 < cluster.length ? cluster.slice(j + 1) : args[++i];
        if (c === 'C') folder = value;
        break;
      }
    }
  }
  return { extract, folder, absolute };
}

const extractOptions: OptionParsing = { last: true, glued: true };
/** The value of a short option (`-d DIR`, `-dDIR`) or a long one (`--directory=DIR`), the last given. */
const valueOf = (args: readonly string[], names: readonly string[]): string | undefined => optionArgument(args, names, extractOptions);

/**
 * Why `name args`, run in `cwd` (undefined: where the line started), extracts an archive over the system, or
 * undefined when it does not.
 */
export function extractsOverSystem(name: string, args: readonly string[], cwd: string | undefined): string | undefined {
  switch (name) {
    case 'tar':
    case 'gtar':
    case 'bsdtar': {
      const { extract, folder, absolute } = tarReading(args);
      if (!extract) return undefined;
      if (absolute) return `${name} extracts members by their absolute names (-P), wherever they point`;
      const into = folder ?? cwd;
      return isSystem(into) ? `${name} extracts an archive over ${folderKey(into!)}, replacing the system files it holds` : undefined;
    }
    case 'unzip': {
      const into = valueOf(args, ['-d']) ?? cwd;
      return isSystem(into) ? `unzip extracts an archive over ${folderKey(into!)}, replacing the system files it holds` : undefined;
    }
    case 'cpio': {
      const extract = args.some((a) => a === '--extract' || /^-[a-zA-Z]*i/.test(a));
      const into = valueOf(args, ['-D', '--directory']) ?? cwd;
      return extract && isSystem(into) ? `cpio extracts an archive over ${folderKey(into!)}, replacing the system files it holds` : undefined;
    }
    case '7z':
    case '7za':
    case '7zz': {
      if (args[0] !== 'x' && args[0] !== 'e') return undefined;
      const out = args.find((a) => a.startsWith('-o'));
      const into = out === undefined ? cwd : out.slice(2);
      return isSystem(into) ? `${name} extracts an archive over ${folderKey(into!)}, replacing the system files it holds` : undefined;
    }
    default:
      return undefined;
  }
}
