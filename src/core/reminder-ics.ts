// A calendar reminder as an iCalendar file (RFC 5545): one all-day event a week on, with a
// link back to the game's self-check. The player adds it to their own calendar; nothing is
// sent anywhere.

export interface Reminder {
  /** Unique and stable for this reminder (the self-check's start). */
  uid: string;
  now: Date;
  /** The local calendar day of the event. */
  day: Date;
  summary: string;
  description: string;
  url: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const utcStamp = (d: Date) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
const localDate = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const encoder = new TextEncoder();

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a character (3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line starts with the space, which counts towards its 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

export function reminderIcs(r: Reminder): string {
  const next = new Date(r.day.getFullYear(), r.day.getMonth(), r.day.getDate() + 1);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dichtbij//Self-check reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${r.uid}`,
    `DTSTAMP:${utcStamp(r.now)}`,
    `DTSTART;VALUE=DATE:${localDate(r.day)}`,
    `DTEND;VALUE=DATE:${localDate(next)}`,
    `SUMMARY:${escapeText(r.summary)}`,
    `DESCRIPTION:${escapeText(r.description)}`,
    `URL:${r.url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
