/** English text of the session screens: the reference catalog every other language matches. */
export const session = {} as const;
