import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useToast } from '../../components/toast';
import { importDocx, importErrorMessage, type DocxImportResult } from '../../files/DocxImport';

/**
 * Bringing text in from elsewhere: a Word file inserted at the caret (with its photos, and a report of what could
 * not come along), and old TCVN3/VNI text converted to Unicode.
 */
export function useWordInsert(articleId: string, editor: Editor | null, reloadPhotos: () => Promise<unknown>) {
  const toast = useToast();
  const [report, setReport] = useState<{ fileName: string; result: DocxImportResult } | null>(null);

  const insert = async (file: File): Promise<void> => {
    if (!editor || editor.isDestroyed) return;
    toast.show(`Đang nhập «${file.name}»…`);
    try {
      const result = await importDocx(file, articleId);
      editor.chain().focus().insertContent(result.html ?? '').run();
      await reloadPhotos();
      if (result.report.length > 0) setReport({ fileName: file.name, result });
      else toast.show(`Đã chèn nội dung «${file.name}»${result.photos ? ` cùng ${result.photos} ảnh` : ''}.`);
    } catch (caught) {
      toast.show(importErrorMessage(caught), { tone: 'error' });
    }
  };

  const convertLegacy = (): void => {
    if (!editor || editor.chain().focus().convertLegacy().run()) return;
    const where = editor.state.selection.empty ? 'bài' : 'đoạn chọn';
    toast.show(`Không nhận ra chữ TCVN3 hay VNI trong ${where}. Nếu chắc là chữ gõ bằng phông .VnTime, có thể chuyển ép.`, {
      action: { label: 'Chuyển từ TCVN3', run: () => editor.chain().focus().convertLegacy('tcvn3').run() },
    });
  };

  return { insert, convertLegacy, report, closeReport: () => setReport(null) };
}
