/**
 * The number printed on a referral form and its return slip (转介编号), so a returned slip finds
 * its referral: the referral day and the end of the referral event's id. The id is random, so
 * two referrals on one day differ; the number names no student.
 */
export function referralNumber(referredOn: string, eventId: string): string {
  const tail = eventId.replace(/-/g, '').slice(-6).toUpperCase();
  return `${referredOn.replace(/-/g, '')}-${tail}`;
}
