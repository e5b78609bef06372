// A need with its recommendations: each Modul with the score's components as a small
// bar chart (and as a table), the reasons in German, and "Anfrage stellen". One request.
import { Link, useParams } from 'react-router';

import { BedarfPageDocument, type BedarfPageQuery } from '../gql/graphql';
import { entity, useData } from '../app/data';
import { ages, euros, num, percent } from '../app/format';
import { anfrageStatusLabel, bedarfStatusLabel, costUnitLabel, deliveryModeLabel, factorLabel, priorityLabel, themeLabel } from '../app/labels';
import { paths } from '../app/paths';
import { BarChart, ChartWithTable, colours } from '../components/Chart';
import { Page } from '../components/Page';
import { slotsText } from '../components/SlotPicker';

type Rec = BedarfPageQuery['recommendModules']['items'][number];

export function BedarfPage() {
  const { ins = '', bed = '' } = useParams();
  const q = useData(BedarfPageDocument, { institution: ins, bedarf: bed });
  const b = entity(q.data?.node, 'title');
  return (
    <Page
      title={b?.title ?? 'Bedarf'}
      kicker={b ? `Bedarf von ${b.institution.name}` : 'Bedarf'}
      reads={[q]}
      actions={
        b?.status === 'OPEN' && (
          <Link className="knopf leise" to={paths.editBedarf(ins, b.id)}>
            Bedarf bearbeiten
          </Link>
        )
      }
    >
      {q.data && !b && <p className="status fehler">Diesen Bedarf gibt es nicht, oder Sie dürfen ihn nicht sehen.</p>}
      {q.data && b && (
        <>
          <dl className="eckdaten">
            <div>
              <dt>Themenfeld</dt>
              <dd>{themeLabel[b.theme]}</dd>
            </div>
            <div>
              <dt>Alter</dt>
              <dd>{ages(b.ageRange)}</dd>
            </div>
            <div>
              <dt>Gruppe</dt>
              <dd>{b.groupSize} Teilnehmende</dd>
            </div>
            <div>
              <dt>Zeiten</dt>
              <dd>{slotsText(b.slots)}</dd>
            </div>
            <div>
              <dt>Budget je Buchung</dt>
              <dd>{b.budgetCent == null ? 'nicht angegeben' : euros(b.budgetCent)}</dd>
            </div>
            <div>
              <dt>Dringlichkeit</dt>
              <dd>{priorityLabel[b.priority]}</dd>
            </div>
            <div>
              <dt>Stand</dt>
              <dd>{bedarfStatusLabel[b.status]}</dd>
            </div>
          </dl>
          {b.notes && <p>{b.notes}</p>}
          {b.anfragen.length > 0 && (
            <section aria-labelledby="anfragen" className="karte-box">
              <h2 id="anfragen">Anfragen zu diesem Bedarf</h2>
              <ul className="liste">
                {b.anfragen.map((a) => (
                  <li key={a.id}>
                    <Link to={paths.anfrage(a.id)}>{a.modul.title}</Link> <span className="leise-text">{anfrageStatusLabel[a.status]}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="empfehlungen">
            <h2 id="empfehlungen">Empfohlene Module</h2>
            <p className="leise-text">
              {q.data.recommendModules.eligibleCount} von {q.data.recommendModules.consideredCount} geprüften Modulen passen; die besten{' '}
              {q.data.recommendModules.items.length} mit Begründung.
            </p>
            {q.data.recommendModules.items.length === 0 && <p className="hinweis">Für diesen Bedarf passt derzeit kein veröffentlichtes Modul.</p>}
            <ol className="empfehlungen">
              {q.data.recommendModules.items.map((r) => (
                <Recommendation key={r.modul.id} r={r} ins={ins} bed={b.id} canAsk={b.status === 'OPEN'} />
              ))}
            </ol>
          </section>
        </>
      )}
    </Page>
  );
}

function Recommendation({ r, ins, bed, canAsk }: { r: Rec; ins: string; bed: string; canAsk: boolean }) {
  const m = r.modul;
  const headingId = `empfehlung-${r.rank}`;
  return (
    <li className="karte-box empfehlung" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="rang">{r.rank}.</span> {m.title}
      </h3>
      <p className="leise-text">
        {m.partner.name} · Passung {percent(r.score)} · {deliveryModeLabel[r.deliveryMode]}
        {r.distanceKm != null && ` · ${num(r.distanceKm)} km`} · {m.free ? 'kostenfrei' : `${euros(m.costCent)} ${costUnitLabel[m.costUnit]}`}
        {m.fundable && ' · förderfähig'} · noch {m.remainingCapacity} frei
      </p>
      <ul className="gruende">
        {r.reasons.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <ChartWithTable
        tableTitle="Bewertung als Tabelle"
        chart={
          <BarChart
            height={190}
            label={`Balkendiagramm: Beitrag jedes Faktors zur Passung von ${m.title}. Die Daten stehen in der Tabelle darunter.`}
            data={{
              labels: r.components.map((c) => factorLabel[c.factor]),
              datasets: [{ label: 'Beitrag zur Passung (Prozentpunkte)', data: r.components.map((c) => Math.round(c.contribution * 1000) / 10), backgroundColor: colours[0] }],
            }}
            options={{ indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } }}
          />
        }
        table={
          <table>
            <caption>Faktoren der Passung von {m.title}</caption>
            <thead>
              <tr>
                <th scope="col">Faktor</th>
                <th scope="col">Gewicht</th>
                <th scope="col">Wert</th>
                <th scope="col">Beitrag</th>
                <th scope="col">Erläuterung</th>
              </tr>
            </thead>
            <tbody>
              {r.components.map((c) => (
                <tr key={c.factor}>
                  <th scope="row">{factorLabel[c.factor]}</th>
                  <td className="zahl">{percent(c.weight)}</td>
                  <td className="zahl">{percent(c.value)}</td>
                  <td className="zahl">{num(c.contribution * 100)}</td>
                  <td>{c.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      {canAsk && (
        <p>
          <Link className="knopf" to={paths.newAnfrage(ins, bed, m.id)} aria-label={`Anfrage stellen: ${m.title}`}>
            Anfrage stellen
          </Link>
        </p>
      )}
    </li>
  );
}
