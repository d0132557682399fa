/** English text of the settings screens: the reference catalog every other language matches. */
export const settings = {} as const;
