import type { Official } from '../../../shared/office/model';
import type { FieldValue, FieldValues, PersonValue, Template, TemplateField } from '../../../shared/templates/model';
import type { Conflict } from '../../../shared/templates/regenerate';
import { valueWithCodes } from '../office/expand-code';
import { DateTimeField } from './DateTimeField';
import { PeopleField } from './PeopleField';
import { PanelHeader } from '../components/PanelHeader';

interface Props {
  template: Template | null;
  templateName: string;
  values: FieldValues;
  officials: Official[];
  codeText: (code: string) => string | undefined;
  conflicts: Conflict[];
  onChange: (values: FieldValues) => void;
  onResolve: (conflict: Conflict, replace: boolean) => void;
  onClose: () => void;
}

function asText(value: FieldValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return (value as (string | PersonValue)[]).map((item) => (typeof item === 'string' ? item : item.name)).join('\n');
}

/** The template's fields beside the editor; every change rewrites what the template wrote, never the officer's own text. */
export function TemplateFieldsPanel({ template, templateName, values, officials, codeText, conflicts, onChange, onResolve, onClose }: Props) {
  const set = (field: TemplateField, value: FieldValue): void => onChange({ ...values, [field.key]: value });
  return (
    <aside className="side-panel" aria-labelledby="template-title">
      <PanelHeader id="template-title" title="Dữ liệu mẫu" closeLabel="Đóng dữ liệu mẫu" onClose={onClose} />
      <p className="hint">Mẫu «{templateName}». Sửa một trường, bài viết cập nhật theo; đoạn bạn đã tự sửa được giữ nguyên.</p>
      {conflicts.length > 0 && (
        <div className="conflicts" role="alert">
          <p>Các phần sau bạn đã sửa tay nên chưa cập nhật theo dữ liệu mới:</p>
          {conflicts.map((conflict) => (
            <div key={conflict.part} className="conflict">
              <strong>{conflict.label}</strong>
              <p className="conflict-proposed">Nội dung mới: {conflict.proposed}</p>
              <div className="row-actions">
                <button type="button" onClick={() => onResolve(conflict, false)}>
                  Giữ bản sửa tay
                </button>
                <button type="button" className="primary" onClick={() => onResolve(conflict, true)}>
                  Thay bằng nội dung mới
                </button>
              </div>
            </div>
          ))}
        </div>
      )}
      {!template && <p className="error-text">Mẫu này không còn trong máy; dữ liệu mẫu không sửa được nữa, bài viết vẫn sửa bình thường.</p>}
      <form className="template-form" onSubmit={(event) => event.preventDefault()}>
        {template?.fields.map((field) => {
          const value = values[field.key];
          const id = `field-${field.key}`;
          if (field.type === 'people') {
            return (
              <PeopleField
                key={field.key}
                label={field.label}
                value={Array.isArray(value) ? (value as PersonValue[]).filter((item) => typeof item === 'object') : []}
                officials={officials}
                onChange={(people) => set(field, people)}
              />
            );
          }
          const helpId = field.help ? `${id}-help` : undefined;
          return (
            <div key={field.key} className="field">
              <label className="field-caption" htmlFor={id}>
                {field.label}
              </label>
              {field.type === 'choice' ? (
                <select id={id} aria-describedby={helpId} value={asText(value) || field.default || ''} onChange={(event) => set(field, event.target.value)}>
                  {field.options?.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
              ) : field.type === 'datetime' ? (
                <DateTimeField id={id} describedBy={helpId} value={asText(value)} onChange={(next) => set(field, next)} />
              ) : field.type === 'list' || field.type === 'paragraphs' ? (
                <textarea
                  id={id}
                  aria-describedby={helpId}
                  rows={3}
                  placeholder={field.placeholder ?? 'Mỗi dòng một mục'}
                  value={asText(value)}
                  onChange={(event) => {
                    const text = valueWithCodes(event.target, codeText);
                    set(field, field.type === 'list' ? text.split('\n') : text);
                  }}
                />
              ) : (
                <input id={id} aria-describedby={helpId} placeholder={field.placeholder} value={asText(value)} onChange={(event) => set(field, valueWithCodes(event.target, codeText))} />
              )}
              {field.help && (
                <span id={helpId} className="hint">
                  {field.help}
                </span>
              )}
            </div>
          );
        })}
      </form>
    </aside>
  );
}
