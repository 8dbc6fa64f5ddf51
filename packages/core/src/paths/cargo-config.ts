import { shellQuoted } from '../commands/shell-words.js';
import type { CommandJudge, PlantedHarm } from './editor-files.js';
import { plainCommandLine } from './plain-commands.js';
import { sentOut } from './sent-out.js';

// What a Cargo config written by a call (.cargo/config.toml, ~/.cargo/config) makes every later build, run
// and test start. Aliases, flags, profiles and the target are preference; a few keys name the program cargo
// starts: `runner` wraps every `cargo run` and `cargo test` binary, `rustc-wrapper` and `rustc` every
// compile, `linker` every link. A tool there (`sccache`, `clang`, `qemu-aarch64 -L …`, `probe-rs run`) is
// the project's setup; a shell, an interpreter or a fetcher, a line the command analysis finds harmful, or
// one that sends data out runs behind every build. A value may be a string or an array of words.

const commandKey = /^(?:runner|rustc-wrapper|rustc-workspace-wrapper|rustc|rustdoc|linker)$/;
const stringOrArray = /^\s*([A-Za-z][\w-]*)\s*=\s*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|\[[^\]]*\])/;
const item = /"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'/g;
const unescape = (s: string): string => s.replace(/\\(["\\])/g, '$1');

/** The harm a Cargo config text plants, or undefined when it names only preferences and known tools. */
export function cargoConfigHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  // Arrays may span lines: read each key's value from where the key starts.
  for (const m of text.matchAll(/^[ \t]*([A-Za-z][\w-]*)[ \t]*=/gm)) {
    if (!commandKey.test(m[1]!.toLowerCase())) continue;
    const v = stringOrArray.exec(text.slice(m.index, m.index + 4096).replace(/\s*\n\s*/g, ' '));
    if (v === null) continue;
    const raw = v[2]!;
    const words = raw.startsWith('[') ? [...raw.matchAll(item)].map((w) => unescape(w[1] ?? w[2]!)) : undefined;
    const command = words === undefined ? unescape(raw.slice(1, -1)) : words.map(shellQuoted).join(' ');
    const evidence = `${m[1]} = ${raw}`.slice(0, 120);
    const found = judge(command);
    if (found !== undefined) return { what: `makes cargo run (${m[1]}): ${found.message}`, evidence };
    const sent = sentOut(command);
    if (sent !== undefined) return { what: `makes cargo run (${m[1]}) a command that ${sent.replace(/^\S+ /, '')}`, evidence };
    if (!plainCommandLine(words === undefined ? command : words.join(' '))) return { what: `makes cargo start a shell, an interpreter or a program of no known place as its ${m[1]}`, evidence };
  }
  return undefined;
}
