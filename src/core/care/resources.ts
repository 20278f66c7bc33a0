import {
  CRISIS_COUNTRIES,
  CRISIS_LINES,
  INTERNATIONAL_FALLBACK,
  type Contact,
  type CrisisCountry,
  type CrisisLine,
  type EmergencyNumber,
  type SpokenLang,
} from './crisis-lines.ts';
import { CARE_LANGS, PHRASES, type CareLang, type CarePhrases } from './phrases.ts';

/** One way to reach a line, worded for the reader; `href` where a tap can dial or open it. */
export interface ContactView {
  readonly kind: Contact['kind'];
  readonly text: string;
  readonly href?: string;
}

/** A crisis line as shown: its country, name, ways to reach it and short details (free, hours). */
export interface LineView {
  readonly id: string;
  readonly country: string;
  readonly countryName: string;
  readonly name: string;
  readonly contacts: readonly ContactView[];
  /** Short notes in the reader's language, to join with ' · '. Includes the unverified mark. */
  readonly details: readonly string[];
  readonly verified: boolean;
  /** True for the lines of the reader's own region. */
  readonly inRegion: boolean;
}

export interface EmergencyNumberView {
  readonly number: string;
  readonly href: string;
  /** 'Emergency' for a general number, else the services ('Police', 'Ambulance / Fire'). */
  readonly label: string;
  readonly verified: boolean;
}

export interface EmergencyView {
  readonly country: string;
  readonly countryName: string;
  /** One line: 'Emergency (Brazil): Ambulance 192 · Police 190 · Fire 193'. */
  readonly text: string;
  readonly numbers: readonly EmergencyNumberView[];
}

/** Everything the crisis box shows, in one language and reading direction. */
export interface CrisisResourcesView {
  readonly lang: CareLang;
  readonly dir: 'ltr' | 'rtl';
  readonly label: string;
  readonly heading: string;
  /** The region's emergency numbers; undefined when the region is unknown or not in the table. */
  readonly emergency?: EmergencyView;
  /** The region's lines first, then one line from each other country that answers in the reader's language. */
  readonly lines: readonly LineView[];
  readonly fallback: { readonly text: string; readonly href: string; readonly localEmergency: string };
  readonly closing: string;
}

export interface CrisisQuery {
  /** The message's language as the reader tags it (en, es, ..., hi-Latn, zh); undefined when unknown. */
  readonly lang?: string | undefined;
  /** ISO 3166-1 country from the browser locale ('BR'); undefined when unknown. */
  readonly region?: string | undefined;
}

const RTL: ReadonlySet<CareLang> = new Set<CareLang>(['ar']);
/** Regions people write that are not ISO codes. */
const REGION_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * Crisis resources for one reader, in their language: heading, the region's emergency numbers,
 * the region's lines, lines elsewhere in the reader's language, the international fallback and
 * a closing line. With no language, uses the region's main language, else English.
 */
