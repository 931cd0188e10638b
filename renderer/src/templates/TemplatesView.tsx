import { useCallback, useEffect, useState } from 'react';
import type { Template, TemplateSummary } from '../../../shared/templates/model';
import { call } from '../api';
import { ConfirmDialog } from '../components/Dialog';
import { useToast } from '../components/toast';
import { downloadFile, readFileAsBase64 } from '../files/files';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePreview } from './TemplatePreview';
import { FileButton } from '../components/FileButton';

type Loaded = Template & { builtIn: boolean };

/** The built-in templates and the office's own: preview, duplicate, edit, delete, export, import. */
export function TemplatesView() {
  const toast = useToast();
  const [list, setList] = useState<TemplateSummary[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [template, setTemplate] = useState<Loaded | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const load = useCallback(async (select?: string) => {
    const next = await call('templates.list', {});
    setList(next);
    setSelected((current) => select ?? current ?? next[0]?.id ?? null);
  }, []);

  useEffect(() => {
    load().catch((caught: unknown) => toast.error(caught));
  }, [load, toast]);

  useEffect(() => {
    if (!selected) return;
    let cancelled = false;
    call('templates.get', { id: selected })
      .then((loaded) => !cancelled && setTemplate(loaded))
      .catch((caught: unknown) => toast.error(caught));
    return () => {
      cancelled = true;
    };
  }, [selected, toast]);

  const act = async (task: () => Promise<unknown>, done: string): Promise<void> => {
    try {
      await task();
      toast.show(done);
    } catch (caught) {
      toast.error(caught);
    }
  };

  if (editing && template) {
    return (
      <TemplateEditor
        template={template}
        onCancel={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          setTemplate({ ...saved, builtIn: false });
          void load(saved.id);
          toast.show(`Đã lưu mẫu «${saved.name}».`);
        }}
      />
    );
  }

  return (
    <section aria-labelledby="templates-title">
      <div className="view-header">
        <h1 id="templates-title">Mẫu bài</h1>
        <div className="toolbar-row">
          <FileButton
            label="Chọn tệp mẫu bài"
            accept=".json,application/json"
            onFile={(file) =>
              void act(async () => {
                const imported = await call('templates.import', { base64: await readFileAsBase64(file) });
                await load(imported.id);
              }, 'Đã nhập mẫu bài.')
            }
          >
            Nhập mẫu từ tệp…
          </FileButton>
        </div>
      </div>
      <div className="chooser">
        <ul className="chooser-list" aria-label="Danh sách mẫu bài">
          {list.map((item) => (
            <li key={item.id}>
              <button type="button" className={`chooser-item${selected === item.id ? ' is-selected' : ''}`} aria-current={selected === item.id} onClick={() => setSelected(item.id)}>
                <strong>{item.name}</strong>
                <span className="tag">{item.builtIn ? 'Có sẵn' : 'Của cơ quan'}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="chooser-preview">
          {template && (
            <>
              <div className="toolbar-row">
                <button
                  type="button"
                  onClick={() =>
                    void act(async () => {
                      const copy = await call('templates.duplicate', { id: template.id });
                      await load(copy.id);
                    }, 'Đã nhân bản mẫu; bản sao sửa được.')
                  }
                >
                  Nhân bản
                </button>
                {!template.builtIn && (
                  <>
                    <button type="button" onClick={() => setEditing(true)}>
                      Sửa mẫu
                    </button>
                    <button type="button" className="quiet danger-text" onClick={() => setDeleting(true)}>
                      Xóa mẫu
                    </button>
                  </>
                )}
                <button
                  type="button"
                  onClick={() =>
                    void act(async () => {
                      const file = await call('templates.export', { id: template.id });
                      downloadFile(file.fileName, file.base64, 'application/json');
                    }, 'Đã xuất mẫu ra tệp.')
                  }
                >
                  Xuất ra tệp
                </button>
              </div>
              <p className="hint">{template.description}</p>
              <p className="hint">Các trường: {template.fields.map((field) => field.label).join(', ') || 'chưa có (sửa mẫu để thêm)'}.</p>
              <TemplatePreview template={template} />
            </>
          )}
        </div>
      </div>
      {deleting && template && (
        <ConfirmDialog
          title="Xóa mẫu bài?"
          message={`Mẫu «${template.name}» sẽ bị xóa. Bài đã viết từ mẫu này không thay đổi.`}
          confirmLabel="Xóa mẫu"
          danger
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            void act(async () => {
              await call('templates.delete', { id: template.id });
              setSelected(null);
              setTemplate(null);
              await load();
            }, 'Đã xóa mẫu bài.');
          }}
        />
      )}
    </section>
  );
}
