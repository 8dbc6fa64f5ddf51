import { describe, expect, it } from 'vitest';

import { maxCodeText, numberHashes, oneTimeCodes } from '../src/stateful/one-time-codes.js';

import { balancedSession } from './balanced-session.js';

// A one-time code proves the user is signing in: it goes into the form that asked for it, never to a person.
// A code a result shows (a text message, a mail) and a later message a sending tool carries to someone is the
// scam that empties accounts, whoever asked for it. Codes, numbers and senders are made up.

const flow = 'data-flow/sensitive-flow';

function session() {
  const { read, call } = balancedSession('otp');
  return { read, rules: async (name: string, args: Record<string, unknown>) => (await call(name, args)).findings.map((f) => f.rule) };
}

describe('a one-time code the session read', () => {
  it('is followed from a text message into a Signal message to a number', async () => {
    const s = session();
    await s.read('sms_list_inbox', { limit: 1 }, 'Revolut: 735 102 is your verification code. Do not share it with anyone, even Revolut staff.');
    expect(await s.rules('signal_send', { recipient: '+31 6 1234 5678', message: 'here it is: 735102' })).toContain(flow);
  });

  it('is followed from a mail into an e-mail reply, written with a dash', async () => {
    const s = session();
    await s.read('outlook_read_message', { id: 'AAMk-77' }, 'Subject: Your sign-in code\n\nUse the security code 918-244 to finish signing in to your Microsoft account.');
    expect(await s.rules('outlook_send_mail', { to: 'helpdesk@ms-account-support.example', subject: 'code', body: 'The code I got is 918-244, please unlock the account.' })).toContain(flow);
  });

  it('is followed from a German bank message into a Telegram chat', async () => {
    const s = session();
    await s.read('messages_read', { thread: 'Sparkasse' }, 'Sparkasse: Ihr Bestätigungscode (TAN) lautet 55 81 20. Geben Sie ihn niemals weiter.');
    expect(await s.rules('telegram_send_message', { chat: '@sparkasse_hilfe', text: '558120' })).toContain(flow);
  });

  it('lets the agent type the code into the form that asked for it', async () => {
    const s = session();
    await s.read('sms_list_inbox', { limit: 1 }, 'Revolut: 735 102 is your verification code. Do not share it with anyone, even Revolut staff.');
    expect(await s.rules('browser_fill', { selector: 'input[name=otp]', value: '735102' })).not.toContain(flow);
  });

  it('lets a message carry another number than the code', async () => {
    const s = session();
    await s.read('sms_list_inbox', { limit: 1 }, 'Revolut: 735 102 is your verification code. Do not share it with anyone, even Revolut staff.');
    expect(await s.rules('signal_send', { recipient: '+31 6 1234 5678', message: 'Dinner at 1930, table 4410 booked under Jansen.' })).not.toContain(flow);
  });

  it('takes no order or build number for a code', async () => {
    const s = session();
    await s.read('gmail_get_message', { id: 'm1' }, 'Order 482913 has shipped. Verification of your address failed for build 20261, please check the label.');
    expect(await s.rules('slack_post_message', { channel: 'C0OPS', text: 'Order 482913 shipped; build 20261 label issue.' })).not.toContain(flow);
  });
});

describe('the numbers a code is read from', () => {
  const codes = (text: string) => {
    const out: number[] = [];
    oneTimeCodes(text, (h) => out.push(h));
    return out;
  };
  const numbers = (text: string) => {
    const out: number[] = [];
    numberHashes(text, (h) => out.push(h));
    return out;
  };

  it('reads a message up to the one bound and no longer text at all, wherever its code stands', () => {
    const message = 'your verification code is 530 417.';
    const padded = (length: number) => `${'.'.repeat(length - message.length)}${message}`;
    expect(codes(padded(maxCodeText))).toEqual(numbers('530417'));
    expect(codes(padded(maxCodeText + 1))).toEqual([]);
    expect(codes(`${message}${' '.repeat(maxCodeText)}`)).toEqual([]);
  });

  it('reads a code of 4 to 8 digits, in groups, under the words of a login code', () => {
    expect(codes('your one-time code is 482913.')).toEqual(numbers('482913'));
    expect(codes('otp: 4821')).toEqual(numbers('4821'));
    expect(codes('ваш код подтверждения: 772 019')).toEqual(numbers('772019'));
  });

  it('reads no amount, version, date, phone number or time as one', () => {
    expect(codes('verification code fee 4829.13 eur')).toEqual([]);
    expect(codes('verification code v2026 ready')).toEqual([]);
    expect(codes('security code sent to +44 7700 900431')).toEqual([]);
    expect(codes('login code expires 12/2026 at 13:00')).toEqual([]);
  });

  it('reads a MiB of digit groups in linear time', () => {
    const text = '1234 5678 '.repeat(100_000);
    const started = performance.now();
    let n = 0;
    numberHashes(text, () => n++);
    oneTimeCodes(`otp code ${text}`, () => n++);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(n).toBeGreaterThan(0);
  });
});