export function crisisResourcesFor(query: CrisisQuery): CrisisResourcesView {
  const region = canonicalRegion(query.region);
  const country = region === undefined ? undefined : CRISIS_COUNTRIES.find((entry) => entry.country === region);
  const lang = careLangOf(query.lang) ?? defaultLang(country);
  const phrases = PHRASES[lang];
  const dir = RTL.has(lang) ? 'rtl' : 'ltr';
  const isolate = dir === 'rtl' ? isolateLtr : (value: string) => value;
  const nameOf = countryNamer(lang);
  const spoken = spokenOf(lang);

  const local = CRISIS_LINES.filter((line) => line.country === region);
  const elsewhere = otherLines(region, spoken);
  const lines = [
    ...local.map((line) => viewLine(line, true, phrases, nameOf, isolate)),
    ...elsewhere.map((line) => viewLine(line, false, phrases, nameOf, isolate)),
  ];

  const href = INTERNATIONAL_FALLBACK.url;
  const address = href.replace(/^https:\/\//, '');
  const view: CrisisResourcesView = {
    lang,
    dir,
    label: phrases.label,
    heading: phrases.heading,
    lines,
    fallback: { text: fill(phrases.helplines, { a: isolate(address) }), href, localEmergency: phrases.localEmergency },
    closing: phrases.closing,
  };
  return country === undefined ? view : { ...view, emergency: viewEmergency(country, phrases, nameOf, isolate) };
}

/**
 * The country of a BCP 47 locale, upper case: 'en-GB' -> 'GB', 'zh-Hant-TW' -> 'TW',
 * 'en_US.UTF-8' -> 'US'; undefined for 'fr', 'es-419' (a UN area, not a country) or junk.
 */
export function regionOfLocale(locale: string): string | undefined {
  const parts = locale.trim().split(/[.@]/)[0]?.split(/[-_]/) ?? [];
  const [language, ...rest] = parts;
  if (language === undefined || !/^[a-z]{2,3}$/i.test(language)) return undefined;
  const afterScript = rest[0] !== undefined && /^[a-z]{4}$/i.test(rest[0]) ? rest.slice(1) : rest;
  const candidate = afterScript[0];
  return candidate !== undefined && /^[a-z]{2}$/i.test(candidate) ? canonicalRegion(candidate) : undefined;
}

/** The reader's tag if it is one of ours ('pt-BR' -> 'pt', 'hi-latn' -> 'hi-Latn'), else undefined. */
export function careLangOf(tag: string | undefined): CareLang | undefined {
  if (tag === undefined) return undefined;
  const lower = tag.trim().toLowerCase();
  const exact = CARE_LANGS.find((lang) => lang.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  if (/^hi[-_]latn\b/.test(lower)) return 'hi-Latn';
  const primary = lower.split(/[-_]/)[0];
  return CARE_LANGS.find((lang) => lang === primary);
}

function canonicalRegion(region: string | undefined): string | undefined {
  if (region === undefined) return undefined;
  const upper = region.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return undefined;
  return REGION_ALIASES[upper] ?? upper;
}

function defaultLang(country: CrisisCountry | undefined): CareLang {
  return country?.languages[0] ?? 'en';
}

function spokenOf(lang: CareLang): SpokenLang {
  return lang === 'hi-Latn' ? 'hi' : lang;
}

/**
 * One line per other country that answers in `spoken`, for everyone (not youth lines): its first
 * such line. Countries where the language is a main one come before those that merely offer it.
 */
function otherLines(region: string | undefined, spoken: SpokenLang): CrisisLine[] {
  const picked: CrisisLine[] = [];
  for (const line of CRISIS_LINES) {
    if (line.country === region || line.audience !== 'everyone' || !line.languages.includes(spoken)) continue;
    if (picked.some((other) => other.country === line.country)) continue;
    picked.push(line);
  }
  const isMain = (line: CrisisLine): boolean =>
    CRISIS_COUNTRIES.some((entry) => entry.country === line.country && entry.languages.includes(spoken));
  return [...picked.filter(isMain), ...picked.filter((line) => !isMain(line))];
}

function viewLine(
  line: CrisisLine,
  inRegion: boolean,
  phrases: CarePhrases,
  nameOf: (country: string) => string,
  isolate: (value: string) => string,
): LineView {
  const verified = line.verification.status === 'verified';
  const details = [
    ...(line.audience === 'young' ? [phrases.young] : []),
    ...(line.free === true ? [phrases.free] : []),
    ...(line.hours === undefined ? [] : [hoursText(line.hours, phrases, isolate)]),
    ...(verified ? [] : [phrases.unverified]),
  ];
  return {
    id: line.id,
    country: line.country,
    countryName: nameOf(line.country),
    name: line.name,
    contacts: line.contacts.map((contact) => viewContact(contact, phrases, isolate)),
    details,
    verified,
    inRegion,
  };
}

function viewContact(contact: Contact, phrases: CarePhrases, isolate: (value: string) => string): ContactView {
  switch (contact.kind) {
    case 'call': {
      const text = fill(phrases.call, { n: isolate(contact.number) });
      const withPress = contact.press === undefined ? text : `${text}, ${fill(phrases.press, { x: isolate(contact.press) })}`;
      return { kind: 'call', text: withPress, href: contact.href };
    }
    case 'text': {
      const n = isolate(contact.number);
      const text = contact.keyword === undefined ? fill(phrases.text, { n }) : fill(phrases.textKeyword, { n, k: isolate(contact.keyword) });
      return { kind: 'text', text, href: contact.href };
    }
    case 'chat': {
      const text = contact.via === undefined ? fill(phrases.chat, { a: isolate(contact.address) }) : `${contact.via}: ${isolate(contact.address)}`;
      return contact.href === undefined ? { kind: 'chat', text } : { kind: 'chat', text, href: contact.href };
    }
  }
}

function hoursText(hours: NonNullable<CrisisLine['hours']>, phrases: CarePhrases, isolate: (value: string) => string): string {
  switch (hours.kind) {
    case 'always':
      return phrases.always;
    case 'daily':
      return fill(phrases.daily, { from: isolate(hours.from), to: isolate(hours.to) });
    case 'office':
      return phrases.office;
  }
}

function viewEmergency(
  country: CrisisCountry,
  phrases: CarePhrases,
  nameOf: (country: string) => string,
  isolate: (value: string) => string,
): EmergencyView {
  const numbers = country.emergency.map((entry) => viewEmergencyNumber(entry, phrases));
  const parts = numbers.map((entry) => {
    const number = isolate(entry.number);
    const marked = entry.verified ? number : `${number} (${phrases.unverified})`;
    return entry.label === phrases.emergency ? marked : `${entry.label} ${marked}`;
  });
  const countryName = nameOf(country.country);
  return { country: country.country, countryName, text: `${phrases.emergency} (${countryName}): ${parts.join(' · ')}`, numbers };
}

function viewEmergencyNumber(entry: EmergencyNumber, phrases: CarePhrases): EmergencyNumberView {
  const general = (['police', 'ambulance', 'fire'] as const).every((service) => entry.services.includes(service));
  const label = general ? phrases.emergency : entry.services.map((service) => phrases[service]).join(' / ');
  return { number: entry.number, href: entry.href, label, verified: entry.verification.status === 'verified' };
}

/** Country names in the reader's language from the runtime's Intl data; the code when it has none. */
function countryNamer(lang: CareLang): (country: string) => string {
  const names = new Intl.DisplayNames([lang === 'hi-Latn' ? 'en' : lang], { type: 'region', fallback: 'code' });
  return (country) => names.of(country) ?? country;
}

/** Keeps a number or address in left-to-right order inside right-to-left text (Unicode isolates). */
function isolateLtr(value: string): string {
  return `\u2066${value}\u2069`;
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
