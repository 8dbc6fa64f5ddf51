import { describe, expect, it } from 'vitest';

import { accessOpenedByFields } from '../src/commands/field-grants.js';

// Calls made up for these tests (not the set-50 cases): the reading, not the wording, is what is pinned.
describe('access an action tool opens through its fields', () => {
  it.each([
    ['patch_repo', { repo: 'o/r', private: false }],
    ['set_repo_visibility', { repo: 'o/r', visibility: 'PUBLIC' }],
    ['grant_file_access', { id: 'f1', permission: { role: 'reader', type: 'anyone' } }],
    ['add_bucket_member', { bucket: 'b', members: ['allAuthenticatedUsers'] }],
    ['put_queue_policy', { policy: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":["*"]},"Action":"sqs:*"}]}' }],
    ['create_ingress_rule', { cidr: '::/0', port: '3306' }],
    ['update_member_role', { org: 'o', user: 'u', role: 'Owner' }],
    ['assign_iam_policy', { role: 'r', policy_arn: 'arn:aws:iam::aws:policy/IAMFullAccess' }],
    ['transfer_project', { project: 'p', new_owner: 'someone-else' }],
    ['set_forwarding', { forward_to: 'copy@elsewhere.test', enabled: true }],
    ['create_access_token', { scopes: ['read:user', 'delete_repo'] }],
    ['add_deploy_key', { repo: 'o/r', key: 'ssh-ed25519 AAAA x', readOnly: false }],
    ['api_request', { method: 'PUT', path: '/repos/o/r/collaborators/u', body: { permission: 'admin' } }],
  ])('reads %s as opening access', (tool, args) => {
    expect(accessOpenedByFields(tool, args)).toBeDefined();
  });

  it.each([
    ['create_repository', { name: 'lib', visibility: 'public' }],
    ['create_gist', { public: true, files: { 'a.ts': { content: 'x' } } }],
    ['grant_file_access', { id: 'f1', permission: { role: 'writer', type: 'user', email: 'a@b.test' } }],
    ['put_queue_policy', { policy: '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"sqs:*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}' }],
    ['create_ingress_rule', { cidr: '0.0.0.0/0', port: '443' }],
    // (An admin role set on a user's record is a grant since stop 74: test/report-and-role-grants.test.ts.)
    ['update_user', { id: 7, role: 'member' }],
    ['update_member_role', { org: 'o', user: 'u', role: 'member' }],
    ['get_collaborator_permission', { repo: 'o/r', username: 'u', permission: 'admin' }],
    ['create_filter', { criteria: { from: 'billing@vendor.test' }, action: { forward: 'ap@acme.test' } }],
    ['create_access_token', { scopes: ['read:packages'] }],
    ['add_deploy_key', { repo: 'o/r', key: 'ssh-ed25519 AAAA x', readOnly: true }],
    ['create_channel', { name: 'announcements', type: 'public' }],
    ['read_file', { path: '/srv/app/visibility.ts' }],
  ])('lets %s pass when it opens nothing', (tool, args) => {
    expect(accessOpenedByFields(tool, args)).toBeUndefined();
  });

  it('reads a deeply nested or huge argument tree within its bounds', () => {
    let deep: Record<string, unknown> = { visibility: 'public' };
    for (let i = 0; i < 50; i++) deep = { inner: deep };
    expect(accessOpenedByFields('update_settings', deep)).toBeUndefined();
    const wide = { items: Array.from({ length: 5000 }, (_, i) => ({ name: `n${i}` })) };
    expect(accessOpenedByFields('update_settings', wide)).toBeUndefined();
  });
});
