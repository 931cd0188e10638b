import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';

interface ButtonProps {
  label: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, shortcut, active, disabled, onClick, children }: ButtonProps) {
  return (
    <button
      type="button"
      className={`tool${active ? ' is-active' : ''}`}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut.replace('Control', 'Ctrl')})` : label}
      disabled={disabled}
      // Keep the selection in the text while clicking a button.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function Toolbar({ editor, onLink, onConvertLegacy }: { editor: Editor; onLink: () => void; onConvertLegacy: () => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bullet: current.isActive('bulletList'),
      ordered: current.isActive('orderedList'),
      quote: current.isActive('blockquote'),
      link: current.isActive('link'),
      table: current.isActive('table'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar" aria-label="Định dạng văn bản">
      <div className="tool-group">
        <ToolButton label="Hoàn tác" shortcut="Control+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
          ↶
        </ToolButton>
        <ToolButton label="Làm lại" shortcut="Control+Y" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
          ↷
        </ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label="Đậm" shortcut="Control+B" active={state.bold} onClick={() => chain().toggleBold().run()}>
          <b>Đ</b>
        </ToolButton>
        <ToolButton label="Nghiêng" shortcut="Control+I" active={state.italic} onClick={() => chain().toggleItalic().run()}>
          <i>N</i>
        </ToolButton>
        <ToolButton label="Gạch chân" shortcut="Control+U" active={state.underline} onClick={() => chain().toggleUnderline().run()}>
          <u>G</u>
        </ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label="Tiêu đề mục" shortcut="Control+Alt+2" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          Mục
        </ToolButton>
        <ToolButton label="Mục nhỏ (tiêu đề phụ)" shortcut="Control+Alt+3" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          Mục nhỏ
        </ToolButton>
        <ToolButton label="Danh sách dấu đầu dòng" shortcut="Control+Shift+8" active={state.bullet} onClick={() => chain().toggleBulletList().run()}>
          • Danh sách
        </ToolButton>
        <ToolButton label="1. Danh sách đánh số" shortcut="Control+Shift+7" active={state.ordered} onClick={() => chain().toggleOrderedList().run()}>
          1. Danh sách
        </ToolButton>
        <ToolButton label="Trích dẫn" shortcut="Control+Shift+B" active={state.quote} onClick={() => chain().toggleBlockquote().run()}>
          “Trích dẫn”
        </ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label="Liên kết" shortcut="Control+K" active={state.link} onClick={onLink}>
          Liên kết
        </ToolButton>
        {state.link && (
          <ToolButton label="Bỏ liên kết" onClick={() => chain().extendMarkRange('link').unsetLink().run()}>
            Bỏ liên kết
          </ToolButton>
        )}
        <ToolButton label="Chèn bảng" onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
          Bảng
        </ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label="Chuyển mã cũ: chữ gõ bằng phông TCVN3, VNI sang Unicode (đoạn chọn, hoặc cả bài)" shortcut="Control+Shift+F6" onClick={onConvertLegacy}>
          Chuyển mã cũ
        </ToolButton>
      </div>
      {state.table && (
        <div className="tool-group" aria-label="Bảng">
          <ToolButton label="Thêm hàng bên dưới" onClick={() => chain().addRowAfter().run()}>
            + Hàng
          </ToolButton>
          <ToolButton label="Thêm cột bên phải" onClick={() => chain().addColumnAfter().run()}>
            + Cột
          </ToolButton>
          <ToolButton label="Xóa hàng" onClick={() => chain().deleteRow().run()}>
            − Hàng
          </ToolButton>
          <ToolButton label="Xóa cột" onClick={() => chain().deleteColumn().run()}>
            − Cột
          </ToolButton>
          <ToolButton label="Xóa bảng" onClick={() => chain().deleteTable().run()}>
            Xóa bảng
          </ToolButton>
        </div>
      )}
    </div>
  );
}
