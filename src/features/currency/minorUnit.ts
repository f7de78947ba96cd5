// ISO 4217 minor units: two decimals unless listed here. Intl.NumberFormat's currency digits come
// from CLDR, which differs from ISO for some currencies (Node 20's ICU gives IDR and HUF 0 digits,
// ISO gives 2) and between browsers, so the ISO figure decides and Intl only formats.
const ISO_MINOR_UNITS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/**
 * Decimal places of `code`'s minor unit (JPY 0, USD 2, KWD 3). Codes without a minor unit in ISO
 * 4217 (XDR, gold) get 2, like the ones they are quoted against.
 */
export function minorUnit(code: string): number {
  return ISO_MINOR_UNITS[code] ?? 2;
}
