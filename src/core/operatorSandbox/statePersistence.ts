import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { HistoryFeed } from './historyFeed';
import { stateSaveDebounceMs } from './sandboxOptions';
import { type ActionRecord, type BucketRecord, SandboxWorld, type SubscriptionRecord } from './sandboxWorld';
import { StringTable } from './stringTable';

const stateFormatVersion = 1;

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
  history: ReturnType<HistoryFeed['toJSON']>;
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
  if (saved.format !== stateFormatVersion) {
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
  world.history = HistoryFeed.fromJSON(saved.history);
  return world;
}

function serialize(world: SandboxWorld): string {
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
    history: world.history.toJSON(),
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

  /** Writes now (after any write under way). */
  save(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const text = serialize(this.world());
    const temporaryPath = `${this.path}.${process.pid}.tmp`;
    this.writing = this.writing
      .then(async () => {
        await writeFile(temporaryPath, text);
        await rename(temporaryPath, this.path);
      })
      .catch(this.onError);
    return this.writing;
  }
}
