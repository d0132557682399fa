/** English text of the topups screens: the reference catalog every other language matches. */
export const topups = {} as const;
