/** English text of the dashboard screens: the reference catalog every other language matches. */
export const dashboard = {} as const;
