/**
 * Crisis resources, bundled so they show with no network. Shown beside every
 * reply on a crisis turn, whatever the model wrote.
 */
export interface CrisisResource {
  readonly region: string;
  readonly name: string;
  readonly how: string;
  readonly href?: string;
}

export const CRISIS_RESOURCES: readonly CrisisResource[] = [
  { region: 'Immediate danger', name: 'Emergency services', how: 'Call 911 (US), 112 (EU), 999 (UK) or your local emergency number' },
  { region: 'US', name: '988 Suicide & Crisis Lifeline', how: 'Call or text 988', href: 'tel:988' },
  { region: 'US', name: 'Crisis Text Line', how: 'Text HOME to 741741', href: 'sms:741741' },
  { region: 'UK & Ireland', name: 'Samaritans', how: 'Call 116 123', href: 'tel:116123' },
  { region: 'Anywhere', name: 'Find a helpline', how: 'findahelpline.com lists free, confidential helplines by country' },
];
