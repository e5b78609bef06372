// The API keys (the Servicestelle): every key with its role, what it acts for, when
// it was last used and whether it works; a new key (shown once, then never again) and
// revoking one (at once: sessions begun with it end too). One request.
import { useRef, useState, type FormEvent } from 'react';

import { ApiKeysPageDocument, CreateApiKeyDocument, RevokeApiKeyDocument, type ApiKeysPageQuery, type Role, type Theme } from '../../gql/graphql';
import { useChange, useData } from '../../app/data';
import { instant } from '../../app/format';
import { fieldErrors, type FieldErrors } from '../../app/graphql';
import { roleLabel, themeLabel, themes } from '../../app/labels';
import { Choices, FormErrors, Select, TextField, focusFirstError } from '../../components/Field';
import { Page } from '../../components/Page';
import { Done, type DoneMessage } from '../../components/Status';

type Data = ApiKeysPageQuery;
type Key = Data['apiKeys']['nodes'][number];

const roles: Role[] = ['PARTNER', 'INSTITUTION', 'CAMPUS_MANAGER', 'COORDINATOR', 'SERVICESTELLE'];

/** scopeOf says what a key acts for. */
function scopeOf(k: Key): string {
  return k.partner?.name ?? k.institution?.name ?? k.kindercampus?.name ?? (k.themes.length ? k.themes.map((t) => themeLabel[t]).join(', ') : '–');
}

function stateOf(k: Key): string {
  if (k.revokedAt) return `gesperrt am ${instant(k.revokedAt)}`;
  if (!k.active) return 'abgelaufen';
  return k.expiresAt ? `gültig bis ${instant(k.expiresAt)}` : 'gültig';
}

