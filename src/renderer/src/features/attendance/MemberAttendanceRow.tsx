import type { KeyboardEvent } from 'react';
import { formalName, type AgendaItem, type AttendanceRecord, type Member } from '@shared/model';
import { useMinutesStore } from '../../stores';

const CHOICES = [
  { status: 'present', label: 'Present', key: 'p' },
  { status: 'apologies', label: 'Apologies', key: 'a' },
  { status: 'absent', label: 'Absent', key: 'x' },
] as const;

interface MemberAttendanceRowProps {
  member: Member;
  record: AttendanceRecord | undefined;
  isChair: boolean;
  items: readonly AgendaItem[];
}

export function MemberAttendanceRow({ member, record, isChair, items }: MemberAttendanceRowProps) {
  const markAttendance = useMinutesStore((state) => state.markAttendance);
  const status = record?.status ?? 'unmarked';
  const name = formalName(member);

  function onKeyDown(event: KeyboardEvent) {
    if (event.target instanceof HTMLSelectElement || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const choice = CHOICES.find((each) => each.key === event.key.toLowerCase());
    if (!choice) return;
    event.preventDefault();
    markAttendance(member.id, { status: choice.status });
  }

  return (
    <tr onKeyDown={onKeyDown}>
      <th scope="row" className="member-name">
        {name}
        {isChair && <span className="badge badge--role"> Chair</span>}
        <span className="member-letters">{member.organisation}</span>
      </th>
      <td>
        <div role="radiogroup" aria-label={`Attendance of ${name}`} className="segmented">
          {CHOICES.map((choice) => (
            <label
              key={choice.status}
              className={status === choice.status ? 'segmented__option is-on' : 'segmented__option'}
            >
              <input
                type="radio"
                name={`attendance-${member.id}`}
                checked={status === choice.status}
                onChange={() => markAttendance(member.id, { status: choice.status })}
              />
              {choice.label}
            </label>
          ))}
        </div>
      </td>
      <td>
        {status === 'present' && (
          <div className="inline-inputs attendance-times">
            <ItemChoice
              label={`${name} arrived during`}
              items={items}
              value={record?.arrivedDuringItemId ?? ''}
              whole="From the start"
              each="Arrived during item"
              onChange={(arrivedDuringItemId) => markAttendance(member.id, { arrivedDuringItemId })}
            />
            <ItemChoice
              label={`${name} left after`}
              items={items}
              value={record?.leftAfterItemId ?? ''}
              whole="To the end"
              each="Left after item"
              onChange={(leftAfterItemId) => markAttendance(member.id, { leftAfterItemId })}
            />
          </div>
        )}
      </td>
    </tr>
  );
}

interface ItemChoiceProps {
  label: string;
  items: readonly AgendaItem[];
  value: string;
  /** The choice for the whole meeting, e.g. "From the start". */
  whole: string;
  /** Words before an item's number, e.g. "Left after item". */
  each: string;
  onChange: (itemId: string) => void;
}

function ItemChoice({ label, items, value, whole, each, onChange }: ItemChoiceProps) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{whole}</option>
      {items.map((item, index) => (
        <option key={item.id} value={item.id}>
          {each} {index + 1}
        </option>
      ))}
    </select>
  );
}
