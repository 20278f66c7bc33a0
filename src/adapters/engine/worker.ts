/// <reference lib="webworker" />
// The model runs here, off the main thread, so the page never freezes while it loads or writes.
import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';

const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (message: MessageEvent) => handler.onmessage(message);
