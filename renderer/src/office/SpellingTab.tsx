import { useState, type FormEvent } from 'react';
import type { ConfusionEntry } from '../../../shared/office/model';
import { call } from '../api';
import { useToast } from '../components/toast';
import { useOffice } from './office-context';
import { PairListEditor } from './PairListEditor';

/**
 * The office's spelling data: its own words (never flagged; added from the editor with «Thêm vào từ điển»,
 * travelling with the directory's export) and its list of confusions («năng xuất» → «năng suất»).
 */
export function SpellingTab() {
  const { office, refresh } = useOffice();
  const toast = useToast();
  const [word, setWord] = useState('');

  const addWord = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      await call('office.addWord', { word });
      await refresh();
      toast.show(`Đã thêm «${word.trim()}» vào từ điển chính tả.`);
      setWord('');
    } catch (caught) {
      toast.error(caught);
    }
  };
  const removeWord = async (known: string): Promise<void> => {
    try {
      await call('office.removeWord', { word: known });
      await refresh();
    } catch (caught) {
      toast.error(caught);
    }
  };
  return (
    <>
      <h2>Từ của cơ quan</h2>
      <p className="hint">Tên riêng, địa danh, từ chuyên môn mà kiểm tra chính tả không được gạch chân. Từ điển này đi kèm khi «Xuất danh bạ».</p>
      <form className="toolbar-row" onSubmit={(event) => void addWord(event)}>
        <label className="field">
          <span className="field-caption">Thêm một từ</span>
          <input value={word} onChange={(event) => setWord(event.target.value)} placeholder="ví dụ: Mrơn" />
        </label>
        <button type="submit" disabled={!word.trim()}>
          Thêm vào từ điển
        </button>
      </form>
      {office?.dictionary.length ? (
        <ul className="chip-list" aria-label="Từ điển chính tả của cơ quan">
          {office.dictionary.map((known) => (
            <li key={known}>
              {known}{' '}
              <button type="button" className="quiet danger-text" aria-label={`Xóa «${known}» khỏi từ điển`} onClick={() => void removeWord(known)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Chưa có từ nào.</p>
      )}

      <h2>Từ dễ nhầm</h2>
      <p className="hint">Mỗi chữ đều có thật nhưng ghép lại thì sai («năng xuất» là «năng suất»). Kiểm tra sẽ gợi ý sửa theo cột bên phải.</p>
      <PairListEditor<ConfusionEntry, 'wrong' | 'right'>
        stored={office?.confusions ?? []}
        columns={[
          { key: 'wrong', label: 'Viết sai' },
          { key: 'right', label: 'Viết đúng' },
        ]}
        blank={{ wrong: '', right: '' }}
        labels={{ add: 'Thêm dòng', save: 'Lưu danh sách', saved: 'Đã lưu danh sách từ dễ nhầm.', remove: (entry) => `Xóa dòng «${entry.wrong}»` }}
        save={async (entries) => {
          await call('office.saveConfusions', { entries });
          await refresh();
        }}
      />
    </>
  );
}
