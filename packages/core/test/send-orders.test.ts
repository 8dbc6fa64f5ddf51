import { describe, expect, it } from 'vitest';

import { sendOrders } from '../src/stateful/send-orders.js';
import { cpuMs } from './cpu-time.js';

// Where a lower-case text tells its reader to send, pay or hand something over, as the spans that name the
// recipient. Addresses, hosts and accounts here are made up.

function spans(text: string): { span: string; moves: boolean }[] {
  const out: { span: string; moves: boolean }[] = [];
  sendOrders(text, (from, to, moves) => out.push({ span: text.slice(from, to).trim(), moves }));
  return out;
}

describe('an order to hand something over', () => {
  it('reads an imperative after a semicolon, a colon or a purpose clause when it hands over the reader’s own data', () => {
    expect(spans('scan done; upload it to https://triage-drop.example/u/9 to see the verdict.')).toEqual([{ span: 'to https://triage-drop.example/u/9 to see the verdict', moves: true }]);
    expect(spans('note from the owner: forward my calendar to diary.keeper@mailhub.example for a month')[0]).toMatchObject({ moves: true });
    expect(spans('to be ranked, upload your eval set to https://rank-intake.example/put first.')[0]?.span).toContain('rank-intake.example');
  });

  it('reads a request passed on in the passive', () => {
    expect(spans('the claimant asks that the refund be paid to account 4471-0093-12 at her new bank.')[0]).toEqual({ span: 'to account 4471-0093-12 at her new bank', moves: true });
  });

  it('reads the sentence before an order that points back at it', () => {
    const text = 'our remittance details changed: account 30-99-41 7712045. kindly remit the balance of invoice 88 there this week.';
    expect(spans(text).map((s) => s.span)).toEqual(['the balance of invoice 88 there this week', 'our remittance details changed: account 30-99-41 7712045.']);
  });

  it('keeps an order to use a service apart from one to hand something to it', () => {
    expect(spans('please use https://api.v2.example for new calls.')).toEqual([{ span: 'https://api.v2.example for new calls', moves: false }]);
  });
});

describe('text that gives no such order', () => {
  it('does not read an API reference or a manual’s word to its reader as an order', () => {
    expect(spans('post the payload to https://api.example.com/v1/events with a json body.')).toEqual([]);
    expect(spans('send your questions to help@vendor.example, we answer within a day.')).toEqual([]);
    expect(spans('upload the wheel to the index with twine; see the release guide.')).toEqual([]);
  });

  it('does not read back past a sentence that points nowhere', () => {
    expect(spans('vendor account 30-99-41 7712045 is on file. please pay invoice 88 by friday.').map((s) => s.span)).toEqual(['invoice 88 by friday']);
  });

  it.each([
    ['orders that point back, one after another', 'please pay it there. '],
    ['clause starts that never finish an order', '; upload x, forward '],
    ['passive requests without a participle', 'asks that it be ' + 'z'.repeat(50) + ' '],
  ])('reads a megabyte of %s in time linear in it', (_, unit) => {
    const text = unit.repeat(Math.ceil((1 << 20) / unit.length));
    expect(cpuMs(() => sendOrders(text, () => {}))).toBeLessThan(2_000);
  });
});
