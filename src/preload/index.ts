// The renderer's only door to the main process: one method per channel of the shared contract.
import { contextBridge, ipcRenderer } from 'electron';
import { createApiClient } from '../shared/api';

const api = createApiClient((channel, args) => ipcRenderer.invoke(channel, ...args));

contextBridge.exposeInMainWorld('api', api);
