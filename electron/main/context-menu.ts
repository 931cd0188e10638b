import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** A suggestion offered for the word under the pointer (the spelling checker brings them). */
export interface Suggestion {
  label: string;
  apply: () => void;
}

type Params = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags' | 'misspelledWord' | 'dictionarySuggestions'>;

/**
 * The right-click menu: in the editor and in text fields cut, copy, paste, paste as plain text and select all,
 * each enabled as the field allows; on selected text elsewhere, copy. Suggestions for a misspelled word go on
 * top when there are any (`replaceMisspelling` applies Chromium's own; `extra` is the room for ours).
 */
export function contextMenuTemplate(params: Params, replaceMisspelling: (word: string) => void, extra: Suggestion[] = []): MenuItemConstructorOptions[] {
  const suggestions: MenuItemConstructorOptions[] = [
    ...extra.map((item) => ({ label: item.label, click: item.apply })),
    ...(params.misspelledWord ? params.dictionarySuggestions.map((word) => ({ label: word, click: () => replaceMisspelling(word) })) : []),
  ];
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      ...suggestions,
      ...(suggestions.length > 0 ? [{ type: 'separator' as const }] : []),
      { label: 'Cắt', role: 'cut', accelerator: 'CmdOrCtrl+X', enabled: flags.canCut },
      { label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C', enabled: flags.canCopy },
      { label: 'Dán', role: 'paste', accelerator: 'CmdOrCtrl+V', enabled: flags.canPaste },
      { label: 'Dán dạng văn bản thuần', role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V', enabled: flags.canPaste },
      { type: 'separator' },
      { label: 'Chọn tất cả', role: 'selectAll', accelerator: 'CmdOrCtrl+A', enabled: flags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C', enabled: flags.canCopy }];
  return [];
}
