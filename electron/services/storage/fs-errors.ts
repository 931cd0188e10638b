import { ApiError } from '../../../shared/api/errors';

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
}

/** Turns a file-system failure into a message a press officer can act on. */
export function writeFailure(error: unknown, what: string): ApiError {
  if (error instanceof ApiError) return error;
  switch (codeOf(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiError(
        'READ_ONLY',
        `Không lưu được ${what}: thư mục dữ liệu không cho phép ghi. Nội dung đang soạn vẫn còn trên màn hình; hãy kiểm tra quyền ghi của thư mục dữ liệu.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError(
        'WRITE_FAILED',
        `Không lưu được ${what}: ổ đĩa đã đầy. Nội dung đang soạn vẫn còn trên màn hình; hãy giải phóng dung lượng rồi thử lại.`,
      );
    default:
      return new ApiError(
        'WRITE_FAILED',
        `Không lưu được ${what} (${codeOf(error) ?? 'lỗi không rõ'}). Nội dung đang soạn vẫn còn trên màn hình; ứng dụng sẽ thử lại.`,
      );
  }
}

/** The file (or a folder on its path) is not there. */
export function isMissingFile(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}
