/** What the File System Access API hands back for a folder (Chromium and Electron have it). */
interface FolderHandle {
  name: string;
  getFileHandle(name: string, options: { create: boolean }): Promise<{ createWritable(): Promise<{ write(data: BufferSource): Promise<void>; close(): Promise<void> }> }>;
}

type FolderPicker = (options: { mode: 'readwrite'; id?: string }) => Promise<FolderHandle>;

function picker(): FolderPicker | undefined {
  return (window as unknown as { showDirectoryPicker?: FolderPicker }).showDirectoryPicker;
}

/** Whether this window can write files into a folder the person picks. */
export function canPickFolder(): boolean {
  return typeof picker() === 'function';
}

/**
 * Asks for a folder and writes the files into it, one by one (a file of the same name is replaced).
 * Null when the person closed the picker.
 */
export async function writeToFolder(files: { fileName: string; base64: string }[], onProgress: (done: number) => void): Promise<{ folder: string; count: number } | null> {
  const pick = picker();
  if (!pick) throw new Error('no folder picker');
  let folder: FolderHandle;
  try {
    folder = await pick({ mode: 'readwrite', id: 'toasoan-xuat-anh' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') return null;
    throw error;
  }
  for (const [index, file] of files.entries()) {
    const handle = await folder.getFileHandle(file.fileName, { create: true });
    const writable = await handle.createWritable();
    await writable.write(Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0)));
    await writable.close();
    onProgress(index + 1);
  }
  return { folder: folder.name, count: files.length };
}
