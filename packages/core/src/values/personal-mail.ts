// Mailboxes anyone can open for free (a person's own, not an organisation's): the providers' domains as data.
// A company's tool that mails its data to one of them sends it outside the company, whoever holds the box.

const personalDomains = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'aol.com',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'tutanota.com', 'tuta.io', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de',
  'mail.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'zoho.com', 'fastmail.com', 'hey.com', 'qq.com', '163.com', '126.com', 'naver.com', 'disroot.org',
  'cock.li', 'guerrillamail.com', 'mailinator.com', 'yopmail.com', 'sharklasers.com', 'onionmail.org']);

/** Whether an address (`name@domain`) is at a free personal mail provider. */
export function personalMailbox(address: string): boolean {
  const at = address.lastIndexOf('@');
  return at > 0 && personalDomains.has(address.slice(at + 1).trim().toLowerCase().replace(/[>"'\s]+$/, ''));
}
