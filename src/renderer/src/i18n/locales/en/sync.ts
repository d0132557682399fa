/** English text of the sync screens: the reference catalog every other language matches. */
export const sync = {} as const;
