import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { actionKey, contentKey, contractCallKey, controlFlagKey, encodedKey, encodingKey, environmentKey, KeyFact, keyFacts, methodKey, namingKey, patternKey, readKey, recipientKey, regexKey, searchKey, segmentsKey } from '../src/values/key-facts.js';

// keyFacts keeps each argument name's answers: they must be the expressions' answers, for a name met the
// first time, met again, longer than the names it keeps, or met after the kept names were let go.

const expressions: readonly [number, RegExp][] = [
  [KeyFact.Content, contentKey],
  [KeyFact.Search, searchKey],
  [KeyFact.Pattern, patternKey],
  [KeyFact.Encoded, encodedKey],
  [KeyFact.Encoding, encodingKey],
  [KeyFact.Segments, segmentsKey],
  [KeyFact.Naming, namingKey],
  [KeyFact.Read, readKey],
  [KeyFact.Environment, environmentKey],
  [KeyFact.Regex, regexKey],
  [KeyFact.Action, actionKey],
  [KeyFact.Recipient, recipientKey],
  [KeyFact.Method, methodKey],
  [KeyFact.ControlFlag, controlFlagKey],
];
// The contract-call bit is asked of the name lower-cased without `_` and `-` (`function_name`, `Call-Data`).
const contractCall = (key: string): number => (contractCallKey.test(key.toLowerCase().replace(/[_-]/g, '')) ? KeyFact.ContractCall : 0);
const asked = (key: string): number => expressions.reduce((bits, [bit, expression]) => (expression.test(key) ? bits | bit : bits), contractCall(key));

// Names argument lists use, their spellings, and names made of their pieces.
const piece = fc.constantFrom('query', 'Q', 'search_terms', 'pattern', 'RegExp', 'content', 'new_str', 'file_text', 'base64', 'B64', 'hex', 'encoding', 'transfer_encoding', 'path', 'Segments', 'parts', 'host', 'repo', 'branch', 'src', 'old_path', 'name', 'url', 'env', 'Env_Vars', 'environment', 'x', '_', '-', '', 're', 'file_pattern', 'searchRegex', 'action', 'Action_Type', 'list', 'op', 'To', 'cc', 'reply_to', 'Recipients', 'method', 'METHOD', 'skip_', 'approval', 'Limit', 'requires', 'audit_log', 'command', 'function_Name', 'Call-Data', 'input', 'abi');
const name = fc.oneof(fc.array(piece, { maxLength: 4 }).map((parts) => parts.join('')), fc.string({ maxLength: 12 }), fc.string({ minLength: 60, maxLength: 80 }));

describe('keyFacts', () => {
  it('answers for every name as the expressions do, the first time and every time after', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 40 }), (names) => {
        for (const key of [...names, ...names]) expect(keyFacts(key)).toBe(asked(key));
      }),
      { numRuns: 500 },
    );
  });

  it('answers as the expressions do once more names than it keeps have come', () => {
    for (let i = 0; i < 5000; i++) keyFacts(`name_${i}_path`);
    for (const key of ['query', 'script_b64', 'name_12_path', 'encoding', 'source', 'x'.repeat(65)]) expect(keyFacts(key)).toBe(asked(key));
  });

  it('answers as the expressions do for names that share a length and their end characters, asked in turn', () => {
    const alike = ['path', 'pith', 'pxth', 'query', 'qu_ry', 'hex_x', 'src', 'sxc', 'encoding', 'eNcoding'];
    for (let round = 0; round < 3; round++) for (const key of alike) expect(keyFacts(key)).toBe(asked(key));
  });

  it('tells a search query, an encoded field and a named host from an ordinary argument', () => {
    expect(keyFacts('query') & KeyFact.Search).toBe(KeyFact.Search);
    expect(keyFacts('contentBase64') & KeyFact.Encoded).toBe(KeyFact.Encoded);
    expect(keyFacts('hostname') & KeyFact.Naming).toBe(KeyFact.Naming);
    // A limit is read only by the back-office reader, as a control's flag.
    expect(keyFacts('limit')).toBe(KeyFact.ControlFlag);
    expect(keyFacts('skip_second_approval') & KeyFact.ControlFlag).toBe(KeyFact.ControlFlag);
    expect(keyFacts('command')).toBe(0);
  });

  it('tells what a generic call does, where a message goes and a method from a name like them', () => {
    expect(keyFacts('actionType') & KeyFact.Action).toBe(KeyFact.Action);
    expect(keyFacts('list_type') & KeyFact.Action).toBe(KeyFact.Action);
    expect(keyFacts('transactions') & KeyFact.Action).toBe(0);
    expect(keyFacts('Reply_To') & KeyFact.Recipient).toBe(KeyFact.Recipient);
    expect(keyFacts('today') & KeyFact.Recipient).toBe(0);
    expect(keyFacts('Method') & KeyFact.Method).toBe(KeyFact.Method);
    expect(keyFacts('payment_method') & KeyFact.Method).toBe(0);
  });
});
