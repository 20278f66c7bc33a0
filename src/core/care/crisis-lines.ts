import { z } from 'zod';

/**
 * Crisis lines and emergency numbers by country, bundled so they show with no network.
 *
 * Every number comes from docs/safety-signals.md section 3 (/work/shared/reference, checked
 * December 2026), cited as that table cites it (host, and path where it gives one). A record the
 * reference marks *unverified*, or that it does not list, is `status: 'unverified'` with a note
 * saying why. The reference asks for every number to be rechecked on the operator's own site
 * before release: this table is the input to that check, not a substitute for it.
 *
 * Dialling: hrefs are digits only. Short codes and freephone numbers (188, 116 123, 0800 ...)
 * are kept in national form: they are dialled that way from a local mobile and most cannot be
 * reached with a + prefix. Ordinary landline and mobile numbers carry the + country prefix,
 * so they also work from a mobile on a foreign SIM.
 */

/** Schema version of the records below; bump it when their shape changes. */
export const CRISIS_DATA_VERSION = 1;

/** A language a line answers in (spoken, so romanised Hindi is 'hi'). */
export const SpokenLang = z.enum(['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'ru', 'ar', 'hi', 'id', 'ja', 'ko', 'zh']);
export type SpokenLang = z.infer<typeof SpokenLang>;

/** ISO 3166-1 alpha-2 country code, upper case ('GB', not 'UK'). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, upper case');
export type CountryCode = z.infer<typeof CountryCode>;

export const TelHref = z.string().regex(/^tel:\+?\d+$/, 'tel: then digits, optional leading +');
export const SmsHref = z.string().regex(/^sms:\+?\d+$/, 'sms: then digits, optional leading +');

/** As the number is written locally ('0800 111 0 111'): digits, spaces, hyphens. */
const DisplayNumber = z.string().regex(/^\d[\d -]*\d$|^\d$/, 'digits with spaces or hyphens');

/** How to reach a line: a tagged union, one entry per way. */
export const Contact = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('call'),
    number: DisplayNumber,
    href: TelHref,
    /** A menu option to choose after the call connects (Indonesia's 119, option 8). */
    press: z.string().regex(/^\d+$/).optional(),
  }),
  z.strictObject({
    kind: z.literal('text'),
    number: DisplayNumber,
    href: SmsHref,
    /** The word to send, where the service asks for one ('SHOUT'). */
    keyword: z.string().regex(/^[A-Z]+$/).optional(),
  }),
  z.strictObject({
    kind: z.literal('chat'),
    /** A web address (host and path, no scheme) or, with `via`, a number on that app. */
    address: z.string().min(1),
    /** The app, when it is not the web ('WhatsApp'). */
    via: z.string().min(1).optional(),
    href: z.string().regex(/^https:\/\//).optional(),
  }),
]);
export type Contact = z.infer<typeof Contact>;

/** When a line answers, only where a page says so. */
export const Hours = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('always') }),
  z.strictObject({ kind: z.literal('daily'), from: z.string().regex(/^\d\d:\d\d$/), to: z.string().regex(/^\d\d:\d\d$/) }),
  z.strictObject({ kind: z.literal('office') }),
]);
export type Hours = z.infer<typeof Hours>;

/** Whether the reference confirms a record, and on which pages. */
export const Verification = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('verified'),
    /** Pages as safety-signals.md section 3 cites them. */
    sources: z.array(z.string().min(1)).min(1),
  }),
  z.strictObject({
    status: z.literal('unverified'),
    /** Why: what the reference says, or that it does not list this. */
    note: z.string().min(1),
    /** Pages where it was seen, if any, for whoever rechecks it. */
    sources: z.array(z.string().min(1)),
  }),
]);
export type Verification = z.infer<typeof Verification>;

/** One crisis or suicide-prevention service in one country. */
export const CrisisLine = z.strictObject({
  /** Stable key: country code and a short name ('br-cvv'). */
  id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/),
  country: CountryCode,
  /** The service's own name, in its own language. */
  name: z.string().min(1),
  contacts: z.array(Contact).min(1),
  /** Languages it answers in: as the reference states, else the country's own language. */
  languages: z.array(SpokenLang).min(1),
  /** Undefined where no page states the hours. */
  hours: Hours.optional(),
  free: z.boolean().optional(),
  /** 'young' for lines meant for children and young people. */
  audience: z.enum(['everyone', 'young']),
  verification: Verification,
  /** For maintainers; not shown to the user. */
  note: z.string().optional(),
});
export type CrisisLine = z.infer<typeof CrisisLine>;

