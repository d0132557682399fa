/** English text of the workspace screens: the reference catalog every other language matches. */
export const workspace = {} as const;
