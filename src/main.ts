import { mount } from 'svelte';
import App from './app/App.svelte';
import { bootCompanion } from './app/boot.ts';
import { connectDevice } from './app/device-boot.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html is missing the #app element');

const now = () => Date.now();
const app = bootCompanion(now);
target.replaceChildren();
mount(App, { target, props: { view: app, actions: app, now } });
connectDevice(app.device);
void app.start();
