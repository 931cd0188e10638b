import { useState } from 'react';
import type { Abbreviation, Official } from '../../../shared/office/model';
import { call, errorMessage } from '../api';
import { ConfirmDialog } from '../components/Dialog';
import { useToast } from '../components/toast';
import { downloadFile, readFileAsBase64 } from '../files/files';
import { useOffice } from './office-context';
import { FileButton } from '../components/FileButton';
import { ActionsHeader } from '../components/ActionsHeader';

type Tab = 'officials' | 'abbreviations' | 'codes';

const TABS: { id: Tab; label: string }[] = [
  { id: 'officials', label: 'Cán bộ' },
  { id: 'abbreviations', label: 'Từ điển viết tắt' },
  { id: 'codes', label: 'Mã gõ tắt' },
];

/** The office's directory of officials, its abbreviations and its typing codes (settings have their own screen). */
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
        {tab === 'codes' && <CodesTab />}
      </div>
    </section>
  );
}

const EMPTY_FORM = { id: undefined as string | undefined, name: '', titles: '', organisation: '' };

function OfficialsTab() {
  const { office, refresh } = useOffice();
  const toast = useToast();
  const [form, setForm] = useState(EMPTY_FORM);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Official | null>(null);

  const save = async (): Promise<void> => {
    try {
      await call('office.saveOfficial', {
        ...(form.id ? { id: form.id } : {}),
        name: form.name,
        titles: form.titles.split(/\s*[,;]\s+/).map((title) => title.trim()).filter(Boolean),
        organisation: form.organisation,
      });
      await refresh();
      toast.show(form.id ? `Đã sửa «${form.name.trim()}».` : `Đã thêm «${form.name.trim()}» vào danh bạ.`);
      setForm(EMPTY_FORM);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const importFile = async (file: File): Promise<void> => {
    try {
      const result = await call('office.importOfficials', { base64: await readFileAsBase64(file) });
      await refresh();
      toast.show(`Đã nhập danh bạ: thêm ${result.added} người, cập nhật ${result.updated} người.`);
    } catch (caught) {
      toast.error(caught);
    }
  };

  return (
    <>
      <div className="toolbar-row">
        <FileButton label="Chọn tệp CSV danh bạ" accept=".csv,text/csv" onFile={(file) => void importFile(file)}>
          Nhập từ tệp CSV…
        </FileButton>
        <button
          type="button"
          onClick={() =>
            void call('office.exportOfficials', {})
              .then((file) => downloadFile(file.fileName, file.base64, 'text/csv'))
              .catch((caught: unknown) => toast.error(caught))
          }
        >
          Xuất ra tệp CSV (mở được bằng Excel)
        </button>
      </div>
      <form
        className="inline-form"
        aria-label={form.id ? 'Sửa cán bộ' : 'Thêm cán bộ'}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="field-caption">Họ và tên</span>
          <input value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} placeholder="Họ và tên đầy đủ" />
        </label>
        <label className="field grow">
          <span className="field-caption">Chức danh (cách nhau bởi dấu phẩy)</span>
          <input value={form.titles} onChange={(event) => setForm({ ...form, titles: event.target.value })} placeholder="Các chức danh, cách nhau bởi dấu phẩy" />
        </label>
        <label className="field">
          <span className="field-caption">Cơ quan</span>
          <input value={form.organisation} onChange={(event) => setForm({ ...form, organisation: event.target.value })} placeholder="Cơ quan (ví dụ: UBND tỉnh)" />
        </label>
        <button type="submit" className="primary">
          {form.id ? 'Lưu thay đổi' : 'Thêm vào danh bạ'}
        </button>
        {form.id && (
          <button type="button" onClick={() => setForm(EMPTY_FORM)}>
            Hủy sửa
          </button>
        )}
      </form>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {office && office.officials.length === 0 ? (
        <p className="empty">Danh bạ chưa có ai. Thêm từng người ở trên, hoặc nhập từ tệp CSV có cột «Họ và tên», «Chức danh», «Cơ quan».</p>
      ) : (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">Họ và tên</th>
              <th scope="col">Chức danh</th>
              <th scope="col">Cơ quan</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {office?.officials.map((official) => (
              <tr key={official.id}>
                <td>
                  <strong>{official.name}</strong>
                </td>
                <td>{official.titles.join(', ')}</td>
                <td>{official.organisation}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Sửa «${official.name}»`}
                    onClick={() => setForm({ id: official.id, name: official.name, titles: official.titles.join(', '), organisation: official.organisation })}
                  >
                    Sửa
                  </button>
                  <button type="button" className="quiet danger-text" aria-label={`Xóa «${official.name}»`} onClick={() => setDeleting(official)}>
                    Xóa
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting && (
        <ConfirmDialog
          title="Xóa khỏi danh bạ?"
          message={`«${deleting.name}» sẽ không còn trong danh bạ. Bài viết đã viết không thay đổi.`}
          confirmLabel="Xóa"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            void call('office.deleteOfficial', { id: deleting.id })
              .then(refresh)
              .then(() => setDeleting(null))
              .catch((caught: unknown) => toast.error(caught))
          }
        />
      )}
    </>
  );
}

function AbbreviationsTab() {
  const { office, refresh } = useOffice();
  const toast = useToast();
  const [rows, setRows] = useState<Abbreviation[] | null>(null);
  const entries = rows ?? office?.abbreviations ?? [];
  const save = async (): Promise<void> => {
    try {
      await call('office.saveAbbreviations', { entries: entries.filter((entry) => entry.abbr.trim()) });
      await refresh();
      setRows(null);
      toast.show('Đã lưu từ điển viết tắt.');
    } catch (caught) {
      toast.error(caught);
    }
  };
  const update = (index: number, patch: Partial<Abbreviation>): void => setRows(entries.map((entry, other) => (other === index ? { ...entry, ...patch } : entry)));
  return (
    <>
      <p className="hint">Viết tắt không có ở đây sẽ được nhắc khi kiểm tra; viết gần giống (như «UĐND») được gợi ý sửa theo mục đứng trước.</p>
      <div className="toolbar-row">
        <button type="button" onClick={() => setRows([...entries, { abbr: '', expansion: '' }])}>
          Thêm viết tắt
        </button>
        <button type="button" className="primary" disabled={rows === null} onClick={() => void save()}>
          Lưu từ điển
        </button>
        {rows !== null && (
          <button type="button" onClick={() => setRows(null)}>
            Bỏ thay đổi
          </button>
        )}
      </div>
      <table className="article-table compact">
        <thead>
          <tr>
            <th scope="col">Viết tắt</th>
            <th scope="col">Viết đầy đủ</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={index}>
              <td>
                <input aria-label={`Viết tắt dòng ${index + 1}`} value={entry.abbr} onChange={(event) => update(index, { abbr: event.target.value })} />
              </td>
              <td>
                <input aria-label={`Viết đầy đủ dòng ${index + 1}`} className="wide" value={entry.expansion} onChange={(event) => update(index, { expansion: event.target.value })} />
              </td>
              <td>
                <button type="button" className="quiet danger-text" aria-label={`Xóa viết tắt «${entry.abbr}»`} onClick={() => setRows(entries.filter((_, other) => other !== index))}>
                  Xóa
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
                <button
                  type="button"
                  className="quiet danger-text"
                  aria-label={`Xóa mã «${entry.code}»`}
                  onClick={() => void call('office.deleteCode', { code: entry.code }).then(refresh)}
                >
                  Xóa
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

