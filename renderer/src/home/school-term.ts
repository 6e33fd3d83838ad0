/** A Chinese school year starts in September; 第一学期 runs September–January, 第二学期 February–August. */
export interface SchoolTerm {
  startYear: number;
  term: 'first' | 'second';
}

export function schoolTermOf(date: Date): SchoolTerm {
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  if (month >= 9) return { startYear: year, term: 'first' };
  if (month === 1) return { startYear: year - 1, term: 'first' };
  return { startYear: year - 1, term: 'second' };
}
