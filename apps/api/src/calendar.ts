/**
 * The platform's calendar day. Hecheng is in China: UTC+8 all year (no daylight saving time), so a
 * date a user picks, "today" for a deadline or a signing date, and the day a timestamp falls on are
 * all China dates — between 00:00 and 08:00 in Hecheng the UTC date is still yesterday's.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The China calendar date of an instant (default: now), YYYY-MM-DD. */
export const chinaDate = (at: Date = new Date()) =>
  new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
