import { CurrencyConverter } from '../features/currency/CurrencyConverter';

/** `/converter`: the currency converter as a page of its own. */
export function ConverterPage() {
  return (
    <div className="page page-converter">
      <title>Currency converter — Newswire</title>
      <meta name="description" content="Convert between currencies at the Bank of Russia's and the European Central Bank's official rates, also offline." />
      <h1 className="page-title">Currency converter</h1>
      <div className="converter-page">
        <CurrencyConverter fromAddress />
      </div>
    </div>
  );
}
