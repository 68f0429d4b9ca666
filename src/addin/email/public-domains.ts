/**
 * Public (free) mail domains: a sender there says nothing about their organization, so no
 * company is looked up by web domain. One list; `gmx.*` and `yahoo.*`-style families match any
 * country suffix.
 */

export const PUBLIC_MAIL_DOMAINS: readonly string[] = Object.freeze([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com', 'windowslive.com',
  'yahoo.com', 'ymail.com', 'rocketmail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aim.com', 'proton.me',
  'protonmail.com', 'protonmail.ch', 'pm.me', 'tutanota.com', 'tutanota.de', 'tuta.io', 'tuta.com', 'zoho.com', 'zohomail.com',
  'yandex.com', 'yandex.ru', 'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de',
  't-online.de', 'freenet.de', 'posteo.de', 'mailbox.org', 'fastmail.com', 'fastmail.fm', 'hey.com', 'hushmail.com',
  'mail.com', 'email.com', 'usa.com', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net',
  'charter.net', 'earthlink.net', 'juno.com', 'optonline.net', 'btinternet.com', 'sky.com', 'virginmedia.com', 'blueyonder.co.uk',
  'talktalk.net', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'libero.it', 'virgilio.it', 'tiscali.it',
  'alice.it', 'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'bigpond.com', 'optusnet.com.au', 'shaw.ca', 'rogers.com',
  'sympatico.ca', 'qq.com', '163.com', '126.com', 'sina.com', 'naver.com', 'daum.net', 'hanmail.net', 'rediffmail.com',
  'uol.com.br', 'bol.com.br', 'terra.com.br', 'skynet.be', 'telenet.be', 'ziggo.nl', 'kpnmail.nl', 'bluewin.ch', 'hispeed.ch',
]);

/** Families such as gmx.at, yahoo.co.uk, hotmail.fr, outlook.de, live.nl. */
const PUBLIC_FAMILIES = /^(gmx|yahoo|hotmail|outlook|live|aol|yandex|zoho|web|mail)\.([a-z]{2,3})(\.[a-z]{2})?$/;
const PUBLIC_SET = new Set(PUBLIC_MAIL_DOMAINS);

export function isPublicMailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (PUBLIC_SET.has(d)) return true;
  const m = PUBLIC_FAMILIES.exec(d);
  // "web.xx" and "mail.xx" only as the exact families above (web.de, mail.com, …), not every ccTLD.
  return !!m && m[1] !== 'web' && m[1] !== 'mail';
}
