import { useMemo } from 'react';
import { StyleChecker } from '../../../shared/style/check';
import { styleConfig } from '../../../shared/style/config';
import type { Template, TemplateBinding } from '../../../shared/templates/model';
import { eventDateOf } from '../../../shared/templates/render';
import { useOffice } from './office-context';
import { useSpellingLexicon } from './spelling-lexicon';

/**
 * The style checker with the one configuration (shared/style/config.ts: the office's dictionary, directory, tone
 * style, the event's date from the article's template, spelling with the words the article ignores — the same
 * function the submission check and `check-vi` use). Made again only when one of those changes; null until the
 * office and the spelling lists are loaded (the lists come after the screen is drawn).
 */
export function useStyleChecker(template: Template | null, binding: TemplateBinding | null | undefined, spellingIgnored: readonly string[] = NONE): StyleChecker | null {
  const { office, settings } = useOffice();
  const lexicon = useSpellingLexicon();
  const written = { template, values: binding?.values, spellingIgnored: [...spellingIgnored] };
  // The date as the key: a template's other fields change without changing the checker.
  const dateKey = JSON.stringify(template && binding ? eventDateOf(template, binding.values) : null);
  const ignoredKey = spellingIgnored.join('\u0000');
  return useMemo(() => {
    if (!office || !settings || !lexicon) return null;
    return new StyleChecker(styleConfig(office, settings, written, lexicon));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [office, settings, lexicon, dateKey, ignoredKey]);
}

const NONE: readonly string[] = [];
