// The state every form that creates or changes one entity keeps: the values typed,
// the messages at the fields, the form (to focus the first message), where to go
// afterwards, and the two mutations with what they report while running or failed;
// and save, the one way such a form sends what it checked.
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import type { TypedDocumentString } from '../gql/graphql';
import { focusFirstError } from '../components/Field';
import { useChange } from './data';
import type { Parsed } from './form';
import { fieldErrors, isConflict, type FieldErrors, type UserError } from './graphql';

export function useEditForm<V, C, CV, U, UV>(initial: V, createDoc: TypedDocumentString<C, CV>, updateDoc: TypedDocumentString<U, UV>) {
  const [v, setV] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const navigate = useNavigate();
  const create = useChange(createDoc, { leaves: true });
  const update = useChange(updateDoc, { leaves: true });
  /** set returns the change handler of one value */
  const set =
    <K extends keyof V>(k: K) =>
    (x: V[K]) =>
      setV((old) => ({ ...old, [k]: x }));
  /** refused shows what the service refused at the fields (a conflict: reload) */
  const refused = (userErrors: readonly Pick<UserError, 'field' | 'message' | 'code'>[]) => {
    const fe = fieldErrors(userErrors);
    if (isConflict(userErrors)) (fe[''] ??= []).push('Laden Sie die Seite neu, um den aktuellen Stand zu sehen.');
    setErrors(fe);
    focusFirstError(form.current);
  };
  /**
   * save sends write when the page's own checks (p) found nothing: what the service
   * refuses goes to the fields, a failed request to the error box; done gets the
   * entity written (written picks it from the payload).
   */
  const save = async <O extends { userErrors: readonly Pick<UserError, 'field' | 'message' | 'code'>[] }, E>(
    p: Parsed,
    write: () => Promise<O>,
    written: (out: O) => E | null | undefined,
    done: (e: E) => void,
  ) => {
    if (!p.ok) {
      setErrors(p.errors);
      focusFirstError(form.current);
      return;
    }
    setErrors({});
    try {
      const out = await write();
      const e = written(out);
      if (out.userErrors.length || !e) {
        refused(out.userErrors);
        return;
      }
      done(e);
    } catch {
      focusFirstError(form.current);
    }
  };
  return {
    save,
    refused,
    v,
    setV,
    set,
    errors,
    setErrors,
    form,
    navigate,
    create,
    update,
    busy: create.isPending || update.isPending,
    failure: create.error ?? update.error,
  };
}
