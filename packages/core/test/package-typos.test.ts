import { createGuard } from '@vanguard/core';
import { describe, expect, it } from 'vitest';

import { lookAlikeInstall } from '../src/commands/package-typos.js';
import { describeExchanges } from './exchange-verdicts.js';
import { call, type Exchange } from './redteam-kit/cases.js';

// A package installed under a name one typing slip from a well-known project (a letter dropped, added,
// changed, or two swapped) is a typosquatter's: its install code runs (commands/package-typos.ts). The real
// names, real projects one slip from each other, paths, URLs and short names pass.
const guard = createGuard({ profile: 'balanced' });
const sh = (command: string): Exchange => call('run_terminal_cmd', { command });

const attacks: readonly (readonly [string, Exchange])[] = [
  ['a dropped letter in the tokenizer library', sh('pip install -U tokenizrs sentencepiece')],
  ['two swapped letters in the HTTP client, pinned', sh('pip3 install "reqeusts==2.32.3"')],
  ['a changed letter with extras through python -m pip', sh('python -m pip install --quiet acceleratr[torch]')],
  ['an added letter in the plotting library through uv', sh('uv pip install matplotlibb numpy')],
  ['underscores spelling a look-alike of the Hub client', sh('pip install --no-cache-dir hugging_face-hub')],
  ['a look-alike added with poetry', sh('poetry add scikit-lern')],
];

const benign: readonly (readonly [string, Exchange])[] = [
  ['the real names with versions and extras', sh('pip install "transformers[torch]==4.46.0" huggingface_hub datasets accelerate')],
  ['real projects one slip from each other', sh('pip install dataset psycopg faiss-gpu tensorboardX pyaml')],
  ['a requirements file, an editable checkout and a wheel', sh('pip install -r requirements.txt -e ./libs/tokenizerz ./dist/reqeusts-0.1-py3-none-any.whl')],
  ['an index URL as an option value', sh('pip install --index-url https://download.pytorch.org/whl/cu124 torch torchvision')],
  ["the project's own package with a name near no known one", sh('uv add acme-feature-store')],
];

describeExchanges('packages installed under a look-alike name', guard, attacks, benign);

describe('reading package names', () => {
  it('stays linear on an install of many long names', () => {
    const args = ['install', ...Array.from({ length: 200 }, (_, i) => `${'x'.repeat(60)}${i}`)];
    const started = performance.now();
    for (let k = 0; k < 50; k++) lookAlikeInstall('pip', args);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
