import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readToolName } from '../src/commands/tool-names.js';
import { wordsOfTool } from '../src/commands/field-grants.js';
import { Capability, capabilitiesOfName } from '../src/stateful/capabilities.js';
import { foldedWords } from '../src/text/name-words.js';

// One splitter of tool names (text/name-words.ts foldedWords) serves a called tool's words (tool-names.ts) and
// its capabilities (stateful/capabilities.ts), which kept a splitter of their own until stop 75. That one is
// written here as it was, to show the two split alike wherever a name has no accent; with one, folding it is
// the right reading (a `créer_fichier` tool creates a file). scripts/name-words-corpus.mjs runs both over
// every tool name of the developer corpora.
const formerNameWords = (name: string): string[] => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');

/** Pieces tool names are made of: words in any case, digits, separators, the client's `mcp__` prefix. */
const piece = fc.oneof(
  fc.constantFrom('mcp__', '__', '_', '-', '.', '/', ' ', ':', 'read', 'File', 'HTTP', 'Request', 'v2', '3d', 'getURL', 'ID', 'x', 'Ab', 'aB', '9Z'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 6 }),
);
const asciiName = fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(''));

describe('the words of a tool name', () => {
  it('split alike in the former capabilities splitter and the one splitter, on every name without an accent', () => {
    fc.assert(fc.property(asciiName, (name) => {
      expect(foldedWords(name)).toEqual(formerNameWords(name));
    }), { numRuns: 2000 });
  });

  it('split alike on any text whose letters past ASCII have no accent to fold', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (name) => {
      const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      fc.pre(folded === name && name.toLowerCase().normalize('NFD') === name.toLowerCase());
      expect(foldedWords(name)).toEqual(formerNameWords(name));
    }), { numRuns: 2000 });
  });

  it('read camel case, digits, prefixes, dots and dashes as words', () => {
    expect(foldedWords('mcp__github__createPullRequest')).toEqual(['mcp', 'github', 'create', 'pull', 'request']);
    expect(foldedWords('s3.putObject-v2')).toEqual(['s3', 'put', 'object', 'v2']);
    expect(foldedWords('getHTTPResponse')).toEqual(['get', 'httpresponse']);
    expect(wordsOfTool('mcp__github__createPullRequest')).toEqual(['create', 'pull', 'request']);
  });

  it('fold an accent where the former splitter cut the word, so a French tool name reads as its English twin', () => {
    expect(formerNameWords('créer_fichier')).toEqual(['cr', 'er', 'fichier']);
    expect(foldedWords('créer_fichier')).toEqual(['creer', 'fichier']);
    expect(capabilitiesOfName('éxecute_script') & Capability.Execute).toBeTruthy();
    expect(capabilitiesOfName('execute_script')).toBe(capabilitiesOfName('éxecute_script'));
  });

  it('part a camel-case name at an accented letter on either side of the case change, as at an ASCII one', () => {
    expect(foldedWords('créerFichier')).toEqual(['creer', 'fichier']);
    expect(foldedWords('destinationÉtrangère')).toEqual(['destination', 'etrangere']);
    expect(foldedWords('envoyéRapport')).toEqual(['envoye', 'rapport']);
    expect(foldedWords('ÉTAT_CIVIL')).toEqual(['etat', 'civil']);
  });

  it('give a tool name one reading for its words and its capabilities (the prefix kept only for capabilities)', () => {
    const name = readToolName('mcp__slack__send_message');
    expect(name.words).toEqual(['send', 'message']);
    expect(name.capabilities).toBe(capabilitiesOfName('mcp__slack__send_message'));
  });
});
