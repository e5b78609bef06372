// Form fields with their label, hint and the service's German messages for them
// (userErrors by field path): a field with an error says so to screen readers
// (aria-invalid, aria-describedby) and the form can move the focus to it.
import { useId, type ReactNode } from 'react';

import type { FieldErrors } from '../app/graphql';

interface Common {
  label: string;
  /** the userErrors' field path, e.g. "ageRange.min" */
  name: string;
  errors: FieldErrors;
  hint?: string;
  required?: boolean;
}

/** messagesFor are the messages of a field and of its sub-fields ("ageRange" shows "ageRange.min"). */
export function messagesFor(errors: FieldErrors, name: string): string[] {
  return Object.entries(errors)
    .filter(([k]) => k === name || k.startsWith(name + '.'))
    .flatMap(([, v]) => v);
}

function Described({ id, hint, messages }: { id: string; hint?: string; messages: string[] }) {
  return (
    <>
      {hint && (
        <span className="feldhinweis" id={id + '-hinweis'}>
          {hint}
        </span>
      )}
      {messages.length > 0 && (
        <span className="feldfehler" id={id + '-fehler'}>
          {messages.join(' ')}
        </span>
      )}
    </>
  );
}

function describedBy(id: string, hint: string | undefined, messages: string[]) {
  const ids = [hint ? id + '-hinweis' : '', messages.length ? id + '-fehler' : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** Control are the attributes a labelled control gets from its frame. */
type Control = { id: string; name: string; required?: boolean; 'aria-invalid'?: boolean; 'aria-describedby'?: string };

/** Labelled frames one control: its label (with the required mark), hint and messages. */
function Labelled({ label, name, errors, hint, required, children }: Common & { children: (c: Control) => ReactNode }) {
  const id = useId();
  const messages = messagesFor(errors, name);
  return (
    <div className={'feld' + (messages.length ? ' hat-fehler' : '')}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({ id, name, required, 'aria-invalid': messages.length > 0 || undefined, 'aria-describedby': describedBy(id, hint, messages) })}
      <Described id={id} hint={hint} messages={messages} />
    </div>
  );
}

type InputProps = Common & {
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'number' | 'date' | 'email' | 'tel';
  inputMode?: 'numeric' | 'decimal';
  autoComplete?: string;
  min?: number;
  max?: number;
};

/** TextField is a labelled input. */
export function TextField({ value, onChange, type = 'text', inputMode, autoComplete, min, max, ...common }: InputProps) {
  return (
    <Labelled {...common}>
      {(c) => (
        <input
          {...c}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          value={value}
          min={min}
          max={max}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Labelled>
  );
}

/** TextArea is a labelled multi-line input. */
export function TextArea({ value, onChange, ...common }: Common & { value: string; onChange: (v: string) => void }) {
  return <Labelled {...common}>{(c) => <textarea {...c} rows={4} value={value} onChange={(e) => onChange(e.target.value)} />}</Labelled>;
}

/** Select is a labelled choice of one value. */
export function Select<T extends string>({
  value,
  onChange,
  options,
  ...common
}: Common & { value: T | ''; onChange: (v: T) => void; options: { value: T | ''; label: string }[] }) {
  return (
    <Labelled {...common}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

/** Choices is a group of checkboxes for a set of values. */
export function Choices<T extends string>({
  legend,
  name,
  errors,
  hint,
  value,
  onChange,
  options,
}: { legend: string; name: string; errors: FieldErrors; hint?: string; value: T[]; onChange: (v: T[]) => void; options: { value: T; label: string }[] }) {
  const id = useId();
  const messages = messagesFor(errors, name);
  return (
    <fieldset className={'auswahl' + (messages.length ? ' hat-fehler' : '')} aria-describedby={describedBy(id, hint, messages)}>
      <legend>{legend}</legend>
      <div className="auswahl-liste">
        {options.map((o) => (
          <label key={o.value} className="haken">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
      <Described id={id} hint={hint} messages={messages} />
    </fieldset>
  );
}

/**
 * FieldGroup holds fields that make one value (an age range: from, to); the service's
 * messages about the whole value (field path = name) are shown with its legend.
 */
export function FieldGroup({ legend, name, errors, children }: { legend: string; name: string; errors: FieldErrors; children: ReactNode }) {
  const id = useId();
  const messages = errors[name] ?? [];
  return (
    <fieldset className={'auswahl gruppe' + (messages.length ? ' hat-fehler' : '')} aria-describedby={describedBy(id, undefined, messages)}>
      <legend>{legend}</legend>
      <Described id={id} messages={messages} />
      <div className="nebeneinander">{children}</div>
    </fieldset>
  );
}

/** Checkbox is one labelled yes/no. */
export function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="haken einzeln">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/**
 * FormErrors sums up every message of the service (and of the page's own checks),
 * announced at once; the messages about a field are also shown at the field.
 */
export function FormErrors({ errors, children }: { errors: FieldErrors; children?: ReactNode }) {
  const general = errors[''] ?? [];
  const fields = Object.entries(errors).filter(([k]) => k !== '');
  if (!general.length && !fields.length && !children) return null;
  return (
    <div className="status fehler" role="alert" tabIndex={-1} id="formularfehler">
      {fields.length > 0 && <p>Bitte prüfen Sie die markierten Angaben:</p>}
      {(general.length > 0 || fields.length > 0) && (
        <ul>
          {[...general, ...fields.flatMap(([, ms]) => ms)].map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

/** focusFirstError moves the focus to the first field the service named, else to the error box. */
export function focusFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"], .hat-fehler input');
    (field ?? document.getElementById('formularfehler'))?.focus();
  });
}
