import { flat, privilegedRoles } from './field-grants.js';
import { personalMailbox } from '../values/personal-mail.js';

// An account made an administrator or owner of a shop, a site or a workspace (`wp_create_user({ role:
// 'administrator' })`, `shopify_invite_staff`, `add_user`) for a free personal mailbox: whoever holds that box
// runs the business, and no one of the organisation answers for it. field-grants.ts reads admin roles granted by
// tools named for access (a member, a role, a permission); a tool named for a user or staff account says it only
// through the e-mail it is given. The same role for an address of the organisation's own domain, or a lesser role
// (a shop manager, an editor) for any address, passes. Findings are data; nothing here throws.

/** Words of a tool's name for an account of people who sign in. */
const accountWords = new Set(['user', 'users', 'staff', 'account', 'accounts', 'admin', 'admins', 'employee', 'agent', 'agents', 'operator', 'usuario', 'utilisateur', 'benutzer', 'utente']);
/** Verbs of making one or changing its role. */
const makeWords = new Set(['create', 'add', 'invite', 'new', 'update', 'set', 'edit', 'patch', 'upsert', 'promote', 'register', 'insert', 'crear', 'creer', 'erstellen', 'anlegen']);
const roleKeys = new Set(['role', 'roles', 'userrole', 'accessrole', 'permissionlevel', 'accountrole', 'rol', 'rolle', 'ruolo']);
const mailKeys = new Set(['email', 'emailaddress', 'useremail', 'mail', 'login', 'username']);

/** The admin role a call grants a personal mailbox (a sentence), or undefined. `words` are the tool's name as words. */
export function adminForPersonalMailbox(words: readonly string[], args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  if (!words.some((w) => accountWords.has(w)) || !words.some((w) => makeWords.has(w))) return undefined;
  let role: string | undefined;
  let mailbox: string | undefined;
  for (const [k, value] of Object.entries(args)) {
    const key = flat(k);
    const values: readonly unknown[] = Array.isArray(value) ? value.slice(0, 16) : [value];
    if (roleKeys.has(key)) role ??= values.find((v): v is string => typeof v === 'string' && v.length <= 64 && privilegedRoles.has(flat(v)));
    if (mailKeys.has(key) && typeof value === 'string' && value.length <= 254 && personalMailbox(value)) mailbox = value;
  }
  return role !== undefined && mailbox !== undefined ? `the ${role} role given to a personal mailbox (${mailbox})` : undefined;
}
