/** English text of the shell screens: the reference catalog every other language matches. */
export const shell = {} as const;
