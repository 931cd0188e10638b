import type { TemplateBinding } from '../../../shared/templates/model';
import { describe, expect, it } from 'vitest';
import { ArticleDraft, type ContentChange } from '../../../renderer/src/editor/draft/article-draft';
import { storedArticle } from './fixtures';

function watched(draft: ArticleDraft): { changes: ContentChange[]; renders: () => number } {
  const changes: ContentChange[] = [];
  let renders = 0;
  draft.onContentChange((change) => changes.push(change));
  draft.subscribe(() => renders++);
  return { changes, renders: () => renders };
}

describe('the article draft: one owner of the fields, the revision and the status', () => {
  it('tells its listeners why the content changed, and only when it did', () => {
    const draft = new ArticleDraft(storedArticle());
    const seen = watched(draft);
    draft.setText('title', 'Hội nghị sơ kết 6 tháng');
    draft.setText('title', 'Hội nghị sơ kết 6 tháng');
    draft.setList('categories', ' Tin hoạt động ,  Kinh tế,, ');
    draft.setList('categories', 'Tin hoạt động, Kinh tế');
    draft.bodyEdited();
    expect(seen.changes).toEqual(['fields', 'fields', 'body']);
    expect(draft.current.fields.categories).toEqual(['Tin hoạt động', 'Kinh tế']);
    // Typing in the body changes no state of the screen: nothing re-renders for it.
    expect(seen.renders()).toBe(2);
  });

  it('takes a save’s answer, and ignores an older one that arrives late', () => {
    const draft = new ArticleDraft(storedArticle({ status: 'approved' }));
    const seen = watched(draft);
    expect(draft.adopt({ revision: 5, status: 'submitted' })).toBe('approved');
    expect(draft.adopt({ revision: 4, status: 'approved' })).toBe('submitted');
    expect(draft.current).toMatchObject({ revision: 5, status: 'submitted' });
    // The same answer twice is no change.
    draft.adopt({ revision: 5, status: 'submitted' });
    expect(seen.renders()).toBe(1);
    // Adopting is not an edit: nothing is saved or checked for it.
    expect(seen.changes).toEqual([]);
  });

  it('a restored version is shown and checked, and not saved again; a template’s rewrite is saved', () => {
    const binding: TemplateBinding = { templateId: 't1', templateName: 'Hội nghị', values: {}, generated: { title: '', lead: '', byline: '', blocks: {} } };
    const draft = new ArticleDraft(storedArticle({ template: binding }));
    const seen = watched(draft);
    draft.replaceWith({ title: 'Bản cũ', lead: 'Sapo cũ', byline: 'A', revision: 9, status: 'draft' });
    draft.setBindingValues({ venue: 'Hội trường' });
    draft.applyTemplate({ title: 'Mới', lead: 'Sapo mới', byline: 'B' }, { ...binding, values: { venue: 'Hội trường' }, generated: { ...binding.generated, title: 'Mới' } });
    expect(seen.changes).toEqual(['restored', 'template']);
    expect(draft.current.fields).toMatchObject({ title: 'Mới', lead: 'Sapo mới', byline: 'B', categories: ['Tin hoạt động'] });
    expect(draft.current.binding?.values).toEqual({ venue: 'Hội trường' });
    expect(draft.current.revision).toBe(9);
  });

  it('several fixes in the fields are one change; none is no change', () => {
    const draft = new ArticleDraft(storedArticle());
    const seen = watched(draft);
    draft.setTexts({ title: 'Hội nghị sơ kết', lead: 'Sáng 29/1, …' });
    draft.setTexts({ title: 'Hội nghị Sơ kết', byline: 'Trần Thị Thử.' });
    expect(seen.changes).toEqual(['fields']);
  });
});
