/** Shared names of the Electron IPC transport, used by main and preload. */
export const ipcChannelPrefix = 'airledger:';
export const ipcChannel = (operationName: string): string => `${ipcChannelPrefix}${operationName}`;
