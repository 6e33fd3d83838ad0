/**
 * The hotlines of the domain (Tianjin's, the shipped default). The student hotline's number
 * differs by district and becomes a setting later; until then its name alone is shown.
 */
export const hotlines = [
  { key: 'student', number: null },
  { key: 'family', number: '4000716515' },
  { key: 'aid', number: '88588818' },
] as const;
