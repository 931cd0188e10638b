import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTemplate } from '../../templates/useTemplate';
import type { DocNode } from '../../../../shared/article/model';
import type { FieldValues } from '../../../../shared/templates/model';
import { regenerate, type Conflict } from '../../../../shared/templates/regenerate';
import { renderTemplate } from '../../../../shared/templates/render';
import type { ArticleDraft } from '../draft/article-draft';

/** After a pause in the template's fields, the text is written again. */
const TEMPLATE_DELAY_MS = 300;

/**
 * The template the article was written from: its fields change the parts of the text it generated (after a
 * pause), never a part the person rewrote without asking (a conflict, resolved one by one).
 */
export function useTemplateBinding(draft: ArticleDraft, editor: Editor | null, templateId: string | null) {
  const template = useTemplate(templateId);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const timer = useRef<number | null>(null);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  /** Writes the text again from `values`; parts listed in `accept` are replaced even where they were rewritten. */
  const apply = useCallback(
    (values: FieldValues, accept: ReadonlySet<string> = new Set()) => {
      const bound = draft.current.binding;
      if (!editor || editor.isDestroyed || !bound || !template) return;
      const { fields } = draft.current;
      const before = editor.getJSON() as DocNode;
      const result = regenerate({ title: fields.title, lead: fields.lead, byline: fields.byline, body: before }, bound.generated, renderTemplate(template, values), accept);
      if (JSON.stringify(result.body) !== JSON.stringify(before)) editor.commands.setContent(result.body, { emitUpdate: false });
      draft.applyTemplate({ title: result.title, lead: result.lead, byline: result.byline }, { ...bound, values, generated: result.generated });
      setConflicts(result.conflicts);
    },
    [draft, editor, template],
  );

  /** The person changed the template's fields: kept at once, applied to the text after a pause. */
  const change = (values: FieldValues): void => {
    draft.setBindingValues(values);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => apply(values), TEMPLATE_DELAY_MS);
  };

  /** A conflict: replace the rewritten part with the template's, or keep it. */
  const resolve = (conflict: Conflict, replace: boolean): void => {
    const bound = draft.current.binding;
    if (replace && bound) apply(bound.values, new Set([conflict.part]));
    else setConflicts((list) => list.filter((item) => item.part !== conflict.part));
  };

  return { template, conflicts, change, resolve };
}
