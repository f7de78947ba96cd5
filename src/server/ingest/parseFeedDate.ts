// Feed dates come as RFC 822 (RSS: "Sat, 07 Sep 2002 00:00:01 GMT") or ISO 8601 / RFC 3339 (Atom,
// JSON Feed, dc:date: "2002-09-07T00:00:01Z", W3CDTF "2002-09"). Date.parse is not used: it reads
// a date without a zone as local time, which would make the result depend on the server's zone.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822 zone names (hours from UTC); other names are treated as UTC.
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
};

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:[Tt](\d{2})(\d{2})(\d{2})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const RFC822 =
  /^(?:[A-Za-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:([+-]\d{2}:?\d{2})|\(?([A-Za-z]{1,5})\)?)?$/;

function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined || zone === '' || /^z$/i.test(zone)) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric !== null) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? '0');
    if (minutes > 14 * 60 || Number(numeric[3] ?? '0') > 59) return null;
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return (ZONES[zone.toLowerCase()] ?? 0) * 60;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 60) return null;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth || (h === 24 && (mi > 0 || s > 0))) return null;
  const time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  return Number.isFinite(time) ? time : null;
}

function fraction(digits: string | undefined): number {
  return digits === undefined ? 0 : Math.floor(Number(`0.${digits}`) * 1000);
}

function fromIso(m: RegExpExecArray): number | null {
  const offset = offsetMinutes(m[8]);
  if (offset === null) return null;
  return utc(Number(m[1]), Number(m[2] ?? '1'), Number(m[3] ?? '1'), Number(m[4] ?? '0'), Number(m[5] ?? '0'), Number(m[6] ?? '0'), fraction(m[7]), offset);
}

function fromRfc822(m: RegExpExecArray): number | null {
  const month = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(m[3]);
  if ((m[3] ?? '').length === 2) year += year < 50 ? 2000 : 1900;
  else if ((m[3] ?? '').length === 3) year += 1900;
  const offset = offsetMinutes(m[7] ?? m[8]);
  if (offset === null) return null;
  return utc(year, month, Number(m[1]), Number(m[4] ?? '0'), Number(m[5] ?? '0'), Number(m[6] ?? '0'), 0, offset);
}

/** Epoch milliseconds of an RFC 822 or ISO 8601 date (no zone means UTC), or null when it is neither. */
export function parseFeedDate(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 100) return null;
  const iso = ISO.exec(text);
  if (iso !== null) return fromIso(iso);
  const basic = ISO_BASIC.exec(text);
  if (basic !== null) {
    const offset = offsetMinutes(basic[7]);
    if (offset === null) return null;
    return utc(Number(basic[1]), Number(basic[2]), Number(basic[3]), Number(basic[4] ?? '0'), Number(basic[5] ?? '0'), Number(basic[6] ?? '0'), 0, offset);
  }
  const rfc = RFC822.exec(text);
  return rfc === null ? null : fromRfc822(rfc);
}
