import { useEffect, useState } from 'react';
import type { Template } from '../../../shared/templates/model';
import { call } from '../api';

/** The template an article was written from (null while it loads, or when it is gone). */
export function useTemplate(templateId: string | null | undefined): Template | null {
  const [template, setTemplate] = useState<Template | null>(null);
  useEffect(() => {
    if (!templateId) return;
    let cancelled = false;
    call('templates.get', { id: templateId })
      .then((loaded) => !cancelled && setTemplate(loaded))
      .catch(() => !cancelled && setTemplate(null));
    return () => {
      cancelled = true;
    };
  }, [templateId]);
  return template;
}
