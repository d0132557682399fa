/** English text of the audit screens: the reference catalog every other language matches. */
export const audit = {
  labels: {
    outcomes: {
      ok: 'Done',
      refused: 'Refused',
      interrupted: 'Interrupted',
    },
    transports: {
      ipc: 'Desktop app',
      http: 'Browser mode',
      cli: 'Command line',
      test: 'Test',
    },
    everyOperation: 'Every {{group}} operation',
  },
  screen: {
    title: 'Audit trail',
    description:
      'Who changed what, when and from where, with what it was before and after; refused attempts too.',
    exportCsv: 'Export CSV',
    readError: 'The audit trail could not be read',
    empty: {
      nothingYet: 'Nothing has been recorded yet.',
      noMatch: 'No event matches these filters.',
    },
    tableLabel: 'Audit events',
    pageNoun: 'events',
    columns: {
      at: 'When',
      actor: 'Who',
      transport: 'From',
      operation: 'Operation',
      outcome: 'Outcome',
      summary: 'What',
    },
    export: {
      downloaded: '{{fileName}} downloaded',
      newest: 'The newest {{rows}} of {{total}} events: narrow the days for older ones.',
      events_one: '{{countText}} event',
      events_other: '{{countText}} events',
      error: 'The audit file could not be made',
    },
  },
  search: {
    label: 'Search the summaries',
  },
  filters: {
    days: 'Days',
    who: 'Who',
    anyone: 'Anyone',
    operation: 'Operation',
    outcome: 'Outcome',
    transport: 'Transport',
    any: 'Any',
    clear: 'Clear filters',
  },
  chain: {
    title: 'Hash chain',
    intact: 'Intact',
    broken: 'Broken',
    notChecked: 'Not checked since this workspace was opened.',
    verified: 'Chain verified at {{at}} ({{scope}}: {{countText}} checked).',
    checked: 'Chain checked at {{at}} ({{scope}}: {{countText}} checked).',
    scope: {
      full: 'every event',
      quick: 'the newest events',
    },
    verify: 'Verify the chain',
    runError: 'The check could not run',
    violationsTitle: "Events were changed, removed or left unrecorded behind Airledger's back",
    ledgerProblems_one:
      "The ledger's own check found {{countText}} problem: <anchor>see the Ledger screen</anchor>.",
    ledgerProblems_other:
      "The ledger's own check found {{countText}} problems: <anchor>see the Ledger screen</anchor>.",
  },
  event: {
    title: 'Audit event',
    titleWithSeq: 'Audit event #{{seq}}',
    readError: 'The event could not be read',
    refused: 'Refused: nothing changed',
    interrupted: {
      title: 'Interrupted',
      body: 'The app stopped while this ran: whether it changed anything is not known. Check the subject below as it stands now.',
    },
    rows: {
      when: 'When',
      who: 'Who',
      transport: 'Transport',
      operation: 'Operation',
      outcome: 'Outcome',
      subject: 'Subject',
      previousHash: 'Previous hash',
      hash: 'Hash',
    },
    notSignedIn: 'not signed in',
    input: {
      show: 'Input, as given (secrets redacted)',
      hide: 'Hide the input',
    },
    changes: {
      created: 'What it created',
      changed: 'What it changed',
      noSubject: 'This call records no subject of its own.',
      columns: {
        field: 'Field',
        before: 'Before',
        after: 'After',
      },
      nothingChanged: 'Nothing changed.',
      hideUnchanged: 'Hide the unchanged fields',
      showUnchanged_one: 'Show {{countText}} unchanged field',
      showUnchanged_other: 'Show {{countText}} unchanged fields',
    },
  },
} as const;
