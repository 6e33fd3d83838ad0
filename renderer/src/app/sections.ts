/** The parts of the app that exist so far, in the order the navigation lists them. */
export const sections = ['home', 'students', 'crisis', 'scales', 'search', 'settings'] as const;
export type Section = (typeof sections)[number];
