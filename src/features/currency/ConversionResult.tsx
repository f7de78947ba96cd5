import type { Rates } from '../../contract/ratesSchemas';
import { convertAmount, crossRate } from './convertAmount';
import { formatMoney, formatRate, formatRatesDate } from './formatMoney';
import type { ParsedAmount } from './parseAmount';
import { RatesDateNote } from './RatesDateNote';
import type { CurrencyChoice } from './resolvePair';
import { SOURCE_NAMES } from './sourceNames';

interface ConversionResultProps {
  id: string;
  inputIds: string;
  amount: ParsedAmount;
  from: CurrencyChoice;
  to: CurrencyChoice;
  rates: Rates;
}

function noRate(choice: CurrencyChoice, rates: Rates): string | null {
  if (choice.rate !== null) return null;
  return `No rate: the ${SOURCE_NAMES[rates.source]} has published no ${choice.name} (${choice.code}) rate after ${formatRatesDate(choice.discontinued.lastDate)}.`;
}

/** "1 USD = 64.4993 RUB", or "≈" when the rate had to be rounded. */
function rateLine(from: CurrencyChoice, to: CurrencyChoice): string | null {
  if (from.rate === null || to.rate === null || from.code === to.code) return null;
  const rate = crossRate(from.rate, to.rate);
  return `1 ${from.code} ${rate.exact ? '=' : '≈'} ${formatRate(rate.value)} ${to.code}`;
}

/** The converted amount (rounded once to the target's minor unit), the rates used both ways, and their source and date. */
export function ConversionResult({ id, inputIds, amount, from, to, rates }: ConversionResultProps) {
  const missing = noRate(from, rates) ?? noRate(to, rates);
  let result: string;
  if (missing !== null) result = missing;
  else if (amount.kind === 'amount' && from.rate !== null && to.rate !== null) {
    result = `${formatRate(amount.value)} ${from.code} = ${formatMoney(convertAmount(amount.value, from.rate, to.rate), to.code)}`;
  } else result = amount.kind === 'empty' ? 'Type an amount to convert.' : 'Correct the amount to see the result.';

  return (
    <div className="converter-result">
      <output id={id} htmlFor={inputIds} className={missing === null && amount.kind === 'amount' ? 'converter-total' : 'converter-pending'}>
        {result}
      </output>
      {missing === null && from.code !== to.code && (
        <p className="converter-rates">
          <span>{rateLine(from, to)}</span> <span>{rateLine(to, from)}</span>
        </p>
      )}
      <RatesDateNote rates={rates} />
    </div>
  );
}
