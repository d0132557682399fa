/** English text of the settlements screens: the reference catalog every other language matches. */
export const settlements = {} as const;
