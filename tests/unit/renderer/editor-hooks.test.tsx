// @vitest-environment happy-dom
import type { Editor } from '@tiptap/react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, DocNode } from '../../../shared/article/model';
import type { Photo } from '../../../shared/media/model';
import type { PlacedFinding } from '../../../shared/style/types';
import { ApiCallError } from '../../../renderer/src/api';
import type { ArticleDraft } from '../../../renderer/src/editor/draft/article-draft';
import { useArticleDraft } from '../../../renderer/src/editor/hooks/useArticleDraft';
import { useAutosave } from '../../../renderer/src/editor/hooks/useAutosave';
import { useBodyEditor } from '../../../renderer/src/editor/hooks/useBodyEditor';
import { useFigurePhotos } from '../../../renderer/src/editor/hooks/useFigurePhotos';
import { useFindingActions } from '../../../renderer/src/editor/hooks/useFindingActions';
import { useWorkflowActions } from '../../../renderer/src/editor/hooks/useWorkflowActions';
import { storedArticle } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const calls = vi.hoisted(() => ({ answer: new Map<string, (input: never) => unknown>(), log: [] as { name: string; input: unknown }[] }));
vi.mock('../../../renderer/src/api', async (original) => ({
  ...(await original<typeof import('../../../renderer/src/api')>()),
  call: vi.fn(async (name: string, input: never) => {
    calls.log.push({ name, input });
    const answer = calls.answer.get(name);
    if (!answer) throw new Error(`no answer for ${name}`);
    return answer(input);
  }),
  onAppEvent: () => () => undefined,
}));

interface Rig {
  draft: ArticleDraft;
  editor: Editor | null;
  autosave: ReturnType<typeof useAutosave>;
  fixes: ReturnType<typeof useFindingActions>;
  photos: ReturnType<typeof useFigurePhotos>;
  workflow: ReturnType<typeof useWorkflowActions>;
}

let latest: Rig;
let unmount: () => void = () => undefined;

function Harness({ article, findings = [] }: { article: Article; findings?: PlacedFinding[] }) {
  const draft = useArticleDraft(article);
  const { editor, body, doc } = useBodyEditor({ article, draft, readOnly: false, onFindingClick: () => undefined, onDropFile: () => undefined });
  const autosave = useAutosave({ articleId: article.id, draft, body, doc, savedAt: article.updatedAt, onVersionCreated: () => undefined });
  const fixes = useFindingActions(editor, draft, () => findings);
  const photos = useFigurePhotos(article.id, editor, draft);
  const workflow = useWorkflowActions(article.id, draft, autosave);
  latest = { draft, editor, autosave, fixes, photos, workflow };
  return null;
}

async function mount(article: Article, findings: PlacedFinding[] = []): Promise<void> {
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Harness article={article} findings={findings} />));
  unmount = () => act(() => root.unmount());
}

const saved = (name: string) => calls.log.filter((entry) => entry.name === name).map((entry) => entry.input as Record<string, unknown>);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  calls.log.length = 0;
  calls.answer.clear();
  calls.answer.set('photos.list', () => ({ photos: [], coverId: null }));
  calls.answer.set('publish.jobs', () => []);
  calls.answer.set('workflow.check', () => ({ problems: [], warnings: [] }));
  let revision = 3;
  calls.answer.set('articles.save', () => ({ revision: ++revision, status: 'draft', updatedAt: Date.now(), versionCreated: false }));
});
afterEach(() => {
  unmount();
  vi.useRealTimers();
});

