import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { warmLayoutWorker } from './lib/graph/layout-job.ts';
import { preloadMap } from './lib/graph/load.ts';
import { readLink } from './lib/state/link.ts';
import { DEFAULT_VIEW } from './lib/state/url-state.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The map's code is fetched as soon as the app is mounted, beside the first question's answer (fetched before it, its
// evaluation held up sending the question). "Everything" is laid out in the layout worker, not on the page,
// so it needs Cytoscape alone, and the worker is started now, to load its code while the answer is on its way;
// every other view runs its layout here.
const link = readLink(location.hash);
const app = mount(App, { target });
const everything = link.kind === 'view' && link.view.opened.kind === 'everything';
preloadMap(link.kind === 'view' ? link.view.layout : DEFAULT_VIEW.layout, everything);
if (everything) warmLayoutWorker();
export default app;
