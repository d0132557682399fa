/** English text of the purchases screens: the reference catalog every other language matches. */
export const purchases = {} as const;
