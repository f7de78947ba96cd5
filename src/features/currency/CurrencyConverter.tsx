import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import { ConversionResult } from './ConversionResult';
import { useHydrated } from '../../lib/useHydrated';
import { prefsFromAddress, saveConverterPrefs, useSavedConverterPrefs, type ConverterPrefs } from './converterPrefs';
import { CurrencySelect } from './CurrencySelect';
import { formatRatesDate } from './formatMoney';
import { parseAmount } from './parseAmount';
import { RateHistoryChart } from './RateHistoryChart';
import { currencyChoices, resolvePair } from './resolvePair';
import { SourceChoice } from './SourceChoice';
import { SOURCE_NAMES } from './sourceNames';
import { useConverterRates, type ConverterRates } from './useConverterRates';
import './currency.css';

interface CurrencyConverterProps {
  /** Focus the amount field when shown (in the dialog). */
  autoFocus?: boolean;
  /** Start from the address (`/converter?amount=&from=&to=&source=`): the converter page, which its form submits to. */
  fromAddress?: boolean;
}

function savedNote(state: Extract<ConverterRates, { status: 'ready' }>): string | null {
  if (state.saved === null || state.saved.why === 'updating') return null;
  const date = formatRatesDate(state.rates.date);
  return state.saved.why === 'offline'
    ? `Offline — using rates of ${date} saved on this device.`
    : `The rates could not be updated — using rates of ${date} saved on this device.`;
}

/** The converter: source, amount, From and To with a swap, the result as the reader types, the rates used, and their history. */
export function CurrencyConverter({ autoFocus = false, fromAddress = false }: CurrencyConverterProps) {
  const id = useId();
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const asked = fromAddress ? prefsFromAddress(params) : null;
  // The conversion the address asks for, else the saved pair (after hydration: the server cannot know
  // it), until the reader changes something.
  const saved = useSavedConverterPrefs();
  const [chosen, setChosen] = useState<ConverterPrefs | null>(null);
  const prefs = chosen ?? asked?.prefs ?? saved;
  const [amountText, setAmountText] = useState(asked?.amount ?? '100');
  const state = useConverterRates(prefs.source);
  const amount = parseAmount(amountText);
  const choices = useMemo(() => (state.status === 'ready' ? currencyChoices(state.rates) : []), [state]);
  const pair = state.status === 'ready' ? resolvePair(choices, prefs.source, prefs.from, prefs.to) : null;

  const update = (next: Partial<ConverterPrefs>) => {
    const merged = { ...prefs, from: pair?.[0].code ?? prefs.from, to: pair?.[1].code ?? prefs.to, ...next };
    setChosen(merged);
    saveConverterPrefs(merged);
  };
  const note = state.status === 'ready' ? savedNote(state) : null;
  const ids = { amount: `${id}-amount`, hint: `${id}-hint`, error: `${id}-error`, from: `${id}-from`, to: `${id}-to` };

  // A form that converts on the server too: before the app's script runs, and without it.
  return (
    <form className="converter" method="get" action="/converter" onSubmit={(e) => e.preventDefault()}>
      <SourceChoice name="source" value={prefs.source} onChange={(source) => update({ source })} />
      <div className="converter-field converter-amount">
        <label htmlFor={ids.amount}>Amount</label>
        <input
          id={ids.amount}
          name="amount"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? '' : undefined}
          value={amountText}
          onChange={(e) => setAmountText(e.target.value)}
          aria-invalid={amount.kind === 'invalid'}
          aria-describedby={amount.kind === 'invalid' ? `${ids.error} ${ids.hint}` : ids.hint}
        />
        <p id={ids.hint} className="converter-hint">
          For example 1 234,56 or 1,234.56
        </p>
        <p id={ids.error} className="converter-error" aria-live="polite">
          {amount.kind === 'invalid' ? amount.message : ''}
        </p>
      </div>
      {state.status === 'loading' && <Skeleton lines={3} label={`Loading the ${SOURCE_NAMES[prefs.source]} rates`} />}
      {state.status === 'error' && (
        <ErrorMessage
          title="No rates to convert with"
          message={
            state.offline
              ? `You are offline, and this device has no saved ${SOURCE_NAMES[prefs.source]} rates yet. Connect once and they will be kept for offline use.`
              : errorMessage(state.error)
          }
          onRetry={state.retry}
        />
      )}
      {state.status === 'ready' && pair !== null && (
        <>
          <div className="converter-pair">
            <CurrencySelect id={ids.from} name="from" label="From" choices={choices} value={pair[0].code} onChange={(from) => update({ from })} />
            <button type="button" className="button converter-swap" onClick={() => update({ from: pair[1].code, to: pair[0].code })}>
              <span aria-hidden="true">⇄</span> Swap
            </button>
            <CurrencySelect id={ids.to} name="to" label="To" choices={choices} value={pair[1].code} onChange={(to) => update({ to })} />
          </div>
          {!hydrated && (
            <button type="submit" className="button converter-convert">
              Convert
            </button>
          )}
          <ConversionResult id={`${id}-result`} inputIds={`${ids.amount} ${ids.from} ${ids.to}`} amount={amount} from={pair[0]} to={pair[1]} rates={state.rates} />
          {note !== null && (
            <p className="converter-note" role="status">
              {note}
            </p>
          )}
          {state.saved === null && pair[0].rate !== null && pair[1].rate !== null && <RateHistoryChart source={prefs.source} from={pair[0].code} to={pair[1].code} />}
        </>
      )}
    </form>
  );
}
