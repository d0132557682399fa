import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rectangle } from 'electron';

/**
 * The main window reopens where the clerk left it, unless that place is gone (a monitor unplugged,
 * a laptop off its dock): then it opens centred on the primary display rather than off-screen.
 * Electron is passed in (the window, the displays' work areas), so this runs and is tested on Node.
 */
export const windowStateFileName = 'window-state.json';

export const windowWidthMin = 960;
export const windowHeightMin = 600;
export const windowWidthDefault = 1280;
export const windowHeightDefault = 800;
/** A window counts as on a display only if this much of its top edge is there, so it can be dragged. */
export const windowVisibleWidthMin = 120;
export const windowVisibleHeightMin = 40;
/** Moving or resizing fires many events: save once things settle. */
export const windowStateSaveDebounceMs = 500;

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** The parts of a BrowserWindow this needs (a BrowserWindow fits; a test passes a fake). */
export interface TrackedWindow {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'maximize', listener: () => void): unknown;
  on(event: 'unmaximize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  /** The bounds the window returns to when un-maximized: those are the ones worth keeping. */
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** The saved state, or null when there is none or it is not one (a hand-edited or torn file). */
export function readWindowState(userDataFolder: string): WindowState | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(userDataFolder, windowStateFileName), 'utf8'));
  } catch {
    return null;
  }
  const candidate = parsed as { bounds?: Partial<Rectangle>; maximized?: unknown } | null;
  const bounds = candidate?.bounds;
  if (
    !bounds ||
    !isWholeNumber(bounds.x) ||
    !isWholeNumber(bounds.y) ||
    !isWholeNumber(bounds.width) ||
    !isWholeNumber(bounds.height) ||
    typeof candidate.maximized !== 'boolean'
  )
    return null;
  const { x, y, width, height } = bounds;
  return { bounds: { x, y, width, height }, maximized: candidate.maximized };
}

/** How much of `bounds`' top strip (its title bar) lies inside `area`. */
function titleBarOverlap(bounds: Rectangle, area: Rectangle): { width: number; height: number } {
  const strip = Math.min(bounds.height, windowVisibleHeightMin);
  const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const height = Math.min(bounds.y + strip, area.y + area.height) - Math.max(bounds.y, area.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** `width × height` at least the minimums, at most the work area. */
function sizeWithin(area: Rectangle, width: number, height: number): { width: number; height: number } {
  return {
    width: Math.min(Math.max(width, windowWidthMin), area.width),
    height: Math.min(Math.max(height, windowHeightMin), area.height),
  };
}

/**
 * Where to open the window: the saved bounds when their title bar is on one of `workAreas` (moved
 * and shrunk to fit wholly on that display), otherwise the default size centred on the first work
 * area (the primary display). The maximized flag is kept either way.
 */
export function restoredWindowState(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) throw new Error('restoredWindowState needs at least one display work area');
  if (saved) {
    const home = workAreas.find((area) => {
      const overlap = titleBarOverlap(saved.bounds, area);
      return overlap.width >= windowVisibleWidthMin && overlap.height >= windowVisibleHeightMin;
    });
    if (home) {
      const size = sizeWithin(home, saved.bounds.width, saved.bounds.height);
      const x = Math.min(Math.max(saved.bounds.x, home.x), home.x + home.width - size.width);
      const y = Math.min(Math.max(saved.bounds.y, home.y), home.y + home.height - size.height);
      return { bounds: { x, y, ...size }, maximized: saved.maximized };
    }
  }
  const size = sizeWithin(primary, windowWidthDefault, windowHeightDefault);
  return {
    bounds: {
      x: primary.x + Math.floor((primary.width - size.width) / 2),
      y: primary.y + Math.floor((primary.height - size.height) / 2),
      ...size,
    },
    maximized: saved?.maximized ?? false,
  };
}

/** Writes through a temporary file and a rename, so a crash mid-write never leaves a torn file. */
export function writeWindowState(userDataFolder: string, state: WindowState): void {
  const path = join(userDataFolder, windowStateFileName);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(state)}\n`);
  renameSync(`${path}.tmp`, path);
}

/**
 * Saves the window's state as it moves, resizes and (un)maximizes, debounced, and at once when it
 * closes. A failed save is reported, never thrown: losing a window position must not crash the app.
 */
export function trackWindowState(
  window: TrackedWindow,
  userDataFolder: string,
  onSaveError: (error: unknown) => void,
): { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;

  function save(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    try {
      writeWindowState(userDataFolder, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      onSaveError(error);
    }
  }

  function saveSoon(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(save, windowStateSaveDebounceMs);
  }

  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  // On close the window still answers; a pending debounced save would come too late.
  window.on('close', save);
  return { flush: save };
}
