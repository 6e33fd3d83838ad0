import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

/**
 * Sandboxed preload: it may only require 'electron' (everything else is bundled in). The page
 * gets `window.xinqing` and nothing more; the IPC event object, which carries `sender`, never
 * reaches page code.
 */
contextBridge.exposeInMainWorld(
  'xinqing',
  createBridge(
    (channel, input) => ipcRenderer.invoke(channel, input),
    (event, callback) => {
      const listener = (): void => callback();
      ipcRenderer.on(event, listener);
      return () => {
        ipcRenderer.removeListener(event, listener);
      };
    },
  ),
);
