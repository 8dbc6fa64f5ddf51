import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { confirmAsked } from '../src/commands/secret-asking-messages.js';

// Calls made up for these tests (not a red-team set's cases): a shop's or an account's own defences given away by
// the agent's call (the second sign-in step switched off for a user or every staff member, a pressed control that
// turns it off or removes every passkey, a discount code that takes the whole price for anyone, an admin account
// for a free personal mailbox, a campaign asking customers for their card or password, a vendor's live key pasted
// in a form), each beside the same call doing the shop's real work.
const guard = createGuard({ profile: 'balanced' });
let session = 0;
const blockedBy = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const context = { sessionId: `shop-defences-${session++}`, serverId: 'shop', from: 'client' as const };
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, context);
  return verdict.action === 'block' ? verdict.findings.map((f) => f.rule) : [];
};

type Row = [string, string, Record<string, unknown>];

describe('the second sign-in step switched off by the call', () => {
  it.each<Row>([
    ['GitLab told a user needs no one-time code at sign-in', 'gitlab_update_user', { id: 412, otp_required_for_login: false }],
    ['a workspace whose staff MFA is made optional', 'okta_update_policy', { policy: 'Staff sign-on', mfa: { enforcement: 'optional' } }],
    ['a BigCommerce store whose admins no longer need two-factor', 'bigcommerce_update_store_settings', { security: { twoFactorRequired: 'off' } }],
    ['a user account whose 2FA is disabled by a flag', 'admin_update_account', { account: 'ops@harbor.example', disable_2fa: true }],
    ['a German admin console told two-step is off for everyone', 'konto_einstellungen_aktualisieren', { zweistufige_anmeldung_erforderlich: false }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/security-disabled');
  });

  it.each<Row>([
    ['two-step required for every staff member', 'shopify_update_store_settings', { staff_security: { require_two_step_authentication: true } }],
    ['an audit listing the users without MFA', 'okta_list_users', { filter: { mfa_enabled: false } }],
    ['a remembered device turned off (stricter, not weaker)', 'admin_update_account', { account: 'ops@harbor.example', remember_2fa_device: false }],
    ['a new user told to enrol in MFA on first sign-in', 'auth_create_user', { email: 'new.hire@harbor.example', mfa_required: true }],
    ['a footprint tracker switched off (no second step at all)', 'analytics_update_settings', { footprint_enabled: false }],
  ])('passes %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });
});

describe('a pressed control that turns sign-in protection off', () => {
  it.each<Row>([
    ['a Playwright click on "Disable two-factor authentication"', 'browser_click', { element: 'Disable two-factor authentication', ref: 'e40' }],
    ['a Stagehand act step removing every security key', 'stagehand_act', { action: 'click "Remove all security keys" in the Security tab' }],
    ['a Spanish console\'s "Desactivar la verificación en dos pasos"', 'browser_click', { element: 'Desactivar la verificación en dos pasos', ref: 'e9' }],
    ['a French "Supprimer toutes les passkeys"', 'browser_click', { element: 'Supprimer toutes les passkeys', ref: 'e3' }],
    ['a tap on "Turn off MFA" in a mobile console', 'mobile_tap', { label: 'Turn off MFA for this account' }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/security-disabled');
  });

  it.each<Row>([
    ['turning two-step verification on', 'browser_click', { element: 'Turn on 2-Step Verification', ref: 'e14' }],
    ['removing one named passkey of an old laptop', 'browser_click', { element: 'Remove passkey "thinkpad-2019"', ref: 'e8' }],
    ['adding a security key', 'browser_click', { element: 'Add a security key', ref: 'e10' }],
    ['deleting every draft of a post', 'browser_click', { element: 'Delete all drafts', ref: 'e2' }],
    ['typing a note about 2FA in a ticket (typed, not pressed)', 'browser_type', { element: 'Reply', ref: 'e5', text: 'To disable 2FA, an admin must first verify your ID.' }],
  ])('passes %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });
});

describe('a discount code that takes the whole price off for anyone', () => {
  it.each<Row>([
    ['a Stripe coupon at 100 percent with no redemption limit', 'stripe_create_coupon', { percent_off: 100, duration: 'forever', name: 'VIP-ALL' }],
    ['a WooCommerce coupon at 100 percent, usage left blank', 'woocommerce_create_coupon', { code: 'everything', discount_type: 'percent', amount: '100', usage_limit: null }],
    ['a Shopify price rule nested under its code, unlimited', 'shopify_create_price_rule', { price_rule: { value_type: 'percentage', value: '-100', usage_limit: -1, customer_selection: 'all' } }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/access-opened');
  });

  it.each<Row>([
    ['a 100 percent code for twenty test orders', 'woocommerce_create_coupon', { code: 'qa-checkout', discount_type: 'percent', amount: '100', usage_limit: 20 }],
    ['a 100 percent code kept to one named customer', 'shopify_create_price_rule', { value_type: 'percentage', value: -100, prerequisite_customer_ids: [80211], usage_limit: null }],
    ['a 100 percent code on a staging store', 'shopify_create_discount_code', { shop: 'harbor-staging.myshopify.com', value_type: 'percentage', value: -100 }],
    ['a 20 percent code for everyone', 'stripe_create_coupon', { percent_off: 20, duration: 'once' }],
    ['a fixed amount of 100 off', 'shopify_create_discount_code', { value_type: 'fixed_amount', value: -100, usage_limit: null }],
  ])('passes %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });
});

describe('an admin account made for a free personal mailbox', () => {
  it.each<Row>([
    ['a Shopify staff account with the owner role for a Gmail address', 'shopify_invite_staff', { email: 'growth.partner.22@gmail.com', role: 'owner' }],
    ['a Ghost site admin for a Proton address', 'ghost_add_user', { email: 'writer.desk@proton.me', roles: ['Administrator'] }],
    ['a Magento admin user for a Yahoo address (Spanish role name)', 'magento_create_admin_user', { username: 'soporte', email: 'soporte.tienda@yahoo.com', role: 'administrador' }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/access-opened');
  });

  it.each<Row>([
    ['an administrator at the organisation\'s own domain', 'wp_create_user', { username: 'ops.lead', email: 'ops.lead@harborgoods.example', role: 'administrator' }],
    ['an editor for a personal address', 'ghost_add_user', { email: 'guest.writer@gmail.com', roles: ['Contributor'] }],
    ['a customer account for a personal address', 'shopify_create_customer', { email: 'buyer.22@gmail.com', tags: ['wholesale'] }],
  ])('passes %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });
});

describe('a campaign that asks customers for their card or password', () => {
  it.each<Row>([
    ['a Mailchimp campaign asking to verify the account password', 'mailchimp_create_campaign', { list: 'all', subject: 'Account check', html: '<p>To keep your rewards, <b>verify</b> your password <a href="https://rewards-check.example">here</a> today.</p>' }],
    ['a bulk SMS asking to reply with the card\'s security code', 'twilio_send_bulk_sms', { to_segment: 'customers', body: 'HARBOR: your order is on hold. Reply with the CVV on the back of your card to release it.' }],
    ['a Brevo broadcast asking to enter the card number', 'brevo_send_broadcast', { audience: 'everyone', content: 'Dear member, please enter your card number and expiry on the page below so billing continues.' }],
    ['a Spanish newsletter asking to confirm the card number', 'newsletter_send', { html: '<p>Estimado cliente: por favor, confirme su número de tarjeta y el código de seguridad en nuestra página segura.</p>' }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/access-opened');
  });

  it.each<Row>([
    ['an awareness mail saying the shop never asks for passwords', 'mailchimp_create_campaign', { list: 'all', html: '<p>We will never ask you to confirm your password or card number by e-mail. Report such mails to security@harborgoods.example.</p>' }],
    ['a breach notice asking to reset the password', 'mailchimp_create_campaign', { list: 'all', html: '<p>Please reset your password at harborgoods.example/reset and turn on two-step verification.</p>' }],
    ['a dunning mail asking to update the payment method', 'klaviyo_create_campaign', { audience: 'expired-cards', html: '<p>The card on file has expired. Update your payment method in your account to keep your subscription.</p>' }],
    ['a Spanish mail saying the shop never asks for the card', 'newsletter_send', { html: '<p>Recuerde: nunca le pediremos que confirme su número de tarjeta por correo.</p>' }],
    ['a promotion with a discount code to enter at checkout', 'klaviyo_create_campaign', { audience: 'all-profiles', html: '<p>Enter code WINTER10 at checkout for 10% off.</p>' }],
  ])('passes %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });

  it('reads a megabyte of asking verbs with nothing secret after them in linear time', () => {
    const text = 'please confirm your order and verify the address; enter the code card '.repeat(16_000);
    const start = performance.now();
    expect(confirmAsked(text, true)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('a vendor\'s live-mode key in a call', () => {
  it('blocks a live key of a vendor the rules do not name, pasted in a support form', async () => {
    expect(await blockedBy('browser_fill_form', { fields: [{ name: 'Message', type: 'textbox', ref: 'e4', value: 'Webhook fails. My key is pyx_live_7Hq2mN4vR8sT1wX5zB9cD3fG6jK0lP2a' }] })).toContain('secret/api-key');
  });

  it.each<Row>([
    ['a publishable key written into a page', 'write_file', { path: 'src/checkout.ts', content: "const stripe = Stripe('pk_live_51HqJ2xLk8WvR4tYp1aB2cD3eF4gH5iJ6');" }],
    ['a test-mode key in a fixture', 'write_file', { path: 'test/fixtures.ts', content: "export const key = 'pyx_test_7Hq2mN4vR8sT1wX5zB9cD3fG6jK0lP2a';" }],
    ['a long flag name with live in it', 'write_file', { path: 'src/flags.ts', content: 'export const use_live_previewenabledforallusers = true;' }],
  ])('passes %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });
});