describe('the editor’s hooks around one draft', () => {
  it('an edit of a field or of the body is saved on the revision the draft holds; a restored version is not saved again', async () => {
    await mount(storedArticle());
    act(() => latest.draft.setText('title', 'Hội nghị sơ kết 6 tháng đầu năm'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    act(() => latest.editor?.commands.insertContent(' Thêm một câu.'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    const saves = saved('articles.save');
    expect(saves.map((save) => save.baseRevision)).toEqual([3, 4]);
    expect(saves[0]).toMatchObject({ title: 'Hội nghị sơ kết 6 tháng đầu năm', categories: ['Tin hoạt động'] });
    // The first save sends the body whole; the next only the paragraph that changed since.
    expect(saves[0].body).toMatchObject({ type: 'doc' });
    expect(saves[1].body).toBeUndefined();
    expect(saves[1].bodyChange).toMatchObject({ blocks: 1, from: 0, to: 1 });
    expect(JSON.stringify(saves[1].bodyChange)).toContain('Thêm một câu.');
    expect(latest.draft.current.revision).toBe(5);
    act(() => latest.draft.replaceWith({ title: 'Bản cũ', lead: '', byline: '', revision: 7, status: 'draft' }));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(saved('articles.save')).toHaveLength(2);
  });

  it('a change the services refuse as out of date (another save came in between) goes again whole, at once', async () => {
    const body: DocNode = { type: 'doc', content: ['Một.', 'Hai.', 'Ba.'].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
    await mount(storedArticle({ body }));
    let revision = 3;
    calls.answer.set('articles.save', (input: { bodyChange?: unknown }) => {
      if (input.bodyChange && revision === 4) throw new ApiCallError('OUT_OF_DATE', 'Nội dung bài đã được lưu từ nơi khác.');
      return { revision: ++revision, status: 'draft', updatedAt: Date.now(), versionCreated: null };
    });
    act(() => latest.editor?.commands.insertContentAt(1, 'Đầu. '));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    act(() => latest.editor?.commands.insertContentAt(latest.editor.state.doc.content.size - 1, ' Cuối.'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    act(() => latest.editor?.commands.insertContentAt(latest.editor.state.doc.content.size - 1, ' Nữa.'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    const saves = saved('articles.save');
    expect(saves.map((save) => (save.body ? 'whole' : `blocks ${String((save.bodyChange as { from: number }).from)}`))).toEqual(['whole', 'blocks 2', 'whole', 'blocks 2']);
    expect(JSON.stringify(saves[2].body)).toContain('Ba. Cuối.');
    expect(latest.autosave.state().kind).toBe('saved');
  });

  it('two fixes in one paragraph, the second clicked before the check ran again, both land', async () => {
    const body: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'UBND tỉnh.Hội nghị do Uỷ ban tổ chức.' }] }] };
    const findings: PlacedFinding[] = [
      { rule: 'missing-space', severity: 'warning', field: 'body', block: 0, start: 9, end: 10, text: '.', suggestion: '. ', message: '' },
      { rule: 'lookalike', severity: 'warning', field: 'body', block: 0, start: 22, end: 24, text: 'Uỷ', suggestion: 'Ủy', message: '' },
      { rule: 'missing-space', severity: 'warning', field: 'title', block: 0, start: 9, end: 10, text: '.', suggestion: '. ', message: '' },
    ] as PlacedFinding[];
    await mount(storedArticle({ body, title: 'Hội nghị.Sơ kết' }), findings);
    act(() => latest.fixes.fix([findings[0]]));
    act(() => latest.fixes.fix([findings[1]]));
    act(() => latest.fixes.fix([findings[2]]));
    expect(latest.editor?.getText()).toBe('UBND tỉnh. Hội nghị do Ủy ban tổ chức.');
    expect(latest.draft.current.fields.title).toBe('Hội nghị. Sơ kết');
  });

  it('a caption typed in a figure goes to the photo desk after a pause, once', async () => {
    const photo = { id: 'p1', caption: 'Cũ', alt: '', credit: '' } as unknown as Photo;
    calls.answer.set('photos.list', () => ({ photos: [photo], coverId: null }));
    calls.answer.set('photos.update', (input: { edit: { caption: string } }) => [{ ...photo, caption: input.edit.caption }]);
    const body: DocNode = { type: 'doc', content: [{ type: 'figure', attrs: { photoId: 'p1', src: '', alt: '' }, content: [{ type: 'text', text: 'Cũ' }] }] };
    await mount(storedArticle({ body }));
    await act(() => vi.advanceTimersByTimeAsync(10));
    act(() => {
      latest.editor?.commands.setTextSelection(3);
      latest.editor?.commands.insertContent(' mới');
    });
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(saved('photos.update')).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(saved('photos.update')).toEqual([{ articleId: storedArticle().id, photoIds: ['p1'], edit: { caption: 'Cũ mới' } }]);
    expect(latest.photos.photos[0].caption).toBe('Cũ mới');
  });

  it('a refused submission lists the reasons; an accepted step moves the draft’s status and revision', async () => {
    await mount(storedArticle());
    calls.answer.set('workflow.transition', () => {
      throw new ApiCallError('INVALID_INPUT', 'Chưa gửi được', { problems: [{ field: 'categories', rule: 'required', message: 'Chưa chọn chuyên mục.' }] });
    });
    await act(() => latest.workflow.run('submit'));
    expect(latest.workflow.problems).toEqual(['Chưa chọn chuyên mục.']);
    calls.answer.set('workflow.transition', () => ({ ...storedArticle(), revision: 8, status: 'submitted' }));
    await act(() => latest.workflow.run('submit'));
    expect(latest.draft.current).toMatchObject({ revision: 8, status: 'submitted' });
    expect(saved('workflow.transition').at(-1)).toMatchObject({ action: 'submit', expected: 'draft' });
  });

  it('spelling warnings before a submission are asked about: nothing is sent until the person says «Vẫn gửi duyệt»', async () => {
    await mount(storedArticle());
    calls.answer.set('workflow.check', () => ({ problems: [], warnings: [{ field: 'style', rule: 'spelling', message: 'Chính tả: «dai» thiếu dấu: có lẽ là «đại».' }] }));
    calls.answer.set('workflow.transition', () => ({ ...storedArticle(), revision: 8, status: 'submitted' }));
    await act(() => latest.workflow.run('submit'));
    expect(latest.workflow.warnings).toEqual(['Chính tả: «dai» thiếu dấu: có lẽ là «đại».']);
    expect(saved('workflow.transition')).toEqual([]);
    await act(async () => latest.workflow.submitAnyway());
    await vi.waitFor(() => expect(latest.draft.current).toMatchObject({ status: 'submitted' }));
    expect(latest.workflow.warnings).toBeNull();
  });
});

describe('opening an article', () => {
  it('draws the body once: the paragraphs made with the editor are the ones on screen after it is mounted', async () => {
    const { EditorContent } = await import('@tiptap/react');
    const article = storedArticle({
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn một.' }] },
          { type: 'figure', attrs: { photoId: null, articleId: null, revision: 0, credit: '', alt: '' }, content: [{ type: 'text', text: 'Chú thích.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn hai.' }] },
        ],
      },
    });
    let first: Element | null = null;
    let figure: Element | null = null;
    function Screen() {
      const draft = useArticleDraft(article);
      const { editor } = useBodyEditor({ article, draft, readOnly: false, onFindingClick: () => undefined, onDropFile: () => undefined });
      if (editor && !first) {
        first = editor.view.dom.querySelector('p');
        figure = editor.view.dom.querySelector('figure');
      }
      return <EditorContent editor={editor} />;
    }
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<Screen />));
    expect(first).not.toBeNull();
    // ProseMirror draws a document again when it is handed new node views: its elements would be new ones.
    expect(host.querySelector('.ProseMirror p')).toBe(first);
    expect(host.querySelector('.ProseMirror figure')).toBe(figure);
    expect(host.querySelector('.ProseMirror figcaption')?.textContent).toBe('Chú thích.');
    act(() => root.unmount());
    host.remove();
  });
});
