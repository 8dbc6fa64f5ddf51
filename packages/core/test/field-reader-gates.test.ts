import { describe, expect, it } from 'vitest';

import { flat } from '../src/commands/field-grants.js';
import { homeOpenedByFields } from '../src/commands/home-opens.js';
import { securityMessagesRuled } from '../src/commands/security-messages.js';
import { secondStepOffByFields } from '../src/commands/sign-in-protections.js';
import { unlimitedApprovalByFields } from '../src/commands/token-approvals.js';

// The cheap first tests of the field readers a shell or path call passes through (stop 76, issue 13): a flat
// call with no flag and no trigger is not walked for a standing mail rule, a value that cannot be a switch is
// not read for the second sign-in step, and flattened keys are remembered. Each gate must keep every finding
// of a flat call that could be one: these are flat attacks, next to flat calls doing real work.
describe('field reader gates', () => {
  it('a flat rule whose trigger is a string still forwards one-time codes', () => {
    const ruled = securityMessagesRuled({ when: 'an SMS containing a one-time passcode arrives', type: 'forward', to: '+1 555 0100 777' }, false, false);
    expect(ruled?.sends).toBe(true);
  });

  it('a flat delete set permanent still takes sign-in alerts past the trash', () => {
    expect(securityMessagesRuled({ query: 'subject:"security alert"', permanently: true }, true, false)?.sends).toBe(false);
    expect(securityMessagesRuled({ query: 'label:"new sign-in"', hard_delete: true }, true, false)).toBeDefined();
  });

  it('a shell line that greps for verification codes is no standing rule', () => {
    expect(securityMessagesRuled({ command: 'grep -rn "verification code" src/auth | tee /tmp/otp-hits.txt', timeout: 60000 }, false, false)).toBeUndefined();
    expect(securityMessagesRuled({ command: 'rm -f logs/security-alert-*.log', cwd: '/srv/app' }, true, false)).toBeUndefined();
  });

  it('a flat setting still switches the second step off, in any spelling of the value', () => {
    expect(secondStepOffByFields({ otp_required_for_login: 'false' })).toBeDefined();
    expect(secondStepOffByFields({ 'Two-Factor-Required': 0 })).toBeDefined();
    expect(secondStepOffByFields({ disable_2fa: `   true${' '.repeat(40)}` })).toBeDefined();
    expect(secondStepOffByFields({ mfa: 'OFF' })).toBeDefined();
  });

  it('a command line or a count under any key is no second-step setting', () => {
    expect(secondStepOffByFields({ command: 'gh api -X PATCH /orgs/acme -F two_factor_requirement_enabled=false --jq .login', timeout: 120000 })).toBeUndefined();
    expect(secondStepOffByFields({ mfa_grace_days: 7, mfa_enabled: true })).toBeUndefined();
    expect(secondStepOffByFields({ require_2fa: true })).toBeUndefined();
  });

  it('flattened keys read the same when remembered, after the memo fills, and past its length', () => {
    expect(flat('Read_Only')).toBe('readonly');
    for (let i = 0; i < 1500; i++) expect(flat(`key_${i}-X`)).toBe(`key${i}x`);
    expect(flat('Read_Only')).toBe('readonly');
    expect(flat('Zugriff_Öffentlich')).toBe('zugriffoffentlich');
    const long = `${'A_b-'.repeat(40)}`;
    expect(flat(long)).toBe('ab'.repeat(40));
  });

  // Stop 77: a flat call is visited with no walk made for it, its keys read for a contract call by the facts kept
  // per key name, and a home reader lower-cases no key outside a trigger.
  const spender = '0x9fbda871d559710256a2502a2517b794b482db40';
  it('a flat call still makes an unlimited approval, by method and amount or by calldata, in any spelling of the key', () => {
    expect(unlimitedApprovalByFields({ Function_Name: 'approve(address,uint256)', spender, amount: 'MAX' })).toContain(spender);
    expect(unlimitedApprovalByFields({ fn: 'setApprovalForAll', operator: spender, approved: 'true' })).toBeDefined();
    expect(unlimitedApprovalByFields({ to: '0xdac17f958d2ee523a2206206994597c13d831ec7', 'Call-Data': `0x095ea7b3${'0'.repeat(24)}${spender.slice(2)}${'f'.repeat(64)}` })).toContain(spender);
  });

  it('a flat approval of the amount paid, a revocation and a shell line with approve in it pass', () => {
    expect(unlimitedApprovalByFields({ functionName: 'approve', spender, amount: '250000000' })).toBeUndefined();
    expect(unlimitedApprovalByFields({ method: 'setApprovalForAll', operator: spender, approved: false })).toBeUndefined();
    expect(unlimitedApprovalByFields({ command: 'cast send $TOKEN "approve(address,uint256)" $SPENDER 1000000', timeout: 120000 })).toBeUndefined();
    expect(unlimitedApprovalByFields({ data: 'deadbeef', input: 'approve' })).toBeUndefined();
  });

  it('a flat call to a home still opens every lock at once, by domain and service or by a dotted command', () => {
    expect(homeOpenedByFields({ domain: 'lock', service: 'unlock', entity_id: 'all' })).toContain('every device');
    expect(homeOpenedByFields({ command: 'lock.unlock', device: 'front_door, all' })).toContain('every device');
  });

  it('one lock opened for the user, and a shell line that names locks, pass', () => {
    expect(homeOpenedByFields({ domain: 'lock', service: 'unlock', entity_id: 'lock.front_door' })).toBeUndefined();
    expect(homeOpenedByFields({ command: 'npm run lock && git log --all', timeout: 60000 })).toBeUndefined();
  });

  it('an automation nested under a trigger still opens the home as everyone leaves', () => {
    const automation = { trigger: [{ platform: 'state', entity_id: 'group.family', To: 'NOT_HOME' }], action: [{ service: 'lock.unlock', target: { entity_id: 'lock.back_door' } }] };
    expect(homeOpenedByFields(automation)).toContain('everyone has left');
    expect(homeOpenedByFields({ ...automation, trigger: [{ platform: 'state', entity_id: 'group.family', to: 'home' }] })).toBeUndefined();
  });

  it('a padded value of a megabyte is read in linear time', () => {
    const started = performance.now();
    expect(secondStepOffByFields({ disable_2fa: `${' '.repeat(1 << 20)}x${' '.repeat(1 << 20)}` })).toBeUndefined();
    expect(securityMessagesRuled({ command: 'x'.repeat(1 << 20), timeout: 1 }, false, false)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
