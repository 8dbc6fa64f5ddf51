import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { controlOffByFields } from '../src/commands/field-controls.js';

// Calls made up for these tests (not the set-50 cases): API tools that switch a security control off, and the
// ordinary calls of the same tools.
const guard = createGuard({ profile: 'balanced' });
let session = 0;
const rulesOf = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const context = { sessionId: `controls-${session++}`, serverId: 'api', from: 'client' as const };
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, context);
  return verdict.action === 'block' ? verdict.findings.map((f) => f.rule) : [];
};

describe('security controls switched off through an API tool', () => {
  it.each<[string, Record<string, unknown>]>([
    ['remove_branch_protection', { repository: 'shop/web', branch: 'release' }],
    ['github__deleteRepositoryRuleset', { owner: 'shop', repo: 'web', ruleset_id: 42 }],
    ['disable_secret_scanning', { repo: 'shop/api' }],
    ['cloudtrail_stop_logging', { Name: 'org-trail' }],
    ['guardduty_delete_detector', { DetectorId: '12abc34d' }],
    ['disable_vulnerability_alerts', { owner: 'shop', repo: 'api' }],
    ['patch_repo', { name: 'shop/api', settings: { security_and_analysis: { secret_scanning_push_protection: { status: 'disabled' } } } }],
    ['edit_hook', { hook_id: 7, config: { url: 'https://ci.shop.example/gh', insecure_ssl: '1' } }],
    ['set_workflow_permissions', { repo: 'shop/api', can_approve_pull_request_reviews: true }],
    ['set_branch_rules', { repo: 'shop/web', branch: 'main', rules: { required_status_checks: null, allow_force_pushes: true } }],
    ['add_repo_hook', { repo: 'shop/web', url: 'https://events.example.net/in', events: '*' }],
    ['create_hook', { org: 'shop', config: { url: 'http://203.0.113.40:9000/h' }, events: ['push'] }],
    ['api_request', { method: 'DELETE', path: '/repos/shop/web/branches/main/protection' }],
  ])('blocks %s', async (name, args) => {
    expect(await rulesOf(name, args)).toContain('cmd/security-disabled');
  });

  it.each<[string, Record<string, unknown>]>([
    ['get_branch_protection', { repository: 'shop/web', branch: 'main' }],
    ['update_branch_protection', { repo: 'shop/web', branch: 'main', required_pull_request_reviews: { required_approving_review_count: 2 }, enforce_admins: true, restrictions: null }],
    ['update_branch_protection', { repo: 'shop/web', branch: 'main', allow_force_pushes: false, required_linear_history: true }],
    ['remove_pdf_protection', { file: 'statement.pdf', password: 'from-the-user' }],
    ['disable_debug_logging', { service: 'api' }],
    ['delete_firewall_rule', { name: 'allow-temp-ssh' }],
    ['create_webhook', { repo: 'shop/web', config: { url: 'https://hooks.slack.com/services/T0/B0/x' }, events: ['push', 'pull_request'] }],
    ['create_webhook', { repo: 'shop/web', config: { url: 'http://127.0.0.1:8787/dev-hook' }, events: ['push'] }],
    ['update_repository', { repo: 'shop/api', security_and_analysis: { secret_scanning: { status: 'enabled' } } }],
    ['list_rulesets', { owner: 'shop', repo: 'web' }],
    ['update_dependabot_alert', { alert_number: 4, state: 'dismissed', dismissed_reason: 'tolerable_risk' }],
    ['set_logging_level', { level: 'warn', enabled: false }],
  ])('passes %s', async (name, args) => {
    expect(await rulesOf(name, args)).not.toContain('cmd/security-disabled');
  });

  it('reads no control in arguments that are not an object, and stops on a deep or wide tree', () => {
    expect(controlOffByFields('update_repository', 'x')).toBeUndefined();
    expect(controlOffByFields('update_repository', [1, 2])).toBeUndefined();
    let deep: Record<string, unknown> = { insecure_ssl: '1' };
    for (let i = 0; i < 50; i++) deep = { nested: deep };
    expect(controlOffByFields('update_hook', deep)).toBeUndefined();
    const wide = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, { v: i }]));
    expect(() => controlOffByFields('update_settings', wide)).not.toThrow();
  });
});
