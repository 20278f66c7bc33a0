import type { LoadProgress } from '../../adapters/engine/types.ts';

/**
 * What loading a model is doing, in words. At 100% the download is over even
 * if the engine still reports its fetching stage: the weights are then going
 * onto the GPU, so "100% · downloading" is never shown.
 */
export function loadingWords(progress: LoadProgress): string {
  if (progress.stage === 'ready') return 'ready';
  if (progress.stage === 'fetching' && progress.fraction < 1) return 'downloading';
  return 'loading onto the GPU';
}
