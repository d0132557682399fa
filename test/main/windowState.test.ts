import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  readWindowState,
  restoredWindowState,
  type TrackedWindow,
  trackWindowState,
  windowStateFileName,
  windowStateSaveDebounceMs,
} from '../../src/main/windowState';
import { temporaryFolders } from '../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();

// A real BrowserWindow must fit what the tracker asks for (checked by the typechecker only).
const _browserWindowFits: (window: BrowserWindow) => TrackedWindow = (window) => window;

/** A laptop's screen (taskbar at the bottom) and an external monitor to its right. */
const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const externalMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };

class FakeWindow extends EventEmitter implements TrackedWindow {
  bounds: Rectangle = { x: 100, y: 80, width: 1400, height: 900 };
  maximized = false;
  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized() {
    return this.maximized;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the remembered window', () => {
  it('reopens where it was when that display is still there', () => {
    const saved = { bounds: { x: 2100, y: 120, width: 1600, height: 1000 }, maximized: false };
    expect(restoredWindowState(saved, [laptop, externalMonitor])).toEqual(saved);
  });

  it('opens centred on the primary display, still maximized, once the monitor it was on is unplugged', () => {
    const saved = { bounds: { x: 2100, y: 120, width: 1600, height: 1000 }, maximized: true };
    expect(restoredWindowState(saved, [laptop])).toEqual({
      bounds: { x: 320, y: 120, width: 1280, height: 800 },
      maximized: true,
    });
  });

  it('pulls a window hanging off the edge back wholly onto its display, and shrinks it to fit', () => {
    const saved = { bounds: { x: 1500, y: 600, width: 2400, height: 1200 }, maximized: false };
    expect(restoredWindowState(saved, [laptop])).toEqual({
      bounds: { x: 0, y: 0, width: 1920, height: 1040 },
      maximized: false,
    });
  });

  it('keeps the minimum size', () => {
    const saved = { bounds: { x: 200, y: 100, width: 300, height: 200 }, maximized: false };
    expect(restoredWindowState(saved, [laptop]).bounds).toEqual({ x: 200, y: 100, width: 960, height: 600 });
  });

  it('starts from the default on a first run or from a torn file', () => {
    const folder = newTemporaryFolder();
    expect(readWindowState(folder)).toBeNull();
    writeFileSync(join(folder, windowStateFileName), '{"bounds":{"x":1');
    expect(readWindowState(folder)).toBeNull();
    expect(restoredWindowState(null, [laptop])).toEqual({
      bounds: { x: 320, y: 120, width: 1280, height: 800 },
      maximized: false,
    });
  });

  it('saves once after a burst of moves, at once on close, and reads back what it saved', () => {
    vi.useFakeTimers();
    const folder = newTemporaryFolder();
    const window = new FakeWindow();
    trackWindowState(window, folder, (error) => {
      throw error;
    });
    for (let step = 0; step < 10; step++) {
      window.bounds = { ...window.bounds, x: 100 + step };
      window.emit('move');
    }
    expect(readWindowState(folder)).toBeNull();
    vi.advanceTimersByTime(windowStateSaveDebounceMs);
    expect(readWindowState(folder)?.bounds.x).toBe(109);

    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(readWindowState(folder)).toEqual({
      bounds: { x: 109, y: 80, width: 1400, height: 900 },
      maximized: true,
    });
    expect(JSON.parse(readFileSync(join(folder, windowStateFileName), 'utf8')).maximized).toBe(true);
  });

  it('reports a failed save instead of throwing', () => {
    const blocker = join(newTemporaryFolder(), 'not-a-folder');
    writeFileSync(blocker, '');
    const errors: unknown[] = [];
    const window = new FakeWindow();
    trackWindowState(window, blocker, (error) => errors.push(error));
    expect(() => window.emit('close')).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});
