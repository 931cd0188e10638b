import type { FieldValues, Template } from '../../../shared/templates/model';
import { renderTemplate } from '../../../shared/templates/render';

/** What the template writes with its sample values, as the article would read. */
export function TemplatePreview({ template }: { template: Template }) {
  const rendered = renderTemplate(template, template.sample as FieldValues);
  return (
    <div className="template-preview" aria-label={`Xem trước mẫu «${template.name}»`}>
      <h2 className="preview-title">{rendered.title || 'Tiêu đề'}</h2>
      {rendered.lead && <p className="preview-lead">{rendered.lead}</p>}
      {rendered.blocks.map((block) =>
        block.node.type === 'bulletList' ? (
          <ul key={block.key}>
            {block.text.split('\n').map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p key={block.key}>{block.text}</p>
        ),
      )}
      {rendered.byline && <p className="preview-byline">{rendered.byline}</p>}
    </div>
  );
}
