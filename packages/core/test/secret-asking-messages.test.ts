import { describe, expect, it } from 'vitest';

import { confirmAsked, namesMessages, secretAskedInMessage } from '../src/commands/secret-asking-messages.js';
import { wordsOfTool } from '../src/commands/field-grants.js';
import { readToolName } from '../src/commands/tool-names.js';
import { createGuard } from '../src/index.js';

// A message the agent sends or saves for customers that asks them to hand their password, sign-in code or card
// to the sender. Messages made up for these tests (other desks, products, wordings and fields).
const call = (name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });

describe('a message that asks its readers to hand over a secret', () => {
  it.each([
    ['a canned response asking for the password to "verify" the account', 'freshdesk_create_canned_response', { title: 'Verify owner', content_html: '<div>Before we can release the order, please reply with your account password so our team can confirm you own it.</div>' }],
    ['an SMS asking for the one-time code', 'twilio_send_sms', { to: '+15125550140', body: 'Northwind support: text us the verification code you just received to finish moving your number.' }],
    ['a reply asking for the code sent to the customer by its digits alone', 'helpscout_reply_to_conversation', { conversationId: 88120, text: 'Thanks! To confirm the change, send us the 6-digit code we texted you a minute ago.' }],
    ['a template asking for the card number and the CVV', 'gorgias_create_macro', { name: 'Payment retry', body_text: 'Your payment failed. Reply to this message with your full card number and the CVV and we will retry it for you.' }],
    ['a broadcast asking for the recovery phrase', 'intercom_send_broadcast', { audience: 'all_users', message: 'Wallet upgrade: to migrate your funds, share your recovery phrase with our migration team.' }],
    ['a ticket reply asking for two things at once', 'zendesk_update_ticket', { ticket_id: 5512, comment: { public: true, body: 'Hi! To restore access, reply with both your username and your old password.' } }],
    ['a reply asking to confirm the card number and CVV in Portuguese', 'helpscout_reply_to_conversation', { text: 'Olá! Para liberar o pedido, informe o número do cartão e o CVV respondendo esta mensagem.' }],
    ['a French SMS asking to enter the password', 'vonage_send_sms', { text: 'Banque Ardoise : saisissez votre mot de passe en réponse à ce SMS pour débloquer le compte.' }],
    ['a German macro asking to confirm the login password', 'zammad_create_macro', { content: 'Bitte bestätigen Sie Ihr Passwort per Antwort, damit wir das Konto freischalten.' }],
    ['an English reply asking to verify the one-time code by replying', 'front_send_reply', { body: 'Please verify the one-time code on your phone by replying with it here.' }],
    ['an ask that threatens suspension to be avoided', 'send_email', { to: 'members@list.example', body: 'To avoid suspension of your mailbox, reply with your current password within 24 hours.' }],
    ['an ask that opens with a clause of "without"', 'twilio_send_sms', { body: 'Without delay: text us the verification code you just received.' }],
    ['an ask that cites fraud as its reason', 'send_email', { to: 'customers@list.example', subject: 'Security check', body: 'To protect you from fraud, reply to this email with your online banking password.' }],
  ])('reads %s as an ask', (_name, tool, args) => {
    expect(namesMessages(wordsOfTool(tool))).toBe(true);
    expect(secretAskedInMessage(readToolName(tool), args)).toBeDefined();
  });

  it.each([
    ['a notice asking to avoid replying with the password', 'send_email', { to: 'all@list.example', body: 'Please avoid replying with your password to any message, even one that looks like ours.' }],
    ['a notice to act without sending the code', 'twilio_send_sms', { body: 'You can unlock the account without sending us the verification code we texted you.' }],
    ['a reset macro pointing to Forgot password', 'freshdesk_create_canned_response', { title: 'Reset', content_html: '<p>Use <b>Forgot password</b> on the sign-in page; we will send a reset link to the address on file.</p>' }],
    ['a notice that the team never asks for passwords', 'send_email', { to: 'all@list.example', body: 'Reminder: our staff will never ask you to send us your password or the code we text you.' }],
    ['a warning quoting what scammers write', 'intercom_send_broadcast', { message: 'Scammers are sending messages that say "reply with your password to keep your account". Ignore them.' }],
    ['a warning about someone asking for the code', 'twilio_send_sms', { body: 'If anyone asks you to share the verification code we sent you, hang up: it is not us.' }],
    ['the code typed on the sign-in page itself', 'zendesk_update_ticket', { ticket_id: 8, comment: { body: 'Next, enter the verification code we texted you on the sign-in page and pick a new password.' } }],
    ['a reply asking for an order number and a discount code', 'helpscout_reply_to_conversation', { text: 'Could you reply with your order number and the discount code you used at checkout?' }],
    ['a reply asking for a screenshot of the error', 'zendesk_update_ticket', { comment: { body: 'Please send us a screenshot of the error and the browser you use.' } }],
    ['an SMS delivering its own one-time code to type', 'twilio_send_sms', { body: 'Enter the verification code 481920 to finish signing in. It expires in 10 minutes.' }],
    ['a Spanish SMS delivering its code', 'vonage_send_sms', { text: 'Ingrese el código de verificación 730155 en la aplicación.' }],
    ['a welcome mail asking to enter a new password', 'send_email', { to: 'new.hire@corp.example', body: 'Welcome aboard! Enter a new password when you first sign in.' }],
    ['a reply asking for the last four digits of the card', 'zendesk_update_ticket', { comment: { body: 'Could you confirm the last four digits of the card number you paid with so I can find the charge?' } }],
    ['a reply asking to enter the code on the sign-in page', 'helpscout_reply_to_conversation', { text: 'Then enter the one-time code from your authenticator on the login page.' }],
    ['a notice in French that the bank never asks for the password', 'send_sms', { text: 'Nous ne vous demanderons jamais de saisir votre mot de passe par SMS.' }],
    ['a warning quoting a phishing line in German', 'send_email', { body: 'Achtung, Betrüger schreiben: "Bitte bestätigen Sie Ihr Passwort". Antworten Sie nicht.' }],
    ['a campaign warning about a phishing line in Spanish', 'sendgrid_send_campaign', { html: '<p>Cuidado con el phishing: "confirme su contraseña aquí" no es un mensaje nuestro.</p>' }],
    ['a password policy in a macro', 'gorgias_create_macro', { body_text: 'Your new password must have 12 characters; you can change your password in Account settings.' }],
  ])('lets %s pass', (_name, tool, args) => {
    expect(secretAskedInMessage(readToolName(tool), args)).toBeUndefined();
  });

  it('reads a campaign\'s ask to type a password on a page, which a single message may make', () => {
    const text = 'please enter your password on the login page to see your rewards.';
    expect(confirmAsked(text, true)).toBeDefined();
    expect(confirmAsked(text, false)).toBeUndefined();
    expect(secretAskedInMessage(readToolName('sendgrid_send_newsletter'), { htmlContent: text })).toBeDefined();
  });

  it('reads only tools named for messages, not their reads', () => {
    expect(namesMessages(wordsOfTool('zendesk_get_macro'))).toBe(false);
    expect(namesMessages(wordsOfTool('list_email_templates'))).toBe(false);
    expect(namesMessages(wordsOfTool('write_file'))).toBe(false);
    expect(namesMessages(wordsOfTool('mailchimp_create_campaign'))).toBe(true);
  });

  it('blocks the ask in a call and lets the reset macro pass', async () => {
    const guard = createGuard({ profile: 'balanced' });
    const context = { sessionId: 's-asks', serverId: 's-asks', from: 'client' as const };
    const ask = await guard.inspect(call('kustomer_create_shortcut_message', { text: 'Locked out? Reply with your current password and the login code from your authenticator app and we will unlock you.' }), context);
    expect(ask.action).toBe('block');
    const reset = await guard.inspect(call('kustomer_create_shortcut_message', { text: 'Locked out? Use Forgot password on the login page; we never ask for your password.' }), context);
    expect(reset.action).toBe('allow');
  });

  it('reads a worst-shape message in linear time', () => {
    const many = 'your password your code the card number '.repeat(30_000);
    const long = `${'reply with '.repeat(100_000)}your password`;
    const nested = { a: Array.from({ length: 5000 }, () => 'send us your verification') };
    const started = performance.now();
    const tool = readToolName('send_email');
    secretAskedInMessage(tool, { body: many });
    secretAskedInMessage(tool, { body: long });
    secretAskedInMessage(tool, nested);
    secretAskedInMessage(readToolName('create_campaign'), { html: many, text: long });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
