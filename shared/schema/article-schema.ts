import type { Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { FigureSchema } from './figure';
import { GeneratedKey } from './generated-key';

export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'];

/**
 * The article body's schema without the editor's behaviour: what the main process needs to read HTML
 * (a post pulled from the portal) into a document the editor opens unchanged. The editor's extension
 * list (renderer/src/editor/extensions.ts) configures the same nodes and marks.
 */
export function articleSchemaExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      link: { protocols: ALLOWED_LINK_PROTOCOLS, defaultProtocol: 'https', autolink: false, openOnClick: false },
    }),
    TableKit.configure({ table: { resizable: false } }),
    GeneratedKey,
    FigureSchema,
  ];
}
