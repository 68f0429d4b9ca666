/**
 * The demo mailbox of Sam Rivera, technician/dispatcher at the MSP "Harborline IT", late November
 * 2026. Customers and contacts match the sandbox tenant exactly (Contoso Dental Group, Fabrikam
 * Logistics, Woodgrove Law LLP, Müller Bäckerei GmbH); Kevin Oduya is deliberately unknown.
 *
 * This file is data only (≈ 10 messages); the builder adds headers and ids.
 */
import { base64ToBytes, utf8 } from '../model/bytes';
import type { MailAddress } from '../model/message';
import { WORD_SAVE_ERROR_PNG_BASE64 } from './assets/word-save-error-png';
import type { SampleDef } from './build-sample';
import { LOG_ARCHIVE_NAME, LOG_ARCHIVE_SIZE, logArchive } from './log-archive';
import { buildPdf } from './pdf';

export const PEOPLE = {
  sam: { name: 'Sam Rivera', address: 'sam.rivera@harborline-it.com' },
  priya: { name: 'Priya Natarajan', address: 'priya.natarajan@harborline-it.com' },
  support: { name: 'Harborline IT Support', address: 'support@harborline-it.com' },
  noc: { name: 'Harborline NOC', address: 'noc@harborline-it.com' },
  rmm: { name: 'Harborline RMM', address: 'alerts@rmm.harborline-it.com' },
  maria: { name: 'Maria Lopez', address: 'maria.lopez@contosodental.com' },
  tom: { name: 'Tom Becker', address: 'tom.becker@fabrikamlogistics.com' },
  jenna: { name: 'Jenna Park', address: 'jenna.park@woodgrovelaw.com' },
  joerg: { name: 'Jörg Müller', address: 'joerg.mueller@mueller-baeckerei.de' },
  kevin: { name: 'Kevin Oduya', address: 'kevin.oduya@northpeak-ventures.com' },
} satisfies Record<string, MailAddress>;