export const EmergencyService = z.enum(['police', 'ambulance', 'fire']);
export type EmergencyService = z.infer<typeof EmergencyService>;

/** One emergency number; all three services means the general number. */
export const EmergencyNumber = z.strictObject({
  number: z.string().regex(/^\d+$/),
  href: TelHref,
  services: z.array(EmergencyService).min(1),
  verification: Verification,
  note: z.string().optional(),
});
export type EmergencyNumber = z.infer<typeof EmergencyNumber>;

/** A country: its emergency numbers and the languages most of its people read. */
export const CrisisCountry = z.strictObject({
  country: CountryCode,
  /** Main languages among ours, first the likeliest; empty when none of ours. Used when a message's language is unknown. */
  languages: z.array(SpokenLang),
  emergency: z.array(EmergencyNumber).min(1),
});
export type CrisisCountry = z.infer<typeof CrisisCountry>;

export const InternationalFallback = z.strictObject({
  name: z.string().min(1),
  url: z.string().regex(/^https:\/\//),
  verification: Verification,
});
export type InternationalFallback = z.infer<typeof InternationalFallback>;

// ---------------------------------------------------------------------------------------------
// Data. Builders keep the rows short; the tests parse every row with the schemas above.

const ALL: EmergencyService[] = ['police', 'ambulance', 'fire'];

const verified = (...sources: string[]): Verification => ({ status: 'verified', sources });
const unverified = (note: string, ...sources: string[]): Verification => ({ status: 'unverified', note, sources });

const digitsOf = (number: string): string => number.replace(/\D/g, '');
/** National form: dialled as written. */
const call = (number: string, press?: string): Contact =>
  press === undefined ? { kind: 'call', number, href: `tel:${digitsOf(number)}` } : { kind: 'call', number, href: `tel:${digitsOf(number)}`, press };
/** International form: + country code, national trunk 0 dropped unless `keepZero` (Italy). */
const callIntl = (number: string, countryCode: string, keepZero = false): Contact => ({
  kind: 'call',
  number,
  href: `tel:+${countryCode}${keepZero ? digitsOf(number) : digitsOf(number).replace(/^0/, '')}`,
});
const text = (number: string, keyword?: string, countryCode?: string): Contact => {
  const digits = countryCode === undefined ? digitsOf(number) : `+${countryCode}${digitsOf(number).replace(/^0/, '')}`;
  return keyword === undefined ? { kind: 'text', number, href: `sms:${digits}` } : { kind: 'text', number, href: `sms:${digits}`, keyword };
};
const web = (address: string): Contact => ({ kind: 'chat', address, href: `https://${address}` });
const emergency = (number: string, services: EmergencyService[], verification: Verification, note?: string): EmergencyNumber =>
  note === undefined
    ? { number, href: `tel:${number}`, services, verification }
    : { number, href: `tel:${number}`, services, verification, note };

const ALWAYS: Hours = { kind: 'always' };
const EU_112 = verified('news.lt, from ec.europa.eu (112 free from any phone in every EU member state)');
/** Rows whose emergency numbers the reference gives without saying which of the row's pages states them. */
const JP_ROW = verified('meikikai-home.com', 'tascalne.com', 'city.akiruno.tokyo.jp', 'pref.ibaraki.jp');
const KR_ROW = verified('newspim.com 2024-01-02', 'eiec.kdi.re.kr', 'joongboo.org');
const ID_ROW = verified('kesprimkom.kemkes.go.id', 'idrtimes.com 2024', 'jabar.antaranews.com 2025');
const NOT_IN_REFERENCE = 'Not in safety-signals.md; widely published, recheck before release.';

/** Crisis lines, each country's main national line first. */
export const CRISIS_LINES: readonly CrisisLine[] = [
  // United States
  {
    id: 'us-988',
    country: 'US',
    name: '988 Suicide & Crisis Lifeline',
    contacts: [call('988'), text('988'), web('988lifeline.org')],
    languages: ['en', 'es'],
    hours: ALWAYS,
    audience: 'everyone',
    verification: verified('mcphs.edu (988 page)', 'familyandcaregivertoolkit.org/988-crisis-lifeline', 'spectrumnews1.com 2023-07-13'),
    note: 'English and Spanish live (Spanish text and chat since July 2023); interpretation for 250+ more languages by phone. Press 1 for the Veterans Crisis Line.',
  },
  {
    id: 'us-crisis-text-line',
    country: 'US',
    name: 'Crisis Text Line',
    contacts: [text('741741')],
    languages: ['en'],
    audience: 'everyone',
    verification: verified('mcphs.edu (988 page)', 'familyandcaregivertoolkit.org/988-crisis-lifeline'),
    note: 'The reference gives the number only (no keyword, no hours).',
  },
  // United Kingdom
  {
    id: 'gb-samaritans',
    country: 'GB',
    name: 'Samaritans',
    contacts: [call('116 123')],
    languages: ['en'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('samaritans.org (contact-samaritan)', 'civilsociety.co.uk'),
  },
  {
    id: 'gb-shout',
    country: 'GB',
    name: 'Shout',
    contacts: [text('85258', 'SHOUT')],
    languages: ['en'],
    hours: ALWAYS,
    audience: 'everyone',
    verification: verified('giveusashout.org/about-us/faq'),
  },
  // Ireland
  {
    id: 'ie-samaritans',
    country: 'IE',
    name: 'Samaritans',
    contacts: [call('116 123')],
    languages: ['en'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('newstalk.com (Samaritans freephone)'),
  },
  {
    id: 'ie-pieta',
    country: 'IE',
    name: 'Pieta',
    contacts: [call('1800 247 247'), text('51444', 'HELP')],
    languages: ['en'],
    hours: ALWAYS,
    audience: 'everyone',
    verification: verified('wicklownow.ie (Pieta)'),
  },
  {
    id: 'ie-50808',
    country: 'IE',
    name: '50808',
    contacts: [text('50808', 'TALK')],
    languages: ['en'],
    hours: ALWAYS,
    audience: 'everyone',
    verification: verified('todayfm.com (50808)'),
  },
  // Australia
  {
    id: 'au-lifeline',
    country: 'AU',
    name: 'Lifeline',
    contacts: [call('13 11 14'), text('0477 13 11 14', undefined, '61')],
    languages: ['en'],
    hours: ALWAYS,
    audience: 'everyone',
    verification: verified('lifeinmind.org.au (Lifeline text 24/7)'),
    note: 'Online chat exists; the reference gives no address for it.',
  },
  // India
  {
    id: 'in-tele-manas',
    country: 'IN',
    name: 'Tele-MANAS',
    contacts: [call('14416'), call('1-800-891-4416')],
    languages: ['hi', 'en'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('theshillongtimes.com 2025-02-07', 'hamarasamachar.in'),
    note: 'Up to 20 languages, chosen by state; also an app with video consultations.',
  },
  // Spain
  {
    id: 'es-024',
    country: 'ES',
    name: '024 Línea de atención a la conducta suicida',
    contacts: [call('024')],
    languages: ['es'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('rtve.es 2022-05-09', 'elnacional.cat (024)'),
  },
  {
    id: 'es-telefono-esperanza',
    country: 'ES',
    name: 'Teléfono de la Esperanza',
    contacts: [call('717 003 717')],
    languages: ['es'],
    audience: 'everyone',
    verification: verified('maldita.es (Esperanza)'),
    note: 'Hours not stated in the reference. A non-geographic number: kept in national form.',
  },
  // Mexico
  {
    id: 'mx-linea-de-la-vida',
    country: 'MX',
    name: 'Línea de la Vida',
    contacts: [call('800 911 2000')],
    languages: ['es'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('eluniversal.com.mx (Línea de la Vida, Dec 2025)'),
  },
  // Brazil
  {
    id: 'br-cvv',
    country: 'BR',
    name: 'CVV – Centro de Valorização da Vida',
    contacts: [call('188'), web('cvv.org.br')],
    languages: ['pt'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('redeglobo.globo.com (CVV)', 'horahnoticia.com.br'),
    note: 'Free from any phone; chat and e-mail at cvv.org.br.',
  },
  // Portugal
  {
    id: 'pt-1411',
    country: 'PT',
    name: 'Linha Nacional de Prevenção do Suicídio',
    contacts: [call('1411')],
    languages: ['pt'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('24noticias.sapo.pt 2025-09', 'dn.pt 2025-09-10'),
    note: 'Opened 10 September 2025.',
  },
  {
    id: 'pt-sns24',
    country: 'PT',
    name: 'SNS 24 – apoio psicológico',
    contacts: [call('808 24 24 24')],
    languages: ['pt'],
    audience: 'everyone',
    verification: verified('24noticias.sapo.pt 2025-09', 'dn.pt 2025-09-10'),
    note: 'Hours not stated in the reference. A non-geographic number: kept in national form.',
  },
  {
    id: 'pt-sos-voz-amiga',
    country: 'PT',
    name: 'SOS Voz Amiga',
    contacts: [callIntl('213 544 545', '351', true), callIntl('912 802 669', '351', true), callIntl('963 524 660', '351', true)],
    languages: ['pt'],
    hours: { kind: 'daily', from: '15:30', to: '00:30' },
    audience: 'everyone',
    verification: verified('24noticias.sapo.pt 2025-09', 'dn.pt 2025-09-10'),
  },
  // France
  {
    id: 'fr-3114',
    country: 'FR',
    name: '3114 – numéro national de prévention du suicide',
    contacts: [call('3114')],
    languages: ['fr'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('3114.fr (que-se-passe-t-il)', 'mayotte.ars.sante.fr', 'francetvinfo.fr 2022-02'),
    note: 'Mainland and overseas. A chat was announced in 2022; its current status is unverified, so it is not listed.',
  },
  // Germany
  {
    id: 'de-telefonseelsorge',
    country: 'DE',
    name: 'TelefonSeelsorge',
    contacts: [call('0800 111 0 111'), call('0800 111 0 222'), web('telefonseelsorge.de')],
    languages: ['de'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('domradio.de (Glossar Telefonseelsorge)', 'spektrum.de 2022-09'),
    note: 'Chat and mail at telefonseelsorge.de.',
  },
  {
    id: 'de-telefonseelsorge-116123',
    country: 'DE',
    name: 'TelefonSeelsorge',
    contacts: [call('116 123')],
    languages: ['de'],
    audience: 'everyone',
    verification: unverified('The reference marks 116 123 in Germany unverified.'),
  },
  // Italy
  {
    id: 'it-telefono-amico',
    country: 'IT',
    name: 'Telefono Amico Italia',
    contacts: [callIntl('02 2327 2327', '39', true), { kind: 'chat', address: '324 011 7252', via: 'WhatsApp' }],
    languages: ['it'],
    hours: { kind: 'daily', from: '09:00', to: '24:00' },
    audience: 'everyone',
    verification: verified('agensir.it/?p=1502724 (2025)', 'fanpage.it'),
    note: 'Not 24/7. WhatsApp Amico on 324 011 7252; also a web form.',
  },
  // Netherlands
  {
    id: 'nl-113',
    country: 'NL',
    name: '113 Zelfmoordpreventie',
    contacts: [call('113'), call('0800-0113'), web('113.nl')],
    languages: ['nl'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('upday.com 2025-10-03', 'nu.nl 2020-07'),
    note: 'Both numbers free since October 2025; anonymous.',
  },
  // Poland
  {
    id: 'pl-centrum-wsparcia',
    country: 'PL',
    name: 'Centrum Wsparcia',
    contacts: [call('800 70 2222')],
    languages: ['pl'],
    hours: ALWAYS,
    audience: 'everyone',
    verification: verified('zdrowie.pap.pl (800 70 2222)'),
    note: 'Chat and e-mail also offered; the reference gives no address.',
  },
  {
    id: 'pl-116123',
    country: 'PL',
    name: 'Telefon zaufania dla osób dorosłych w kryzysie emocjonalnym',
    contacts: [call('116 123')],
    languages: ['pl'],
    audience: 'everyone',
    verification: verified('bytom.slaska.policja.gov.pl (116 123, 2010)'),
    note: 'Current hours unverified (source from 2010).',
  },
  {
    id: 'pl-116111',
    country: 'PL',
    name: 'Telefon zaufania dla dzieci i młodzieży',
    contacts: [call('116 111')],
    languages: ['pl'],
    hours: ALWAYS,
    audience: 'young',
    verification: verified('edukacja.dziennik.pl 2024-01 (116 111)'),
  },
  // Russia
  {
    id: 'ru-detskiy-telefon-doveriya',
    country: 'RU',
    name: 'Детский телефон доверия',
    contacts: [call('8-800-2000-122'), call('124')],
    languages: ['ru'],
    free: true,
    audience: 'young',
    verification: verified('tatishhevskij-r64.gosweb.gosuslugi.ru', 'kch-sch6.narod.ru', 'sergiev.ru'),
    note: 'Children and young people, also for parents; anonymous. 124 is the short number from mobiles. 24/7 in most regions (71 of 85 in 2022). The adult national line is unverified.',
  },
  // Egypt
  {
    id: 'eg-moh-psychological-support',
    country: 'EG',
    name: 'وزارة الصحة – خط الدعم النفسي',
    contacts: [call('080-8880-700'), callIntl('02-2081-6831', '20')],
    languages: ['ar'],
    audience: 'everyone',
    verification: unverified('Launched 2020; the reference marks its current status unverified.', 'cairoscene.com (hotlines)'),
  },
  {
    id: 'eg-16328',
    country: 'EG',
    name: 'الخط الساخن 16328',
    contacts: [call('16328')],
    languages: ['ar'],
    audience: 'everyone',
    verification: unverified('Stated by a third-party atlas only.', 'progress.guide/atlas/africa/egypt'),
  },
  // Indonesia
  {
    id: 'id-healing119',
    country: 'ID',
    name: 'Healing 119 (Kemenkes)',
    contacts: [web('healing119.id')],
    languages: ['id'],
    free: true,
    audience: 'everyone',
    verification: verified('kesprimkom.kemkes.go.id (healing119)'),
    note: 'From 31 July 2025; hours unverified.',
  },
  {
    id: 'id-119-ext-8',
    country: 'ID',
    name: 'Layanan 119 (Kemenkes)',
    contacts: [call('119', '8')],
    languages: ['id'],
    hours: { kind: 'office' },
    audience: 'everyone',
    verification: verified('idrtimes.com 2024'),
    note: '119 extension 8, office hours only (2024).',
  },
  // Japan
  {
    id: 'jp-yorisoi',
    country: 'JP',
    name: 'よりそいホットライン',
    contacts: [call('0120-279-338')],
    languages: ['ja'],
    hours: ALWAYS,
    free: true,
    audience: 'everyone',
    verification: verified('meikikai-home.com', 'tascalne.com (よりそい)'),
    note: 'Includes a foreign-language line; the reference does not say which languages.',
  },
  {
    id: 'jp-inochi-no-denwa',
    country: 'JP',
    name: 'いのちの電話',
    contacts: [call('0120-783-556')],
    languages: ['ja'],
    hours: { kind: 'daily', from: '16:00', to: '21:00' },
    free: true,
    audience: 'everyone',
    verification: verified('city.akiruno.tokyo.jp (いのちの電話 hours)'),
    note: 'Also on the 10th of each month from 8:00 to 8:00 the next day.',
  },
  {
    id: 'jp-kokoro-no-kenko',
    country: 'JP',
    name: 'こころの健康相談統一ダイヤル',
    contacts: [call('0570-064-556')],
    languages: ['ja'],
    audience: 'everyone',
    verification: verified('pref.ibaraki.jp'),
    note: 'Hours not stated in the reference (they vary by prefecture).',
  },
  // South Korea
  {
    id: 'kr-109',
    country: 'KR',
    name: '자살예방 상담전화 109',
    contacts: [call('109')],
    languages: ['ko'],
    hours: ALWAYS,
    audience: 'everyone',
    verification: verified('newspim.com 2024-01-02', 'eiec.kdi.re.kr', 'joongboo.org'),
    note: 'Replaced 1393 on 1 January 2024. SNS/text service planned (unverified).',
  },
  // China
  {
    id: 'cn-12356',
    country: 'CN',
    name: '12356 全国心理援助热线',
    contacts: [call('12356')],
    languages: ['zh'],
    audience: 'everyone',
    verification: verified('zsrbapp.zsnews.cn', "People's Daily report mirrored at m.westislandcabinetmaking.com"),
    note: 'All regions connected by 1 May 2025. Many local centres answer 24h; hours vary.',
  },
];

/** Every country with an emergency number: those the reference lists, then others our languages reach. */
export const CRISIS_COUNTRIES: readonly CrisisCountry[] = [
  { country: 'US', languages: ['en'], emergency: [emergency('911', ALL, verified('emergencyphysicians.org'))] },
  { country: 'GB', languages: ['en'], emergency: [emergency('999', ALL, verified('samaritans.org (contact-samaritan)', 'civilsociety.co.uk', 'giveusashout.org/about-us/faq'), 'The reference lists 999 on the UK row without naming which page states it.')] },
  { country: 'IE', languages: ['en'], emergency: [emergency('112', ALL, verified('www2.hse.ie/emergencies/when-to-call-112-or-999')), emergency('999', ALL, verified('www2.hse.ie/emergencies/when-to-call-112-or-999'))] },
  { country: 'AU', languages: ['en'], emergency: [emergency('000', ALL, verified('sbs.com.au (000)', 'en.wikipedia.org/wiki/000_(emergency_telephone_number)'), '112 from mobiles is redirected to 000.')] },
  { country: 'IN', languages: ['en', 'hi'], emergency: [emergency('112', ALL, verified('lokmattimes.com (ERSS-112)'))] },
  { country: 'ES', languages: ['es'], emergency: [emergency('112', ALL, EU_112)] },
  { country: 'MX', languages: ['es'], emergency: [emergency('911', ALL, verified('gob.mx/policiafederal (911)'))] },
  {
    country: 'BR',
    languages: ['pt'],
    emergency: [
      emergency('192', ['ambulance'], verified('storelatina.com (three numbers)'), 'SAMU'),
      emergency('190', ['police'], verified('storelatina.com (three numbers)')),
      emergency('193', ['fire'], verified('storelatina.com (three numbers)')),
    ],
  },
  { country: 'PT', languages: ['pt'], emergency: [emergency('112', ALL, EU_112)] },
  {
    country: 'FR',
    languages: ['fr'],
    emergency: [emergency('112', ALL, EU_112), emergency('15', ['ambulance'], unverified('SAMU; the reference marks 15 unverified.'))],
  },
  { country: 'DE', languages: ['de'], emergency: [emergency('112', ALL, EU_112)] },
  { country: 'IT', languages: ['it'], emergency: [emergency('112', ALL, EU_112)] },
  { country: 'NL', languages: ['nl'], emergency: [emergency('112', ALL, EU_112)] },
  { country: 'PL', languages: ['pl'], emergency: [emergency('112', ALL, EU_112)] },
  { country: 'TR', languages: ['tr'], emergency: [emergency('112', ALL, verified('trthaber.com 2021-10-11', 'sinopism.saglik.gov.tr'), 'Single number for all emergencies since 2021.')] },
  { country: 'RU', languages: ['ru'], emergency: [emergency('112', ALL, verified('tatishhevskij-r64.gosweb.gosuslugi.ru', 'kch-sch6.narod.ru', 'sergiev.ru'), 'Also 101, 102, 103.')] },
  {
    country: 'EG',
    languages: ['ar'],
    emergency: [
      emergency('123', ['ambulance'], unverified('Third-party source only.', 'progress.guide/atlas/africa/egypt')),
      emergency('122', ['police'], unverified('Third-party source only.', 'docslib.org 2021 OSAC Egypt (122)')),
    ],
  },
  {
    country: 'SA',
    languages: ['ar'],
    emergency: [
      emergency('911', ALL, unverified('The reference marks Saudi Arabia unverified, not researched. ' + NOT_IN_REFERENCE)),
      emergency('997', ['ambulance'], unverified('The reference marks Saudi Arabia unverified, not researched. ' + NOT_IN_REFERENCE)),
    ],
  },
  {
    country: 'ID',
    languages: ['id'],
    emergency: [
      emergency('112', ALL, ID_ROW, 'Live in 141 regencies and cities in 2025, not everywhere.'),
      emergency('119', ['ambulance'], ID_ROW),
      emergency('110', ['police'], ID_ROW),
    ],
  },
  {
    country: 'JP',
    languages: ['ja'],
    emergency: [emergency('119', ['ambulance', 'fire'], JP_ROW), emergency('110', ['police'], JP_ROW)],
  },
  {
    country: 'KR',
    languages: ['ko'],
    emergency: [emergency('119', ['ambulance', 'fire'], KR_ROW), emergency('112', ['police'], KR_ROW)],
  },
  {
    country: 'CN',
    languages: ['zh'],
    emergency: [
      emergency('120', ['ambulance'], verified('kiwix zh 112 page')),
      emergency('110', ['police'], verified('kiwix zh 112 page')),
      emergency('119', ['fire'], verified('kiwix zh 112 page')),
    ],
  },

  // Not in the reference's table. EU members are covered by its EU-wide 112 source; the rest
  // are widely published numbers, marked unverified until rechecked.
  { country: 'AT', languages: ['de'], emergency: [emergency('112', ALL, EU_112)] },
  { country: 'BE', languages: ['nl', 'fr', 'de'], emergency: [emergency('112', ALL, EU_112)] },
  { country: 'LU', languages: ['fr', 'de'], emergency: [emergency('112', ALL, EU_112)] },
  ...(['BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'GR', 'HU', 'LV', 'LT', 'MT', 'RO', 'SK', 'SI', 'SE'] as const).map(
    (country): CrisisCountry => ({ country, languages: [], emergency: [emergency('112', ALL, EU_112)] }),
  ),
  { country: 'CH', languages: ['de', 'fr', 'it'], emergency: [emergency('112', ALL, unverified(NOT_IN_REFERENCE)), emergency('144', ['ambulance'], unverified(NOT_IN_REFERENCE))] },
  { country: 'CA', languages: ['en', 'fr'], emergency: [emergency('911', ALL, unverified(NOT_IN_REFERENCE))] },
  { country: 'NZ', languages: ['en'], emergency: [emergency('111', ALL, unverified(NOT_IN_REFERENCE))] },
  { country: 'NG', languages: ['en'], emergency: [emergency('112', ALL, unverified(NOT_IN_REFERENCE))] },
  {
    country: 'ZA',
    languages: ['en'],
    emergency: [emergency('10177', ['ambulance'], unverified(NOT_IN_REFERENCE)), emergency('10111', ['police'], unverified(NOT_IN_REFERENCE)), emergency('112', ALL, unverified(NOT_IN_REFERENCE), 'From mobiles.')],
  },
  { country: 'SG', languages: ['en', 'zh'], emergency: [emergency('995', ['ambulance', 'fire'], unverified(NOT_IN_REFERENCE)), emergency('999', ['police'], unverified(NOT_IN_REFERENCE))] },
  { country: 'PH', languages: ['en'], emergency: [emergency('911', ALL, unverified(NOT_IN_REFERENCE))] },
  { country: 'AR', languages: ['es'], emergency: [emergency('911', ALL, unverified(NOT_IN_REFERENCE), 'Coverage varies by province; 107 ambulance.')] },
  { country: 'CO', languages: ['es'], emergency: [emergency('123', ALL, unverified(NOT_IN_REFERENCE))] },
  { country: 'CL', languages: ['es'], emergency: [emergency('131', ['ambulance'], unverified(NOT_IN_REFERENCE)), emergency('133', ['police'], unverified(NOT_IN_REFERENCE))] },
  { country: 'AE', languages: ['ar'], emergency: [emergency('998', ['ambulance'], unverified(NOT_IN_REFERENCE)), emergency('999', ['police'], unverified(NOT_IN_REFERENCE))] },
  { country: 'JO', languages: ['ar'], emergency: [emergency('911', ALL, unverified(NOT_IN_REFERENCE))] },
  { country: 'MA', languages: ['ar', 'fr'], emergency: [emergency('15', ['ambulance', 'fire'], unverified(NOT_IN_REFERENCE)), emergency('19', ['police'], unverified(NOT_IN_REFERENCE))] },
  { country: 'LB', languages: ['ar'], emergency: [emergency('140', ['ambulance'], unverified(NOT_IN_REFERENCE), 'Lebanese Red Cross.'), emergency('112', ['police'], unverified(NOT_IN_REFERENCE))] },
  { country: 'TW', languages: ['zh'], emergency: [emergency('119', ['ambulance', 'fire'], unverified(NOT_IN_REFERENCE)), emergency('110', ['police'], unverified(NOT_IN_REFERENCE))] },
  { country: 'HK', languages: ['zh', 'en'], emergency: [emergency('999', ALL, unverified(NOT_IN_REFERENCE))] },
];

/** Shown to everyone, after any line: a directory of helplines and the local emergency number. */
export const INTERNATIONAL_FALLBACK: InternationalFallback = {
  name: 'Find A Helpline',
  url: 'https://findahelpline.com',
  verification: verified('lifeline-international.com, April 2024', 'developer.throughlinecare.com/general'),
};
