/** English text shared by every screen: the reference catalog every other language matches. */
export const common = {
  language: {
    choose: 'Language',
  },
  actions: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    retry: 'Try again',
  },
} as const;
