import type { Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import type { Official } from '../../../shared/office/model';
import { mediaUrl } from '../api';
import { CodeReplacements } from './extensions/code-replacements';
import { Figure } from './extensions/figure/figure';
import { KeysAtCaret } from './extensions/keys-at-caret';
import { GeneratedKey } from '../../../shared/schema/generated-key';
import { ALLOWED_LINK_PROTOCOLS } from '../../../shared/schema/article-schema';
import { PersonSuggestion } from './extensions/person-suggestion';
import { StyleCheck } from './extensions/style-check/style-check';

export { ALLOWED_LINK_PROTOCOLS };

export interface ArticleExtensionOptions {
  placeholder?: string;
  /** The writing aids of an editable article: the directory behind "@", the typing codes. */
  aids?: {
    officials: () => Official[];
    code: (code: string) => string | undefined;
  };
}

/** The article body's schema: what the editor, the version preview and (later) the portal render agree on. */
export function articleExtensions(options: ArticleExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        // Only what is plainly an address: "giải quyết.Chế" must not become a link to a Swiss domain.
        shouldAutoLink: (url) => /^(https?:\/\/|www\.)/i.test(url),
        protocols: ALLOWED_LINK_PROTOCOLS,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
    GeneratedKey,
    Figure.configure({ mediaUrl }),
    KeysAtCaret,
    ...(options.placeholder ? [Placeholder.configure({ placeholder: options.placeholder })] : []),
    ...(options.aids
      ? [StyleCheck, CodeReplacements.configure({ lookup: options.aids.code }), PersonSuggestion.configure({ officials: options.aids.officials })]
      : []),
  ];
}
