import { describe, expect, it } from 'vitest';
import { CARE_LANGS, PHRASES, type CareLang } from './phrases.ts';
import { careLangOf, crisisResourcesFor, regionOfLocale, type CrisisResourcesView } from './resources.ts';

const ids = (view: CrisisResourcesView): string[] => view.lines.map((line) => line.id);
const countries = (view: CrisisResourcesView): string[] => [...new Set(view.lines.map((line) => line.country))];
const allHrefs = (view: CrisisResourcesView): string[] => [
  ...view.lines.flatMap((line) => line.contacts.flatMap((contact) => (contact.href === undefined ? [] : [contact.href]))),
  ...(view.emergency?.numbers.map((entry) => entry.href) ?? []),
];
const ENGLISH_HEADING = 'If you are thinking about ending your life or are in danger, please reach out now.';
const ENGLISH_CLOSING = 'You can also tell someone you trust. This companion is an AI and cannot call for help.';

/** What each language's heading must be written in. */
const SCRIPT: Record<CareLang, RegExp> = {
  en: /^If you are thinking/,
  es: /vida/,
  pt: /vida/,
  fr: /jours/,
  de: /Leben/,
  it: /vita/,
  nl: /leven/,
  pl: /życia/,
  tr: /Hayatına/,
  ru: /[\u0400-\u04FF]/,
  ar: /[\u0600-\u06FF]/,
  hi: /[\u0900-\u097F]/,
  'hi-Latn': /^[\x20-\x7E]+$/,
  id: /hidup/,
  ja: /[\u3040-\u30FF]/,
  ko: /[\uAC00-\uD7AF]/,
  zh: /[\u4E00-\u9FFF]/,
};

