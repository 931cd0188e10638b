import type { CallOutput } from '../../../shared/api/contract';
import { MAX_IMPORT_BYTES } from '../../../shared/files/limits';
import { call, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';
import { readFileAsBase64 } from './files';

export type DocxImportResult = CallOutput<'import.document'>;

/** A file refused here, before it is read or sent. */
export class FileTooLarge extends Error {}

export const DOCX_ACCEPT = '.docx,.doc,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword';

/** Sends a Word file to the services: into a new article, or into `articleId` at the cursor. */
export async function importDocx(file: File, articleId?: string): Promise<DocxImportResult> {
  // Said before reading: a file of gigabytes is not read into memory to be refused afterwards.
  if (file.size > MAX_IMPORT_BYTES) throw new FileTooLarge(`«${file.name}» quá lớn (${Math.round(file.size / 1048576).toLocaleString('vi-VN')} MB; tối đa ${MAX_IMPORT_BYTES / 1048576} MB).`);
  return call('import.document', { fileName: file.name, base64: await readFileAsBase64(file), ...(articleId ? { articleId } : {}) });
}

/** An article package from another workstation (200 MB at most, said before the file is read). */
export async function receivePackage(file: File): Promise<CallOutput<'package.import'>> {
  if (file.size > MAX_IMPORT_BYTES) throw new FileTooLarge(`«${file.name}» quá lớn (${Math.round(file.size / 1048576).toLocaleString('vi-VN')} MB; tối đa ${MAX_IMPORT_BYTES / 1048576} MB). Hãy xuất lại gói không kèm phiên bản, hoặc chia ảnh ra.`);
  return call('package.import', { fileName: file.name, base64: await readFileAsBase64(file) });
}

/** A file refused before it was sent (too large) is said as it is; anything else as the services said it. */
export function importErrorMessage(error: unknown): string {
  return error instanceof FileTooLarge ? error.message : errorMessage(error);
}

/** What an import could not keep, and what it changed, before the person goes on. */
export function ImportReport({ fileName, result, onClose }: { fileName: string; result: DocxImportResult; onClose: () => void }) {
  return (
    <Dialog
      title={`Đã nhập «${fileName}»`}
      onClose={onClose}
      actions={
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Đã hiểu
        </button>
      }
    >
      <p>
        Đã nhập nội dung{result.photos > 0 ? ` và ${result.photos} ảnh (vào kho ảnh của bài, chú thích lấy từ dòng dưới mỗi ảnh)` : ''}.
      </p>
      {result.report.length > 0 && (
        <>
          <p>Cần biết:</p>
          <ul className="problems" aria-label="Những gì không giữ được hoặc đã thay đổi">
            {result.report.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
