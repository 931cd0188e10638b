import type { Editor } from '@tiptap/react';
import { DecorationSet } from '@tiptap/pm/view';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { PlacedFinding } from '../../../../shared/style/types';
import type { Template, TemplateBinding } from '../../../../shared/templates/model';
import { useStyleChecker } from '../../office/useStyleChecker';
import { useOffice } from '../../office/office-context';
import type { ArticleDraft } from '../draft/article-draft';
import { useDraftValue } from './useArticleDraft';
import type { Panel } from '../EditorHeader';
import { findingAtCaret, findingDecorations, sameDecorations, styleCheckKey, textBlocks } from '../extensions/style-check/style-check';
import { FindingsStore } from '../findings-store';

/** After a pause in typing: the checker never runs on a keystroke. */
const CHECK_DELAY_MS = 200;
/** Blocks not checked yet that one check takes at once; more are checked in slices when the page is idle. */
const CHECK_AT_ONCE = 40;
const WARM_SLICE_MS = 8;

interface Options {
  editor: Editor | null;
  /** The article's fields are checked with the body; any change of its content asks for a check. */
  draft: ArticleDraft;
  panel: Panel;
  /** The article's template and its values: the event's date they give is checked against the lead. */
  template: Template | null;
  binding: TemplateBinding | null;
}

/**
 * The style checker of the open article: the one configuration (shared/style/config.ts) with the template's event
 * date; findings underlined in the text (unless the office turned that off and the panel is closed), the list
 * re-rendered only when what it shows changed. Every change of the draft's content asks for a check after a pause
 * in typing, when the browser is idle; `latestFindings` is the last check's list, for fixes clicked before the next.
 */
export function useStyleCheck({ editor, draft, panel, template, binding }: Options) {
  const { settings } = useOffice();
  const findings = useMemo(() => new FindingsStore(), []);
  const latest = useRef<PlacedFinding[]>([]);
  const signature = useRef('');
  const panelRef = useRef(panel);
  const timer = useRef<number | null>(null);
  const runRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    panelRef.current = panel;
  });
  // Words this article leaves alone («Bỏ qua»): a change makes the checker again, and the text is checked again.
  const ignored = useDraftValue(draft, (state) => state.fields.spellingIgnored);
  const checker = useStyleChecker(template, binding, ignored);
  const checkWhileTyping = settings?.checkWhileTyping ?? true;

  const warming = useRef(false);
  /** A finding on the word at the caret was not underlined: moving the caret away underlines it. */
  const heldBack = useRef(false);
  const runCheck = useCallback(() => {
    if (!editor || !checker || editor.isDestroyed) return;
    const blocks = textBlocks(editor.state.doc);
    const { fields } = draft.current;
    const texts = [fields.title, fields.lead, fields.byline, ...blocks.map((block) => block.text)];
    // A long article not checked yet (just opened, or a new checker): its blocks are checked a slice at a time
    // when the page is idle, so a keystroke never waits for the whole article; then the whole check runs from the
    // cache (the next run, with the text as it is then).
    if (checker.unchecked(texts) > CHECK_AT_ONCE) {
      if (warming.current) return;
      warming.current = true;
      const slice = (deadline: IdleDeadline): void => {
        if (editor.isDestroyed) return;
        // Slices of a few milliseconds: a key pressed meanwhile waits for one slice at most.
        const until = performance.now() + (deadline.didTimeout ? WARM_SLICE_MS : Math.min(WARM_SLICE_MS, deadline.timeRemaining()));
        if (!checker.warm(texts, () => performance.now() < until)) {
          window.requestIdleCallback(slice, { timeout: 1000 });
          return;
        }
        warming.current = false;
        runRef.current();
      };
      window.requestIdleCallback(slice, { timeout: 1000 });
      return;
    }
    const found = checker.checkArticle({ ...fields, blocks: blocks.map((block) => block.text) });
    latest.current = found;
    // Re-render the screen only when what it shows changed (offsets move with every keystroke).
    const shown = found.map((finding) => `${finding.rule}|${finding.field}|${finding.block}|${finding.text}`).join('\n');
    if (shown !== signature.current || panelRef.current === 'check') {
      signature.current = shown;
      findings.set(found);
    }
    const visible = checkWhileTyping || panelRef.current === 'check';
    // The word being typed is underlined once the caret leaves it (the panel lists it already).
    const { selection } = editor.state;
    const typing = findingAtCaret(blocks, found, selection.empty ? selection.from : null);
    heldBack.current = typing !== null;
    const decorations = visible ? findingDecorations(editor.state.doc, blocks, typing ? found.filter((finding) => finding !== typing) : found) : DecorationSet.empty;
    const underlined = styleCheckKey.getState(editor.state);
    if (underlined && sameDecorations(editor.state.doc, underlined, decorations)) return;
    editor.view.dispatch(editor.state.tr.setMeta(styleCheckKey, decorations).setMeta('addToHistory', false));
  }, [editor, draft, checker, checkWhileTyping, findings]);

  useEffect(() => {
    runRef.current = runCheck;
    if (checkWhileTyping || panel === 'check') runCheck();
    else if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(styleCheckKey, DecorationSet.empty).setMeta('addToHistory', false));
  }, [runCheck, panel, checkWhileTyping, editor]);

  const scheduleCheck = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    // Off means off: nothing runs while typing unless the findings are on screen.
    if (!checkWhileTyping && panelRef.current !== 'check') return;
    // After a pause in typing, and then only when the browser has nothing better to do.
    timer.current = window.setTimeout(() => window.requestIdleCallback(() => runRef.current(), { timeout: 500 }), CHECK_DELAY_MS);
  }, [checkWhileTyping]);
  useEffect(() => {
    const stop = draft.onContentChange(() => scheduleCheck());
    return () => {
      stop();
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [draft, scheduleCheck]);

  useEffect(() => {
    if (!editor) return;
    // The caret moved without an edit (an edit asks for a check anyway): underline what was held back.
    const moved = ({ transaction }: { transaction: { docChanged: boolean } }): void => {
      if (heldBack.current && !transaction.docChanged) runRef.current();
    };
    editor.on('selectionUpdate', moved);
    return () => {
      editor.off('selectionUpdate', moved);
    };
  }, [editor]);

  const latestFindings = useCallback(() => latest.current, []);
  return { findings, latestFindings };
}
