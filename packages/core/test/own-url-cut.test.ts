import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { canonicalize, createGuard } from '@vanguard/core';

import { RulePlan } from '../src/layers/rule-layer.js';
import { bundledRules } from '../src/rules/bundled.js';
import { Kind } from '../src/values/kinds.js';
import { Scanned, scanValues, slashWords } from '../src/values/scanned.js';

// A URL value's query splits it at `=` and `&` like any line, and the piece before the first of them is
// the URL itself cut short (`https://h/p?lang` of `https://h/p?lang=de`). It used to be read again as an
// undeclared URL of its own, which only repeated the URL's findings. These tests hold that such a cut
// (its query key without a dot) matches no rule the whole URL does not match, on URLs built from the
// rules' own hosts and literals, and that the URLs inside a query are still read.

const rules = bundledRules().filter((r) => r.from !== 2);
const plan = new RulePlan(rules);
const methods = [undefined, 'tools/call'];
const limits = { maxDecodeRounds: 4 };

function fired(value: Scanned): Set<string> {
  const out = new Set<string>();
  for (const layer of ['preflight', 'rules', 'camouflage'] as const) {
    for (const method of methods) plan.match(value, method, layer, (rule) => out.add(rule.id));
  }
  return out;
}

const wholeValue = (raw: string, key: string): Scanned =>
  new Scanned({ path: ['params', 'arguments', key], key, raw, kinds: key === 'url' ? Kind.Url : 0, byShape: true }, canonicalize(raw, limits));

/** The value the cut was made into before: an undeclared URL of its own (as embeddedValues makes one). */
const cutValue = (token: string, key: string): Scanned =>
  new Scanned({ path: ['params', 'arguments', key], key, raw: token, kinds: 0, byShape: false }, canonicalize(token, limits), Kind.Url);

/** The reference: line tokens that are the text up to a `=` or `&` after its `?` or `#`, the key cut holding no dot. */
function ownCuts(text: string): string[] {
  return slashWords(text).filter((token) => {
    const next = text.charAt(token.length);
    const key = token.split(/[?#/]/).pop()!;
    return text.startsWith(token) && token.length < text.length && (next === '=' || next === '&') && /[?#]/.test(token) && !key.includes('.');
  });
}

const call = (args: Record<string, unknown>) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'fetch', arguments: args } });
const ruleIds = (findings: readonly { rule: string }[]): string[] => findings.map((f) => f.rule);

describe("a URL value's own URL cut at its query", () => {
  it("matches no rule the whole URL does not match, on URLs made of the rules' hosts, paths and literals", () => {
    const literals = [...new Set(rules.flatMap((r) => [...(r.prefilter ?? []), ...(r.near ?? []).flat()]))].filter((l) => !/[\s=&]/.test(l));
    const scheme = fc.constantFrom('http://', 'https://', 'gopher://', 'ftp://', 'jar:http://', 'file://', 'ws://');
    const host = fc.constantFrom('169.254.169.254', 'localhost:8080', '10.0.0.1', '127.1', '0x7f000001', '[::1]', '[fd00:ec2::254]', 'metadata.google.internal', 'webhook.site', 'x.ngrok.io', 'example.com', 'user:pw@example.com', 'a@10.1.2.3:80', 'kubernetes.default.svc', 'h1.internal');
    const path = fc.constantFrom('', '/', '/latest/meta-data/', '/computemetadata/v1/', '/admin', '/.env', '/x.php', '/%2e%2e/etc/passwd', '/a/b');
    const piece = fc.oneof(fc.constantFrom(...literals), fc.constantFrom('a', 'next', 'url', 'token', 'ghp_', 'http://127.0.0.1/', '//', '%25', '%2f', '.', '?', '#', '@', ':', ';', '|', '$(id)'));
    const part = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));
    const query = fc.tuple(fc.constantFrom('?', '#', '/?', '?a#'), part, fc.constantFrom('=', '&'), part, fc.constantFrom('', '&b=2', '=http://169.254.169.254/')).map((p) => p.join(''));
    const url = fc.tuple(scheme, host, path, query).map((p) => p.join(''));
    let cuts = 0;
    let firing = 0;
    fc.assert(
      fc.property(url, fc.constantFrom('url', 'x'), (raw, key) => {
        const whole = wholeValue(raw, key);
        if (whole.kindMask & Kind.Command) return;
        const byWhole = fired(whole);
        for (const token of ownCuts(whole.text)) {
          cuts++;
          const byCut = fired(cutValue(token, key));
          if (byCut.size) firing++;
          for (const id of byCut) expect(byWhole.has(id), `${id} on ${token} but not on ${raw}`).toBe(true);
        }
      }),
      { numRuns: 4000 },
    );
    // The generator makes cuts that rules fire on, or the property says nothing.
    expect(cuts).toBeGreaterThan(300);
    expect(firing).toBeGreaterThan(150);
  });

  it('is not made a value of its own, while the URLs inside the query are', () => {
    const read = (raw: string): string[] =>
      scanValues([{ path: ['params', 'arguments', 'url'], key: 'url', raw, kinds: Kind.Url, byShape: true }], limits, 'client').map((v) => v.text);
    expect(read('https://example.com/login?next=http://169.254.169.254/latest/meta-data/#x=1')).toEqual([
      'https://example.com/login?next=http://169.254.169.254/latest/meta-data/#x=1',
      'http://169.254.169.254/latest/meta-data/#x',
    ]);
    for (const raw of ['https://example.com/docs?lang=de', 'https://example.com/#section=2']) expect(read(raw)).toEqual([raw]);
    // A query key with a dot, and a cut at anything but `=` or `&`, are still read as URLs of their own.
    expect(read('https://example.com/?evil.ngrok.io=1')).toEqual(['https://example.com/?evil.ngrok.io=1', 'https://example.com/?evil.ngrok.io']);
    expect(read("https://example.com/a?b'c")).toEqual(["https://example.com/a?b'c", 'https://example.com/a?b']);
  });

  it('leaves each finding of a URL with a query once, as for the URL without it', async () => {
    const guard = createGuard({ profile: 'balanced' });
    const plain = await guard.inspect(call({ url: 'http://169.254.169.254/latest/meta-data/iam' }), { from: 'client', sessionId: 'a' });
    const queried = await guard.inspect(call({ url: 'http://169.254.169.254/latest/meta-data/iam?x=1' }), { from: 'client', sessionId: 'b' });
    expect(ruleIds(plain.findings)).toEqual(['url/metadata-endpoint', 'url/link-local']);
    expect(ruleIds(queried.findings)).toEqual(ruleIds(plain.findings));
  });

  it('still reads a URL cut by a space, a quote or a comma, where URL readers cut it too', async () => {
    const guard = createGuard({ profile: 'balanced' });
    for (const url of ['http://169.254.169.254 please', "http://169.254.169.254'", 'http://169.254.169.254,http://example.com/']) {
      const verdict = await guard.inspect(call({ url }), { from: 'client', sessionId: url });
      expect(ruleIds(verdict.findings), url).toContain('url/metadata-endpoint');
    }
  });
});
