import { describe, expect, it } from 'vitest';
import { classifyEngineError, describeEngineError, EngineError, errorText } from './errors.ts';
import type { EngineErrorKind } from './types.ts';

describe('classifyEngineError', () => {
  // Strings as they cross web-llm's worker (`err.toString()`), and browser errors as thrown.
  const cases: readonly (readonly [unknown, EngineErrorKind])[] = [
    ['WebGPUNotAvailableError: WebGPU is not supported in your current environment, but it is necessary to run the WebLLM engine.', 'no-webgpu'],
    ['WebGPUNotFoundError: Cannot find WebGPU in the environment', 'no-webgpu'],
    ["Error: Unable to find a compatible GPU. This issue might be because your computer doesn't have a GPU, or your system settings are not configured properly.", 'no-adapter'],
    ['ShaderF16SupportError: This model requires WebGPU extension shader-f16, which is not enabled in this browser.', 'no-f16'],
    ['FeatureSupportError: This model requires feature shader-f16, which is not yet supported by this browser.', 'no-f16'],
    ["Error: error: using f16 types in shaders requires the 'shader-f16' feature to be enabled", 'no-f16'],
    ["GPUValidationError: Tint WGSL reader failure: :1:8 error: 'f16' extension is not allowed", 'no-f16'],
    ['DeviceLostError: The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM).', 'out-of-memory'],
    ['GPUOutOfMemoryError: Out of memory', 'out-of-memory'],
    ['RangeError: Array buffer allocation failed', 'out-of-memory'],
    ['Error: Cannot initialize runtime because of requested maxBufferSize exceeds limit. requested=1024MB, limit=256MB.', 'out-of-memory'],
    ['RuntimeError: Aborted(OOM). Build with -sASSERTIONS for more info.', 'out-of-memory'],
    ['OperationError: Device is lost', 'device-lost'],
    ['Error: The device was lost (reason: unknown)', 'device-lost'],
    ['TypeError: Failed to fetch', 'network'],
    ['TypeError: NetworkError when attempting to fetch resource.', 'network'],
    ['TypeError: Load failed', 'network'],
    ['net::ERR_INTERNET_DISCONNECTED', 'network'],
    ['Error: Cannot fetch https://huggingface.co/mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC/resolve/main/params_shard_3.bin', 'network'],
    ["TypeError: Failed to execute 'add' on 'Cache': Request failed", 'network'],
    ['Error: ArtifactOPFSCache: Unable to fetch https://huggingface.co/x/resolve/main/tokenizer.json, received status 404', 'network'],
    [new DOMException('The operation was aborted.', 'AbortError'), 'cancelled'],
    ['AbortError: The user aborted a request.', 'cancelled'],
    ['Engine.unload() is called.', 'cancelled'],
    ['ModelNotLoadedError: Model not loaded before trying to complete ChatCompletionRequest.', 'not-loaded'],
    ['RuntimeError: Aborted(native code called abort())', 'unknown'],
    ['ContextWindowSizeExceededError: Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096', 'unknown'],
    ['something odd', 'unknown'],
    [{ weird: true }, 'unknown'],
    [undefined, 'unknown'],
  ];
  it.each(cases)('%s -> %s', (error, kind) => {
    const classified = classifyEngineError(error);
    expect(classified).toBeInstanceOf(EngineError);
    expect(classified.kind).toBe(kind);
    expect(classified.userMessage.length).toBeGreaterThan(20);
  });

  it('keeps an EngineError as it is', () => {
    const error = new EngineError('network', 'offline');
    expect(classifyEngineError(error)).toBe(error);
  });

  it('reads a lost device by phase: memory while loading, a lost device while replying', () => {
    expect(classifyEngineError('OperationError: Device is lost', 'load').kind).toBe('out-of-memory');
    expect(classifyEngineError('GPUOutOfMemoryError: Out of memory', 'generate').kind).toBe('device-lost');
    expect(classifyEngineError('TypeError: Failed to fetch', 'generate').kind).toBe('network');
  });

  it('explains a full disk in its own words', () => {
    const classified = classifyEngineError('QuotaExceededError: Quota exceeded.');
    expect(classified.kind).toBe('unknown');
    expect(classified.userMessage).toMatch(/storage/);
  });
});

describe('describeEngineError', () => {
  it('says what to do', () => {
    expect(describeEngineError('no-webgpu')).toMatch(/Chrome or Edge 113\+.*Chrome 121\+ on Android.*Safari 26\+.*Firefox 141\+ on Windows/);
    expect(describeEngineError('no-f16')).toMatch(/q4f32/);
    expect(describeEngineError('out-of-memory')).toMatch(/smaller model/);
    expect(describeEngineError('network')).toMatch(/where it stopped/);
    expect(new EngineError('network', 'x').userMessage).toBe(describeEngineError('network'));
  });
});

describe('errorText', () => {
  it('reads strings, errors and error-like objects', () => {
    expect(errorText('DeviceLostError: x')).toBe('DeviceLostError: x');
    expect(errorText(new TypeError('Failed to fetch'))).toBe('TypeError: Failed to fetch');
    expect(errorText({ message: 'Uncaught RangeError' })).toBe('Uncaught RangeError');
    expect(errorText(42)).toBe('42');
  });
});
