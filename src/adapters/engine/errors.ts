import type { EngineErrorKind } from './types.ts';

/** An engine failure the app can explain: a kind to act on and a sentence for the user. */
export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  readonly userMessage: string;
  constructor(kind: EngineErrorKind, detail: string) {
    super(`${kind}: ${detail}`);
    this.name = 'EngineError';
    this.kind = kind;
    this.userMessage = describeEngineError(kind);
  }
}

const MESSAGES: Record<EngineErrorKind, string> = {
  'no-webgpu':
    'This browser does not offer WebGPU, which the companion needs to run its model on your device. Try Chrome or Edge 113+ (Windows, macOS, ChromeOS), Chrome 121+ on Android, Safari 26+, or Firefox 141+ on Windows.',
  'no-adapter':
    'WebGPU is present but no usable graphics adapter was found. Update the browser or graphics driver, make sure hardware acceleration is on, or try another browser.',
  'no-f16': 'Your GPU lacks 16-bit shader support (shader-f16). Pick one of the f32 models instead.',
  'out-of-memory':
    'Your GPU ran out of memory loading this model. Close other GPU-heavy tabs or apps, or pick a smaller model.',
  'device-lost':
    'The GPU stopped responding (the device was lost). The model will be reloaded; if it keeps happening, pick a smaller model or close other GPU-heavy tabs.',
  network:
    'The model could not be downloaded: the network connection failed. Check your connection and press the download button again; files that finished are kept, so it continues where it stopped.',
  cancelled: 'The download was cancelled.',
  'not-loaded': 'No model is loaded yet. Load one in the Model panel first.',
  unknown: 'The model failed unexpectedly. Reload the page and try again; your conversation is saved.',
};

export function describeEngineError(kind: EngineErrorKind): string {
  return MESSAGES[kind];
}

/** Rules in order: the first whose pattern matches the error's name and text wins. */
const RULES: readonly (readonly [EngineErrorKind, RegExp])[] = [
  ['cancelled', /\bAbortError\b|\babort(ed)?\b|cancell?ed/i],
  ['no-webgpu', /WebGPUNotAvailableError|navigator\.gpu|WebGPU is not (?:available|supported)/i],
  ['no-f16', /shader-f16|ShaderF16|\bf16\b.*(?:not supported|unsupported)|enable f16/i],
  ['no-adapter', /Unable to find a compatible GPU|requestAdapter|no (?:gpu )?adapter/i],
  ['out-of-memory', /out of memory|\bOOM\b|OutOfMemory|allocation failed|Failed to allocate|exceeds the (?:maximum|limit)|maxBufferSize|maxStorageBufferBindingSize/i],
  ['device-lost', /DeviceLostError|device (?:was )?lost|GPUDevice.*lost/i],
  ['network', /Failed to fetch|NetworkError|ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION|network|fetch(?:ing)? .*failed|status(?: code)?:? (?:4|5)\d\d|\b404\b|Cannot fetch|offline/i],
  ['not-loaded', /not loaded|no model (?:is )?loaded|ModelNotLoadedError|call reload/i],
];

/**
 * Turn anything the engine throws into an EngineError. web-llm's errors cross
 * the worker as strings ("WebGPUNotAvailableError: ..."), so classification is
 * by name and text, never instanceof.
 */
export function classifyEngineError(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : (() => { try { return JSON.stringify(error); } catch { return String(error); } })();
  // A device lost while loading weights is almost always memory.
  if (/DeviceLostError|device (?:was )?lost/i.test(text) && /load|reload|allocat/i.test(text)) return new EngineError('out-of-memory', text);
  for (const [kind, pattern] of RULES) if (pattern.test(text)) return new EngineError(kind, text);
  return new EngineError('unknown', text);
}
