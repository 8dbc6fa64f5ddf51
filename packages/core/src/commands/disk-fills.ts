// A disk filled on purpose: an endless source (/dev/zero, /dev/urandom, /dev/random, `yes`) copied into a
// file with no bound, or with a bound past what any test image needs. `dd if=/dev/zero of=disk.img bs=1M
// count=64` makes a 64 MiB image; `head -c 10M /dev/urandom > blob` a test file; `yes | head -n 1000` ten
// hundred lines; output thrown away (`of=/dev/null`, `> /dev/null`) fills nothing.

/** More than this many bytes written from an endless source: no fixture or disk image needs it. */
export const fillLimit = 256 * 2 ** 30;

const endless = /^\/dev\/(?:zero|u?random)$/;
const units: Readonly<Record<string, number>> = { c: 1, w: 2, b: 512, k: 1024, kb: 1000, kib: 1024, m: 2 ** 20, mb: 1e6, mib: 2 ** 20, g: 2 ** 30, gb: 1e9, gib: 2 ** 30, t: 2 ** 40, tb: 1e12, tib: 2 ** 40, p: 2 ** 50, pb: 1e15, pib: 2 ** 50, e: 2 ** 60 };

/** A size as dd, head and fallocate write it (`64`, `1M`, `10G`, `2x512`); NaN when it is none. */
export function sizeOf(word: string): number {
  let total = 1;
  for (const part of word.toLowerCase().split('x')) {
    const m = /^(\d+(?:\.\d+)?)([a-z]*)$/.exec(part);
    const unit = m === null ? undefined : m[2] === '' ? 1 : units[m[2]!];
    if (m === null || unit === undefined) return Number.NaN;
    total *= Number(m[1]) * unit;
  }
  return total;
}

const wrappers: ReadonlySet<string> = new Set(['sudo', 'doas', 'nohup', 'nice', 'ionice', 'exec', 'command', 'setsid']);

const discarded = (target: string): boolean => target === '/dev/null' || target === '-' || target.startsWith('/dev/std') || /^&?[12]$/.test(target);

/** Why `dd ARGS` fills a disk, or undefined. */
function ddFill(words: readonly string[]): string | undefined {
  let input = '';
  let output: string | undefined;
  let bs = 512;
  let count = Number.NaN;
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq < 0) continue;
    const key = w.slice(0, eq);
    const value = w.slice(eq + 1);
    if (key === 'if') input = value;
    else if (key === 'of') output = value;
    else if (key === 'bs' || key === 'obs') bs = sizeOf(value);
    else if (key === 'count') count = sizeOf(value);
  }
  if (!endless.test(input) || output === undefined || discarded(output) || output.startsWith('/dev/')) return undefined;
  if (Number.isNaN(count)) return `dd copies ${input} into ${output} with no count: it writes until the disk is full`;
  return bs * count > fillLimit ? `dd copies ${input} into ${output}, ${(bs * count / 2 ** 40).toFixed(1)} TiB` : undefined;
}

/** One command of a pipeline: its words, and where its stdout goes (`>`/`>>`), naively split. */
function redirectTarget(segment: string): string | undefined {
  const m = /(?:^|[^0-9&>])>>?\s*([^\s;&|]+)/.exec(segment);
  return m?.[1];
}

/** Why a shell line fills a disk from an endless source, as evidence; undefined when it does not. */
export function diskFill(text: string): string | undefined {
  if (!text.includes('/dev/') && !text.includes('yes') && !text.includes('fallocate')) return undefined;
  for (const line of text.split(/[;\n]|&&|\|\|/)) {
    const stages = line.split('|');
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s]!.trim().replace(/&\s*$/, '').trim();
      const all = stage.split(/\s+/).map((w) => w.replace(/^["']|["']$/g, ''));
      // Wrappers that run the command as it is (`timeout` bounds it, so it is no wrapper here).
      let first = 0;
      while (first < all.length - 1 && wrappers.has(all[first]!)) first++;
      const words = all.slice(first);
      const program = words[0] ?? '';
      const tail = stages.slice(s + 1).join('|');
      // A later stage that stops reading (head, dd count=) bounds it; one that writes the stream to a file does not.
      const bounded = /(?:^|\s)(?:head|dd\s[^|]*count=)/.test(tail);
      const target = redirectTarget(stages[stages.length - 1]!);
      const fillsFile = target !== undefined && !discarded(target);
      if (program === 'dd' || program.endsWith('/dd')) {
        const why = ddFill(words.slice(1));
        if (why !== undefined) return why;
      } else if ((program === 'cat' || program === 'pv') && words.slice(1).some((w) => endless.test(w)) && !bounded && fillsFile) {
        return `${program} copies an endless source into ${target} with no bound`;
      } else if (program === 'yes' && !bounded && fillsFile) {
        return `yes writes into ${target} with no bound`;
      } else if (program === 'head' && words.slice(1).some((w) => endless.test(w)) && fillsFile) {
        const c = words.indexOf('-c');
        const size = c >= 0 ? sizeOf(words[c + 1] ?? '') : Number.NaN;
        if (size > fillLimit) return `head copies ${(size / 2 ** 40).toFixed(1)} TiB of an endless source into ${target}`;
      } else if (program === 'fallocate') {
        const l = words.findIndex((w) => w === '-l' || w === '--length');
        const size = l >= 0 ? sizeOf(words[l + 1] ?? '') : Number.NaN;
        if (size > fillLimit) return `fallocate reserves ${(size / 2 ** 40).toFixed(1)} TiB`;
      }
    }
  }
  return undefined;
}
