import { describe, expect, it } from 'vitest';
import { type IpcSenderEvent, isTrustedSender, type SenderFrame } from '../../../electron/main/ipc-sender';

const windowId = 7;
const mainFrame: SenderFrame = { url: 'app://xinqing/index.html', parent: null };

function event(frame: SenderFrame | null, senderId = windowId): IpcSenderEvent {
  return { sender: { id: senderId }, senderFrame: frame };
}

describe('isTrustedSender', () => {
  it('accepts the main frame of the app window showing the app', () => {
    expect(isTrustedSender(event(mainFrame), windowId)).toBe(true);
    expect(isTrustedSender(event({ url: 'app://xinqing/#/settings', parent: null }), windowId)).toBe(true);
  });

  it('refuses a subframe, even one of the app origin', () => {
    expect(isTrustedSender(event({ url: 'app://xinqing/index.html', parent: mainFrame }), windowId)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'file:///home/counselor/index.html',
    'app://evil/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses a main frame showing %s', (url) => {
    expect(isTrustedSender(event({ url, parent: null }), windowId)).toBe(false);
  });

  it('refuses another webContents', () => {
    expect(isTrustedSender(event(mainFrame, windowId + 1), windowId)).toBe(false);
  });

  it('refuses a frame that navigated away or was destroyed', () => {
    expect(isTrustedSender(event(null), windowId)).toBe(false);
  });

  it('refuses everything while there is no app window', () => {
    expect(isTrustedSender(event(mainFrame), null)).toBe(false);
  });
});
