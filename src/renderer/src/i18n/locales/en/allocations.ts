/** English text of the allocations screens: the reference catalog every other language matches. */
export const allocations = {} as const;
