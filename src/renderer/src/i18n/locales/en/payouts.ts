/** English text of the payouts screens: the reference catalog every other language matches. */
export const payouts = {} as const;
