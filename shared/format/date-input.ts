/** "2024-01-29T14:00" ⇄ "29/01/2024 14:00", the way the office writes dates whatever the computer's locale. */
export function toDisplay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]} ${match[4]}:${match[5]}` : '';
}

export function fromDisplay(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?\s*$/.exec(text);
  if (!match) return null;
  const [, day, month, year, hour = '8', minute = '00'] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  if (date.getDate() !== Number(day) || date.getMonth() !== Number(month) - 1 || Number(hour) > 23 || Number(minute) > 59) return null;
  const pad = (part: string | number): string => String(part).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}
