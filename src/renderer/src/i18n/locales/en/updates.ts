/** English text of the Updates panel and notice: the reference catalog every other language matches. */
export const updates = {
  title: 'Updates',
  intro:
    'Airledger looks for a new version when it starts and every four hours, never while a sync or an export is running, and downloads it in the background.',
  readFailed: 'The update status could not be read',
  actionFailed: 'That did not work',
  current: 'Airledger {{version}}',
  channel: {
    stable: 'Stable',
    beta: 'Beta',
  },
  off: 'Updates off',
  pinnedBadge: 'Pinned to {{version}}',
  unavailable:
    'This copy of Airledger does not update itself (browser mode, the command line or a development build): the installed desktop app does. The office settings below apply to it.',
  neverChecked: 'Not checked yet since the app started',
  lastCheck: 'Last checked {{when}}',
  nextCheck: 'next check {{when}}',
  checking: 'Looking for an update…',
  downloading: 'Downloading Airledger {{version}}: {{done}} of {{total}} MB',
  downloadProgress: 'Download progress',
  ready: 'Airledger {{version}} is ready to install',
  checkNow: 'Check now',
  restart: {
    button: 'Restart to update',
    open: 'See the update',
    confirmTitle: 'Restart to install Airledger {{version}}?',
    confirmText:
      'Airledger finishes saving what is in progress, stops the sync, closes the workspace cleanly and then restarts with the new version. Nothing is lost; anyone signed in here signs in again.',
    confirm: 'Restart now',
  },
  office: {
    title: 'For this office',
    formLabel: 'Office update settings',
    enabled: 'Look for updates automatically',
    channel: 'Channel',
    pin: 'Pinned version',
    pinHelp:
      'Leave empty to follow the channel. A pinned office installs only that version and never goes back to an older one.',
    pinInvalid: 'must be a release version such as 1.4.0 or 1.5.0-beta.2',
    submit: 'Save update settings',
    saved: 'Update settings saved',
    savedText: 'They apply from the next check.',
    notSaved: 'The update settings were not saved',
  },
} as const;
