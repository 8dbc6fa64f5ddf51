import type { CommandJudge, PlantedHarm } from './editor-files.js';

// What a project's `.gitmodules` written by a call makes git do on the next `git submodule update` or
// `git clone --recurse-submodules`. Each `url` is cloned, and a url of git's `ext::` or `fd::` transport is
// no address but a command git runs (`ext::sh -c curl% …|sh`, `%` escaping a blank); a url starting with a
// dash is read by older gits as an option of the clone (`--upload-pack=…`); an `update = !…` is a command git
// runs for the submodule (newer gits refuse it from this file: no project writes one). A url of a host, a
// relative path or ssh, a branch, a path and `update = rebase` are what projects write, and pass.

/** `key = value` of an ini line (git config syntax), the value maybe quoted. */
const entry = /^\s*([A-Za-z][\w-]*)\s*=\s*(.*?)\s*$/;

/** An `ext::` command as git reads it: `%` followed by a blank is a blank, `%%` a percent, `%S`/`%s`/`%G` the service. */
const extCommand = (value: string): string => value.slice(5).replace(/%(.)/g, (_, c: string) => (c === ' ' ? ' ' : c === '%' ? '%' : 'git-upload-pack'));

/** The harm a `.gitmodules` text plants, or undefined. */
export function submodulesHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  for (const raw of text.split('\n')) {
    const m = entry.exec(raw);
    if (m === null) continue;
    const key = m[1]!.toLowerCase();
    let value = m[2]!;
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    const evidence = raw.trim().slice(0, 120);
    if (key === 'url') {
      const transport = /^(ext|fd)::/i.exec(value)?.[1]?.toLowerCase();
      if (transport === 'ext') {
        const found = judge(extCommand(value));
        return { what: `makes git run a command for a submodule's url (the ext:: transport)${found === undefined ? '' : `: ${found.message}`}`, evidence };
      }
      if (transport === 'fd') return { what: "makes git talk to a submodule over a process's file descriptors (the fd:: transport)", evidence };
      if (value.startsWith('-')) return { what: "makes a submodule's url an option of git clone", evidence };
    } else if (key === 'update' && value.startsWith('!')) {
      const found = judge(value.slice(1));
      return { what: `makes git run a command to update a submodule${found === undefined ? '' : `: ${found.message}`}`, evidence };
    }
  }
  return undefined;
}
