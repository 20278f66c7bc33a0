import { describe, expect, it } from 'vitest';
import {
  CRISIS_COUNTRIES,
  CRISIS_LINES,
  CrisisCountry,
  CrisisLine,
  EmergencyNumber,
  INTERNATIONAL_FALLBACK,
  InternationalFallback,
  type Contact,
} from './crisis-lines.ts';

const hrefs = [
  ...CRISIS_LINES.flatMap((line) => line.contacts.flatMap((contact) => (contact.kind === 'chat' ? [] : [contact.href]))),
  ...CRISIS_COUNTRIES.flatMap((country) => country.emergency.map((entry) => entry.href)),
];
const dialled = CRISIS_LINES.flatMap((line) =>
  line.contacts.filter((contact): contact is Extract<Contact, { kind: 'call' | 'text' }> => contact.kind !== 'chat').map((contact) => ({ line: line.id, contact })),
);
const verificationOf = (id: string) => CRISIS_LINES.find((line) => line.id === id)?.verification.status;
const emergencyOf = (country: string) => CRISIS_COUNTRIES.find((entry) => entry.country === country)?.emergency ?? [];

describe('crisis data parses with its schemas', () => {
  it.each(CRISIS_LINES.map((line) => [line.id, line] as const))('line %s', (_id, line) => {
    expect(() => CrisisLine.parse(line)).not.toThrow();
  });
  it.each(CRISIS_COUNTRIES.map((country) => [country.country, country] as const))('country %s', (_code, country) => {
    expect(() => CrisisCountry.parse(country)).not.toThrow();
  });
  it('international fallback', () => {
    expect(InternationalFallback.parse(INTERNATIONAL_FALLBACK).url).toBe('https://findahelpline.com');
  });
  it('ids and countries are unique, and every line has its country', () => {
    expect(new Set(CRISIS_LINES.map((line) => line.id)).size).toBe(CRISIS_LINES.length);
    const countries = CRISIS_COUNTRIES.map((entry) => entry.country);
    expect(new Set(countries).size).toBe(countries.length);
    for (const line of CRISIS_LINES) expect(countries, line.id).toContain(line.country);
  });
});

describe('the schemas reject bad records', () => {
  const good = CRISIS_LINES[0];
  if (good === undefined) throw new Error('no lines');
  it.each([
    ['a spaced href', { ...good, contacts: [{ kind: 'call', number: '988', href: 'tel:9 88' }] }],
    ['a tel href with a dash', { ...good, contacts: [{ kind: 'call', number: '0800-0113', href: 'tel:0800-0113' }] }],
    ['a plus in the middle', { ...good, contacts: [{ kind: 'text', number: '988', href: 'sms:98+8' }] }],
    ['a wrong scheme', { ...good, contacts: [{ kind: 'text', number: '988', href: 'tel:988' }] }],
    ['a lower-case country', { ...good, country: 'us' }],
    ['an alpha-3 code', { ...good, country: 'GBR' }],
    ['no contacts', { ...good, contacts: [] }],
    ['verified without a source', { ...good, verification: { status: 'verified', sources: [] } }],
    ['unverified without a reason', { ...good, verification: { status: 'unverified', note: '', sources: [] } }],
    ['a language we do not tag', { ...good, languages: ['sw'] }],
    ['an unknown field', { ...good, url: 'https://example.org' }],
  ])('%s', (_why, record) => {
    expect(CrisisLine.safeParse(record).success).toBe(false);
  });
  it('an emergency number needs a dialable href', () => {
    expect(EmergencyNumber.safeParse({ number: '112', href: 'tel:1 12', services: ['police'], verification: { status: 'verified', sources: ['x'] } }).success).toBe(false);
  });
});

describe('hrefs dial', () => {
  it.each(hrefs)('%s is digits with an optional leading +', (href) => {
    expect(href).toMatch(/^(?:tel|sms):\+?\d+$/);
  });
  it.each(dialled.map(({ line, contact }) => [line, contact.number, contact] as const))('%s %s dials the number shown', (_line, _number, contact) => {
    const dialledDigits = contact.href.replace(/^(?:tel|sms):/, '');
    const shown = contact.number.replace(/\D/g, '');
    if (dialledDigits.startsWith('+')) expect(dialledDigits.endsWith(shown.replace(/^0/, ''))).toBe(true);
    else expect(dialledDigits).toBe(shown);
  });
});

describe('coverage follows safety-signals.md section 3', () => {
  const listed = ['US', 'GB', 'IE', 'AU', 'IN', 'ES', 'MX', 'BR', 'PT', 'FR', 'DE', 'IT', 'NL', 'PL', 'TR', 'RU', 'EG', 'SA', 'ID', 'JP', 'KR', 'CN'];
  it.each(listed)('%s has an emergency number', (country) => {
    expect(emergencyOf(country).length).toBeGreaterThan(0);
  });
  it.each(listed.filter((country) => !['TR', 'SA'].includes(country)))('%s has a crisis line', (country) => {
    expect(CRISIS_LINES.some((line) => line.country === country)).toBe(true);
  });
  it('has no line the reference does not list', () => {
    for (const line of CRISIS_LINES) expect(listed, line.id).toContain(line.country);
  });
  it('marks what the reference marks unverified', () => {
    expect(verificationOf('de-telefonseelsorge-116123')).toBe('unverified');
    expect(verificationOf('eg-moh-psychological-support')).toBe('unverified');
    expect(verificationOf('eg-16328')).toBe('unverified');
    expect(emergencyOf('FR').find((entry) => entry.number === '15')?.verification.status).toBe('unverified');
    for (const entry of [...emergencyOf('EG'), ...emergencyOf('SA')]) expect(entry.verification.status).toBe('unverified');
  });
  it('records the changes the reference warns about', () => {
    expect(CRISIS_LINES.find((line) => line.id === 'kr-109')?.contacts[0]).toMatchObject({ href: 'tel:109' });
    expect(CRISIS_LINES.find((line) => line.id === 'cn-12356')?.contacts[0]).toMatchObject({ href: 'tel:12356' });
    expect(CRISIS_LINES.find((line) => line.id === 'pt-1411')?.contacts[0]).toMatchObject({ href: 'tel:1411' });
    expect(CRISIS_LINES.find((line) => line.id === 'it-telefono-amico')?.hours).toEqual({ kind: 'daily', from: '09:00', to: '24:00' });
  });
  it('cites a page for every verified record, and a reason for every unverified one', () => {
    const verifications = [...CRISIS_LINES.map((line) => line.verification), ...CRISIS_COUNTRIES.flatMap((country) => country.emergency.map((entry) => entry.verification))];
    for (const verification of verifications) {
      if (verification.status === 'verified') expect(verification.sources.length).toBeGreaterThan(0);
      else expect(verification.note.length).toBeGreaterThan(0);
    }
  });
});
