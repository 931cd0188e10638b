import type { Editor } from '@tiptap/react';
import { PromptDialog } from '../../components/Dialog';
import { normalizeLink } from '../link';

interface Props {
  editor: Editor;
  /** The words the link goes on, kept when the dialog opened (the dialog takes the editor's focus). */
  range: { from: number; to: number };
  onDone: () => void;
}

/** Ctrl+K: a link on the selected words (or the address itself as the text), or no link when left empty. */
export function LinkDialog({ editor, range, onDone }: Props) {
  return (
    <PromptDialog
      title="Liên kết"
      label="Địa chỉ liên kết (để trống để bỏ liên kết)"
      placeholder="https://"
      initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
      confirmLabel="Áp dụng"
      validate={(value) => (!value.trim() || normalizeLink(value) ? null : 'Địa chỉ không hợp lệ. Chỉ nhận địa chỉ web (http, https) hoặc thư điện tử (mailto).')}
      onClose={() => {
        onDone();
        window.setTimeout(() => editor.chain().focus().setTextSelection(range).run(), 0);
      }}
      onSubmit={(value) => {
        const { from, to } = range;
        onDone();
        const href = normalizeLink(value);
        // On the range kept when the dialog opened, without waiting for the focus to come back;
        // the caret then stands after the link, so what is typed next is not linked and replaces nothing.
        const chain = editor.chain().setTextSelection({ from, to });
        if (!href) chain.extendMarkRange('link').unsetLink().run();
        else if (from === to) chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
        else chain.extendMarkRange('link').setLink({ href }).setTextSelection(to).run();
        window.setTimeout(() => editor.commands.focus(), 0);
      }}
    />
  );
}
