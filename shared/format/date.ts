function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** `dd/mm/yyyy HH:mm`, the portal's date line, in local time. */
export function formatDateTime(epochMs: number): string {
  const date = new Date(epochMs);
  return `${twoDigits(date.getDate())}/${twoDigits(date.getMonth() + 1)}/${date.getFullYear()} ${formatTime(epochMs)}`;
}

/** `HH:mm` in local time, for "Đã lưu 16:30". */
export function formatTime(epochMs: number): string {
  const date = new Date(epochMs);
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}
