// Reading what people type into numbers, before anything is sent: German messages at
// the field, in the same shape as the service's userErrors.
import { cents } from './format';
import type { FieldErrors } from './graphql';

/** Parsed collects the values read and the messages of the fields that could not be read. */
export class Parsed {
  readonly errors: FieldErrors = {};

  private fail(field: string, message: string) {
    (this.errors[field] ??= []).push(message);
  }

  /** int reads a whole number (required unless optional); null when empty and optional. */
  int(field: string, text: string, optional = false): number | null {
    const t = text.trim();
    if (t === '') {
      if (!optional) this.fail(field, 'Bitte geben Sie eine Zahl ein.');
      return null;
    }
    if (!/^\d{1,6}$/.test(t)) {
      this.fail(field, 'Bitte geben Sie eine ganze Zahl ohne Vorzeichen ein, z. B. 12.');
      return null;
    }
    return Number(t);
  }

  /** euro reads an amount in euro into cents; null when empty. */
  euro(field: string, text: string): number | null {
    const c = cents(text);
    if (c !== null && (Number.isNaN(c) || c > 2_000_000_000)) {
      this.fail(field, 'Bitte geben Sie einen Betrag in Euro ein, z. B. 150 oder 149,50.');
      return null;
    }
    return c;
  }

  /** decimal reads a number with a decimal comma or point ("51,51" or "7.46"); null when empty. */
  decimal(field: string, text: string): number | null {
    const t = text.trim().replace(',', '.');
    if (t === '') return null;
    if (!/^-?\d{1,4}(\.\d{1,8})?$/.test(t)) {
      this.fail(field, 'Bitte geben Sie eine Zahl ein, z. B. 51,5136.');
      return null;
    }
    return Number(t);
  }

  /** text is a trimmed text, null when empty. */
  text(text: string): string | null {
    const t = text.trim();
    return t === '' ? null : t;
  }

  /** list reads a comma-separated list. */
  list(text: string): string[] {
    return text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}
