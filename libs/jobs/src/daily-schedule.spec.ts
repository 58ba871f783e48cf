import { localDate, nextDailyRun, parseDailyPattern, validateDailySchedule } from './daily-schedule';
import { InProcessJobScheduler } from './in-process-job-scheduler';

const MX = 'America/Mexico_City';

describe('Programación diaria en una zona horaria', () => {
  it('finds 06:00 in Mexico City later the same day when the local time is earlier', () => {
    expect(nextDailyRun({ hour: 6, minute: 0, tz: MX }, new Date('2025-03-10T10:00:00Z')).toISOString()).toBe('2025-03-10T12:00:00.000Z');
  });

  it('moves to the next day when the local time is at or past the hour', () => {
    expect(nextDailyRun({ hour: 6, minute: 0, tz: MX }, new Date('2025-03-10T12:00:00Z')).toISOString()).toBe('2025-03-11T12:00:00.000Z');
  });

  it('uses the local date across midnight UTC: 23:30 in Mexico City is the next day in UTC', () => {
    const at = nextDailyRun({ hour: 23, minute: 30, tz: MX }, new Date('2025-12-31T20:00:00Z'));
    expect(at.toISOString()).toBe('2026-01-01T05:30:00.000Z');
    expect(localDate(at, MX)).toBe('2025-12-31');
  });

  it('follows daylight saving in zones that have it (New York, March 2025)', () => {
    const before = nextDailyRun({ hour: 6, minute: 0, tz: 'America/New_York' }, new Date('2025-03-08T12:00:00Z'));
    const after = nextDailyRun({ hour: 6, minute: 0, tz: 'America/New_York' }, new Date('2025-03-09T12:00:00Z'));
    expect(before.toISOString()).toBe('2025-03-09T10:00:00.000Z');
    expect(after.toISOString()).toBe('2025-03-10T10:00:00.000Z');
  });

  it('rejects hours, minutes and zones that do not exist', () => {
    expect(() => validateDailySchedule({ hour: 24, minute: 0, tz: MX })).toThrow('Hora inválida');
    expect(() => validateDailySchedule({ hour: 6, minute: 60, tz: MX })).toThrow('Minuto inválido');
    expect(() => validateDailySchedule({ hour: 6, minute: 0, tz: 'America/Tuxtla' })).toThrow(RangeError);
  });

  it('reads hour and minute back from a daily cron pattern', () => {
    expect(parseDailyPattern('30 6 * * *')).toEqual({ hour: 6, minute: 30 });
    expect(parseDailyPattern('*/5 * * * *')).toBeNull();
  });
});

describe('Planificador en proceso: ejecuciones diarias', () => {
  it('enqueues a due run once per local day however often runDue is called, and a missed stretch once', async () => {
    let now = new Date('2025-03-10T10:00:00Z');
    const s = new InProcessJobScheduler({ clock: () => now });
    const runs: Array<string | null> = [];
    s.define('cierre', async (_p, c) => void runs.push(c.fechaEfecto));
    await s.scheduleDaily('cierre', { hour: 6, minute: 0, tz: MX });
    await s.start();
    expect(s.runDue(new Date('2025-03-10T11:59:59Z'))).toEqual([]);
    expect(s.runDue(new Date('2025-03-10T12:00:00Z'))).toEqual(['cierre:2025-03-10']);
    expect(s.runDue(new Date('2025-03-10T12:00:01Z'))).toEqual([]);
    // The process was down from the 11th to the 14th: one catch-up run, dated by the run that was due.
    now = new Date('2025-03-14T15:00:00Z');
    expect(s.runDue(now)).toEqual(['cierre:2025-03-11']);
    expect((await s.schedules())[0]!.nextRunAt).toBe('2025-03-15T12:00:00.000Z');
    await s.drain();
    await s.stop();
    expect(runs).toEqual(['2025-03-10', '2025-03-11']);
  });

  it('keeps the next run when the same schedule is declared again, and moves it when the hour changes', async () => {
    let now = new Date('2025-03-10T10:00:00Z');
    const s = new InProcessJobScheduler({ clock: () => now });
    await s.scheduleDaily('cierre', { hour: 6, minute: 0, tz: MX });
    now = new Date('2025-03-10T13:00:00Z');
    await s.scheduleDaily('cierre', { hour: 6, minute: 0, tz: MX });
    expect((await s.schedules())[0]!.nextRunAt).toBe('2025-03-10T12:00:00.000Z');
    await s.scheduleDaily('cierre', { hour: 8, minute: 15, tz: MX });
    expect(await s.schedules()).toEqual([
      { name: 'cierre', hour: 8, minute: 15, tz: MX, pattern: '15 8 * * *', nextRunAt: '2025-03-10T14:15:00.000Z' },
    ]);
  });
});
