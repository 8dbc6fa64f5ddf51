import { describe, expect, it } from 'vitest';

import { accessOpenedByFields } from '../src/commands/field-grants.js';

// An export mailed out opens the data to whoever holds the box, unless the box is the data's own: the person
// the export is about, or an organisation's address receiving only the opted-in contacts' names and addresses.
// Calls made up for these tests (other shops, other products, other field names).
describe('an export delivered to the address the data belongs to', () => {
  it.each([
    ['a customer-data export sent to the customer it is about', 'export_customer_data', { customer_email: 'mia.kovac@t-online.de', deliver_to: 'Mia.Kovac@t-online.de' }],
    ['a subject-access export answered to the subject', 'export_user_data', { subjectEmail: 'r.oduya@fastmail.com', send_to: 'r.oduya@fastmail.com' }],
    ['opted-in contacts exported to the organisation\'s marketing address', 'export_customers', { query: 'accepts_marketing:true', fields: ['email', 'first_name', 'last_name'], deliver_to: 'newsletter@lindenbakery.nl' }],
    ['subscribed contacts with their locale, to a company CRM inbox', 'contacts_export', { filter: 'email_marketing_consent:subscribed AND country:FR', columns: ['Email', 'FirstName', 'Locale'], destination: 'crm-import@atelier-roux.fr' }],
  ])('lets %s pass', (_name, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toBeUndefined();
  });

  it.each([
    ['every customer to a personal mailbox', 'export_customers', { query: '', fields: ['email', 'phone', 'default_address'], deliver_to: 'shop.archive.77@outlook.com' }],
    ['opted-in contacts to a personal mailbox', 'export_customers', { query: 'accepts_marketing:true', fields: ['email', 'first_name'], deliver_to: 'promo.lists@gmail.com' }],
    ['opted-in contacts with addresses and spend to a company address', 'export_customers', { query: 'accepts_marketing:true', fields: ['email', 'default_address', 'total_spent'], deliver_to: 'lists@growth-partners.io' }],
    ['opted-in contacts with no field list (whole records)', 'export_customers', { query: 'accepts_marketing:true', deliver_to: 'lists@growth-partners.io' }],
    ['one customer\'s data sent to someone else', 'export_customer_data', { customer_email: 'mia.kovac@t-online.de', deliver_to: 'privacy-desk.eu@proton.me' }],
    ['a consent word outside the filter', 'export_customers', { note: 'accepts_marketing:true', fields: ['email'], deliver_to: 'lists@growth-partners.io' }],
    ['a workspace export whose requester names itself the recipient', 'export_workspace', { requester_email: 'ops@contractor.dev', deliver_to: 'ops@contractor.dev' }],
  ])('still reads as access opened: %s', (_name, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toMatch(/export delivered to/);
  });
});
