import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a request may reach the app: its Host must be the loopback address and port we bound
 * (a DNS-rebinding page sends its own host name), and an Origin, when sent, must be ours.
 */
export function isLoopbackRequest(headers: { host?: string; origin?: string }, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!headers.host || !allowedHosts.includes(headers.host.toLowerCase())) return false;
  if (headers.origin === undefined) return true;
  return allowedHosts.some((host) => headers.origin === `http://${host}`);
}

/** Constant-time comparison of the token a call carries with the one this host made. */
export function tokenMatches(sent: string | undefined, expected: Buffer): boolean {
  if (typeof sent !== 'string' || !/^[0-9a-f]{64}$/.test(sent)) return false;
  return timingSafeEqual(Buffer.from(sent, 'hex'), expected);
}
