import { useState } from 'react';
import type { Abbreviation } from '../../../shared/office/model';
import { call } from '../api';
import { useToast } from '../components/toast';
import { useOffice } from './office-context';
import { OfficialsTab } from './OfficialsTab';
import { PairListEditor } from './PairListEditor';
import { SpellingTab } from './SpellingTab';
import { DeleteButton } from '../components/DeleteButton';

type Tab = 'officials' | 'abbreviations' | 'spelling' | 'codes';

const TABS: { id: Tab; label: string }[] = [
  { id: 'officials', label: 'Cán bộ' },
  { id: 'abbreviations', label: 'Từ điển viết tắt' },
  { id: 'spelling', label: 'Chính tả' },
  { id: 'codes', label: 'Mã gõ tắt' },
];

/** The office's directory of officials, its abbreviations, its spelling words and confusions, and its typing codes (settings have their own screen). */
export function DirectoryView() {
  const [tab, setTab] = useState<Tab>('officials');
  return (
    <section aria-labelledby="directory-title">
      <div className="view-header">
        <h1 id="directory-title">Danh bạ và từ điển</h1>
      </div>
      <div role="tablist" aria-label="Danh bạ và từ điển" className="tabs">
        {TABS.map((item) => (
          <button key={item.id} type="button" role="tab" aria-selected={tab === item.id} className={`tab${tab === item.id ? ' is-active' : ''}`} onClick={() => setTab(item.id)}>
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-panel">
        {tab === 'officials' && <OfficialsTab />}
        {tab === 'abbreviations' && <AbbreviationsTab />}
        {tab === 'spelling' && <SpellingTab />}
        {tab === 'codes' && <CodesTab />}
      </div>
    </section>
  );
}

function AbbreviationsTab() {
  const { office, refresh } = useOffice();
  return (
    <>
      <p className="hint">Viết tắt không có ở đây sẽ được nhắc khi kiểm tra; viết gần giống (như «UĐND») được gợi ý sửa theo mục đứng trước.</p>
      <PairListEditor<Abbreviation, 'abbr' | 'expansion'>
        stored={office?.abbreviations ?? []}
        columns={[
          { key: 'abbr', label: 'Viết tắt' },
          { key: 'expansion', label: 'Viết đầy đủ', wide: true },
        ]}
        blank={{ abbr: '', expansion: '' }}
        labels={{ add: 'Thêm viết tắt', save: 'Lưu từ điển', saved: 'Đã lưu từ điển viết tắt.', remove: (entry) => `Xóa viết tắt «${entry.abbr}»` }}
        save={async (entries) => {
          await call('office.saveAbbreviations', { entries });
          await refresh();
        }}
      />
    </>
  );
}

function CodesTab() {
  const { office, refresh } = useOffice();
  const toast = useToast();
  const [code, setCode] = useState('');
  const [text, setText] = useState('');
  const add = async (): Promise<void> => {
    try {
      await call('office.saveCode', { code: code.trim().toLowerCase(), text });
      await refresh();
      setCode('');
      setText('');
    } catch (caught) {
      toast.error(caught);
    }
  };
  return (
    <>
      <p className="hint">Trong bài, gõ mã rồi dấu cách hoặc dấu câu: mã được thay bằng nội dung (Ctrl+Z để trả lại mã). Ví dụ: «ctt» → «Chủ tịch UBND tỉnh».</p>
      <form
        className="inline-form"
        aria-label="Thêm mã gõ tắt"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label className="field">
          <span className="field-caption">Mã</span>
          <input value={code} onChange={(event) => setCode(event.target.value)} placeholder="Mã ngắn (ví dụ: ctt)" />
        </label>
        <label className="field grow">
          <span className="field-caption">Thay bằng</span>
          <input value={text} onChange={(event) => setText(event.target.value)} placeholder="Chữ sẽ thay vào khi gõ mã rồi dấu cách" />
        </label>
        <button type="submit" className="primary">
          Thêm mã
        </button>
      </form>
      <table className="article-table compact">
        <tbody>
          {office?.codes.map((entry) => (
            <tr key={entry.code}>
              <td>
                <code>{entry.code}</code>
              </td>
              <td>{entry.text}</td>
              <td>
                <DeleteButton label={`Xóa mã «${entry.code}»`} onClick={() => void call('office.deleteCode', { code: entry.code }).then(refresh)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

