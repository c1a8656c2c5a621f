/** Runs `body` with the process in another time zone, then puts the old one back. */
export function inTimeZone<T>(timeZone: string, body: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
