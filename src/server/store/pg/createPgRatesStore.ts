import type { Rate, RatesSource } from '../../../contract/ratesSchemas';
import type { RatesDay } from '../../rates/RatesDay';
import type { RatesStore } from '../../rates/createRatesStore';
import type { PgDb } from './openPgDatabase';

interface RateRow extends Rate {
  date: string;
}

// Rates are NUMERIC: stored and read back as exact decimal text, never through a float.
const RATE = 'code, name, nominal, value::text AS value';

/** Exchange rates over PostgreSQL (createRatesStore's twin). */
export function createPgRatesStore(db: PgDb): RatesStore {
  const oneDate = async (sql: string, params: unknown[]): Promise<string | null> => (await db.row<{ date: string | null }>(sql, params))?.date ?? null;
  return {
    async saveDays(days: readonly RatesDay[]) {
      await db.transaction(async () => {
        for (const day of days) {
          await db.write('DELETE FROM rates WHERE source = $1 AND date = $2::date', [day.source, day.date]);
          if (day.rates.length === 0) continue;
          await db.write(
            `INSERT INTO rates (source, date, code, name, nominal, value)
             SELECT $1, $2::date, code, name, nominal, value::numeric FROM unnest($3::text[], $4::text[], $5::int[], $6::text[]) AS r(code, name, nominal, value)`,
            [day.source, day.date, day.rates.map((r) => r.code), day.rates.map((r) => r.name), day.rates.map((r) => r.nominal), day.rates.map((r) => r.value)],
          );
        }
      });
    },

    latestDate: (source: RatesSource) => oneDate('SELECT max(date) AS date FROM rates WHERE source = $1', [source]),
    earliestDate: (source: RatesSource) => oneDate('SELECT min(date) AS date FROM rates WHERE source = $1', [source]),
    dateOnOrBefore: (source: RatesSource, date: string) => oneDate('SELECT max(date) AS date FROM rates WHERE source = $1 AND date <= $2::date', [source, date]),

    async ratesOn(source: RatesSource, date: string) {
      return db.rows<Rate>(`SELECT ${RATE} FROM rates WHERE source = $1 AND date = $2::date ORDER BY code`, [source, date]);
    },

    async history(source: RatesSource, codes: readonly string[], from: string, to: string) {
      const days = new Map<string, Rate[]>();
      const rows = await db.rows<RateRow>(
        `SELECT date, ${RATE} FROM rates WHERE source = $1 AND date >= $2::date AND date <= $3::date AND code = ANY($4::text[]) ORDER BY date, code`,
        [source, from, to, codes],
      );
      for (const { date, ...rate } of rows) {
        const list = days.get(date) ?? [];
        list.push(rate);
        days.set(date, list);
      }
      return [...days].map(([date, rates]) => ({ date, rates }));
    },

    async countDays(source: RatesSource) {
      return (await db.row<{ n: number }>('SELECT count(DISTINCT date) AS n FROM rates WHERE source = $1', [source]))?.n ?? 0;
    },

    async recordUpdate(source: RatesSource, at: number, succeeded: boolean, message: string) {
      await db.write(
        `INSERT INTO rate_updates (source, attempted_at, succeeded_at, message) VALUES ($1, $2, $3, $4)
         ON CONFLICT (source) DO UPDATE SET attempted_at = excluded.attempted_at,
           succeeded_at = coalesce(excluded.succeeded_at, rate_updates.succeeded_at), message = excluded.message`,
        [source, at, succeeded ? at : null, message],
      );
    },

    async lastUpdate(source: RatesSource) {
      const row = await db.row<{ attempted_at: number; succeeded_at: number | null; message: string }>(
        'SELECT attempted_at, succeeded_at, message FROM rate_updates WHERE source = $1',
        [source],
      );
      return row === undefined ? null : { attemptedAt: row.attempted_at, succeededAt: row.succeeded_at, message: row.message };
    },
  };
}