describe('each language gets its own words', () => {
  it.each(CARE_LANGS.map((lang) => [lang] as const))('%s', (lang) => {
    const view = crisisResourcesFor({ lang, region: undefined });
    expect(view.lang).toBe(lang);
    expect(view.heading).toBe(PHRASES[lang].heading);
    expect(view.heading).toMatch(SCRIPT[lang]);
    expect(view.closing).toBe(PHRASES[lang].closing);
    if (lang !== 'en') {
      expect(view.heading).not.toBe(ENGLISH_HEADING);
      expect(view.closing).not.toBe(ENGLISH_CLOSING);
    }
    expect(view.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(view.fallback.href).toBe('https://findahelpline.com');
    expect(view.fallback.text).toContain('findahelpline.com');
    expect(view.fallback.localEmergency).toBe(PHRASES[lang].localEmergency);
  });
  it('English keeps the wording the app shows today', () => {
    const view = crisisResourcesFor({ lang: 'en', region: 'US' });
    expect(view.heading).toBe(ENGLISH_HEADING);
    expect(view.closing).toBe(ENGLISH_CLOSING);
  });
  it('every phrase is filled in for every language', () => {
    const keys = Object.keys(PHRASES.en).sort();
    for (const lang of CARE_LANGS) {
      expect(Object.keys(PHRASES[lang]).sort(), lang).toEqual(keys);
      for (const [key, value] of Object.entries(PHRASES[lang])) expect(value.trim().length, `${lang}.${key}`).toBeGreaterThan(0);
    }
  });
  it('romanised Hindi is not Devanagari, and Devanagari Hindi is not romanised', () => {
    expect(crisisResourcesFor({ lang: 'hi-Latn', region: 'IN' }).closing).toMatch(/^[\x20-\x7E]+$/);
    expect(crisisResourcesFor({ lang: 'hi', region: 'IN' }).closing).toMatch(/[\u0900-\u097F]/);
  });
});

describe('the region comes first, then the language, then the world', () => {
  it.each([
    ['pt', 'BR', ['br-cvv', 'pt-1411']],
    ['pt', 'PT', ['pt-1411', 'pt-sns24', 'pt-sos-voz-amiga', 'br-cvv']],
    ['es', 'MX', ['mx-linea-de-la-vida', 'es-024', 'us-988']],
    ['es', 'US', ['us-988', 'us-crisis-text-line', 'es-024', 'mx-linea-de-la-vida']],
    ['ja', 'JP', ['jp-yorisoi', 'jp-inochi-no-denwa', 'jp-kokoro-no-kenko']],
    ['en', 'GB', ['gb-samaritans', 'gb-shout', 'us-988', 'ie-samaritans', 'au-lifeline', 'in-tele-manas']],
    ['ko', 'KR', ['kr-109']],
    ['zh', 'CN', ['cn-12356']],
    ['fr', 'FR', ['fr-3114']],
    ['pl', 'PL', ['pl-centrum-wsparcia', 'pl-116123', 'pl-116111']],
  ])('%s in %s', (lang, region, expected) => {
    expect(ids(crisisResourcesFor({ lang, region }))).toEqual(expected);
  });

  it('pt + BR: CVV first, with Brazil’s three emergency numbers', () => {
    const view = crisisResourcesFor({ lang: 'pt', region: 'BR' });
    expect(view.lines[0]).toMatchObject({ id: 'br-cvv', inRegion: true, countryName: expect.stringMatching(/Brasil/) });
    expect(view.lines[0]?.contacts[0]).toEqual({ kind: 'call', text: 'Ligue 188', href: 'tel:188' });
    expect(view.emergency?.numbers.map((entry) => entry.number)).toEqual(['192', '190', '193']);
    expect(view.emergency?.text).toContain('Ambulância 192');
  });

  it('es + MX: Línea de la Vida, 911, then Spain', () => {
    const view = crisisResourcesFor({ lang: 'es', region: 'MX' });
    expect(view.lines[0]?.contacts[0]).toEqual({ kind: 'call', text: 'Llama al 800 911 2000', href: 'tel:8009112000' });
    expect(view.emergency?.numbers).toEqual([{ number: '911', href: 'tel:911', label: 'Emergencias', verified: true }]);
    expect(view.lines[1]).toMatchObject({ id: 'es-024', inRegion: false });
  });

  it('ja + JP: Japanese details and 119 / 110', () => {
    const view = crisisResourcesFor({ lang: 'ja', region: 'JP' });
    expect(view.lines[0]?.details).toEqual(['無料', '24時間']);
    expect(view.lines[1]?.details).toEqual(['無料', '毎日 16:00～21:00']);
    expect(view.emergency?.numbers.map((entry) => [entry.number, entry.label])).toEqual([
      ['119', '救急 / 消防'],
      ['110', '警察'],
    ]);
  });

  it('ar + EG: right to left, numbers kept left to right, unverified lines marked', () => {
    const view = crisisResourcesFor({ lang: 'ar', region: 'EG' });
    expect(view.dir).toBe('rtl');
    expect(ids(view)).toEqual(['eg-moh-psychological-support', 'eg-16328']);
    expect(view.lines.every((line) => !line.verified && line.details.includes('غير مؤكد'))).toBe(true);
    expect(view.lines[0]?.contacts[0]?.text).toBe('اتصل على \u2066080-8880-700\u2069');
    expect(view.lines[0]?.contacts[1]?.href).toBe('tel:+20220816831');
    expect(view.emergency?.numbers.every((entry) => !entry.verified)).toBe(true);
    expect(view.fallback.text).toContain('\u2066findahelpline.com\u2069');
  });

  it('ar with no region: right to left, the Arabic-speaking lines, no emergency number', () => {
    const view = crisisResourcesFor({ lang: 'ar', region: undefined });
    expect(view.dir).toBe('rtl');
    expect(countries(view)).toEqual(['EG']);
    expect(view.emergency).toBeUndefined();
  });

  it.each([undefined, 'XX', 'not a region'])('an unknown region (%s) falls back to the language’s countries, then the world', (region) => {
    const view = crisisResourcesFor({ lang: 'es', region });
    expect(ids(view)).toEqual(['es-024', 'mx-linea-de-la-vida', 'us-988']);
    expect(view.lines.every((line) => !line.inRegion)).toBe(true);
    expect(view.emergency).toBeUndefined();
    expect(view.fallback.text).toContain('findahelpline.com');
    expect(view.fallback.localEmergency).toBe(PHRASES.es.localEmergency);
  });

  it('other countries show one line each, never a youth line', () => {
    const view = crisisResourcesFor({ lang: 'en', region: undefined });
    expect(countries(view)).toEqual(['US', 'GB', 'IE', 'AU', 'IN']);
    expect(ids(view)).toHaveLength(5);
    expect(ids(crisisResourcesFor({ lang: 'ru', region: 'DE' }))).toEqual(['de-telefonseelsorge', 'de-telefonseelsorge-116123']);
  });

  it('the region’s own youth line is shown, and says who it is for', () => {
    const view = crisisResourcesFor({ lang: 'ru', region: 'RU' });
    expect(view.lines[0]).toMatchObject({ id: 'ru-detskiy-telefon-doveriya', details: ['для детей и подростков', 'бесплатно'] });
  });

  it('every href in every view dials digits or opens https', () => {
    for (const lang of CARE_LANGS) {
      for (const region of ['US', 'BR', 'PT', 'MX', 'JP', 'EG', 'IT', 'ID', 'AU', 'IE', undefined]) {
        for (const href of allHrefs(crisisResourcesFor({ lang, region }))) expect(href).toMatch(/^(?:(?:tel|sms):\+?\d+|https:\/\/[\w./-]+)$/);
      }
    }
  });
});

describe('a region with no crisis line still gets its emergency number and the fallback', () => {
  it('tr + TR: 112, no line, findahelpline', () => {
    const view = crisisResourcesFor({ lang: 'tr', region: 'TR' });
    expect(view.lines).toEqual([]);
    expect(view.emergency?.numbers).toEqual([{ number: '112', href: 'tel:112', label: 'Acil çağrı', verified: true }]);
    expect(view.emergency?.text).toMatch(/^Acil çağrı \(Türkiye\): 112$/);
    expect(view.fallback.text).toContain('findahelpline.com');
  });
  it('en + CA: 911 marked unverified, then English lines elsewhere', () => {
    const view = crisisResourcesFor({ lang: 'en', region: 'CA' });
    expect(view.emergency?.numbers).toEqual([{ number: '911', href: 'tel:911', label: 'Emergency', verified: false }]);
    expect(view.emergency?.text).toBe('Emergency (Canada): 911 (not yet confirmed)');
    expect(countries(view)).toEqual(['US', 'GB', 'IE', 'AU', 'IN']);
  });
  it('de + AT: the EU 112, then Germany', () => {
    const view = crisisResourcesFor({ lang: 'de', region: 'AT' });
    expect(view.emergency?.numbers[0]).toMatchObject({ number: '112', verified: true });
    expect(view.lines[0]).toMatchObject({ id: 'de-telefonseelsorge', inRegion: false });
  });
  it('ar + SA: emergency numbers, unverified, then Egypt', () => {
    const view = crisisResourcesFor({ lang: 'ar', region: 'SA' });
    expect(view.emergency?.numbers.map((entry) => [entry.number, entry.verified])).toEqual([
      ['911', false],
      ['997', false],
    ]);
    expect(countries(view)).toEqual(['EG']);
  });
});

describe('when the message language is unknown', () => {
  it.each([
    [undefined, 'BR', 'pt'],
    [undefined, 'JP', 'ja'],
    [undefined, 'IN', 'en'],
    [undefined, 'CZ', 'en'],
    [undefined, undefined, 'en'],
    ['sw', 'MX', 'es'],
    ['pt-BR', undefined, 'pt'],
    ['zh-Hant', 'TW', 'zh'],
    ['HI-LATN', 'IN', 'hi-Latn'],
  ])('lang %s, region %s -> %s', (lang, region, expected) => {
    expect(crisisResourcesFor({ lang, region }).lang).toBe(expected);
  });
  it('uses the same answer every time (pure)', () => {
    expect(crisisResourcesFor({ lang: 'fr', region: 'BE' })).toEqual(crisisResourcesFor({ lang: 'fr', region: 'BE' }));
  });
  it('accepts "UK" for Great Britain', () => {
    expect(crisisResourcesFor({ lang: 'en', region: 'UK' }).lines[0]?.id).toBe('gb-samaritans');
  });
});

describe('careLangOf', () => {
  it.each([
    ['en', 'en'],
    ['hi-Latn', 'hi-Latn'],
    ['hi-latn', 'hi-Latn'],
    ['fr-CA', 'fr'],
    ['xx', undefined],
    [undefined, undefined],
  ])('%s -> %s', (tag, expected) => {
    expect(careLangOf(tag)).toBe(expected);
  });
});

describe('regionOfLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['pt-BR', 'BR'],
    ['zh-Hant-TW', 'TW'],
    ['sr-Latn-RS', 'RS'],
    ['en_US', 'US'],
    ['en_US.UTF-8', 'US'],
    ['de-at', 'AT'],
    ['en-US-u-ca-gregory', 'US'],
    ['en-UK', 'GB'],
    ['fr', undefined],
    ['zh-Hant', undefined],
    ['es-419', undefined],
    ['', undefined],
    ['x-private', undefined],
    ['12-34', undefined],
  ])('%s -> %s', (locale, expected) => {
    expect(regionOfLocale(locale)).toBe(expected);
  });
});
