/** The largest Word document or article package taken in (checked before the file is read, and again in the services). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
