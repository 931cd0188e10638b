// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import type { Photo } from '../../../shared/media/model';
import { articleExtensions } from '../../../renderer/src/editor/extensions';
import { figureCaptions, syncFigures } from '../../../renderer/src/editor/extensions/figure/sync';
import { findingAtCaret, findingDecorations, sameDecorations, styleCheckKey, textBlocks } from '../../../renderer/src/editor/extensions/style-check/style-check';
import { LegacyText } from '../../../renderer/src/editor/extensions/legacy-text';
import { caretFromPage, pageSelection } from '../../../renderer/src/editor/extensions/keys-at-caret';
import { Fragment, Slice } from '@tiptap/pm/model';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function editorWith(content: object, codes: Record<string, string> = {}): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: articleExtensions({ aids: { officials: () => [], code: (code) => codes[code] } }),
    content,
  });
  editors.push(editor);
  return editor;
}

/** An editor with the legacy-text extension as the body editor has it, and what it told the person. */
function legacyEditor(content: object): { editor: Editor; told: string[] } {
  const told: string[] = [];
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...articleExtensions({ aids: { officials: () => [], code: () => undefined } }), LegacyText.configure({ onConverted: (message) => told.push(message) })],
    content,
  });
  editors.push(editor);
  return { editor, told };
}

/** The editor in the page, focused (a page selection needs both), taken out again after the test. */
function focusInPage(editor: Editor): void {
  const element = editor.view.dom.parentElement!;
  document.body.append(element);
  onTestFinished(() => element.remove());
  editor.view.dom.focus();
}

/** Until the test ends, ProseMirror never hears of the page's selection changing (its «selectionchange» is late). */
function holdSelectionChange(): void {
  const notYet = (event: Event) => event.stopImmediatePropagation();
  document.addEventListener('selectionchange', notYet, true);
  onTestFinished(() => document.removeEventListener('selectionchange', notYet, true));
}

const photo = (id: string, caption: string, credit: string): Photo => ({
  id,
  articleId: 'bai-viet-1234',
  fileName: 'a.jpg',
  hash: '0'.repeat(64),
  originalExt: 'jpg',
  width: 10,
  height: 10,
  web: { width: 10, height: 10, bytes: 1 },
  takenAt: null,
  camera: '',
  caption,
  credit,
  alt: 'Hội trường',
  starred: false,
  importedAt: 0,
  revision: 3,
});

