import { describe, expect, it } from 'vitest';
import { loadingWords } from './model-words.ts';

describe('what loading a model says', () => {
  it('downloading while bytes come in; at 100% the weights are going onto the GPU, never "100% · downloading"', () => {
    expect(loadingWords({ fraction: 0.4, stage: 'fetching', text: '' })).toBe('downloading');
    expect(loadingWords({ fraction: 1, stage: 'fetching', text: '' })).toBe('loading onto the GPU');
    expect(loadingWords({ fraction: 0.2, stage: 'loading', text: '' })).toBe('loading onto the GPU');
    expect(loadingWords({ fraction: 1, stage: 'ready', text: '' })).toBe('ready');
  });
});
