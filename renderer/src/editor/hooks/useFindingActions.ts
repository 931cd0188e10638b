import type { Editor } from '@tiptap/react';
import { locateFinding } from '../../../../shared/style/locate';
import type { PlacedFinding } from '../../../../shared/style/types';
import { call } from '../../api';
import { useToast } from '../../components/toast';
import { useOffice } from '../../office/office-context';
import { useAddWord } from '../../office/useAddWord';
import type { ArticleDraft, TextField } from '../draft/article-draft';
import { textBlocks } from '../extensions/style-check/style-check';
import type { FindingActions } from '../CheckPanel';

/** The same finding in the last check's list (the list on screen may be a few keystrokes old). */
function freshest(finding: PlacedFinding, latest: readonly PlacedFinding[]): PlacedFinding {
  return (
    latest.find(
      (other) =>
        other.rule === finding.rule &&
        other.field === finding.field &&
        other.block === finding.block &&
        other.text === finding.text &&
        other.start >= finding.start - 2 &&
        other.start <= finding.start + 2,
    ) ?? finding
  );
}

/**
 * What a person does with a finding: the one-click fix (several at once for the tone style; for spelling, the
 * suggestion the person chose), showing where it is, adding an abbreviation or a word to the office's
 * dictionaries, leaving a word alone in this article. A fix finds its words where they are now, so a second
 * fix clicked right after another in the same paragraph is not lost (shared/style/locate.ts).
 */
export function useFindingActions(editor: Editor | null, draft: ArticleDraft, latestFindings: () => readonly PlacedFinding[]) {
  const toast = useToast();
  const { office, refresh } = useOffice();

  const fix = (requested: PlacedFinding[]): void => {
    // The freshest place of each finding, with the replacement that was asked for (a chosen alternative included).
    const chosen = requested.map((finding) => ({ ...freshest(finding, latestFindings()), suggestion: finding.suggestion })).filter((finding) => finding.suggestion !== null);
    if (editor && !editor.isDestroyed) {
      const blocks = textBlocks(editor.state.doc);
      const transaction = editor.state.tr;
      // From the end backwards, so earlier positions stay valid.
      const body = chosen.filter((finding) => finding.field === 'body').sort((a, b) => b.block - a.block || b.start - a.start);
      for (const finding of body) {
        const block = blocks[finding.block];
        const place = block ? locateFinding(block.text, finding) : null;
        if (!block || !place) continue;
        if (finding.suggestion) transaction.insertText(finding.suggestion, block.from + place.start, block.from + place.end);
        else transaction.delete(block.from + place.start, block.from + place.end);
      }
      if (transaction.docChanged) editor.view.dispatch(transaction);
    }
    const texts = { ...draft.current.fields };
    for (const name of ['title', 'lead', 'byline'] as const satisfies readonly TextField[]) {
      for (const finding of chosen.filter((item) => item.field === name).sort((a, b) => b.start - a.start)) {
        const place = locateFinding(texts[name], finding);
        if (place) texts[name] = texts[name].slice(0, place.start) + (finding.suggestion ?? '') + texts[name].slice(place.end);
      }
    }
    draft.setTexts({ title: texts.title, lead: texts.lead, byline: texts.byline });
  };

  const show = (finding: PlacedFinding): void => {
    if (finding.field === 'body') {
      const block = editor ? textBlocks(editor.state.doc)[finding.block] : undefined;
      if (editor && block) editor.chain().focus().setTextSelection({ from: block.from + finding.start, to: block.from + finding.end }).scrollIntoView().run();
      return;
    }
    const input = document.getElementById(`article-${finding.field}`) as HTMLInputElement | HTMLTextAreaElement | null;
    input?.focus();
    input?.setSelectionRange(finding.start, finding.end);
  };

  const addAbbreviation = async (abbr: string): Promise<void> => {
    if (!office) return;
    try {
      await call('office.saveAbbreviations', { entries: [...office.abbreviations, { abbr, expansion: '' }] });
      await refresh();
      toast.show(`Đã thêm «${abbr}» vào từ điển viết tắt.`);
    } catch (error) {
      toast.error(error);
    }
  };

  /** «Bỏ qua»: spelling leaves the word alone in this article (kept with it). */
  const ignore = (finding: PlacedFinding): void => {
    draft.ignoreWord(finding.text);
    toast.show(`Bỏ qua «${finding.text}» trong bài này.`);
  };

  const addWord = useAddWord();

  const actions: FindingActions = {
    fix: (finding, replacement) => fix([replacement === undefined ? finding : { ...finding, suggestion: replacement }]),
    show,
    fixTone: () => fix(latestFindings().filter((finding) => finding.rule === 'tone-style')),
    addAbbreviation: (abbr) => void addAbbreviation(abbr),
    ignore,
    addWord: (word) => void addWord(word),
  };
  return { fix, actions };
}
