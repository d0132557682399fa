/** English text of the updates screens: the reference catalog every other language matches. */
export const updates = {} as const;
