/** English text of the reports screens: the reference catalog every other language matches. */
export const reports = {} as const;
