// A partner's Modul: its terms and status (edit, submit for review) and "Wo werde ich
// gebraucht?": the institutions whose open needs it fits, on a map and in a list. One
// request.
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { ModulPageDocument, SubmitModulDocument } from '../gql/graphql';
import { entity, useChange, useData } from '../app/data';
import { ages, date, euros, num, percent } from '../app/format';
import { fieldErrors, type FieldErrors } from '../app/graphql';
import { costUnitLabel, deliveryModeLabel, formatLabel, institutionTypeLabel, modulStatusLabel, priorityLabel, themeLabel } from '../app/labels';
import { paths } from '../app/paths';
import { useSession } from '../app/session-context';
import { FormErrors } from '../components/Field';
import { Page } from '../components/Page';
import { MapLegend, QuartierMap, type MapArea, type MapPoint } from '../components/QuartierMap';
import { slotsText } from '../components/SlotPicker';

export function ModulPage() {
  const { id = '' } = useParams();
  const q = useData(ModulPageDocument, { id });
  const m = entity(q.data?.node, 'title');
  const submit = useChange(SubmitModulDocument);
  const [errors, setErrors] = useState<FieldErrors>({});
  // the partner and the Servicestelle change a Modul; coordinators only look (and publish from the queue)
  const role = useSession().role;
  const owner = role === 'PARTNER' || role === 'SERVICESTELLE';
  const editable = owner && m && (m.status === 'DRAFT' || m.status === 'IN_REVIEW' || m.status === 'PUBLISHED');

  async function toReview() {
    if (!m) return;
    setErrors({});
    try {
      const out = (await submit.mutateAsync({ input: { id: m.id, version: m.version } })).submitModulForReview;
      if (out.userErrors.length) setErrors(fieldErrors(out.userErrors));
    } catch {
      /* shown from the mutation's error */
    }
  }

  const placements = q.data?.placementSuggestions ?? [];
  const areas = new Map<string, MapArea>();
  const points: MapPoint[] = [];
  for (const p of placements) {
    areas.set(p.institution.quartier.id, p.institution.quartier);
    if (p.institution.location && !points.some((x) => x.id === p.institution.id))
      points.push({ id: p.institution.id, name: p.institution.name, kind: 'einrichtung', ...p.institution.location });
  }

  return (
    <Page
      title={m?.title ?? 'Modul'}
      kicker={m ? `Modul von ${m.partner.name} · ${modulStatusLabel[m.status]}` : 'Modul'}
      reads={[q]}
      actions={
        m && (
          <>
            {editable && (
              <Link className="knopf leise" to={paths.editModul(m.id)}>
                Modul bearbeiten
              </Link>
            )}
            {owner && m.status === 'DRAFT' && (
              <button type="button" onClick={toReview} disabled={submit.isPending}>
                Zur Prüfung einreichen
              </button>
            )}
          </>
        )
      }
    >
      {q.data && !m && <p className="status fehler">Dieses Modul gibt es nicht, oder Sie dürfen es nicht sehen.</p>}
      {m && (
        <>
          <FormErrors errors={errors}>{submit.error && <p>{submit.error.message}</p>}</FormErrors>
          {m.status === 'DRAFT' && m.reviewNote && (
            <p className="status hinweis">
              <strong>Hinweis der Koordination:</strong> {m.reviewNote}
            </p>
          )}
          {m.status === 'IN_REVIEW' && <p className="status hinweis">Das Modul wird von der Koordination geprüft.</p>}
          <p>{m.description}</p>
          <dl className="eckdaten">
            <div>
              <dt>Themenfeld</dt>
              <dd>{themeLabel[m.theme]}</dd>
            </div>
            <div>
              <dt>Alter</dt>
              <dd>{ages(m.ageRange)}</dd>
            </div>
            <div>
              <dt>Für</dt>
              <dd>{m.targetTypes.map((t) => institutionTypeLabel[t]).join(', ')}</dd>
            </div>
            <div>
              <dt>Format</dt>
              <dd>{m.formats.map((f) => formatLabel[f]).join(', ')}</dd>
            </div>
            <div>
              <dt>Ort</dt>
              <dd>{m.deliveryModes.map((d) => deliveryModeLabel[d]).join(', ')}</dd>
            </div>
            <div>
              <dt>Gruppe</dt>
              <dd>
                {m.groupSize.min}–{m.groupSize.max}
              </dd>
            </div>
            <div>
              <dt>Termine</dt>
              <dd>
                {slotsText(m.schedule.slots, 'nach Absprache')}
                {m.schedule.sessions != null && ` · ${m.schedule.sessions} Termine`}
                {(m.schedule.period.from || m.schedule.period.to) && ` · ${date(m.schedule.period.from)} bis ${date(m.schedule.period.to)}`}
              </dd>
            </div>
            <div>
              <dt>Preis</dt>
              <dd>
                {m.free ? 'kostenfrei' : `${euros(m.costCent)} ${costUnitLabel[m.costUnit]}`}
                {m.fundable && ' · förderfähig'}
              </dd>
            </div>
            <div>
              <dt>Kapazität</dt>
              <dd>
                {m.booked} von {m.capacity} gebucht
              </dd>
            </div>
          </dl>
          <section aria-labelledby="gebraucht" className="karte-box">
            <h2 id="gebraucht">Wo werde ich gebraucht?</h2>
            {placements.length === 0 ? (
              <p className="hinweis">Derzeit hat keine Einrichtung einen offenen Bedarf, zu dem dieses Modul passt.</p>
            ) : (
              <>
                <QuartierMap title={`Karte: Einrichtungen mit passendem Bedarf für ${m.title} und ihre Quartiere`} areas={[...areas.values()]} points={points} />
                <MapLegend partners={false} />
                <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
                  <table>
                    <caption>Einrichtungen mit offenem Bedarf, zu dem das Modul passt, beste zuerst</caption>
                    <thead>
                      <tr>
                        <th scope="col">Einrichtung</th>
                        <th scope="col">Bedarf</th>
                        <th scope="col">Passung</th>
                        <th scope="col">Entfernung</th>
                        <th scope="col">Warum</th>
                      </tr>
                    </thead>
                    <tbody>
                      {placements.map((p) => (
                        <tr key={p.institution.id + p.bedarf.id}>
                          <th scope="row">
                            {p.institution.name}
                            <br />
                            <span className="leise-text">
                              {institutionTypeLabel[p.institution.type]}, {p.institution.quartier.name}
                            </span>
                          </th>
                          <td>
                            {p.bedarf.title} ({ages(p.bedarf.ageRange)}, Dringlichkeit {priorityLabel[p.bedarf.priority]})
                          </td>
                          <td className="zahl">{percent(p.score)}</td>
                          <td className="zahl">{p.distanceKm == null ? '–' : `${num(p.distanceKm)} km`}</td>
                          <td>{p.reasons.join(' · ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