const doc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kết luận' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Đồng chí ctt phát biểu.' }] },
    { type: 'figure', attrs: { photoId: 'anh00000001', articleId: 'bai-viet-1234' }, content: [{ type: 'text', text: 'Chú thích cũ.' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mục một' }] }] }] },
  ],
};

describe('the editor’s extensions, in a real editor', () => {
  it('the checker’s text blocks: every block of text with where it starts, captions included', () => {
    const editor = editorWith(doc);
    const blocks = textBlocks(editor.state.doc);
    expect(blocks.map((block) => block.text)).toEqual(['Kết luận', 'Đồng chí ctt phát biểu.', 'Chú thích cũ.', 'Mục một']);
    for (const block of blocks) expect(editor.state.doc.textBetween(block.from, block.from + block.text.length)).toBe(block.text);
  });

  it('the underlines: moved along by typing, they are what a new check finds, so nothing needs drawing again', () => {
    const editor = editorWith(doc);
    const finding = { rule: 'abbreviation', severity: 'warning', field: 'body', block: 1, start: 9, end: 12, text: 'ctt', message: 'Viết tắt lạ.', suggestion: null } as const;
    const blocks = textBlocks(editor.state.doc);
    editor.view.dispatch(editor.state.tr.setMeta(styleCheckKey, findingDecorations(editor.state.doc, blocks, [finding])));
    // A letter typed before the finding moves it by one.
    editor.view.dispatch(editor.state.tr.insertText('x', blocks[1].from));
    const again = findingDecorations(editor.state.doc, textBlocks(editor.state.doc), [{ ...finding, start: 10, end: 13 }]);
    const shown = styleCheckKey.getState(editor.state)!;
    expect(sameDecorations(editor.state.doc, shown, again)).toBe(true);
    const otherMessage = findingDecorations(editor.state.doc, textBlocks(editor.state.doc), [{ ...finding, start: 10, end: 13, message: 'Khác.' }]);
    expect(sameDecorations(editor.state.doc, shown, otherMessage)).toBe(false);
    const elsewhere = findingDecorations(editor.state.doc, textBlocks(editor.state.doc), [{ ...finding, start: 9, end: 12 }]);
    expect(sameDecorations(editor.state.doc, shown, elsewhere)).toBe(false);
  });

  it('the word being typed: a spelling finding with the caret inside it or right after it, nothing else', () => {
    const editor = editorWith(doc);
    const blocks = textBlocks(editor.state.doc);
    const spelling = { rule: 'spelling', severity: 'warning', field: 'body', block: 1, start: 9, end: 12, text: 'ctt', message: 'Chính tả.', suggestion: null } as const;
    const style = { ...spelling, rule: 'abbreviation' } as const;
    const at = (offset: number) => blocks[1].from + offset;
    expect(findingAtCaret(blocks, [spelling], at(12))).toBe(spelling);
    expect(findingAtCaret(blocks, [spelling], at(10))).toBe(spelling);
    expect(findingAtCaret(blocks, [spelling], at(9))).toBe(spelling);
    expect(findingAtCaret(blocks, [spelling], at(13))).toBeNull();
    expect(findingAtCaret(blocks, [spelling], null)).toBeNull();
    // Style findings are drawn as they are; so is a finding of a field beside the body.
    expect(findingAtCaret(blocks, [style], at(12))).toBeNull();
    expect(findingAtCaret(blocks, [{ ...spelling, field: 'title' }], at(12))).toBeNull();
  });

  it('figure sync: the photo desk’s caption, credit, alt text and revision come into the figure, and nothing when equal', () => {
    const editor = editorWith(doc);
    const photos = new Map([['anh00000001', photo('anh00000001', 'Đồng chí Nguyễn Hương Giang phát biểu.', 'Ngô Giang Sơn')]]);
    const transaction = syncFigures(editor.state.doc, editor.state.tr, photos);
    expect(transaction).not.toBeNull();
    editor.view.dispatch(transaction!);
    expect(figureCaptions(editor.state.doc)).toEqual([{ photoId: 'anh00000001', caption: 'Đồng chí Nguyễn Hương Giang phát biểu.' }]);
    const figure = editor.state.doc.child(2);
    expect(figure.attrs).toMatchObject({ credit: 'Ngô Giang Sơn', alt: 'Hội trường', revision: 3 });
    expect(syncFigures(editor.state.doc, editor.state.tr, photos)).toBeNull();
  });

  it('a typing code becomes its text on a space, and one undo gives the code back', () => {
    const editor = editorWith({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đồng chí ctt' }] }] }, { ctt: 'Chủ tịch UBND tỉnh' });
    const end = editor.state.doc.content.size - 1;
    editor.commands.setTextSelection(end);
    const handled = editor.view.someProp('handleTextInput', (handler) => handler(editor.view, end, end, ' ', () => editor.state.tr));
    expect(handled).toBe(true);
    expect(editor.getText()).toBe('Đồng chí Chủ tịch UBND tỉnh ');
    editor.commands.undo();
    expect(editor.getText()).toBe('Đồng chí ctt ');
  });

  it('Enter right after a click acts where the page put the caret, even before ProseMirror has read it', () => {
    const paragraphs = ['Đoạn 1. Hội nghị sơ kết.', 'Đoạn 2. Đại biểu phát biểu.', 'Đoạn 3. Bế mạc.'];
    const editor = editorWith({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
    focusInPage(editor);
    // The click's «selectionchange» has not come yet (input events already waiting can run before it).
    holdSelectionChange();
    // The editor's caret is still at the start, where it was when the article opened; the page's is where the
    // click put it, at the end of the last paragraph.
    const last = editor.view.dom.querySelectorAll('p')[2].firstChild!;
    document.getSelection()!.collapse(last, last.textContent!.length);
    expect(editor.state.selection.from).toBe(1);
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    expect(editor.state.doc.childCount).toBe(4);
    expect(editor.state.doc.child(0).textContent).toBe(paragraphs[0]);
    expect(editor.state.doc.child(2).textContent).toBe(paragraphs[2]);
    expect(editor.state.doc.child(3).textContent).toBe('');
    expect(editor.state.selection.$from.parent).toBe(editor.state.doc.child(3));
  });

  it('the page’s caret is taken only when it moved since the editor last drew its own, and only in text', () => {
    const editor = editorWith(doc);
    focusInPage(editor);
    // Unmoved: the editor's own selection stands, whatever it is (here the photo, selected as a whole).
    editor.commands.setNodeSelection(editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize);
    const drawn = pageSelection(editor.view);
    expect(drawn).not.toBeNull();
    expect(caretFromPage(editor.view, drawn)).toBeNull();
    holdSelectionChange();
    // Moved into the text of the first paragraph: taken, as a caret in text.
    const text = editor.view.dom.querySelector('p')!.firstChild!;
    document.getSelection()!.collapse(text, 3);
    const tr = caretFromPage(editor.view, drawn);
    expect(tr?.selection.toJSON()).toEqual({ type: 'text', anchor: editor.state.doc.child(0).nodeSize + 4, head: editor.state.doc.child(0).nodeSize + 4 });
    // Moved out of the editor, or not focused: nothing.
    document.getSelection()!.removeAllRanges();
    expect(caretFromPage(editor.view, drawn)).toBeNull();
  });

  it('garbled TCVN3 pasted: the paste and its conversion land together, one undo gives the pasted text back, another removes it', () => {
    const { editor, told } = legacyEditor({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tin: ' }] }] });
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    const garbled = 'Héi nghÞ s¬ kÕt c«ng t¸c d©n vËn';
    const slice = new Slice(Fragment.from(editor.schema.text(garbled)), 0, 0);
    const handled = editor.view.someProp('handlePaste', (handler) => handler(editor.view, new Event('paste') as ClipboardEvent, slice));
    expect(handled).toBe(true);
    // At once, with no timer to wait for: a key right after the paste meets the converted text.
    expect(editor.getText()).toBe('Tin: Hội nghị sơ kết công tác dân vận');
    expect(told).toEqual(['Đoạn dán là chữ TCVN3 nên đã được chuyển sang Unicode. Bấm Ctrl+Z để giữ nguyên như lúc dán.']);
    editor.commands.undo();
    expect(editor.getText()).toBe(`Tin: ${garbled}`);
    editor.commands.redo();
    expect(editor.getText()).toBe('Tin: Hội nghị sơ kết công tác dân vận');
    editor.commands.undo();
    editor.commands.undo();
    expect(editor.getText()).toBe('Tin: ');
  });

  it('plain Vietnamese pasted is left to the editor (nothing converted, nothing said)', () => {
    const { editor, told } = legacyEditor({ type: 'doc', content: [{ type: 'paragraph' }] });
    const slice = new Slice(Fragment.from(editor.schema.text('Hội nghị sơ kết công tác dân vận')), 0, 0);
    expect(editor.view.someProp('handlePaste', (handler) => handler(editor.view, new Event('paste') as ClipboardEvent, slice))).toBeFalsy();
    expect(told).toEqual([]);
  });
});

describe('the word count of a long article', () => {
  it('counts as the whole text does, and after a keystroke counts again only the block that changed', async () => {
    const { countDocument } = await import('../../../renderer/src/editor/doc-counts');
    const { countCharacters, countWords } = await import('../../../shared/text/count');
    const editor = editorWith({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị sơ kết 6 tháng đầu năm 2026.' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'UBND tỉnh' }] }] }, { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'HĐND tỉnh' }] }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Dòng một' }, { type: 'hardBreak' }, { type: 'text', text: 'dòng hai.' }] },
      ],
    });
    const whole = editor.getText({ blockSeparator: '\n' });
    expect(countDocument(editor.state.doc)).toEqual({ words: countWords(whole), characters: countCharacters(whole) });
    const before = editor.state.doc;
    editor.commands.insertContentAt(before.child(0).nodeSize - 1, ' Thêm');
    const after = editor.state.doc;
    // The blocks not typed in are the same nodes: their counts are kept, not taken again.
    expect(after.child(1)).toBe(before.child(1));
    expect(after.child(0)).not.toBe(before.child(0));
    expect(countDocument(after).words).toBe(countWords(editor.getText({ blockSeparator: '\n' })));
  });
});
