import { useId, useState } from 'react';
import type { Official } from '../../../shared/office/model';
import type { PersonValue } from '../../../shared/templates/model';
import { matchOfficials } from '../../../shared/office/match';

interface Props {
  label: string;
  value: PersonValue[];
  officials: Official[];
  onChange: (value: PersonValue[]) => void;
}

/** People with their titles: pick from the directory by a few letters, or type "Họ tên, chức danh, chức danh". */
export function PeopleField({ label, value, officials, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = query.trim() ? matchOfficials(officials, query, 6) : [];

  const add = (person: PersonValue): void => {
    if (!person.name.trim() || value.some((item) => item.name === person.name)) return;
    onChange([...value, person]);
    setQuery('');
    setActive(0);
  };
  const addTyped = (): void => {
    const [name, ...titles] = query.split(',').map((part) => part.trim());
    if (name) add({ name, titles: titles.filter(Boolean) });
  };

  return (
    <div className="field people-field">
      <span className="field-caption">{label}</span>
      <ul className="chips" aria-label={label}>
        {value.map((person, index) => (
          <li key={person.name} className="chip">
            <span>
              <strong>{person.name}</strong>
              {person.titles.length > 0 && `, ${person.titles.join(', ')}`}
            </span>
            <button type="button" className="icon-button" aria-label={`Bỏ ${person.name}`} onClick={() => onChange(value.filter((_, other) => other !== index))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        role="combobox"
        aria-label={`Thêm người vào «${label}»`}
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        placeholder="Gõ vài chữ của tên, hoặc «Họ tên, chức danh»"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && matches.length) {
            event.preventDefault();
            setActive((active + 1) % matches.length);
          } else if (event.key === 'ArrowUp' && matches.length) {
            event.preventDefault();
            setActive((active + matches.length - 1) % matches.length);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (matches[active] && !query.includes(',')) add({ name: matches[active].name, titles: matches[active].titles });
            else addTyped();
          }
        }}
      />
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="people-menu inline">
          {matches.map((official, index) => (
            <li
              key={official.id}
              role="option"
              aria-selected={index === active}
              className={`people-menu-item${index === active ? ' is-selected' : ''}`}
              onMouseDown={(event) => {
                event.preventDefault();
                add({ name: official.name, titles: official.titles });
              }}
            >
              <strong>{official.name}</strong>
              <span>{official.titles.join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
