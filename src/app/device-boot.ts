import { startServiceWorker, type ContainerLike } from '../adapters/offline/service-worker-client.ts';
import type { DeviceApp, InstallPromptEvent } from './state/device.svelte.ts';

/** How often an open app looks for a new version (the browser also looks on every visit). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

function isInstallPrompt(event: Event): event is Event & InstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function' && 'userChoice' in event;
}

/**
 * Connect the DeviceApp to the browser: the service worker (built apps only:
 * the dev server has no sw.js), the install prompt, being installed, and the
 * network going away and coming back.
 */
export function connectDevice(device: DeviceApp): void {
  const standalone = matchMedia('(display-mode: standalone)').matches || ('standalone' in navigator && navigator.standalone === true);
  device.installed = standalone;
  const appleTouch = /iPhone|iPad|iPod/.test(navigator.userAgent) || (navigator.userAgent.includes('Macintosh') && navigator.maxTouchPoints > 1);
  device.safariHomeScreenHint = appleTouch && !standalone;
  device.online = navigator.onLine;
  addEventListener('online', () => (device.online = true));
  addEventListener('offline', () => (device.online = false));
  addEventListener('beforeinstallprompt', (event) => {
    if (isInstallPrompt(event)) device.offerInstall(event);
  });
  addEventListener('appinstalled', () => device.markInstalled());

  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container: ContainerLike = navigator.serviceWorker;
  void startServiceWorker(
    container,
    {
      onStatus: (status) => (device.offline = status),
      onUpdateReady: () => (device.updateReady = true),
      onReplacedElsewhere: () => (device.updateReady = true),
    },
    () => location.reload(),
  ).then((client) => {
    device.attach(client);
    setInterval(() => void device.checkForUpdate(), UPDATE_CHECK_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void device.checkForUpdate();
    });
  });
}
