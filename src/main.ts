import { mount } from 'svelte';
import App from './app/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html is missing the #app element');
target.replaceChildren();
export default mount(App, { target });
