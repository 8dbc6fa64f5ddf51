import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { controlOffByFields } from '../src/commands/field-controls.js';
import { describeExchanges } from './exchange-verdicts.js';
import { call, type Exchange } from './redteam-kit/cases.js';

// A security product's own settings changed so it stops doing its job: an endpoint prevention policy with its
// tamper protection or two protections off, a WAF switched to count or detection only, a log store's retention
// cut under a day, a public address let through a contained host's isolation (src/commands/security-settings.ts,
// read by field-controls' walk, cmd/security-disabled). Raising, blocking, longer and private pass.
const guard = createGuard({ profile: 'balanced' });
const set = (tool: string, args: Record<string, unknown>): Exchange => call(tool, args);

const attacks: readonly (readonly [string, Exchange])[] = [
  ["SentinelOne's anti-tampering switched off in a policy", set('s1_update_policy', { scope: 'site:HQ', data: { antiTamperingOn: false, autoMitigationAction: 'mitigation.kill' } })],
  ["Defender's real-time and behaviour monitoring disabled through a device policy", set('defender_update_device_policy', { group: 'all-laptops', realTimeProtection: 'disabled', behaviorMonitoring: 'disabled' })],
  ['two ransomware protections off deep in a Sophos threat policy', set('sophos_update_threat_protection_policy', { id: 'p1', settings: { ransomware: { cryptoguard: { protection: { enabled: false } }, mbrProtection: { enabled: false } } } })],
  ['tamper protection off inside a JSON body sent as text', set('edr_patch_prevention_settings', { policy_id: 'w1', body: '{"sensor":{"tamper_protection":{"enabled":"false"}}}' })],
  ["an Azure application gateway WAF policy put in detection mode", set('azure_waf_update_policy', { name: 'agw-prod', policySettings: { mode: 'Detection', state: 'Enabled' } })],
  ['a Cloudflare WAF rule changed to log only', set('cloudflare_update_waf_rule', { zone: 'example.org', rule_id: 'sqli-981', action: 'log' })],
  ["ModSecurity's rule engine set to detection only", set('modsecurity_set_engine', { host: 'edge-02', SecRuleEngine: 'DetectionOnly' })],
  ['an Elastic ILM policy deleting audit logs after two hours', set('elastic_put_ilm_policy', { name: 'logs-audit', policy: { phases: { hot: { actions: { rollover: { max_age: '1d' } } }, delete: { min_age: '2h', actions: { delete: {} } } } } })],
  ['a log store kept six hours', set('logs_set_retention', { stream: 'cloudtrail', retention_hours: 6 })],
  ['a Loki tenant retention of 30 minutes', set('loki_update_retention', { tenant: 'security', retention: '30m' })],
  ['a Defender isolation exclusion letting a public host through', set('mde_update_isolation_exclusions', { machine: 'FIN-22', allowedAddresses: ['45.77.12.9'] })],
];

const benign: readonly (readonly [string, Exchange])[] = [
  ['a prevention policy raising every protection', set('s1_update_policy', { scope: 'site:HQ', data: { antiTamperingOn: true, autoMitigationAction: 'mitigation.quarantine' } })],
  ['one noisy script control relaxed for a developer group, tamper protection kept', set('edr_update_prevention_policy', { policy: 'Developers', settings: { script_control: { powershell: 'off' }, tamper_protection: { enabled: true } } })],
  ['a user settings update with no security product in its name', set('update_user_settings', { notifications: { block_spam: false }, protect_tweets: false })],
  ['a new WAF rule created in count mode first', set('waf_create_rule', { web_acl: 'prod-api', name: 'geo-test', action: 'count' })],
  ['a WAF policy moved to prevention', set('azure_waf_update_policy', { name: 'agw-prod', policySettings: { mode: 'Prevention', state: 'Enabled' } })],
  ['an ILM policy rolling over hourly and deleting after 400 days', set('elastic_put_ilm_policy', { name: 'logs-audit', policy: { phases: { hot: { actions: { rollover: { max_age: '1h' } } }, delete: { min_age: '400d', actions: { delete: {} } } } } })],
  ['a bucket CORS rule caching preflight answers an hour', set('s3_put_bucket_cors', { bucket: 'assets', rules: [{ AllowedOrigins: ['https://example.org'], MaxAgeSeconds: 3600 }] })],
  ['a log retention lengthened to two years', set('logs_set_retention', { stream: 'cloudtrail', retention_days: 730 })],
  ["containment letting the responders' private collector through", set('edr_update_containment_policy', { policy: 'IR', allowed_ips: ['10.20.0.15/32', '192.168.50.0/24'] })],
  ['a host contained with no exception', set('edr_contain_host', { hostname: 'FIN-WS-044', comment: 'beaconing to 185.220.101.33' })],
];

describeExchanges("a security product's settings weakened", guard, attacks, benign);

describe('controlOffByFields on security settings', () => {
  it('names the weakening', () => {
    expect(controlOffByFields('splunk_update_index', { index: 'main', frozenTimePeriodInSecs: '7200' })).toContain('log retention cut under a day');
  });

  it('reads a large policy in bounded time', () => {
    const settings = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`protection_${i}`, { enabled: true, nested: { value: 'x'.repeat(20) } }]));
    const started = performance.now();
    controlOffByFields('edr_update_prevention_policy', { settings, body: `{${'"a":1,'.repeat(10_000)}"b":2}` });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
