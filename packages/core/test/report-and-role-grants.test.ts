import { describe, expect, it } from 'vitest';

import { accessOpenedByFields } from '../src/commands/field-grants.js';

// Two grants a help desk or CRM tool makes through its fields: a report mailed to a free personal mailbox
// (the records leave the organisation), and an admin role set on a person's existing record. Calls made up
// for these tests (other products, other field names).
describe('a report mailed to a personal mailbox', () => {
  it.each([
    ['a CRM report mailed to a free mailbox', 'crm_run_report', { report: 'All accounts', format: 'xlsx', emailTo: ['accounts.copy@outlook.com'] }],
    ['a scheduled help-desk report to a personal address', 'freshdesk_schedule_report', { name: 'Tickets by requester', recipients: ['desk.stats.2026@proton.me'], frequency: 'weekly' }],
    ['a report read and delivered in one call', 'pipedrive_get_report', { id: 'r-88', send_to: 'deals.archive@yahoo.com' }],
    ['a report in another language', 'crear_informe', { destino: 'copias.clientes@gmail.com', columnas: ['Nombre', 'Telefono'] }],
  ])('reads %s as access opened', (_name, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toMatch(/report mailed to a personal mailbox/);
  });

  it.each([
    ['a report to the organisation\'s own team address', 'crm_run_report', { report: 'Escalated cases', emailTo: ['support-leads@northwind.example'] }],
    ['a report with no delivery (shown to the agent)', 'salesforce_run_report', { reportId: '00O1', format: 'json' }],
    ['a customer\'s own statement report sent to that customer', 'billing_run_report', { customer_email: 'ana.ruiz@gmail.com', email_to: 'ana.ruiz@gmail.com' }],
    ['a report deleted', 'delete_report', { id: 'r-1', notify: 'me.myself@gmail.com' }],
    // `recipients` names a report's readers; an export's share list may be the one person it is for.
    ['a camera clip exported and shared privately with one person', 'nvr_export_clip', { camera: 'porch', share: { public: false, recipients: ['claims.j.berg@web.de'] } }],
    ['a meeting recording exported for its attendees', 'export_recording', { meeting: 'm-51', recipients: ['lee.family.mail@gmail.com'] }],
  ])('lets %s pass', (_name, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toBeUndefined();
  });
});

describe('an admin role set on a person\'s record', () => {
  it.each([
    ['a help-desk user promoted to admin', 'helpdesk_update_user', { user_id: 7781, role: 'admin' }],
    ['an agent made account owner', 'freshdesk_update_agent', { id: 31, role: 'owner' }],
    ['a staff member made administrator', 'update_staff_member', { staffId: 'st_9', permission: 'Administrator' }],
    ['a user named in German, its role too', 'update_benutzer', { rolle: 'Administrator' }],
  ])('reads %s as access opened', (_name, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toMatch(/owner or admin role granted/);
  });

  it.each([
    ['a user moved to the light-agent role', 'helpdesk_update_user', { user_id: 7781, role: 'light_agent' }],
    ['a user\'s name and time zone changed', 'zendesk_update_user', { user_id: 7781, name: 'R. Fischer', time_zone: 'Berlin' }],
    ['a new user created as an admin (a seed, not a promotion)', 'create_user', { email: 'admin@localhost', role: 'admin' }],
    ['a user read', 'get_user', { id: 7781, role: 'admin' }],
  ])('lets %s pass', (_name, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toBeUndefined();
  });
});