export function KeysPage() {
  const q = useData(ApiKeysPageDocument, {});
  const [done, setDone] = useState<DoneMessage | null>(null);
  const d = q.data;
  return (
    <Page title="API-Schlüssel" kicker="Verwaltung" reads={[q]}>
      <Done message={done} />
      {d && (
        <>
          <NewKey d={d} />
          <section aria-labelledby="schluessel" className="karte-box">
            <h2 id="schluessel">Alle Schlüssel</h2>
            <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
              <table>
                <caption>
                  {d.apiKeys.totalCount} Schlüssel, die neuesten zuerst{d.apiKeys.totalCount > d.apiKeys.nodes.length && ` (die ersten ${d.apiKeys.nodes.length})`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Rolle</th>
                    <th scope="col">für</th>
                    <th scope="col">angelegt</th>
                    <th scope="col">zuletzt benutzt</th>
                    <th scope="col">Stand</th>
                    <th scope="col">
                      <span className="nur-vorlesen">Aktion</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.apiKeys.nodes.map((k) => (
                    <KeyRow key={k.id} k={k} onDone={setDone} />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </Page>
  );
}

function KeyRow({ k, onDone }: { k: Key; onDone: (d: DoneMessage) => void }) {
  const revoke = useChange(RevokeApiKeyDocument);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState('');

  async function confirm() {
    setProblem('');
    try {
      const out = (await revoke.mutateAsync({ input: { id: k.id } })).revokeApiKey;
      if (out.userErrors.length) {
        setProblem(out.userErrors.map((e) => e.message).join(' '));
        return;
      }
      onDone({ text: `Der Schlüssel „${k.name}“ ist gesperrt.` });
    } catch (e) {
      setProblem((e as Error).message);
    }
  }

  return (
    <tr className={k.active ? undefined : 'inaktiv'}>
      <th scope="row">{k.name}</th>
      <td>{roleLabel[k.role]}</td>
      <td>{scopeOf(k)}</td>
      <td>{instant(k.createdAt)}</td>
      <td>{instant(k.lastUsedAt)}</td>
      <td>{stateOf(k)}</td>
      <td>
        {k.active &&
          (asking ? (
            <span className="knoepfe">
              <button type="button" disabled={revoke.isPending} onClick={confirm}>
                Sperren bestätigen<span className="nur-vorlesen">: {k.name}</span>
              </button>
              <button type="button" className="leise" onClick={() => setAsking(false)}>
                Abbrechen
              </button>
            </span>
          ) : (
            <button type="button" className="leise" onClick={() => setAsking(true)}>
              Sperren …<span className="nur-vorlesen"> {k.name}</span>
            </button>
          ))}
        {problem && (
          <span className="feldfehler" role="alert">
            {problem}
          </span>
        )}
      </td>
    </tr>
  );
}

interface Values {
  name: string;
  role: Role | '';
  scope: string;
  themes: Theme[];
  expires: string;
}

const empty: Values = { name: '', role: '', scope: '', themes: [], expires: '' };

function NewKey({ d }: { d: Data }) {
  const create = useChange(CreateApiKeyDocument);
  const [v, setV] = useState<Values>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [made, setMade] = useState<{ name: string; key: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const set = <K extends keyof Values>(k: K) => (x: Values[K]) => setV((old) => ({ ...old, [k]: x }));

  const choices: Partial<Record<Role, { field: 'partnerId' | 'institutionId' | 'kindercampusId'; label: string; options: { id: string; name: string }[]; more: boolean }>> = {
    PARTNER: { field: 'partnerId', label: 'Partner', options: d.partners.nodes, more: d.partners.totalCount > d.partners.nodes.length },
    INSTITUTION: { field: 'institutionId', label: 'Einrichtung', options: d.institutionen.nodes, more: d.institutionen.totalCount > d.institutionen.nodes.length },
    CAMPUS_MANAGER: { field: 'kindercampusId', label: 'Kindercampus', options: d.kindercampusStandorte.nodes, more: false },
  };
  const scope = v.role ? choices[v.role] : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: FieldErrors = {};
    if (!v.name.trim()) problems['name'] = ['Bitte geben Sie an, wer oder was den Schlüssel benutzt.'];
    if (!v.role) problems['role'] = ['Bitte wählen Sie die Rolle.'];
    if (scope && !v.scope) problems[scope.field] = [`Bitte wählen Sie, für welche ${scope.label === 'Partner' ? 'Partnerorganisation' : scope.label} der Schlüssel handelt.`];
    if (Object.keys(problems).length) {
      setErrors(problems);
      focusFirstError(form.current);
      return;
    }
    setErrors({});
    setMade(null);
    const input = {
      name: v.name.trim(),
      role: v.role as Role,
      ...(scope ? { [scope.field]: v.scope } : {}),
      themes: v.role === 'COORDINATOR' ? v.themes : null,
      // the end of the day chosen, in the browser's (Dortmund's) time
      expiresAt: v.expires ? new Date(v.expires + 'T23:59:59').toISOString() : null,
    };
    try {
      const out = (await create.mutateAsync({ input })).createApiKey;
      if (out.userErrors.length || !out.key) {
        setErrors(fieldErrors(out.userErrors));
        focusFirstError(form.current);
        return;
      }
      setMade({ name: input.name, key: out.key });
      setV(empty);
    } catch {
      focusFirstError(form.current);
    }
  }

  return (
    <section aria-labelledby="neu" className="karte-box">
      <h2 id="neu">Neuer Schlüssel</h2>
      {made && <ShowOnce name={made.name} secret={made.key} />}
      <form ref={form} onSubmit={submit} noValidate className="formular">
        <FormErrors errors={errors}>{create.error && <p>{create.error.message}</p>}</FormErrors>
        <TextField label="Name" name="name" required errors={errors} value={v.name} onChange={set('name')} hint="wer oder was ihn benutzt, z. B. „Verein X, Vorstand“" />
        <Select
          label="Rolle"
          name="role"
          required
          errors={errors}
          value={v.role}
          onChange={(r) => setV((old) => ({ ...old, role: r, scope: '' }))}
          options={[{ value: '', label: 'Bitte wählen' }, ...roles.map((r) => ({ value: r, label: roleLabel[r] }))]}
        />
        {scope && (
          <Select
            label={`für ${scope.label}`}
            name={scope.field}
            required
            errors={errors}
            value={v.scope}
            onChange={set('scope')}
            hint={scope.more ? `Die ersten ${scope.options.length} nach Name.` : undefined}
            options={[{ value: '', label: 'Bitte wählen' }, ...scope.options.map((o) => ({ value: o.id, label: o.name }))]}
          />
        )}
        {v.role === 'COORDINATOR' && (
          <Choices
            legend="Themenfelder, die der Schlüssel betreut"
            name="themes"
            errors={errors}
            value={v.themes}
            onChange={set('themes')}
            options={themes.map((t) => ({ value: t, label: themeLabel[t] }))}
          />
        )}
        <TextField label="Gültig bis" name="expiresAt" type="date" errors={errors} value={v.expires} onChange={set('expires')} hint="leer: unbegrenzt (höchstens fünf Jahre sind möglich)" />
        <div className="knoepfe">
          <button type="submit" disabled={create.isPending}>
            Schlüssel anlegen
          </button>
        </div>
      </form>
    </section>
  );
}

/** ShowOnce shows a new key: this is the only time anyone sees it. */
function ShowOnce({ name, secret }: { name: string; secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="status erledigt neuer-schluessel" role="status">
      <p>
        <strong>Der Schlüssel „{name}“ ist angelegt.</strong> Er wird nur jetzt angezeigt: geben Sie ihn sicher weiter. Danach kann ihn niemand mehr
        lesen, auch nicht die Servicestelle.
      </p>
      <p>
        <code className="schluessel">{secret}</code>
      </p>
      <button
        type="button"
        className="leise"
        onClick={() =>
          navigator.clipboard?.writeText(secret).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Kopiert' : 'Schlüssel kopieren'}
      </button>
    </div>
  );
}
