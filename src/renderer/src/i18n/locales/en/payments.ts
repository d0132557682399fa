/** English text of the payments screens: the reference catalog every other language matches. */
export const payments = {} as const;
