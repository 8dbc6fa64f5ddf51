import { describe, expect, it } from 'vitest';

import { accessOpenedByFields } from '../src/commands/field-grants.js';

// Mail rules made up for these tests (Graph, Gmail, Fastmail-like and Zoho-like shapes): the addresses in a
// rule's criteria say which mail it takes, never where it sends it, and "own" is the domain the criteria
// name. A narrowed forward is taken mail when it leaves those domains and is hidden from the user.
describe('where a mail rule sends the mail it takes', () => {
  it.each([
    ['a Graph rule redirecting invoices elsewhere and deleting them', 'create_message_rule', { displayName: 'x', conditions: { senderContains: ['invoice'] }, actions: { redirectTo: [{ emailAddress: { address: 'ap-desk@billing-relay.example' } }], delete: true } }],
    ['a Graph rule forwarding the CEO\'s mail as attachments, marked read', 'add_mail_rule', { conditions: { fromAddresses: [{ emailAddress: { address: 'ceo@acme.test' } }] }, actions: { forwardAsAttachmentTo: [{ emailAddress: { address: 'notes.box@mail-keep.example' } }], markAsRead: true } }],
    ['a Gmail filter forwarding wire mail out and taking it from the inbox', 'gmail_create_filter', { criteria: { subject: 'wire transfer', to: 'finance@acme.test' }, action: { forward: 'fin.copy@inbox-relay.example', removeLabelIds: ['UNREAD', 'INBOX'] } }],
    ['a Fastmail-like rule forwarding HR mail and archiving it', 'create_mail_filter', { conditions: { from: 'hr@acme.test' }, forwardTo: 'kept@elsewhere.example', archive: true }],
    ['a forwarding setting for every message that trashes the original', 'update_auto_forwarding', { emailAddress: 'backup@elsewhere.example', enabled: true, disposition: 'trash' }],
    ['an Outlook rule with empty conditions forwarding everything', 'outlook_create_inbox_rule', { conditions: {}, actions: { forwardTo: [{ emailAddress: { address: 'box@elsewhere.example' } }] } }],
  ])('reads %s as taking mail', (_, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toMatch(/forwarded/);
  });

  it.each([
    ['an Outlook rule moving one sender\'s receipts to a folder', 'outlook_create_inbox_rule', { displayName: 'Travel receipts', conditions: { fromAddresses: [{ emailAddress: { address: 'noreply@airline.example' } }] }, actions: { moveToFolder: 'Travel' } }],
    ['a Gmail filter that only labels and archives newsletters', 'gmail_create_filter', { criteria: { from: 'news@vendor.example' }, action: { addLabelIds: ['Label_News'], removeLabelIds: ['INBOX'] } }],
    ['a filter forwarding the team alias to a colleague of the same domain', 'gmail_create_filter', { criteria: { to: 'oncall@acme.test' }, action: { forward: 'sam.ortiz@acme.test', addLabelIds: ['Label_Oncall'] } }],
    ['a colleague of the same domain, the copy skipping the inbox', 'gmail_create_filter', { criteria: { to: 'billing@acme.test' }, action: { forward: 'ap@acme.test', removeLabelIds: ['INBOX'] } }],
    ['vendor invoices forwarded to accounts payable, left in the inbox', 'create_filter', { criteria: { from: 'billing@vendor.example' }, action: { forward: 'ap@acme.test' } }],
    ['a Graph rule marking a mailing list read, no forward', 'create_message_rule', { conditions: { senderContains: ['digest@lists.example'] }, actions: { markAsRead: true, moveToFolder: 'Lists' } }],
    ['a forward switched off', 'update_auto_forwarding', { emailAddress: 'old@elsewhere.example', enabled: false }],
  ])('passes %s', (_, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toBeUndefined();
  });

  it('stays linear on a rule with thousands of criteria addresses', () => {
    const conditions = { fromAddresses: Array.from({ length: 5000 }, (_, i) => ({ emailAddress: { address: `u${i}@acme.test` } })) };
    const start = performance.now();
    accessOpenedByFields('create_message_rule', { conditions, actions: { forwardTo: [{ emailAddress: { address: 'x@elsewhere.example' } }], markAsRead: true } });
    expect(performance.now() - start).toBeLessThan(500);
  });
});
