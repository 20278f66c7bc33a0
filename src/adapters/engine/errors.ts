import type { EngineErrorKind } from './types.ts';

/** An engine failure the app can explain: a kind to act on and a sentence for the user. */
export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  /** What to tell the user: what happened and what to do. */
  readonly userMessage: string;
  constructor(kind: EngineErrorKind, detail: string, userMessage: string = describeEngineError(kind)) {
    super(`${kind}: ${detail}`);
    this.name = 'EngineError';
    this.kind = kind;
    this.userMessage = userMessage;
  }
}

const MESSAGES: Record<EngineErrorKind, string> = {
  'no-webgpu':
    'This browser does not offer WebGPU, which the companion needs to run its model on your device. ' +
    'Use Chrome or Edge 113+ on Windows, macOS or ChromeOS, Chrome 121+ on Android, Safari 26+, or Firefox 141+ on Windows.',
  'no-adapter':
    'WebGPU is there, but the browser found no graphics adapter it can use. ' +
    'Turn on hardware acceleration in the browser settings, update the browser and the graphics driver, or try another browser.',
  'no-f16':
    'Your GPU does not support 16-bit shaders (shader-f16), which this model needs. Pick a q4f32 model instead; they run on any WebGPU GPU.',
  'out-of-memory':
    'Your GPU ran out of memory loading this model. Close other GPU-heavy tabs and apps (games, video, other AI pages), or pick a smaller model.',
  'device-lost':
    'The GPU stopped responding in the middle of a reply. Load the model again to continue; ' +
    'if it keeps happening, close other GPU-heavy tabs or pick a smaller model.',
  network:
    'The model could not be downloaded because the network connection failed. Check your connection and try again: ' +
    'files that finished downloading are kept, so the download picks up where it stopped.',
  cancelled: 'The model download was cancelled. Start it again whenever you like; files already downloaded are kept.',
  'not-loaded': 'No model is loaded yet. Load one in the model panel first.',
  unknown: 'The model failed unexpectedly. Reload the page and try again; your conversation is saved.',
};

/** The default sentence for a kind of failure. */
export function describeEngineError(kind: EngineErrorKind): string {
  return MESSAGES[kind];
}

/** A download that fills the disk is neither network nor GPU: same kind as unknown, but words that help. */
const STORAGE_FULL_MESSAGE =
  'There is not enough free storage on this device for the model. Free up disk space or remove a downloaded model, then try again.';

/** Where the failure happened: a lost device while loading is almost always memory; while replying, it is a lost device. */
export type EnginePhase = 'load' | 'generate';

interface Rule {
  readonly kind: EngineErrorKind;
  readonly pattern: RegExp;
  readonly userMessage?: string;
}

/**
 * Rules in order: the first whose pattern matches the error's name and text
 * wins. The texts are web-llm 0.2.86's own error messages (lib/index.js),
 * Chrome/Firefox/Safari fetch failures, and WGSL/WebGPU failures.
 */
const RULES: readonly Rule[] = [
  // Emscripten's "RuntimeError: Aborted(...)" is a crashed wasm module, not a cancel.
  { kind: 'out-of-memory', pattern: /Aborted\((?:OOM|Cannot enlarge memory)/i },
  { kind: 'unknown', pattern: /RuntimeError: Aborted\(/ },
  { kind: 'cancelled', pattern: /\bAbortError\b|\b(?:user|operation|request|signal|download|load|fetch)\b[^\n]*\b(?:aborted|cancell?ed)\b|\bcancell?ed\b|Engine\.unload\(\) is called/i },
  { kind: 'no-webgpu', pattern: /WebGPUNotAvailableError|WebGPUNotFoundError|Cannot find WebGPU|navigator\.gpu is undefined|WebGPU is not (?:available|supported)/i },
  { kind: 'no-f16', pattern: /ShaderF16|shader[-_]f16|\bf16\b[^\n]*\b(?:extension|not (?:supported|enabled|allowed)|unsupported)\b|enable f16/i },
  { kind: 'no-adapter', pattern: /Unable to find a compatible GPU|No (?:available|compatible|WebGPU|GPU) adapters?|requestAdapter\(\) returned null|\badapter is null\b/i },
  { kind: 'unknown', pattern: /QuotaExceededError|quota (?:has been )?exceeded|not enough (?:storage|disk)|disk (?:is )?full/i, userMessage: STORAGE_FULL_MESSAGE },
  {
    kind: 'out-of-memory',
    pattern:
      /out of memory|\bOOM\b|OutOfMemory|GPUOutOfMemoryError|allocation failed|Failed to allocate|Cannot allocate|createBuffer[^\n]*fail|requested maxBufferSize exceeds|requested maxStorageBufferBindingSize|exceeds the max(?:imum)? buffer size/i,
  },
  { kind: 'device-lost', pattern: /DeviceLostError|device (?:was |is |has been )?lost|lost the (?:GPU )?device|GPUDevice[^\n]*lost/i },
  {
    kind: 'network',
    pattern:
      /Failed to fetch|NetworkError|ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION|ERR_NETWORK|ERR_TIMED_OUT|ERR_HTTP2|Load failed|Cannot fetch|failed to fetch|Unable to fetch|Network response was not ok|received status \d{3}|Request failed|\b(?:status|HTTP)[ :]*[45]\d\d\b|\b404\b|offline/i,
  },
  { kind: 'not-loaded', pattern: /ModelNotLoadedError|WorkerEngineModelNotLoadedError|EngineNotLoadedError|not loaded|no model (?:is )?loaded/i },
];

/** The error's name and message as one line of text, whatever was thrown. */
export function errorText(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error !== null && typeof error === 'object') {
    const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
    const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
    if (name || message) return name && message ? `${name}: ${message}` : name || message;
  }
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/**
 * Turn anything the engine throws into an EngineError. web-llm's errors cross
 * the worker as strings ("WebGPUNotAvailableError: ..."), so classification is
 * by name and text, never instanceof. `phase` sharpens the GPU cases: web-llm
 * reports a device lost while loading as DeviceLostError ("...usually OOM"),
 * while a device lost in a reply shows up as whatever call failed next.
 */
export function classifyEngineError(error: unknown, phase?: EnginePhase): EngineError {
  const classified = error instanceof EngineError ? error : classifyText(errorText(error));
  if (phase === 'generate' && classified.kind === 'out-of-memory') return new EngineError('device-lost', classified.message);
  if (phase === 'load' && classified.kind === 'device-lost') return new EngineError('out-of-memory', classified.message);
  return classified;
}

function classifyText(text: string): EngineError {
  // web-llm's DeviceLostError only exists for reload() ("lost while loading the model ... OOM").
  if (/DeviceLostError/.test(text) && /\bload|OOM|memory/i.test(text)) return new EngineError('out-of-memory', text);
  for (const rule of RULES) if (rule.pattern.test(text)) return new EngineError(rule.kind, text, rule.userMessage);
  return new EngineError('unknown', text);
}
