// The calendar reminder: a valid iCalendar file (checked strictly here, and read by ical.js,
// a maintained parser) with one event a week on and the link back to the look back.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reminderIcs } from '../../src/core/reminder-ics.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** The RFC 5545 rules this file must keep: CRLF, folded lines of at most 75 octets. */
function strictLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
  // Unfold: a line starting with a space continues the one before.
  return physical.reduce<string[]>((lines, line) => {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
}

const reminder = {
  uid: 'dichtbij-check-1764735000000@localhost',
  now: new Date(Date.UTC(2026, 11, 3, 4, 30, 5)),
  day: new Date(2026, 11, 10, 12),
  summary: 'Dichtbij: even terugkijken',
  description:
    'Een week geleden vulde je in Dichtbij een paar uitspraken in; open de link, en zie de drie momenten naast elkaar. Één keer “nog eens” met een \\ erin.',
  url: 'http://localhost:4173/?check=later',
};

describe('the calendar reminder', () => {
  it('keeps the RFC 5545 rules and has every required field', () => {
    const lines = strictLines(reminderIcs(reminder));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toEqual(expect.arrayContaining(['VERSION:2.0', 'BEGIN:VEVENT', 'END:VEVENT']));
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('DTSTAMP:20261203T043005Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261210');
    expect(lines).toContain('DTEND;VALUE=DATE:20261211');
    expect(lines).toContain(`UID:${reminder.uid}`);
    expect(lines).toContain(`URL:${reminder.url}`);
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines).toContain(`DESCRIPTION:${escapeText(reminder.description)}`);
  });

  it('is read by ical.js as one event a week on, with the link back', () => {
    const calendar = new ICAL.Component(ICAL.parse(reminderIcs(reminder)));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe(reminder.summary);
    expect(event.description).toBe(reminder.description);
    expect(event.uid).toBe(reminder.uid);
    expect(event.startDate.toString()).toBe('2026-12-10');
    expect(event.startDate.isDate).toBe(true);
    expect(events[0]?.getFirstPropertyValue('url')).toBe(reminder.url);
    expect(events[0]?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-03T04:30:05Z');
  });

  it('folds long lines without splitting a character', () => {
    const line = `DESCRIPTION:${'één “zin” '.repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
});
