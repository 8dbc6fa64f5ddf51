import { foreignKey } from '../semantic/sends-secrets.js';
import { hostIsAddress, privateHost } from '../values/private-hosts.js';
import { strayProgram, type PlantedHarm } from './editor-files.js';

// What a project's package-manager config (`.npmrc`, `.yarnrc`, `.yarnrc.yml`) written by a call makes
// every later install do. Most of it is preference (`save-exact`, `engine-strict`, a scope's registry);
// what matters is where packages come from and who gets the tokens: a registry over plain http or at a bare
// public IP, TLS checks switched off, a registry token handed to a host that is not its service's, and the
// settings that run a program or preload code into every npm script (`script-shell`, `node-options
// --require`, `yarnPath`). Line by line (`key=value` or `key: value`); linear in the text.

const line = /^\s*["']?([^=:\s"']+(?::[^=\s"']+)?)["']?\s*(?:=|:\s)\s*["']?([^"'\n]*?)["']?\s*$/;
const authKey = /^\/\/([^/:]+)(?::\d+)?\/[^:]*:(?:_authtoken|_auth|_password|username)$/i;
const registryKey = /^(?:registry|@[^:]+:registry|npmregistryserver)$/i;
const variable = /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/;
const preload = /(?:^|\s)(?:-r|--require|--import|--loader|--experimental-loader)(?:[=\s]|$)/;
// npm's own token, by its usual names: it belongs to the public registry.
const npmToken = /^npm_(?:auth_)?token$/i;

export function npmConfigHarm(text: string): PlantedHarm | undefined {
  for (const raw of text.split('\n')) {
    const m = line.exec(raw);
    if (m === null) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (registryKey.test(key)) {
      const url = /^([a-z]+):\/\/([^/:\s]+)/i.exec(value);
      if (url === null) continue;
      const host = url[2]!.toLowerCase();
      const local = privateHost(host);
      if (url[1]!.toLowerCase() === 'http' && !local) return { what: 'fetches every package over plain http', evidence: raw.trim().slice(0, 120) };
      if (hostIsAddress(host) && !local) return { what: 'fetches every package from a bare IP address', evidence: raw.trim().slice(0, 120) };
    } else if (authKey.test(key) || key === 'npmauthtoken' || key === '_authtoken') {
      const host = authKey.exec(key)?.[1]?.toLowerCase() ?? registryHost(text);
      const name = variable.exec(value)?.[1];
      if (host === undefined || name === undefined) continue;
      if ((npmToken.test(name) && !/(?:^|\.)npmjs\.(?:org|com)$/.test(host)) || foreignKey(name.toLowerCase(), host)) {
        return { what: `hands ${name} to ${host}, a registry it is not for`, evidence: raw.trim().slice(0, 120) };
      }
    } else if (key === 'strict-ssl' && value.toLowerCase() === 'false') {
      return { what: "turns the registry's TLS checks off", evidence: raw.trim().slice(0, 120) };
    } else if (key === 'node-options' && preload.test(value)) {
      return { what: 'preloads code into every npm script (node-options)', evidence: raw.trim().slice(0, 120) };
    } else if ((key === 'script-shell' || key === 'shell' || key === 'git' || key === 'yarnpath' || key === 'onload-script' || key === 'init-module') && strayProgram.test(value)) {
      return { what: `makes ${key} a program in a place anyone can write to or on another machine`, evidence: raw.trim().slice(0, 120) };
    }
  }
  return undefined;
}

/** The host of the config's default registry (a yarn `npmAuthToken` goes there). */
function registryHost(text: string): string | undefined {
  const m = /(?:^|\n)\s*(?:registry|npmRegistryServer)\s*(?:=|:)\s*["']?[a-z]+:\/\/([^/:\s"']+)/i.exec(text);
  return m?.[1]?.toLowerCase() ?? 'registry.npmjs.org';
}
