/** The parts of the app that exist so far, in the order the navigation lists them. */
export const sections = ['home', 'students', 'search', 'settings'] as const;
export type Section = (typeof sections)[number];
