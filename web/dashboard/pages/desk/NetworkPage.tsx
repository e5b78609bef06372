// The cooperation network of the city or of one Kindercampus, in all Themenfeldern
// or one (Servicestelle and coordinators), and for the Servicestelle the evaluation
// of the same scope over the last 12 months. One request.
import { useSearchParams } from 'react-router';
import { keepPreviousData } from '@tanstack/react-query';

import { NetworkPageDocument, type Theme } from '../../gql/graphql';
import { useData } from '../../app/data';
import { themeLabel, themes } from '../../app/labels';
import { useSession } from '../../app/session-context';
import { EvaluationSection, lastMonths } from '../../components/EvaluationSection';
import { Select } from '../../components/Field';
import { NetworkSection } from '../../components/NetworkSection';
import { Page } from '../../components/Page';

export function NetworkPage() {
  const session = useSession();
  const [search, setSearch] = useSearchParams();
  const campus = search.get('campus') || null;
  const theme = (themes as string[]).includes(search.get('thema') ?? '') ? (search.get('thema') as Theme) : null;
  const withEvaluation = session.role === 'SERVICESTELLE';
  const q = useData(
    NetworkPageDocument,
    { kindercampusId: campus, theme, withEvaluation, ...lastMonths() },
    { live: true, placeholderData: keepPreviousData },
  );
  const d = q.data;
  const sites = d?.kindercampusStandorte.nodes ?? [];
  const name = sites.find((s) => s.id === campus)?.name;
  const of = (name ? `des ${name}` : 'der Stadt') + (theme ? ` in ${themeLabel[theme]}` : '');
  const choose = (key: 'campus' | 'thema', value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next);
  };
  return (
    <Page title="Kooperationsnetz und Auswertung" kicker={session.role === 'COORDINATOR' ? 'Koordination' : 'Servicestelle'} reads={[q]}>
      {d && (
        <>
          <form className="filterzeile" onSubmit={(e) => e.preventDefault()}>
            <Select
              label="Gebiet"
              name="kindercampusId"
              errors={{}}
              value={campus ?? ''}
              onChange={(v) => choose('campus', v)}
              options={[{ value: '', label: 'Ganze Stadt' }, ...sites.map((s) => ({ value: s.id, label: s.name }))]}
            />
            <Select
              label="Themenfeld"
              name="theme"
              errors={{}}
              value={theme ?? ''}
              onChange={(v) => choose('thema', v)}
              options={[{ value: '', label: 'Alle Themenfelder' }, ...themes.map((t) => ({ value: t, label: themeLabel[t] }))]}
            />
          </form>
          {q.isPlaceholderData && (
            <p className="status laden" role="status">
              Das Netz {of} wird geladen …
            </p>
          )}
          {!q.isPlaceholderData && (
            <>
              <NetworkSection network={d.network} of={of} filter={{ kindercampusId: campus, theme }} />
              {d.evaluation && <EvaluationSection evaluation={d.evaluation} of={name ? `des ${name}` : 'der Stadt'} />}
            </>
          )}
        </>
      )}
    </Page>
  );
}
