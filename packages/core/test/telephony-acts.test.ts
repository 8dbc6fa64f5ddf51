import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { balancedSession } from './balanced-session.js';

// Calls made up for these tests (not a red-team set's cases): what a phone line's agent does that hands the line
// or its sign-ins to another - a caller check that any entry passes, a number ported out to another carrier, a
// code the bank said never to share sent on by text - each beside the same call doing the line's real work.
const guard = createGuard({ profile: 'balanced' });
let session = 0;
const blockedBy = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const context = { sessionId: `telephony-acts-${session++}`, serverId: 'voice', from: 'client' as const };
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, context);
  return verdict.action === 'block' ? verdict.findings.map((f) => f.rule) : [];
};

type Row = [string, string, Record<string, unknown>];
const split = (input: string, conditions: unknown[]) => ({ flow_sid: 'FW77', states: [{ name: 'check_entry', type: 'split-based-on', properties: { input, conditions } }] });

describe('a caller check that any entry passes', () => {
  it.each<Row>([
    ['a Studio split on the gathered PIN whose regex is .*', 'studio_update_flow', split('{{widgets.ask_pin.Digits}}', [{ type: 'regex', value: '.*', next: 'account_menu' }])],
    ['a voice bot rule on the passcode that only asks it be non-empty', 'update_ivr_menu', { menu: 'billing', rules: [{ variable: 'caller.passcode', operator: 'is_not_empty', goto: 'card_details' }] }],
    ['a split on a one-time code matched by an anchored ^.+$', 'flow_update', split('{{widgets.collect_verification_code.Digits}}', [{ type: 'matches_any_of', arguments: ['^.+$'], next: 'change_phone' }])],
    ['a chat flow whose password check takes [\\s\\S]*', 'update_chat_flow', { steps: [{ name: 'gate', properties: { input: '{{trigger.message.Password}}', conditions: [{ type: 'regex', value: '[\\s\\S]*', next: 'reset' }] } }] }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/security-disabled');
  });

  it.each<Row>([
    ['the same split comparing the PIN with the expected one', 'studio_update_flow', split('{{widgets.ask_pin.Digits}}', [{ type: 'equal_to', value: '{{flow.variables.expected_pin}}', next: 'account_menu' }])],
    ['a menu split whose catch-all regex takes any key pressed', 'studio_update_flow', split('{{widgets.main_menu.Digits}}', [{ type: 'regex', value: '.*', next: 'operator' }])],
    ['a zip code accepted in any form before the address lookup', 'studio_update_flow', split('{{widgets.ask_zip_code.Digits}}', [{ type: 'regex', value: '.+', next: 'lookup' }])],
    ['a passcode rule that asks the entry match the account\'s', 'update_ivr_menu', { menu: 'billing', rules: [{ variable: 'caller.passcode', operator: 'equals', value: '{{account.passcode}}', goto: 'card_details' }] }],
  ])('allows %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });
});

describe('a phone number ported out to another carrier', () => {
  it.each<Row>([
    ['a port-out authorized with the PIN for a gaining carrier', 'number_port_out_authorize', { phone_number: '+15035550118', gaining_carrier: 'Brightline Mobile', pin: '9032' }],
    ['a carrier API\'s port-out authorization naming the new provider', 'carrier_authorize_portout', { msisdn: '447700900555', new_provider: 'Vela Telecom', transfer_pin: '55102' }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/access-opened');
  });

  it.each<Row>([
    ['a number ported in from the old office carrier', 'number_port_in_request', { phone_number: '+15035550177', losing_carrier: 'Harbor Telco', account_holder: 'Fernhill Studio' }],
    ['a port-out\'s status looked up', 'get_port_out_status', { phone_number: '+15035550118' }],
  ])('allows %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });
});

describe('a code its issuer said never to share, sent on', () => {
  const sent = async (sms: string, name: string, args: Record<string, unknown>) => {
    const s = balancedSession('telephony-code');
    await s.read('sms_inbox', { limit: 1 }, sms);
    return (await s.call(name, args)).findings.map((f) => f.rule);
  };
  const bank = 'Northwind Bank: your code 6620 15 confirms the new payee Rivera Ltd. Don\'t give it to anyone, our staff will never ask for it.';

  it('is followed from the bank\'s text into a WhatsApp message to another number', async () => {
    expect(await sent(bank, 'whatsapp_send', { to: '+447700900612', text: '662015' })).toContain('data-flow/sensitive-flow');
  });

  it('is followed when the warning is French', async () => {
    expect(await sent('Banque Aurore : votre code 5512 88 valide le virement. Ne le partagez avec personne.', 'telegram_send_message', { chat: '@aurore_support', text: 'voilà : 551288' })).toContain('data-flow/sensitive-flow');
  });

  it('lets the code go into the bank\'s own form', async () => {
    expect(await sent(bank, 'browser_fill', { selector: 'input[name=code]', value: '662015' })).not.toContain('data-flow/sensitive-flow');
  });

  it('lets a text to a friend carry other numbers', async () => {
    expect(await sent(bank, 'send_sms', { to: '+15035550199', body: 'At the bank until 1015, then lunch at 1230?' })).not.toContain('data-flow/sensitive-flow');
  });
});
