import { useState } from 'react';
import { BLOCK_TYPES, FIELD_TYPE_LABELS, FIELD_TYPES, type FieldType, type Template, type TemplateBlock, type TemplateField } from '../../../shared/templates/model';
import { validateTemplate } from '../../../shared/templates/validate';
import { foldForSearch } from '../../../shared/text/normalize';
import { call, errorMessage } from '../api';
import { TemplatePreview } from './TemplatePreview';
import { ActionsHeader } from '../components/ActionsHeader';
import { DeleteButton } from '../components/DeleteButton';

const BLOCK_LABELS: Record<TemplateBlock['type'], string> = { paragraph: 'Đoạn văn', heading: 'Tiêu đề mục', bulletList: 'Danh sách' };

/** A field's code from its label: "Tên sự kiện" → "tenSuKien". */
function keyFromLabel(label: string, taken: Set<string>): string {
  const words = foldForSearch(label).split(/[^a-z0-9]+/).filter(Boolean);
  const base = (words[0] ?? 'truong') + words.slice(1).map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  let key = /^[a-z]/.test(base) ? base.slice(0, 30) : `f${base}`.slice(0, 30);
  for (let index = 2; taken.has(key); index += 1) key = `${base.slice(0, 28)}${index}`;
  return key;
}

interface Props {
  template: Template;
  onCancel: () => void;
  onSaved: (template: Template) => void;
}

/** Edit one of the office's templates: its fields and the text it writes, with {{trường}} where a field goes. */
export function TemplateEditor({ template, onCancel, onSaved }: Props) {
  const [draft, setDraft] = useState<Template>(template);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<Template>): void => setDraft({ ...draft, ...patch });
  const setField = (index: number, patch: Partial<TemplateField>): void => set({ fields: draft.fields.map((field, other) => (other === index ? { ...field, ...patch } : field)) });
  const setBlock = (index: number, patch: Partial<TemplateBlock>): void => set({ body: draft.body.map((block, other) => (other === index ? { ...block, ...patch } : block)) });
  const problem = validateTemplate(draft);

  const save = async (): Promise<void> => {
    try {
      onSaved(await call('templates.save', { template: draft }));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <section aria-labelledby="template-editor-title" className="template-editor">
      <div className="view-header">
        <h1 id="template-editor-title">Sửa mẫu bài</h1>
        <div className="toolbar-row">
          <button type="button" onClick={onCancel}>
            Hủy
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={problem !== null}>
            Lưu mẫu
          </button>
        </div>
      </div>
      {(problem || error) && (
        <p className="error-text" role="alert">
          {problem ?? error}
        </p>
      )}
      <div className="template-editor-grid">
        <div>
          <label className="field">
            <span className="field-caption">Tên mẫu</span>
            <input value={draft.name} onChange={(event) => set({ name: event.target.value })} />
          </label>
          <label className="field">
            <span className="field-caption">Mô tả</span>
            <textarea rows={2} value={draft.description} onChange={(event) => set({ description: event.target.value })} />
          </label>
          <h2>Các trường</h2>
          <p className="hint">Trong phần chữ, viết {'{{mã}}'} ở chỗ cần điền. Với trường ngày giờ có thêm {'{{mã.dayPart}}'} (Sáng/Chiều…) và {'{{mã.date}}'} (29/1).</p>
          <table className="article-table compact">
            <thead>
              <tr>
                <th scope="col">Nhãn</th>
                <th scope="col">Mã</th>
                <th scope="col">Kiểu</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {draft.fields.map((field, index) => (
                <tr key={index}>
                  <td>
                    <input aria-label={`Nhãn trường ${index + 1}`} value={field.label} onChange={(event) => setField(index, { label: event.target.value })} />
                  </td>
                  <td>
                    <code>{`{{${field.key}}}`}</code>
                  </td>
                  <td>
                    <select aria-label={`Kiểu trường ${index + 1}`} value={field.type} onChange={(event) => setField(index, { type: event.target.value as FieldType })}>
                      {FIELD_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {FIELD_TYPE_LABELS[type]}
                        </option>
                      ))}
                    </select>
                    {field.type === 'choice' && (
                      <input
                        aria-label={`Lựa chọn của trường ${index + 1}`}
                        placeholder="Các lựa chọn, cách nhau bởi dấu ;"
                        value={(field.options ?? []).join('; ')}
                        onChange={(event) => setField(index, { options: event.target.value.split(';').map((option) => option.trim()).filter(Boolean) })}
                      />
                    )}
                  </td>
                  <td>
                    <DeleteButton label={`Xóa trường «${field.label}»`} onClick={() => set({ fields: draft.fields.filter((_, other) => other !== index) })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => {
              const label = `Trường ${draft.fields.length + 1}`;
              set({ fields: [...draft.fields, { key: keyFromLabel(label, new Set(draft.fields.map((field) => field.key))), label, type: 'text' }] });
            }}
          >
            Thêm trường
          </button>
          <h2>Phần chữ</h2>
          <label className="field">
            <span className="field-caption">Tiêu đề</span>
            <input value={draft.title} onChange={(event) => set({ title: event.target.value })} />
          </label>
          <label className="field">
            <span className="field-caption">Sapo</span>
            <textarea rows={3} value={draft.lead} onChange={(event) => set({ lead: event.target.value })} />
          </label>
          {draft.body.map((block, index) => (
            <div key={block.key} className="block-editor">
              <div className="toolbar-row">
                <select aria-label={`Loại đoạn ${index + 1}`} value={block.type} onChange={(event) => setBlock(index, { type: event.target.value as TemplateBlock['type'] })}>
                  {BLOCK_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {BLOCK_LABELS[type]}
                    </option>
                  ))}
                </select>
                <select aria-label={`Đoạn ${index + 1} chỉ hiện khi có`} value={block.when ?? ''} onChange={(event) => setBlock(index, { when: event.target.value || undefined })}>
                  <option value="">Luôn hiện</option>
                  {draft.fields.map((field) => (
                    <option key={field.key} value={field.key}>
                      Chỉ khi có «{field.label}»
                    </option>
                  ))}
                </select>
                <button type="button" className="quiet danger-text" onClick={() => set({ body: draft.body.filter((_, other) => other !== index) })}>
                  Xóa đoạn
                </button>
              </div>
              <textarea aria-label={`Nội dung đoạn ${index + 1}`} rows={3} value={block.text} onChange={(event) => setBlock(index, { text: event.target.value })} />
            </div>
          ))}
          <button
            type="button"
            onClick={() => {
              const taken = new Set(draft.body.map((block) => block.key));
              let number = draft.body.length + 1;
              while (taken.has(`p${number}`)) number += 1;
              set({ body: [...draft.body, { key: `p${number}`, type: 'paragraph', text: '' }] });
            }}
          >
            Thêm đoạn
          </button>
          <label className="field">
            <span className="field-caption">Dòng ký tên</span>
            <input value={draft.byline} onChange={(event) => set({ byline: event.target.value })} />
          </label>
        </div>
        <div>
          <h2>Xem trước</h2>
          <TemplatePreview template={draft} />
        </div>
      </div>
    </section>
  );
}