const OUTLOOK = 'Microsoft Outlook 16.0';
const html = (body: string) =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>` +
  `p.MsoNormal, li.MsoNormal { margin: 0 0 8pt 0; font-size: 11pt; font-family: Calibri, Aptos, sans-serif; } ` +
  `table.grid td, table.grid th { border: 1px solid #c8c8c8; padding: 4px 8px; font-size: 10.5pt; font-family: Calibri, sans-serif; text-align: left; }` +
  `</style></head><body lang="EN-US"><div class="WordSection1">${body}</div></body></html>`;
const p = (s: string) => `<p class="MsoNormal">${s}</p>`;

const VPN_SUBJECT = 'RE: [T20261128.0001] VPN keeps dropping at the Dayton warehouse';
const VPN_ORIGINAL = 'CH3PR11MB7443A1F4E0C2B3D9A8E1F2C6B7D8A@CH3PR11MB7443.namprd11.prod.outlook.com';
const VPN_SAM_REPLY = 'MN2PR05MB71238C2D4E5F6A7B8C9D0E1F2A3B4@MN2PR05MB7123.namprd05.prod.outlook.com';
const VPN_TOM_1 = 'CH3PR11MB7443F0E1D2C3B4A5968778695A4B3@CH3PR11MB7443.namprd11.prod.outlook.com';

const TOM_SIGNATURE = `Tom Becker
IT Coordinator | Fabrikam Logistics
2450 Valley Pike, Dayton, OH 45404 · +1 (937) 555-0188`;

const printerConfigPdf = () =>
  buildPdf('MFC-L8900CDW configuration page', [
    { text: 'Contoso Dental Group – Front desk', size: 16, bold: true },
    { text: 'Printer configuration page (printed 27 Nov 2026 16:12)', size: 10, gap: 2 },
    { text: 'Model: Brother MFC-L8900CDW    Serial: U64208K1N481530', gap: 14 },
    { text: 'Firmware: Main 1.62 / Sub1 1.03    Node name: BRW3C2AF4D1E0A7' },
    { text: 'IPv4: 192.168.10.41 (static)    Gateway: 192.168.10.1    DNS: 192.168.10.5' },
    { text: 'Network', size: 12, bold: true, gap: 12 },
    { text: 'Wired LAN: 100BASE-TX Full    Wireless: Off    SNTP: Off (clock manual)' },
    { text: 'Scan to E-mail Server', size: 12, bold: true, gap: 12 },
    { text: 'SMTP server: smtp.office365.com    Port: 587    Security: STARTTLS' },
    { text: 'SMTP-AUTH: On    Account: scanner@contosodental.com' },
    { text: 'Last send result: Send Failed - Authentication error (535 5.7.139)' },
    { text: 'Last successful send: 27 Nov 2026 11:48' },
    { text: 'Address book', size: 12, bold: true, gap: 12 },
    { text: '01  Front desk      frontdesk@contosodental.com' },
    { text: '02  Billing         billing@contosodental.com' },
    { text: '03  Dr. Chen        w.chen@contosodental.com' },
  ]);

const invite = (uid: string) =>
  utf8(
    [
      'BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:REQUEST',
      'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261124T141500Z', 'DTSTART:20261210T150000Z', 'DTEND:20261210T160000Z',
      'SUMMARY:Quarterly IT review – Contoso Dental Group', 'LOCATION:Contoso Dental Group\\, 85 Elm Street (conference room)',
      'ORGANIZER;CN=Maria Lopez:mailto:maria.lopez@contosodental.com',
      'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Rivera:mailto:sam.rivera@harborline-it.com',
      'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Natarajan:mailto:priya.natarajan@harborline-it.com',
      'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n'),
  );

export const SAMPLE_DEFS: SampleDef[] = [
  {
    id: 'printer-scan',
    subject: "Front desk printer won't scan to email",
    from: PEOPLE.maria,
    to: [PEOPLE.sam],
    cc: [PEOPLE.support],
    date: '2026-11-30T08:12:37-05:00',
    messageId: 'BN8PR19MB2954D3E61C0F4A7B9E2D5C8A1F3B6@BN8PR19MB2954.namprd19.prod.outlook.com',
    thread: 'printer-scan',
    relay: { host: 'NAM12-BN8-obe.outbound.protection.outlook.com', ip: '40.107.212.84' },
    mailer: OUTLOOK,
    unread: true,
    html: html(
      p('Hi Sam,') +
        p('Since Friday afternoon the front desk printer (the Brother MFC-L8900CDW next to reception) won\u2019t scan to email. ' +
          'After we press Start it shows <b>\u201cSend Failed \u2013 Authentication error\u201d</b>. Copying and printing still work fine.') +
        p('We scan the new-patient intake forms to <a href="mailto:frontdesk@contosodental.com">frontdesk@contosodental.com</a> every morning, ' +
          'so for now the team is saving scans to a USB stick and emailing them from the PC, which is slow.') +
        p('I\u2019ve attached the printer\u2019s configuration page in case that helps.') +
        p('Could someone take a look today? Mornings before 10 are the quietest for us.') +
        p('Thank you!<br>Maria') +
        p('<span style="color:#1F4E79"><b>Maria Lopez</b><br>Office Manager | Contoso Dental Group<br>85 Elm Street, Portland, ME 04101 \u00b7 +1 (207) 555-0142</span>'),
    ),
    attachments: [{ name: 'MFC-L8900CDW-configuration-page.pdf', contentType: 'application/pdf', bytes: printerConfigPdf }],
  },
  {
    id: 'vpn-reply',
    subject: VPN_SUBJECT,
    from: PEOPLE.tom,
    to: [PEOPLE.sam],
    cc: [PEOPLE.support],
    date: '2026-11-30T08:20:05-05:00',
    messageId: VPN_TOM_1,
    thread: 'vpn-dayton',
    inReplyTo: VPN_SAM_REPLY,
    references: [VPN_ORIGINAL, VPN_SAM_REPLY],
    relay: { host: 'NAM11-CO1-obe.outbound.protection.outlook.com', ip: '40.107.220.93' },
    mailer: OUTLOOK,
    text: `Hi Sam,

It happened again this morning: three drops between 7:40 and 8:15, each about two minutes. Every time the tunnel goes down the handheld scanners lose their WMS session and the pickers have to log in again, so the morning pick run is already behind.

Nothing changed on our side since Friday as far as I know. Our ISP says the circuit looks clean on their end.

Can someone look at the VPN appliance today? I can pull the logs from the box if that helps.

Thanks,
Tom

${TOM_SIGNATURE}

From: Sam Rivera <sam.rivera@harborline-it.com>
Sent: Saturday, November 28, 2026 4:05 PM
To: Tom Becker <tom.becker@fabrikamlogistics.com>
Cc: Harborline IT Support <support@harborline-it.com>
Subject: RE: [T20261128.0001] VPN keeps dropping at the Dayton warehouse

Hi Tom,

Thanks for the details. I've logged this as ticket T20261128.0001 and raised the dead-peer-detection timers on our side of the tunnel as a first step. Let me know if you see any more drops on Monday.

Best regards,
Sam Rivera
Technician / Dispatcher | Harborline IT

> On Sat, Nov 28, 2026 at 7:55 AM Tom Becker <tom.becker@fabrikamlogistics.com> wrote:
> Hi team,
>
> The site-to-site VPN between the Dayton warehouse and HQ dropped four times
> yesterday afternoon (roughly 2:10, 2:45, 3:30 and 4:05 PM). Each time it came
> back on its own after a couple of minutes.
>
> The warehouse scanners and the label printers all depend on that tunnel.
>
> Tom
`,
  },
  {
    id: 'disk-alert',
    subject: 'Disk space critical on FABRIKAM-DC01 (C: 4% free)',
    from: PEOPLE.rmm,
    to: [PEOPLE.noc],
    cc: [PEOPLE.sam],
    date: '2026-11-30T05:47:12-05:00',
    messageId: '20261130104712.884215.FABRIKAM-DC01@rmm.harborline-it.com',
    thread: 'rmm-884215',
    relay: { host: 'mx1.rmm.harborline-it.com', ip: '198.51.100.7' },
    importance: 'high',
    unread: true,
    categories: ['Urgent'],
    extraHeaders: [['Auto-Submitted', 'auto-generated'], ['X-RMM-Alert-Id', 'RMM-ALRT-884215']],
    text: `ALERT: Disk space critical

Severity:       Critical
Customer:       Fabrikam Logistics
Site:           Dayton HQ
Device:         FABRIKAM-DC01 (Windows Server 2019 Standard, 10.10.0.11)
Monitor:        Disk space - C:
Threshold:      less than 5% free
Current value:  4% free (3.9 GB of 99.4 GB)
First seen:     2026-11-30 05:47 EST
Alert ID:       RMM-ALRT-884215

Largest folders on C:
  C:\\Windows\\SoftwareDistribution\\Download   18.2 GB
  C:\\ProgramData\\Veeam\\Backup\\Logs          11.7 GB
  C:\\Windows\\Temp                            6.4 GB

View device: https://rmm.harborline-it.com/devices/FABRIKAM-DC01
Acknowledge: https://rmm.harborline-it.com/alerts/RMM-ALRT-884215/ack

This alert was generated automatically by Harborline RMM. Do not reply to this message.
`,
  },
  {
    id: 'inline-screenshot',
    subject: 'Error when saving documents to the matter folders',
    from: PEOPLE.jenna,
    to: [PEOPLE.sam],
    date: '2026-11-27T14:03:51-05:00',
    messageId: 'SJ0PR08MB6781B6C2F0A14E9D83B7C5A2E4F10@SJ0PR08MB6781.namprd08.prod.outlook.com',
    thread: 'woodgrove-save-error',
    relay: { host: 'NAM04-SJ0-obe.outbound.protection.outlook.com', ip: '40.107.101.62' },
    mailer: OUTLOOK,
    html: html(
      p('Hi Sam,') +
        p('Since this morning several of us get the error below when we try to save Word documents to the matter folders on the file server. ' +
          'Opening documents works, but saving (even Save As into the same folder) fails. I think it started after last night\u2019s Windows updates.') +
        p('<img width="440" height="170" src="cid:image001.png@01DD6E2A.3F1B5C40" alt="Word error: cannot complete the save due to a file permission error">') +
        p('This affects at least Daniel, Rosa and me. We have a filing deadline on Monday, so anything you can do today would be a great help.') +
        p('Best,<br>Jenna') +
        p('<img width="120" height="32" src="https://www.woodgrovelaw.com/email/logo-woodgrove.png" alt="Woodgrove Law LLP"><br>' +
          '<b>Jenna Park</b> | Practice Manager<br>Woodgrove Law LLP | 1200 Harbor Boulevard, Suite 400, Portland, ME 04101<br>T +1 (207) 555-0134') +
        '<p style="font-size:8pt;color:#767676;font-family:Calibri,sans-serif">CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain ' +
        'privileged attorney-client communications. If you received it in error, please notify the sender and delete it.</p>',
    ),
    attachments: [
      {
        name: 'image001.png',
        contentType: 'image/png',
        contentId: 'image001.png@01DD6E2A.3F1B5C40',
        bytes: () => base64ToBytes(WORD_SAVE_ERROR_PNG_BASE64),
      },
    ],
  },
  {
    id: 'german-printer',
    subject: 'Drucker im Büro druckt nicht – dringend ☕',
    from: PEOPLE.joerg,
    to: [PEOPLE.support],
    cc: [PEOPLE.sam],
    date: '2026-11-30T07:05:44+01:00',
    messageId: '4f1c2a9e-83b7-4d0e-9a51-6c2d7e8f9b10@mueller-baeckerei.de',
    thread: 'mueller-drucker',
    relay: { host: 'mail.mueller-baeckerei.de', ip: '203.0.113.88' },
    mailer: 'Microsoft Outlook 16.0',
    importance: 'high',
    unread: true,
    text: `Hallo Herr Rivera,

seit heute früh druckt der Drucker im Büro (HP LaserJet im ersten Stock) überhaupt nicht mehr. Die Aufträge bleiben in der Warteschlange hängen, der Status lautet „Fehler – Drucken“. Drucker und PC haben wir schon neu gestartet, leider ohne Erfolg.

Wir müssen bis 11 Uhr die Lieferscheine für unsere drei Filialen drucken – es ist also wirklich dringend.

Können Sie sich bitte per Fernwartung aufschalten? Ich bin ab 8 Uhr im Büro.

Viele Grüße aus der Backstube
Jörg Müller

Müller Bäckerei GmbH
Hauptstraße 12 · 79098 Freiburg im Breisgau
Tel. +49 761 555 0190
`,
  },
  {
    id: 'no-subject',
    subject: '',
    from: PEOPLE.maria,
    to: [PEOPLE.sam],
    date: '2026-11-29T19:48:02-05:00',
    messageId: '8B2E4F6A-1C3D-4E5F-9A7B-0C2D4E6F8A1B@contosodental.com',
    thread: 'contoso-new-hire',
    relay: { host: 'NAM12-DM6-obe.outbound.protection.outlook.com', ip: '40.107.223.51' },
    mailer: 'iPhone Mail (22B91)',
    text: `Sam – one more thing before I forget: our new hygienist, Aisha Khan, starts next Monday (Dec 7). She'll need an email account and a login for the front desk and operatory PCs. Can you set that up this week?

Thanks!
Maria

Sent from my iPhone
`,
  },
  {
    id: 'unknown-sender',
    subject: 'Managed IT services for a 25-person office?',
    from: PEOPLE.kevin,
    to: [PEOPLE.support],
    cc: [PEOPLE.sam],
    date: '2026-11-25T16:40:19-05:00',
    messageId: 'CAK7n1Fz4qW9bXo2=Vt3m8RJ5pLd6sE0yHc@mail.gmail.com',
    thread: 'northpeak-inquiry',
    relay: { host: 'mail-sor-f41.google.com', ip: '209.85.220.41' },
    html:
      '<div dir="ltr"><p>Hello Harborline team,</p>' +
      '<p>Maria Lopez at Contoso Dental mentioned you\u2019ve been looking after their IT, so I thought I\u2019d reach out. ' +
      'We\u2019re <b>Northpeak Ventures</b>, a 25-person investment office moving into a new space in January.</p>' +
      '<p>We\u2019re looking for a managed services partner to take over:</p>' +
      '<ul><li>Microsoft 365 administration and security (we have Business Premium)</li>' +
      '<li>Laptops and a few desktops (about 30 devices, mostly Windows)</li>' +
      '<li>Backups and a plan for the new office network and Wi-Fi</li></ul>' +
      '<p>Could you send some information about your plans and pricing, and would you have time for a call next week?</p>' +
      '<p>Best regards,<br>Kevin Oduya<br>Operations Director, Northpeak Ventures<br>+1 (617) 555-0117</p></div>',
  },
  {
    id: 'internal-migration',
    subject: 'Fabrikam server migration – cutover plan for Dec 12',
    from: PEOPLE.priya,
    to: [PEOPLE.sam],
    date: '2026-11-25T11:02:33-05:00',
    messageId: 'MN2PR05MB71230A9B8C7D6E5F4A3B2C1D0E9F8@MN2PR05MB7123.namprd05.prod.outlook.com',
    thread: 'fabrikam-migration',
    relay: { host: 'MN2PR05MB7124.namprd05.prod.outlook.com', ip: '2603:10b6:208:1b4::18' },
    mailer: OUTLOOK,
    categories: ['Internal', 'Project'],
    html: html(
      p('Hi Sam,') +
        p('Here\u2019s the draft cutover plan for the Fabrikam server migration (project P20261002.0007). ' +
          'Tom has agreed to the Saturday Dec 12 window; the warehouse is closed that day.') +
        '<table class="grid" style="border-collapse:collapse"><tr><th>When</th><th>Task</th><th>Owner</th></tr>' +
        '<tr><td>Mon Dec 7</td><td>Final Veeam backup test restore of FABRIKAM-FS01</td><td>Sam</td></tr>' +
        '<tr><td>Wed Dec 9</td><td>Pre-stage new Hyper-V host, replicate VMs</td><td>Priya</td></tr>' +
        '<tr><td>Sat Dec 12, 07:00</td><td>Cutover: FS01, DC01, SQL01; DNS changes</td><td>Priya + Sam</td></tr>' +
        '<tr><td>Sat Dec 12, 13:00</td><td>Smoke tests with Tom (WMS, label printers, VPN)</td><td>Sam</td></tr>' +
        '<tr><td>Mon Dec 14</td><td>Hypercare on site, 07:00\u201312:00</td><td>Sam</td></tr></table>' +
        p('&nbsp;') +
        p('Could you book the time in Autotask against the project tasks and put the Dec 12 cutover on the dispatch calendar? ' +
          'Also note DC01 is already low on disk space \u2013 let\u2019s clean that up before we replicate.') +
        p('Thanks,<br>Priya') +
        p('<span style="color:#1F4E79"><b>Priya Natarajan</b><br>Senior Engineer | Harborline IT</span>'),
    ),
  },
  {
    id: 'large-attachment',
    subject: VPN_SUBJECT,
    from: PEOPLE.tom,
    to: [PEOPLE.sam],
    date: '2026-11-30T09:31:26-05:00',
    messageId: 'CH3PR11MB74439D8E7F6A5B4C3D2E1F0A9B8C7@CH3PR11MB7443.namprd11.prod.outlook.com',
    thread: 'vpn-dayton',
    inReplyTo: VPN_TOM_1,
    references: [VPN_ORIGINAL, VPN_SAM_REPLY, VPN_TOM_1],
    relay: { host: 'NAM11-CO1-obe.outbound.protection.outlook.com', ip: '40.107.220.93' },
    mailer: OUTLOOK,
    unread: true,
    text: `Sam,

As promised, the syslog export from FABRIKAM-VPN01 since Friday morning is attached (about 8 MB zipped). The drops this morning were at 07:41, 07:58 and 08:13.

Let me know if you need anything else from the box.

Tom

${TOM_SIGNATURE}
`,
    attachments: [{ name: LOG_ARCHIVE_NAME, contentType: 'application/x-zip-compressed', size: LOG_ARCHIVE_SIZE, bytes: logArchive }],
  },
  {
    id: 'meeting-invite',
    subject: 'Quarterly IT review – Contoso Dental Group',
    from: PEOPLE.maria,
    to: [PEOPLE.sam],
    cc: [PEOPLE.priya],
    date: '2026-11-24T09:15:00-05:00',
    messageId: 'BN8PR19MB29547E6D5C4B3A2F1E0D9C8B7A6F5@BN8PR19MB2954.namprd19.prod.outlook.com',
    thread: 'contoso-qbr',
    relay: { host: 'NAM12-BN8-obe.outbound.protection.outlook.com', ip: '40.107.212.84' },
    mailer: OUTLOOK,
    itemClass: 'IPM.Schedule.Meeting.Request',
    text: `When: Thursday, December 10, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Contoso Dental Group, 85 Elm Street (conference room)

Hi Sam and Priya,

Let's do our quarterly IT review in person this time. I'd like to go over:
- the open tickets from this quarter
- replacing the two oldest front desk PCs
- the backup report for the imaging server

Maria
`,
    attachments: [{ name: 'invite.ics', contentType: 'text/calendar', bytes: () => invite('040000008200E00074C5B7101A82E0080000000010D6A1B2C3C4DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90') }],
  },
];
