import { useState } from 'react';
import { ActionsHeader } from '../components/ActionsHeader';
import { useToast } from '../components/toast';
import { foldForSearch } from '../../../shared/text/normalize';
import { DeleteButton } from '../components/DeleteButton';

/** From this many rows on, the list has a search box. */
const SEARCH_FROM = 20;

interface Props<Entry extends Record<Key, string>, Key extends string> {
  /** The office's list as stored. */
  stored: Entry[];
  /** The two columns: the entry's key and its heading. */
  columns: [{ key: Key; label: string; wide?: boolean }, { key: Key; label: string; wide?: boolean }];
  blank: Entry;
  labels: { add: string; save: string; saved: string; remove: (entry: Entry) => string };
  /** Saves the whole list (empty rows left out); the office is refreshed by the caller. */
  save: (entries: Entry[]) => Promise<unknown>;
}

/**
 * A list of pairs the office edits as a whole (abbreviations and what they stand for, confusions and their right
 * spelling): rows added, changed and removed on screen, then saved at once or discarded.
 */
export function PairListEditor<Entry extends Record<Key, string>, Key extends string>({ stored, columns, blank, labels, save }: Props<Entry, Key>) {
  const toast = useToast();
  const [rows, setRows] = useState<Entry[] | null>(null);
  const [query, setQuery] = useState('');
  const entries = rows ?? stored;
  const [first, second] = columns;
  // A long list (the confusions start with 168) is searched without diacritics; edits keep each row's place.
  const folded = foldForSearch(query);
  const shown = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => !folded || foldForSearch(`${entry[first.key]} ${entry[second.key]}`).includes(folded));
  const commit = async (): Promise<void> => {
    try {
      await save(entries.filter((entry) => entry[first.key].trim() || entry[second.key].trim()));
      setRows(null);
      toast.show(labels.saved);
    } catch (caught) {
      toast.error(caught);
    }
  };
  const update = (index: number, key: Key, value: string): void => setRows(entries.map((entry, other) => (other === index ? { ...entry, [key]: value } : entry)));
  return (
    <>
      <div className="toolbar-row">
        <button type="button" onClick={() => setRows([...entries, { ...blank }])}>
          {labels.add}
        </button>
        <button type="button" className="primary" disabled={rows === null} onClick={() => void commit()}>
          {labels.save}
        </button>
        {rows !== null && (
          <button type="button" onClick={() => setRows(null)}>
            Bỏ thay đổi
          </button>
        )}
        {entries.length > SEARCH_FROM && (
          <input type="search" aria-label="Tìm trong danh sách" placeholder="Tìm trong danh sách" value={query} onChange={(event) => setQuery(event.target.value)} />
        )}
      </div>
      <table className="article-table compact">
        <thead>
          <tr>
            <th scope="col">{first.label}</th>
            <th scope="col">{second.label}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {shown.map(({ entry, index }) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column.key}>
                  <input aria-label={`${column.label} dòng ${index + 1}`} className={column.wide ? 'wide' : undefined} value={entry[column.key]} onChange={(event) => update(index, column.key, event.target.value)} />
                </td>
              ))}
              <td>
                <DeleteButton label={labels.remove(entry)} onClick={() => setRows(entries.filter((_, other) => other !== index))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
