// A client call's strings are read for joined paths, argv lines, an environment's commands and fields
// declared encoded only when one pass over them found what each of those looks for (scanned.ts). The pass
// must never say "none" where the reading itself would have found something.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { commandsWithEnvironment } from '../src/values/command-env.js';
import { extractParams, type RawValue, rawSink } from '../src/values/extract.js';
import { joinedArgv } from '../src/values/joined-argv.js';
import { encodedParents, Held, heldFacts, joinedPaths } from '../src/values/scanned.js';

// Argument names the readings look for, names they do not, and words written for this test.
const key = fc.oneof(fc.constantFrom('env', 'Environment', 'env_vars', 'encoding', 'content_encoding', 'args', 'argv', 'cmd', 'command', 'segments', 'pathParts', 'path', 'script', 'PATH', 'BASH_ENV', 'name', 'limit'), fc.string({ maxLength: 5 }));
const word = fc.oneof(fc.constantFrom('', '~', 'rm', '-rf', '/', 'etc', 'passwd', 'base64', 'hex', 'ls -la', 'git', 'echo hi', 'bash', '/tmp/x'), fc.string({ maxLength: 8 }));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, word, fc.integer(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
})).value;

function rawsOf(args: unknown): RawValue[] {
  const out: RawValue[] = [];
  extractParams('tools/call', { name: 'run_task', arguments: args }, undefined, rawSink(out));
  return out;
}

describe('held facts', () => {
  it('finds an array item, an environment object or an encoding key wherever the readings would find something', () => {
    fc.assert(
      fc.property(fc.dictionary(key, json, { maxKeys: 5 }), (args) => {
        const raws = rawsOf(args);
        const facts = heldFacts(raws);
        if (!(facts & Held.ArrayItem)) {
          expect(joinedPaths(raws)).toBeUndefined();
          expect(joinedArgv(raws, 'run_task')).toBeUndefined();
        }
        if (!(facts & (Held.ArrayItem | Held.Environment))) expect(commandsWithEnvironment(raws)).toBeUndefined();
        if (!(facts & Held.Encoding)) expect(encodedParents(raws)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('says so for a call that sets an environment, sends argv words or declares an encoding, and for none of them in a plain call', () => {
    expect(heldFacts(rawsOf({ command: 'make', env: { BASH_ENV: '/tmp/x' } })) & Held.Environment).toBe(Held.Environment);
    expect(heldFacts(rawsOf({ cmd: ['rm', '-rf', '/'] })) & Held.ArrayItem).toBe(Held.ArrayItem);
    expect(heldFacts(rawsOf({ encoding: 'base64', script: 'cm0gLXJmIC8=' })) & Held.Encoding).toBe(Held.Encoding);
    expect(heldFacts(rawsOf({ path: '/home/alice/src', pattern: 'useEffect' }))).toBe(0);
  });
});
