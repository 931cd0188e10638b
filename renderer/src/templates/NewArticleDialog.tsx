import { useEffect, useState } from 'react';
import type { Template, TemplateSummary } from '../../../shared/templates/model';
import { renderedDoc, renderTemplate } from '../../../shared/templates/render';
import { call, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';
import { useOffice } from '../office/office-context';
import { initialValues } from './initial-values';
import { TemplatePreview } from './TemplatePreview';

interface Props {
  onCreated: (id: string) => void;
  onClose: () => void;
}

const BLANK = '';

/** New article: a blank page or a template, with a preview of what the template writes. */
export function NewArticleDialog({ onCreated, onClose }: Props) {
  const { settings } = useOffice();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [chosen, setChosen] = useState<string>(BLANK);
  const [template, setTemplate] = useState<Template | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('templates.list', {})
      .then(setTemplates)
      .catch((caught: unknown) => setError(errorMessage(caught)));
  }, []);

  useEffect(() => {
    if (chosen === BLANK) return;
    let cancelled = false;
    call('templates.get', { id: chosen })
      .then((loaded) => !cancelled && setTemplate(loaded))
      .catch((caught: unknown) => !cancelled && setError(errorMessage(caught)));
    return () => {
      cancelled = true;
    };
  }, [chosen]);

  const create = async (): Promise<void> => {
    setBusy(true);
    try {
      if (chosen === BLANK || !template) {
        onCreated((await call('articles.create', {})).id);
        return;
      }
      const values = initialValues(template, settings?.authorName ?? '');
      const rendered = renderTemplate(template, values);
      const article = await call('articles.create', {
        content: {
          title: rendered.title,
          lead: rendered.lead,
          byline: rendered.byline,
          body: renderedDoc(rendered),
          template: {
            templateId: template.id,
            templateName: template.name,
            values,
            generated: {
              title: rendered.title,
              lead: rendered.lead,
              byline: rendered.byline,
              blocks: Object.fromEntries(rendered.blocks.map((block) => [block.key, block.text])),
            },
          },
        },
      });
      onCreated(article.id);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Bài viết mới"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Hủy
          </button>
          <button type="button" className="primary" onClick={() => void create()} disabled={busy}>
            {chosen === BLANK ? 'Tạo trang trắng' : 'Tạo bài từ mẫu'}
          </button>
        </>
      }
    >
      <div className="chooser">
        <ul className="chooser-list" role="listbox" aria-label="Chọn mẫu bài">
          {[{ id: BLANK, name: 'Trang trắng', description: 'Bài viết trống, tự soạn từ đầu.', builtIn: true }, ...templates].map((item) => (
            <li
              key={item.id || 'blank'}
              role="option"
              aria-selected={chosen === item.id}
              tabIndex={0}
              className={`chooser-item${chosen === item.id ? ' is-selected' : ''}`}
              onClick={() => setChosen(item.id)}
              onDoubleClick={() => void create()}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void create();
                if (event.key === ' ') {
                  event.preventDefault();
                  setChosen(item.id);
                }
              }}
            >
              <strong>{item.name}</strong>
              {!item.builtIn && <span className="tag">Mẫu của cơ quan</span>}
            </li>
          ))}
        </ul>
        <div className="chooser-preview">
          {chosen === BLANK ? (
            <p className="hint">Một trang trắng: tiêu đề, sapo, thân bài và dòng ký tên tự điền.</p>
          ) : template && template.id === chosen ? (
            <>
              <p className="hint">{template.description}</p>
              <TemplatePreview template={template} />
            </>
          ) : (
            <p className="loading">Đang tải mẫu…</p>
          )}
        </div>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
