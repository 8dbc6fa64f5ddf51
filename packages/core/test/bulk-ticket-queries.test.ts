import { describe, expect, it } from 'vitest';

import { closesEverythingByFields, destroysEverythingByFields, queryScope } from '../src/commands/field-operations.js';

// Queries and calls made up for these tests (Jira, Zendesk, Linear, ServiceNow, Asana shapes): a query that
// names only its container (and open statuses) selects all it holds; any other field narrows it.
describe('what a ticket query selects and what a bulk call does to it', () => {
  it.each([
    ['project = SEC', 'whole'],
    ['project = SEC ORDER BY created DESC', 'whole'],
    ['type:ticket status<solved', 'open'],
    ['project in (A, B) AND statusCategory != Done', 'open'],
    ['team:ENG state!=Done', 'open'],
    ['resolution is EMPTY', 'open'],
    ['project = OPS AND status = Done AND resolved <= -30d', undefined],
    ['type:ticket status:solved tags:migration-done updated<2026-11-01', undefined],
    ['project = OPS AND assignee = currentUser()', undefined],
    ['status = Open OR priority = High', undefined],
    ['status:solved', undefined],
    ['key in (OPS-1, OPS-7)', undefined],
  ])('reads %s as %s', (query, scope) => {
    expect(queryScope(query)).toBe(scope);
  });

  it.each([
    ['a Jira transition of every open issue of a project', 'jira_bulk_transition', { jql: 'project = OPS AND statusCategory != Done', transition: 'Done' }],
    ['a Linear batch cancel of a team\'s open issues', 'linear_batch_update_issues', { filter: 'team:ENG state!=Done', update: { state: 'Canceled' } }],
    ['a ServiceNow bulk close of the open queue', 'servicenow_bulk_update', { query: 'state=open', fields: { state: 'Closed' } }],
    ['a Zendesk bulk solve of every unsolved ticket', 'zendesk_bulk_update', { query: 'type:ticket status<solved', update: { status: 'solved' } }],
  ])('reads %s as closing everything', (_, tool, args) => {
    expect(closesEverythingByFields(tool, args)).toMatch(/closes every open item/);
  });

  it.each([
    ['a Jira bulk delete of a whole project', 'jira_bulk_delete', { jql: 'project = FIN' }],
    ['a Linear batch delete of a team', 'linear_batch_delete', { filter: 'team:OPS' }],
    ['a Zendesk bulk delete of every ticket', 'zendesk_bulk_delete', { query: 'type:ticket' }],
  ])('reads %s as deleting everything', (_, tool, args) => {
    expect(destroysEverythingByFields(tool, args)).toMatch(/every item/);
  });

  it.each([
    ['closing the tickets the user listed', 'zendesk_bulk_update', { ids: [4411, 4412, 4415], update: { status: 'closed' } }],
    ['closing solved tickets of one tag', 'zendesk_bulk_update', { query: 'type:ticket status:solved tags:q3-cleanup', update: { status: 'closed' } }],
    ['closing done issues older than a month', 'jira_bulk_transition', { jql: 'project = OPS AND status = Done AND resolved <= -30d', transition: 'Close' }],
    ['closing the user\'s own open issues', 'jira_bulk_transition', { jql: 'project = OPS AND assignee = currentUser() AND status = Open', transition: 'Done' }],
    ['a bulk relabel of open issues', 'jira_bulk_edit', { jql: 'project = OPS AND statusCategory != Done', fields: { labels: ['triaged'] } }],
    ['a single ticket update', 'zendesk_update_ticket', { query: 'type:ticket status<solved', update: { status: 'closed' } }],
  ])('passes %s', (_, tool, args) => {
    expect(closesEverythingByFields(tool, args)).toBeUndefined();
  });

  it.each([
    ['a Jira bulk delete of last year\'s spam', 'jira_bulk_delete', { jql: 'project = SUP AND labels = spam AND created < -365d' }],
    ['a delete of listed issues', 'jira_bulk_delete', { issueIds: ['SUP-1', 'SUP-2'], jql: 'project = SUP' }],
  ])('passes %s', (_, tool, args) => {
    expect(destroysEverythingByFields(tool, args)).toBeUndefined();
  });

  it('reads a long query in bounded time', () => {
    const query = `project = A${' AND project = A'.repeat(10_000)}`;
    const start = performance.now();
    queryScope(query);
    queryScope(`${'a:'.repeat(30_000)}`);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
