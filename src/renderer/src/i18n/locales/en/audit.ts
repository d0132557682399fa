/** English text of the audit screens: the reference catalog every other language matches. */
export const audit = {} as const;
