/**
 * GDELT 2.0 event-table export: one tab-separated row per event, in GDELT's column order, so
 * tools that read GDELT read Readout's events. Columns Readout cannot fill are left empty.
 *
 * Columns (GDELT 2.0 Event Database codebook order; 61 columns):
 *   GlobalEventID      stable number from the article id and the event's index (FNV-1a, 53 bits)
 *   Day MonthYear Year FractionDate   from the event's time when it is a full date, else the
 *                      article's publication date (YYYYMMDD, YYYYMM, YYYY, YYYY.FFFF)
 *   Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode
 *   Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
 *                      from the source actor's CAMEO code: country = first three letters (unless
 *                      "---" or an IGO/NGO), KnownGroupCode = the organisation code for IGO/NGO
 *                      actors, Type1 = the role (GOV, MIL, …); the name in upper case; a role of
 *                      no known country ("---GOV") is written as the role alone ("GOV")
 *   Actor2…            the same for the target
 *   IsRootEvent        1 (Readout keeps the sentence's main event)
 *   EventCode EventBaseCode EventRootCode   CAMEO code, its first three digits, first two
 *   QuadClass          1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                      4 material conflict (from the root)
 *   GoldsteinScale     the event code's value on the Goldstein scale (−10 … +10), from the
 *                      codebook (`codes.json`, GDELT's published value for each CAMEO code)
 *   NumMentions NumSources NumArticles   1 1 1 for one article (the corpus layer may sum them)
 *   AvgTone            empty
 *   Actor1Geo_* Actor2Geo_*  empty
 *   ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode   1 (country), the event's place and
 *                      its country code when a place is given; the other ActionGeo_* empty
 *   DATEADDED          the article's ingest time (YYYYMMDDHHMMSS) or empty
 *   SOURCEURL          the article's url when it is an http(s) URL, else empty (an article's url is
 *                      untrusted input: a javascript: or data: URL is never written)
 * Only events that count (asserted or planned, neither a repeat nor an act recalled from years
 * before: see `countsAsEvent`) are exported.
 */
import type { Analysis, Article, Event, EventActor } from '../../model/types.js';
import { codeActor } from '../actors/index.js';
import { CODES } from './lexicon.js';
import { countsAsEvent } from './index.js';

export const GDELT_COLUMNS: readonly string[] = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
];

function fnv53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822519) >>> 0;
  }
  return (h2 & 0x1fffff) * 0x100000000 + h1;
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').trim();
}

function actorColumns(a: EventActor | null): string[] {
  const empty: string[] = Array<string>(10).fill('');
  if (!a) return empty;
  if (!a.cameo) return ['', clean(a.name).toUpperCase(), '', '', '', '', '', '', '', ''];
  const code = a.cameo;
  let country = '';
  let group = '';
  let role = '';
  if (code.startsWith('IGO') || code.startsWith('NGO')) group = code;
  else {
    country = code.startsWith('---') ? '' : code.slice(0, 3);
    role = code.slice(3, 6);
  }
  // (a role of no known country is written as GDELT writes it, the role alone: "GOV", not "---GOV")
  return [code.startsWith('---') ? code.slice(3) : code, clean(a.name).toUpperCase(), country, group, '', '', '', role, code.slice(6, 9), ''];
}

function dateParts(value: string | undefined): string[] {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return ['', '', '', ''];
  const [, y, mo, d] = m;
  const doy = (Date.UTC(+y, +mo - 1, +d) - Date.UTC(+y, 0, 1)) / 86400000 + 1;
  return [`${y}${mo}${d}`, `${y}${mo}`, y, (+y + doy / 365).toFixed(4)];
}

/** The event rows of one analysed article, each an array of 61 column values. */
export function toGdeltRows(article: Article, analysis: Analysis): string[][] {
  const rows: string[][] = [];
  analysis.events.forEach((e: Event, idx) => {
    if (!countsAsEvent(e)) return;
    const info = CODES.get(e.code);
    const date = dateParts(e.time && /^\d{4}-\d{2}-\d{2}/.test(e.time) ? e.time : article.published);
    const place = e.place ? clean(e.place) : '';
    const placeCountry = place ? (codeActor(place)?.country ?? '') : '';
    const added = article.ingested ? article.ingested.replace(/\D/g, '').slice(0, 14) : '';
    const blank8: string[] = Array<string>(8).fill('');
    rows.push([
      String(fnv53(`${article.id}#${idx}`)),
      ...date,
      ...actorColumns(e.source),
      ...actorColumns(e.target),
      '1',
      e.code,
      e.code.slice(0, 3),
      e.code.slice(0, 2),
      info ? String(info.quad) : '',
      info ? info.goldstein.toFixed(1) : '',
      '1',
      '1',
      '1',
      '',
      ...blank8,
      ...blank8,
      place ? '1' : '',
      place,
      placeCountry,
      '',
      '',
      '',
      '',
      '',
      added,
      webUrl(article.url),
    ]);
  });
  return rows;
}

/** An http(s) URL as the URL parser writes it (no tab or line break left in it), else ''. */
function webUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

/** The rows as tab-separated lines (no header, as GDELT files have none). */
export function toGdeltTsv(article: Article, analysis: Analysis): string {
  return toGdeltRows(article, analysis)
    .map((r) => r.join('\t'))
    .join('\n');
}
