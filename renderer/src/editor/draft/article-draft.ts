import type { Article } from '../../../../shared/article/model';
import type { ArticleStatus } from '../../../../shared/article/status';
import type { TemplateBinding } from '../../../../shared/templates/model';

/** The article's own fields beside the body (the body lives in the TipTap editor). */
export interface DraftFields {
  title: string;
  lead: string;
  byline: string;
  categories: string[];
  tags: string[];
  /** Words spelling leaves alone in this article («Bỏ qua»). */
  spellingIgnored: string[];
}

export type TextField = 'title' | 'lead' | 'byline';

/** What the screen shows of the draft; a new object whenever any part of it changes. */
export interface DraftState {
  fields: DraftFields;
  binding: TemplateBinding | null;
  /** The revision this window last saved or read: the base of its next save. */
  revision: number;
  status: ArticleStatus;
}

/**
 * Why the content changed: a person's edit of the fields or the body, a template's rewrite (all three are saved),
 * or the services' copy taken over (a restored version: checked again, not saved again).
 */
export type ContentChange = 'fields' | 'body' | 'template' | 'restored';

/**
 * The open article's draft: its fields, template binding, revision and status, in one place. Every writer goes
 * through it — the person typing, a fix, a template's rewrite, a save's answer, a workflow step, a finished
 * publishing job, a restored version — and the autosave, the checker and the caption sync listen to its changes
 * instead of being called from each writer. Plain TypeScript: the React side reads it with useSyncExternalStore.
 */
export class ArticleDraft {
  private state: DraftState;
  private readonly watchers = new Set<() => void>();
  private readonly changeListeners = new Set<(change: ContentChange) => void>();

  constructor(article: Article) {
    this.state = {
      fields: { title: article.title, lead: article.lead, byline: article.byline, categories: article.categories ?? [], tags: article.tags ?? [], spellingIgnored: article.spellingIgnored ?? [] },
      binding: article.template ?? null,
      revision: article.revision,
      status: article.status,
    };
  }

  get current(): DraftState {
    return this.state;
  }

  /** For useSyncExternalStore: called after any change of `current`. */
  readonly subscribe = (watcher: () => void): (() => void) => {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  };

  readonly snapshot = (): DraftState => this.state;

  /** Called after every change of the content, with why. */
  onContentChange(listener: (change: ContentChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** A person's edit of one text field. */
  setText(name: TextField, value: string): void {
    if (this.state.fields[name] === value) return;
    this.update({ fields: { ...this.state.fields, [name]: value } }, 'fields');
  }

  /** The categories or tags as typed (comma-separated). */
  setList(name: 'categories' | 'tags', typed: string): void {
    const list = typed
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    if (list.join('\u0000') === this.state.fields[name].join('\u0000')) return;
    this.update({ fields: { ...this.state.fields, [name]: list } }, 'fields');
  }

  /** «Bỏ qua»: spelling leaves this word alone in this article (saved with it; the text does not change). */
  ignoreWord(word: string): void {
    const key = word.normalize('NFC').toLowerCase();
    if (this.state.fields.spellingIgnored.includes(key)) return;
    this.update({ fields: { ...this.state.fields, spellingIgnored: [...this.state.fields.spellingIgnored, key] } }, 'fields');
  }

  /** Several text fields at once (fixes from the checker); nothing happens when none changed. */
  setTexts(next: Partial<Pick<DraftFields, TextField>>): void {
    const fields = { ...this.state.fields, ...next };
    if (fields.title === this.state.fields.title && fields.lead === this.state.fields.lead && fields.byline === this.state.fields.byline) return;
    this.update({ fields }, 'fields');
  }

  /** The person typed in the body (the editor holds it; the draft tells the listeners). */
  bodyEdited(): void {
    this.tell('body');
  }

  /** New field values of the template, not yet applied to the text (applied after a pause). */
  setBindingValues(values: TemplateBinding['values']): void {
    if (!this.state.binding) return;
    this.update({ binding: { ...this.state.binding, values } });
  }

  /** A template's rewrite: the text fields it made and the binding with what it generated. */
  applyTemplate(texts: Pick<DraftFields, TextField>, binding: TemplateBinding): void {
    this.update({ fields: { ...this.state.fields, ...texts }, binding }, 'template');
  }

  /**
   * What the services say the article now is after a save, a workflow step or a finished job: the one place the
   * revision and the status are written. A revision older than the one held is ignored (answers can cross).
   * Returns the status held before.
   */
  adopt(saved: { revision: number; status: ArticleStatus }): ArticleStatus {
    const before = this.state.status;
    if (saved.revision < this.state.revision) return before;
    if (saved.revision !== this.state.revision || saved.status !== before) this.update({ revision: saved.revision, status: saved.status });
    return before;
  }

  /** The services' copy taken over whole (a restored version): shown and checked, not saved again. */
  replaceWith(article: Pick<Article, 'title' | 'lead' | 'byline' | 'revision' | 'status'>): void {
    this.update(
      { fields: { ...this.state.fields, title: article.title, lead: article.lead, byline: article.byline }, revision: article.revision, status: article.status },
      'restored',
    );
  }

  private update(part: Partial<DraftState>, change?: ContentChange): void {
    this.state = { ...this.state, ...part };
    for (const watcher of [...this.watchers]) watcher();
    if (change) this.tell(change);
  }

  private tell(change: ContentChange): void {
    for (const listener of [...this.changeListeners]) listener(change);
  }
}
