// A secret handed to a secret store (`github_set_actions_secret`, `put_secret_value`, `create_secret`) is put
// where secrets are kept, encrypted and masked: the rotation step that follows creating a key, not a leak. The
// store is named by the tool (a write verb, then `secret`), the secret travels in its value field, and the call
// names no address of its own (a URL in it is somewhere else the value may go).

import type { ScannedValue } from '../types.js';

const storeTool = /(?:^|[_.\-\s])(?:set|put|create|update|store|add|write|rotate)(?:[_.\-\s][a-z]+){0,3}?[_.\-\s]secrets?(?:[_.\-\s](?:value|version))?$/i;
const valueKey = /^(?:value|secret|secret_?value|secret_?string|plaintext(?:_?value)?|encrypted_?value|data)$/i;

/** Whether `values[at]` is the secret a secret-store tool named `tool` is asked to keep. */
export function storedAsSecret(tool: string | undefined, values: readonly ScannedValue[], at: number): boolean {
  const value = values[at]!;
  // (The arguments read whole, their fields joined, carry the secret the value field holds.)
  if (tool === undefined || !storeTool.test(tool) || !(valueKey.test(value.key) || value.path.length <= 2)) return false;
  for (let i = 0; i < values.length; i++) if (values[i]!.raw.includes('://')) return false;
  return true;
}
