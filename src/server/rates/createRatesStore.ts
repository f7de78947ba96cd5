import type { Rate, RatesSource } from '../../contract/ratesSchemas';
import type { Db } from '../store/openDatabase';
import type { RatesDay } from './RatesDay';

interface RateRow extends Rate {
  date: string;
}

/** The outcome of the last update attempt of a source. */
export interface RatesUpdateRecord {
  attemptedAt: number;
  succeededAt: number | null;
  message: string;
}

/** Exchange-rate queries, as prepared statements over the rates tables. */
export function createRatesStore(db: Db) {
  const stmt = {
    deleteDay: db.prepare<[RatesSource, string]>('DELETE FROM rates WHERE source = ? AND date = ?'),
    insert: db.prepare<[RatesSource, string, string, string, number, string]>(
      'INSERT INTO rates (source, date, code, name, nominal, value) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    latest: db.prepare<[RatesSource], { date: string | null }>('SELECT max(date) AS date FROM rates WHERE source = ?'),
    earliest: db.prepare<[RatesSource], { date: string | null }>('SELECT min(date) AS date FROM rates WHERE source = ?'),
    onOrBefore: db.prepare<[RatesSource, string], { date: string | null }>('SELECT max(date) AS date FROM rates WHERE source = ? AND date <= ?'),
    ratesOn: db.prepare<[RatesSource, string], Rate>('SELECT code, name, nominal, value FROM rates WHERE source = ? AND date = ? ORDER BY code'),
    history: db.prepare<[RatesSource, string, string, string], RateRow>(
      `SELECT date, code, name, nominal, value FROM rates
       WHERE source = ? AND date >= ? AND date <= ? AND code IN (SELECT value FROM json_each(?))
       ORDER BY date, code`,
    ),
    countDays: db.prepare<[RatesSource], { n: number }>('SELECT count(DISTINCT date) AS n FROM rates WHERE source = ?'),
    recordUpdate: db.prepare<[RatesSource, number, number | null, string]>(
      `INSERT INTO rate_updates (source, attempted_at, succeeded_at, message) VALUES (?, ?, ?, ?)
       ON CONFLICT (source) DO UPDATE SET attempted_at = excluded.attempted_at,
         succeeded_at = coalesce(excluded.succeeded_at, succeeded_at), message = excluded.message`,
    ),
    lastUpdate: db.prepare<[RatesSource], { attempted_at: number; succeeded_at: number | null; message: string }>(
      'SELECT attempted_at, succeeded_at, message FROM rate_updates WHERE source = ?',
    ),
  };

  return {
    /** Stores whole days, each replacing what was stored for its source and date, in one transaction. */
    async saveDays(days: readonly RatesDay[]): Promise<void> {
      db.transaction(() => {
        for (const day of days) {
          stmt.deleteDay.run(day.source, day.date);
          for (const r of day.rates) stmt.insert.run(day.source, day.date, r.code, r.name, r.nominal, r.value);
        }
      })();
    },

    /** The newest date with rates of `source`, or null when none are stored. */
    async latestDate(source: RatesSource): Promise<string | null> {
      return stmt.latest.get(source)?.date ?? null;
    },

    /** The oldest date with rates of `source`, or null. */
    async earliestDate(source: RatesSource): Promise<string | null> {
      return stmt.earliest.get(source)?.date ?? null;
    },

    /** The newest date with rates of `source` on or before `date`, or null. */
    async dateOnOrBefore(source: RatesSource, date: string): Promise<string | null> {
      return stmt.onOrBefore.get(source, date)?.date ?? null;
    },

    /** The rates `source` published for `date` (base currency not included), by code. */
    async ratesOn(source: RatesSource, date: string): Promise<Rate[]> {
      return stmt.ratesOn.all(source, date);
    },

    /** Rates of `codes` on each stored date from `from` to `to` (inclusive), oldest first. */
    async history(source: RatesSource, codes: readonly string[], from: string, to: string): Promise<{ date: string; rates: Rate[] }[]> {
      const days = new Map<string, Rate[]>();
      for (const { date, ...rate } of stmt.history.all(source, from, to, JSON.stringify(codes))) {
        const list = days.get(date) ?? [];
        list.push(rate);
        days.set(date, list);
      }
      return [...days].map(([date, rates]) => ({ date, rates }));
    },

    /** How many dates have rates of `source`. */
    async countDays(source: RatesSource): Promise<number> {
      return stmt.countDays.get(source)?.n ?? 0;
    },

    /** Records an update attempt; `succeeded` keeps the time of the last success. */
    async recordUpdate(source: RatesSource, at: number, succeeded: boolean, message: string): Promise<void> {
      stmt.recordUpdate.run(source, at, succeeded ? at : null, message);
    },

    /** The last update attempt of `source`, or null when there was none. */
    async lastUpdate(source: RatesSource): Promise<RatesUpdateRecord | null> {
      const row = stmt.lastUpdate.get(source);
      return row === undefined ? null : { attemptedAt: row.attempted_at, succeededAt: row.succeeded_at, message: row.message };
    },
  };
}

/** The rates store's interface. */
export type RatesStore = ReturnType<typeof createRatesStore>;
