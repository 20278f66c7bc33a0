import { describe, expect, it } from 'vitest';
import type { ServiceWorkerClient } from '../../adapters/offline/service-worker-client.ts';
import { DeviceApp, type InstallPromptEvent } from './device.svelte.ts';

function client() {
  const calls = { applied: 0 };
  const value: ServiceWorkerClient = { checkForUpdate: async () => undefined, applyUpdate: () => void (calls.applied += 1) };
  return { calls, value };
}

function promptEvent(outcome: 'accepted' | 'dismissed') {
  const seen = { prevented: 0, prompted: 0 };
  const event: InstallPromptEvent = {
    preventDefault: () => void (seen.prevented += 1),
    prompt: async () => void (seen.prompted += 1),
    userChoice: Promise.resolve({ outcome }),
  };
  return { seen, event };
}

describe('DeviceApp', () => {
  it('reloads into a new version at once when no reply is being written', () => {
    const device = new DeviceApp({ busy: () => false, onInstalled: () => undefined });
    const { calls, value } = client();
    device.attach(value);
    device.reload();
    expect(calls.applied).toBe(1);
  });

  it('never cuts a reply: Reload during one waits until it is done', () => {
    let busy = true;
    const device = new DeviceApp({ busy: () => busy, onInstalled: () => undefined });
    const { calls, value } = client();
    device.attach(value);
    device.reload();
    expect(calls.applied).toBe(0);
    expect(device.updateWaitsForReply).toBe(true);
    device.idle();
    expect(calls.applied).toBe(0);
    busy = false;
    device.idle();
    expect(calls.applied).toBe(1);
    expect(device.updateWaitsForReply).toBe(false);
    device.idle();
    expect(calls.applied).toBe(1);
  });

  it('keeps the install prompt for the menu and shows it once, when asked', async () => {
    const device = new DeviceApp({ busy: () => false, onInstalled: () => undefined });
    const { seen, event } = promptEvent('accepted');
    device.offerInstall(event);
    expect(seen.prevented).toBe(1);
    expect(seen.prompted).toBe(0);
    expect(device.canInstall).toBe(true);
    await expect(device.install()).resolves.toBe('accepted');
    expect(seen.prompted).toBe(1);
    expect(device.canInstall).toBe(false);
    await expect(device.install()).resolves.toBe('unavailable');
    expect(seen.prompted).toBe(1);
  });

  it('offers no install when already installed, and installing asks to keep the data', () => {
    let installs = 0;
    const device = new DeviceApp({ busy: () => false, onInstalled: () => void (installs += 1) });
    device.markInstalled();
    expect(installs).toBe(1);
    device.offerInstall(promptEvent('dismissed').event);
    expect(device.canInstall).toBe(false);
  });
});
