// The weekly slots (weekday × time of day) as a table of checkboxes.
import type { ScheduleSlotInput, TimeSlot, Weekday } from '../gql/graphql';
import { timeSlotLabel, timeSlots, weekdayLabel } from '../app/labels';

const days: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

export function SlotPicker({ legend, hint, value, onChange }: { legend: string; hint?: string; value: ScheduleSlotInput[]; onChange: (v: ScheduleSlotInput[]) => void }) {
  const has = (d: Weekday, s: TimeSlot) => value.some((v) => v.weekday === d && v.timeSlot === s);
  const toggle = (d: Weekday, s: TimeSlot, on: boolean) =>
    onChange(on ? [...value, { weekday: d, timeSlot: s }] : value.filter((v) => !(v.weekday === d && v.timeSlot === s)));
  return (
    <fieldset className="auswahl">
      <legend>{legend}</legend>
      {hint && <p className="feldhinweis">{hint}</p>}
      <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
        <table className="zeiten">
          <thead>
            <tr>
              <td />
              {timeSlots.map((s) => (
                <th key={s} scope="col">
                  {timeSlotLabel[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d}>
                <th scope="row">{weekdayLabel[d]}</th>
                {timeSlots.map((s) => (
                  <td key={s}>
                    <input
                      type="checkbox"
                      aria-label={`${weekdayLabel[d]}, ${timeSlotLabel[s]}`}
                      checked={has(d, s)}
                      onChange={(e) => toggle(d, s, e.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

/** slotsText writes slots for people: "Montag Nachmittag, Mittwoch Vormittag". */
export function slotsText(slots: readonly { weekday: Weekday; timeSlot: TimeSlot }[], empty = 'flexibel'): string {
  if (!slots.length) return empty;
  return slots.map((s) => `${weekdayLabel[s.weekday]} ${timeSlotLabel[s.timeSlot]}`).join(', ');
}
