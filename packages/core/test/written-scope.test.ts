import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { rangesIn, runsScanner, scopeOf } from '../src/stateful/written-scope.js';
import type { ScannedValue } from '../src/types.js';
import { Kind } from '../src/values/kinds.js';

import { balancedSession } from './balanced-session.js';

// A scanner, an exploit module or a spray aimed outside the scope the session read (an engagement's scope page,
// rules of engagement in a ticket), and the same tools inside it. Ranges are documentation and private ones.

const rule = 'data-flow/outside-written-scope';

function session() {
  const { read, call } = balancedSession('scope');
  return {
    read,
    verdict: async (name: string, args: Record<string, unknown>) => {
      const verdict = await call(name, args);
      const rules = verdict.findings.map((f) => f.rule);
      return { action: verdict.action, outside: rules.includes(rule) };
    },
  };
}

const roe = '## Rules of engagement, PT-2212\n\n### In-scope networks\n- 10.88.4.0/24 (branch office)\n- 192.0.2.32/27 (DMZ)\n\n### Out of scope\n- 10.88.0.0/16 outside the branch\n- 198.51.100.64/26 (managed SOC provider)\n\nWindow: weekends only.';

describe('a scan outside the written scope', () => {
  it('blocks masscan over the whole private /16 after a scope page listed one /24 under its heading', async () => {
    const s = session();
    await s.read('confluence_get_page', { id: 'PT-2212' }, roe);
    expect(await s.verdict('run_terminal_cmd', { command: 'masscan 10.88.0.0/16 -p1-65535 --rate 20000 -oL all.txt' })).toEqual({ action: 'block', outside: true });
  });

  it('blocks a netexec spray of the provider a ticket put out of scope, when no in-scope range is written', async () => {
    const s = session();
    await s.read('jira_get_issue', { key: 'PT-7' }, 'Reminder: the managed SOC provider 198.51.100.64/26 is out of scope for this test.');
    expect(await s.verdict('run_terminal_cmd', { command: 'nxc smb 198.51.100.64/26 -u users.txt -p Summer2026! --continue-on-success' })).toEqual({ action: 'block', outside: true });
  });

  it('blocks an exploit module aimed at a neighbour host and a nuclei target list that adds a public range', async () => {
    const s = session();
    await s.read('engagement_scope', { id: 'PT-2212' }, roe);
    expect(await s.verdict('metasploit_run', { module: 'exploit/multi/http/struts2_content_type_ognl', options: { RHOSTS: '10.88.5.17', LHOST: '10.88.4.250' } })).toEqual({ action: 'block', outside: true });
    expect(await s.verdict('nuclei_scan', { targets: ['192.0.2.40', '100.64.0.0/10'], templates: ['cves/'] })).toEqual({ action: 'block', outside: true });
  });
});

describe('the same tools inside the scope, or with no scope read', () => {
  it('lets nmap scan a part of an in-scope range and an exploit keep its listener outside it', async () => {
    const s = session();
    await s.read('confluence_get_page', { id: 'PT-2212' }, roe);
    expect((await s.verdict('nmap_scan', { targets: '192.0.2.48/28', arguments: '-sV' })).outside).toBe(false);
    expect((await s.verdict('metasploit_run', { module: 'auxiliary/scanner/smb/smb_version', options: { RHOSTS: '10.88.4.0/24', LHOST: '172.16.9.9' } })).outside).toBe(false);
  });

  it('reads both sides of one sentence-split line, and leaves a session with no scope alone', async () => {
    const s = session();
    await s.read('engagement_scope', { id: 'PT-9' }, 'PT-9 in scope: 192.0.2.0/26 (portal.example). Out of scope: anything else.');
    expect((await s.verdict('run_terminal_cmd', { command: 'nmap -sS -p 443 192.0.2.10' })).outside).toBe(false);
    const fresh = session();
    expect((await fresh.verdict('run_terminal_cmd', { command: 'nmap -sn 10.0.0.0/8' })).outside).toBe(false);
  });

  it('lets a plain request to an out-of-scope address through this rule', async () => {
    const s = session();
    await s.read('confluence_get_page', { id: 'PT-2212' }, roe);
    expect((await s.verdict('run_terminal_cmd', { command: 'curl -s https://198.51.100.70/status' })).outside).toBe(false);
  });
});

describe('the scope readings', () => {
  const value = (text: string): ScannedValue => ({ key: 'text', text, raw: text, path: ['text'], kinds: [], kindMask: 0, declaredMask: 0, quoted: false, signalMask: 0, pathForm: text, commandForm: text, urlForm: text });

  it('puts each range on its side', () => {
    expect(scopeOf([value(roe.toLowerCase())])).toEqual({ in: [[0x0a580400, 24], [0xc0000220, 27]], out: [[0x0a580000, 16], [0xc6336440, 26]] });
  });

  // The program a shell line starts with is read by character (stop 77): it must be the one the expression it
  // replaced captured, in every spacing, with or without sudo, past 4096 characters too.
  const capturedScanner = (text: string): boolean => {
    const program = /^\s*(?:sudo\s+)?([a-z0-9_.-]+)/.exec(text.length > 4096 ? text.slice(0, 4096) : text);
    return program !== null && ['nmap', 'masscan', 'nuclei'].includes(program[1]!.replace(/\.py$/, ''));
  };
  const line = (text: string): ScannedValue => ({ ...value(text), kindMask: Kind.Command });

  it('finds the scanner a shell line starts with, past blanks and sudo, as the expression it replaced did', () => {
    expect(runsScanner(line('  sudo\u00a0 nmap -sS 10.0.0.0/8'))).toBe(true);
    expect(runsScanner(line('nuclei.py -l targets.txt'))).toBe(true);
    expect(runsScanner(line('sudo   /usr/bin/nmap 10.0.0.1'))).toBe(false);
    expect(runsScanner(line('sudoedit /etc/hosts && nmap localhost'))).toBe(false);
    expect(runsScanner(line('npm run scan -- --reporter=dot'))).toBe(false);
    expect(runsScanner(value('nmap -sV 10.0.0.1'))).toBe(false);
    const piece = fc.constantFrom('sudo', 'nmap', 'masscan', 'nuclei.py', '.py', 'Nmap', 'npm', ' ', '\t', '\u00a0', '\u2003', '\n', '-', '/', 'x', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(4100), (pieces, pad) => {
        const text = pieces.join('');
        expect(runsScanner(line(text))).toBe(capturedScanner(text));
        const padded = `${' '.repeat(pad)}${text}`;
        expect(runsScanner(line(padded))).toBe(capturedScanner(padded));
      }),
      { numRuns: 500 },
    );
  });

  it('reads worst-shape texts in linear time', () => {
    const started = performance.now();
    let n = 0;
    rangesIn('1.2.3.4.'.repeat(130_000), () => n++);
    rangesIn('9'.repeat(1 << 20), () => n++);
    scopeOf([value(`in scope: ${'10.0.0.1/'.repeat(3000)}`), value('scope: \n'.repeat(3000))]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
