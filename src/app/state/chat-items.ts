import type { ForgetResult, ChatItem } from '../ports.ts';
import type { TurnOutcome } from '../pipeline/turn-runner.ts';

/** A committed turn's reply as the chat shows it (without reading it back from storage). */
export function replyItemOf(outcome: TurnOutcome, at: number): ChatItem {
  const reply = outcome.reply;
  return {
    id: outcome.assistantMessageId,
    role: 'assistant',
    at,
    text: reply.text,
    status: reply.status,
    decision: reply.decision,
    safety: reply.decision.safety,
    appraisalLabels: reply.appraisalLabels,
    stateBefore: reply.stateBefore,
    stateAfter: reply.stateAfter,
    regenerated: reply.regenerated,
    violations: reply.violations,
    ...(reply.usage ? { usage: reply.usage } : {}),
    replyTo: outcome.userMessageId,
  };
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * What a forget says: the topic the user named and how much went, never the
 * forgotten words themselves (printing them back would defeat the point).
 */
export function forgetNote(topic: string, result: ForgetResult): string {
  const total = result.memories.length + result.moments.length + result.messages;
  if (total === 0 && result.quotes === 0) return `Nothing stored mentions "${topic}", so there was nothing to forget.`;
  return `Forgotten "${topic}": ${plural(result.memories.length, 'fact')}, ${plural(result.moments.length, 'moment')} and ${plural(result.messages, 'message')} deleted or blanked. For the strongest erase, also clear this site's data in the browser.`;
}
