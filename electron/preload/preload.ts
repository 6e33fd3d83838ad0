import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';
import { lockedEventChannel } from '../../shared/contract/channel-names';

/**
 * Sandboxed preload: it may only require 'electron' (everything else is bundled in). The page
 * gets `window.xinqing` and nothing more; the IPC event object, which carries `sender`, never
 * reaches page code.
 */
contextBridge.exposeInMainWorld(
  'xinqing',
  createBridge(
    (channel, input) => ipcRenderer.invoke(channel, input),
    (callback) => {
      const listener = (): void => callback();
      ipcRenderer.on(lockedEventChannel, listener);
      return () => {
        ipcRenderer.removeListener(lockedEventChannel, listener);
      };
    },
  ),
);
