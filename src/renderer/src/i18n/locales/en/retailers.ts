/** English text of the retailers screens: the reference catalog every other language matches. */
export const retailers = {} as const;
