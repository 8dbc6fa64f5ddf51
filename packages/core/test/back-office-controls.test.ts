import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { backOfficeControlOff } from '../src/commands/back-office-controls.js';
import { wordsOfTool } from '../src/commands/field-grants.js';

// Calls made up for these tests (not a red-team set's cases): back-office tools of other products (Sage, Oracle
// Fusion, Dynamics 365, Bill.com, Gusto, ADP, Epic, Cerner, DocuSign, Ironclad) called with one of their controls
// switched off, each beside the same call doing the work with the control kept; and the coding agent's own calls
// whose flags share a word with a control (npm's audit, git's hooks, Terraform's approval, an HTTP header).
const guard = createGuard({ profile: 'balanced' });
let session = 0;
const blockedBy = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const context = { sessionId: `back-office-${session++}`, serverId: 'erp', from: 'client' as const };
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, context);
  return verdict.action === 'block' ? verdict.findings.map((f) => f.rule) : [];
};

describe('a back-office control switched off by the call itself', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['a Bill.com payment that bypasses the approval policy', 'billcom_pay_bills', { bills: [{ id: 'B-2201', amount: 18250.4 }], bypass_approval_policy: true, processDate: '2026-12-09' }],
    ['an Oracle Fusion supplier site whose bank change skips the call-back check', 'fusion_update_supplier_site', { supplierSite: 'HQ-PAY', bankAccount: { accountNumber: '44019283', branch: 'Leeds' }, skipCallbackCheck: true }],
    ['a Dynamics 365 vendor payment journal posted without the workflow approval', 'd365_post_payment_journal', { journal: 'VP-00912', lines: [{ vendor: 'US-104', amount: 9900 }], withoutWorkflowApproval: true }],
    ['a Sage journal posted into a closed period with its audit entry suppressed', 'sage_post_journal', { period: '2026-10', reopenClosedPeriod: true, suppress_audit_entry: true, lines: [{ account: '4000', credit: 310000 }] }],
    ['a Gusto off-cycle payroll that waives the second approver', 'gusto_run_off_cycle_payroll', { employees: ['emp_88'], amount: 12000, requires_second_approver: 'no' }],
    ['an ADP new hire paid before the sanctions and I-9 checks', 'adp_hire_worker', { worker: { name: 'R. Vale' }, skipSanctionsScreening: true, i9Required: false }],
    ['an Epic chart opened for every restricted patient with the privacy alert muted', 'epic_emergency_access', { user: 'svc-bot', scope: 'restricted', disable_privacy_alert: true }],
    ['a Cerner release of information with no authorisation and no disclosure log', 'cerner_release_information', { patient: 'MRN-22019', recipient: 'records@outside-requests.net', authorisation: null, record_disclosure: false }],
    ['a DocuSign recipient change with the identity check off', 'docusign_correct_envelope', { envelope: 'e-5531', recipients: [{ email: 'cfo.private@yahoo.com', identityVerification: 'off' }] }],
    ['an Ironclad contract sent past the legal review committee', 'ironclad_launch_workflow', { template: 'MSA', counterparty: 'Halden GmbH', skipLegalCommittee: true }],
    ['a Coupa-like purchase order whose receiving tolerance is made unbounded', 'procure_update_order', { order: 'PO-7781', tolerance: { quantityPercent: 500 } }],
    ['a role whose payment approval limit is made unlimited', 'erp_update_role', { role: 'AR Clerk', approvalLimit: 'unlimited' }],
    ['a compliance control switched off', 'grc_set_control', { controlId: 'SOX-AP-07', status: 'inactive' }],
    ['a Purview-like hold lifted with its content deleted at once', 'compliance_remove_hold', { hold: 'LH-77', purgeContent: true }],
    ['a Relativity-like production of privileged documents with no order named', 'ediscovery_produce', { set: 'Attorney notes', to: 'counsel@other-side.example', includePrivileged: true }],
    ['a claim payment whose fraud score is written to zero', 'claims_update', { claim: 'CL-4471', fraudScore: 0, payNow: true }],
    ['a patient app granted access with the patient recorded as not consenting', 'smart_grant_app', { patient: 'pt-9', client: 'app-77', consented: false }],
    ['an invoice approved with the approval chain overridden', 'coupa_approve_invoice', { invoice: 'INV-77', override_approval_chain: true }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/security-disabled');
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['the Bill.com payment through its approval policy', 'billcom_pay_bills', { bills: [{ id: 'B-2201', amount: 18250.4 }], processDate: '2026-12-09' }],
    ['the supplier bank change with the call-back recorded', 'fusion_update_supplier_site', { supplierSite: 'HQ-PAY', bankAccount: { accountNumber: '44019283', branch: 'Leeds' }, callbackCheck: 'done 2026-12-04 by R. Osei' }],
    ['the Sage journal posted in the open period', 'sage_post_journal', { period: '2026-12', lines: [{ account: '4000', credit: 3100 }], memo: 'late invoice, per policy' }],
    ['the Gusto payroll with its second approver required', 'gusto_run_off_cycle_payroll', { employees: ['emp_88'], amount: 1200, requires_second_approver: true }],
    ['the ADP hire with the I-9 required', 'adp_hire_worker', { worker: { name: 'R. Vale' }, i9Required: true, sanctionsScreening: 'clear' }],
    ['the Cerner release under an authorisation, logged', 'cerner_release_information', { patient: 'MRN-22019', recipient: 'Cook County Clerk', authorisation: 'signed HIPAA form 2026-11-30', record_disclosure: true }],
    ['the DocuSign recipient change with SMS identity verification', 'docusign_correct_envelope', { envelope: 'e-5531', recipients: [{ email: 'cfo@corvel.example', identityVerification: 'sms' }] }],
    ['the privileged documents produced under the court order', 'ediscovery_produce', { set: 'In camera - ordered produced', to: 'counsel@other-side.example', includePrivileged: true, authority: 'Order, Dkt. 112' }],
    ['a hold released with its content kept', 'compliance_remove_hold', { hold: 'LH-77', purgeContent: false, approvedBy: 'deputy GC' }],
    ['a compliance control switched on', 'grc_set_control', { controlId: 'SOX-AP-07', status: 'active' }],
    ['a role with a finite approval limit', 'erp_update_role', { role: 'AR Clerk', approvalLimit: 25000 }],
    ['npm install without its audit', 'npm_install', { packages: ['zod'], noAudit: true, skipFund: true }],
    ['a commit that skips the hooks', 'git_commit', { message: 'wip', noVerify: true }],
    ['Terraform applied with auto-approve', 'terraform_apply', { dir: 'infra/staging', autoApprove: true }],
    ['an HTTP request with no Authorization header', 'http_request', { url: 'https://api.example.com/health', headers: { Authorization: null } }],
    ['a rust toolchain override', 'cargo_build', { overrideToolchain: true, release: true }],
    ['an ingress with its access log off', 'k8s_patch_ingress', { name: 'web', annotations: { disableAccessLog: true } }],
    ['a Jira update that does not notify watchers', 'jira_update_issue', { key: 'WEB-12', fields: { summary: 'x' }, notifyUsers: false }],
    ['a user created with the e-mail not yet verified and no consent banner', 'auth0_create_user', { email: 'dev@example.com', email_verified: false, skipEmailVerification: true }],
    ['a mail sent without a read receipt', 'outlook_send_mail', { to: ['team@corvel.example'], subject: 'notes', skipReadReceipt: true }],
    ['a job that skips the background step and the agenda', 'run_job', { job: 'render', skipBackground: true, skipAgenda: true, skipYaml: true }],
  ])('passes %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).not.toContain('cmd/security-disabled');
  });

  it('reads nothing in arguments that are not an object, and stays bounded on a deep, wide or long-keyed call', () => {
    expect(backOfficeControlOff(['pay'], 'skipApproval')).toBeUndefined();
    expect(backOfficeControlOff(['pay'], [true])).toBeUndefined();
    let deep: Record<string, unknown> = { skipNdaCheck: true };
    for (let i = 0; i < 50; i++) deep = { nested: deep };
    expect(backOfficeControlOff(['invite', 'user'], deep)).toBeUndefined();
    const wide = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`skip${'x'.repeat(i % 40)}approvalcheck${i}`, { v: true }]));
    const long = { [`skip${'a'.repeat(1 << 20)}approval`]: true, ['x'.repeat(1 << 16)]: 'none' };
    const started = performance.now();
    backOfficeControlOff(wordsOfTool('erp_pay_vendor_bills'), wide);
    expect(backOfficeControlOff(wordsOfTool('erp_pay_vendor_bills'), long)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
