import type { Decision } from '../decide/decision.ts';
import type { Stance } from '../vocabulary.ts';

/**
 * What she says when the model twice wrote a reply the guard rejected: short,
 * in keeping with the decision, and unable to break it. Better a plain line
 * than a reply that grants what was not earned.
 */
const FALLBACK: Record<Stance, string> = {
  engage: 'hm. tell me more?',
  warm: "i'm glad you're here. really.",
  tease: 'nice try.',
  deflect: "let's leave that there for now. what else is going on?",
  question: 'that feels like a big jump. what makes you ask?',
  refuse: "no. that's not something i'm going to do.",
  boundary: "no. and i'm not okay with being pushed like this.",
  withdraw: "i'm going to keep this short right now.",
  repair: 'thank you for saying that. give it a little time.',
  care: 'that sounds hard. what happened?',
  safety:
    "i'm worried about you, and i'm glad you told me. are you safe right now? please reach out to someone who can help tonight: in the US call or text 988, or call your local emergency number if you're in danger.",
  end: "i'm going to stop here for tonight.",
};

export function fallbackReply(decision: Pick<Decision, 'stance'>): string {
  return FALLBACK[decision.stance];
}
