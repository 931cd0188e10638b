import { useState } from 'react';
import type { Official } from '../../../shared/office/model';
import { call, errorMessage } from '../api';
import { ConfirmDialog } from '../components/Dialog';
import { useToast } from '../components/toast';
import { downloadFile, readFileAsBase64 } from '../files/files';
import { useOffice } from './office-context';
import { FileButton } from '../components/FileButton';
import { ActionsHeader } from '../components/ActionsHeader';
import { DeleteButton } from '../components/DeleteButton';

const EMPTY_FORM = { id: undefined as string | undefined, name: '', titles: '', organisation: '' };

/** The officials of the directory: add, edit, delete, import a CSV from Excel, export it back. */
export function OfficialsTab() {
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
                  <DeleteButton label={`Xóa «${official.name}»`} onClick={() => setDeleting(official)} />
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
