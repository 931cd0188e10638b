import type { DocNode } from '../../shared/article/model';

/**
 * A DOM without a browser (happy-dom) and the editor's schema, to read HTML into article bodies. Loaded the
 * first time a document is imported or a post pulled: at start-up they would cost about 0.6 s.
 */
export async function htmlTools() {
  const [{ generateJSON }, { Window }, { articleSchemaExtensions }] = await Promise.all([
    import('@tiptap/html/server'),
    import('happy-dom'),
    import('../../shared/schema/article-schema'),
  ]);
  return { Window, toDoc: (html: string): DocNode => generateJSON(html, articleSchemaExtensions()) as DocNode };
}
