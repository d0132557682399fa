import { readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HistoryFeed } from './historyFeed';
import { stateSaveDebounceMs } from './sandboxOptions';
import { type ActionRecord, type BucketRecord, SandboxWorld, type SubscriptionRecord } from './sandboxWorld';
import { StringTable } from './stringTable';

/** Format 2 keeps the history in a binary file beside the JSON; format 1 (base64 inside it) is still read. */
const stateFormatVersion = 2;
const stateFormatsRead = [1, 2];

interface SavedState {
  format: number;
  buckets: BucketRecord[];
  actions: ActionRecord[];
  subscriptions: SubscriptionRecord[];
  retailerPartyIds: string[];
  strings: string[];
  customerPool: number[];
  nextSeq: number;
  nextCustomerNumber: number;
  nextSubscriptionNumber: number;
  /** Format 1 only. */
  history?: ReturnType<HistoryFeed['toJSON']>;
  /** Format 2: the history's rows and the file beside this one that holds their columns. */
  historyColumns?: { length: number; file: string };
}

/** Reads a state file, or returns undefined when there is none yet. Throws a readable Error on a bad file. */
export function loadWorld(path: string): SandboxWorld | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let saved: SavedState;
  try {
    saved = JSON.parse(text) as SavedState;
  } catch {
    throw new Error(`Operator sandbox state file ${path} is not valid JSON; move it away to start afresh.`);
  }
  if (!stateFormatsRead.includes(saved.format)) {
    throw new Error(
      `Operator sandbox state file ${path} has format ${saved.format}; this version reads ${stateFormatVersion}.`,
    );
  }
  const world = new SandboxWorld(0);
  world.buckets.clear();
  for (const bucket of saved.buckets) world.buckets.set(bucket.id, bucket);
  for (const action of saved.actions) {
    world.actions.set(action.id, action);
    world.actionsBySeq.set(action.seq, action);
    if (action.clientReference !== undefined)
      world.actionIdByReference.set(action.clientReference, action.id);
  }
  for (const subscription of saved.subscriptions) world.subscriptions.set(subscription.id, subscription);
  world.retailerPartyIds.push(...saved.retailerPartyIds);
  world.strings = new StringTable(saved.strings);
  world.customerPool = saved.customerPool;
  world.nextSeq = saved.nextSeq;
  world.nextCustomerNumber = saved.nextCustomerNumber;
  world.nextSubscriptionNumber = saved.nextSubscriptionNumber;
  if (saved.historyColumns !== undefined) {
    const historyPath = join(dirname(path), saved.historyColumns.file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(historyPath);
    } catch {
      throw new Error(`Operator sandbox state file ${path} names ${historyPath}, which cannot be read.`);
    }
    world.history = HistoryFeed.fromBytes(saved.historyColumns.length, bytes);
  } else if (saved.history !== undefined) {
    world.history = HistoryFeed.fromJSON(saved.history);
  }
  return world;
}

function serialize(world: SandboxWorld, historyFile: string): string {
  const saved: SavedState = {
    format: stateFormatVersion,
    buckets: [...world.buckets.values()],
    actions: [...world.actions.values()],
    subscriptions: [...world.subscriptions.values()],
    retailerPartyIds: world.retailerPartyIds,
    strings: world.strings.values,
    customerPool: world.customerPool,
    nextSeq: world.nextSeq,
    nextCustomerNumber: world.nextCustomerNumber,
    nextSubscriptionNumber: world.nextSubscriptionNumber,
    historyColumns: { length: world.history.length, file: historyFile },
  };
  return JSON.stringify(saved);
}

/** Saves the world a short while after changes (one write for a burst) and on close; temp file + rename. */
export class StateSaver {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly world: () => SandboxWorld,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, stateSaveDebounceMs);
  }

  /** Each save writes its history under a new name, so the JSON never names columns of another save. */
  private generation = 0;
  private historyFileSaved: string | undefined;

  /**
   * Writes now (after any write under way): the history's columns to a new file first, then the JSON
   * that names it (temp file + rename), then the previous history file goes. A crash at any point
   * leaves a JSON whose history file is whole.
   */
  save(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const world = this.world();
    this.generation += 1;
    const historyFile = `${basename(this.path)}.history-${process.pid}-${Date.now()}-${this.generation}`;
    const text = serialize(world, historyFile);
    const historyBytes = world.history.toBytes();
    const temporaryPath = `${this.path}.${process.pid}.tmp`;
    this.writing = this.writing
      .then(async () => {
        const previous = this.historyFileSaved ?? this.historyFileOnDisk();
        await writeFile(join(dirname(this.path), historyFile), historyBytes);
        await writeFile(temporaryPath, text);
        await rename(temporaryPath, this.path);
        this.historyFileSaved = historyFile;
        if (previous !== undefined && previous !== historyFile)
          await rm(join(dirname(this.path), previous), { force: true });
      })
      .catch(this.onError);
    return this.writing;
  }

  /** The history file the state file on disk names, at the first save of this process. */
  private historyFileOnDisk(): string | undefined {
    try {
      return (JSON.parse(readFileSync(this.path, 'utf8')) as SavedState).historyColumns?.file;
    } catch {
      return undefined;
    }
  }
}
