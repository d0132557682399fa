import { contextBridge, ipcRenderer } from 'electron';
import type { CallResult } from '../contract/contractError';
import { ipcChannel } from '../contract/ipcProtocol';
import type { AirledgerBridge } from './api';

/**
 * The only thing the sandboxed renderer gets: one function that calls a contract operation, never
 * the raw ipcRenderer. It imports nothing but electron: a sandboxed preload cannot load modules.
 */
const bridge: AirledgerBridge = {
  // Main registers a handler for contract operations only, so any other name finds no channel.
  call: (operation: string, input: unknown, sessionToken: string | null): Promise<CallResult<unknown>> =>
    ipcRenderer.invoke(ipcChannel(operation), input, sessionToken) as Promise<CallResult<unknown>>,
};

contextBridge.exposeInMainWorld('airledger', bridge);
