// A file mode with the setuid or setgid bit makes a program run as its owner (root, for a file root
// installs) whoever starts it: `install -m 4755 /bin/bash …` leaves a root shell for anyone. A directory's
// setgid bit (shared group folders) is ordinary, so `install -d` is not read.

/** Whether a chmod-style `mode` (octal `4755`, symbolic `u+s`, `g=rxs`) sets the setuid or setgid bit. */
export function setsIdBits(mode: string): boolean {
  const m = mode.trim();
  if (/^[0-7]{1,5}$/.test(m)) return (Number.parseInt(m, 8) & 0o6000) !== 0;
  for (const clause of m.split(',')) {
    const parts = /^([ugoa]*)([-+=][rwxXstugo]*)+$/.exec(clause);
    if (parts === null) continue;
    // Only `+` and `=` add a bit; `s` means setuid for u (or no one named: all) and setgid for g.
    for (const op of clause.slice(parts[1]!.length).match(/[-+=][rwxXstugo]*/g) ?? []) {
      if (op[0] !== '-' && op.includes('s') && (parts[1] === '' || /[uga]/.test(parts[1]!))) return true;
    }
  }
  return false;
}

/** Why `install args` installs a file setuid or setgid, or undefined. */
export function installsWithIdBits(args: readonly string[]): string | undefined {
  let mode: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-d' || a === '--directory' || (/^-[a-zA-Z]+$/.test(a) && a.includes('d') && !a.includes('m'))) return undefined;
    if (a === '-m' || a === '--mode') mode = args[++i];
    else if (a.startsWith('--mode=')) mode = a.slice(7);
    else if (/^-[a-zA-Z]*m./.test(a)) mode = a.slice(a.indexOf('m') + 1);
    else if (/^-[a-zA-Z]*m$/.test(a)) mode = args[++i];
  }
  return mode !== undefined && setsIdBits(mode) ? `install sets the setuid or setgid bit (mode ${mode}): the file runs as its owner for whoever starts it` : undefined;
}
