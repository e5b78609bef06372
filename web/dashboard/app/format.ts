// German number, money and date formats.
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const day = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
// instants in Dortmund's time: deadlines are the end of a working day in NRW
const moment = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });

/** euros formats an amount in euro cents: 1.234,50 €. */
export const euros = (cent: number) => euro.format(cent / 100);
/** number formats a number the German way (at most two decimals). */
export const num = (n: number) => decimal.format(n);
/** percent formats a share in [0,1] as whole percent. */
export const percent = (share: number) => `${Math.round(share * 100)} %`;

/** date formats a calendar day (YYYY-MM-DD) as 01.09.2026. */
export function date(d: string | null | undefined): string {
  if (!d) return '–';
  const [y, m, dd] = d.split('-').map(Number);
  return day.format(new Date(y, m - 1, dd));
}

/** instant formats an RFC 3339 instant in Dortmund's time zone. */
export const instant = (t: string | null | undefined) => (t ? moment.format(new Date(t)) : '–');

/** ages formats an age range: 6–10 Jahre. */
export const ages = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min} Jahre` : `${r.min}–${r.max} Jahre`);

/** isoDay is a day as YYYY-MM-DD in the browser's time zone. */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** cents reads a euro amount as typed ("12,50", "12.50", "1.234,50 €") into cents; null when empty, NaN when unreadable. */
export function cents(text: string): number | null {
  const t = text.replace(/[€\s]/g, '');
  if (t === '') return null;
  const normalised = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return NaN;
  return Math.round(Number(normalised) * 100);
}

/** euroInput writes cents for an input field: "12,50". */
export const euroInput = (cent: number | null | undefined) => (cent == null ? '' : (cent / 100).toFixed(2).replace('.', ','));
