/** English text of the ledger screens: the reference catalog every other language matches. */
export const ledger = {} as const;
