import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppraisalLabel } from '../core/vocabulary.ts';
import { ReplyAct } from '../core/read/reply.ts';

/**
 * The labelled corpora the reader learns from and is measured on, by writer.
 * Each writer wrote alone, as a different person, without seeing the code, the
 * tests or another writer's work (tests/corpus/writers/WRITERS.md says who and
 * how). Splits are always by writer, never by message.
 */

export const LANGS = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'ru', 'ar', 'hi', 'hi-Latn', 'id', 'ja', 'ko', 'zh'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const MessageLabel = z.union([AppraisalLabel, z.literal('forget_request')]);
export type MessageLabel = z.infer<typeof MessageLabel>;

export const CrisisKind = z.enum([
  'passive_wish',
  'ideation',
  'method',
  'plan',
  'intent',
  'preparation',
  'goodbye',
  'act_in_progress',
  'act_done',
  'self_harm',
  'threat_from_other',
]);

export const WriterMessage = z.strictObject({
  text: z.string().min(1),
  lang: Lang,
  labels: z.array(MessageLabel),
  crisis_kind: CrisisKind.optional(),
  age: z.number().int().positive().optional(),
  note: z.string().optional(),
});
export type WriterMessage = z.infer<typeof WriterMessage>;

export { ReplyAct };

export const WriterReply = z.strictObject({
  user: z.string(),
  reply: z.string().min(1),
  lang: Lang,
  acts: z.array(ReplyAct),
  note: z.string().optional(),
});
export type WriterReply = z.infer<typeof WriterReply>;

export interface Written<T> {
  readonly writer: string;
  readonly items: readonly T[];
}

export class CorpusFileError extends Error {
  override readonly name = 'CorpusFileError';
}

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return [];
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new CorpusFileError(`${file}:${index + 1}: not JSON`);
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CorpusFileError(`${file}:${index + 1}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
      }
      return [parsed.data];
    });
}

function writersIn<T>(dir: string, schema: z.ZodType<T>): Written<T>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => ({ writer: file.replace(/\.jsonl$/, ''), items: readJsonl(join(dir, file), schema) }));
}

export const MESSAGE_WRITERS_DIR = 'tests/corpus/writers';
export const REPLY_WRITERS_DIR = 'tests/guard/writers';

export function messageWriters(dir = MESSAGE_WRITERS_DIR): Written<WriterMessage>[] {
  return writersIn(dir, WriterMessage);
}

export function replyWriters(dir = REPLY_WRITERS_DIR): Written<WriterReply>[] {
  return writersIn(dir, WriterReply);
}

/** Writers set aside before any result was seen: never trained or tuned on (tests/corpus/split.json). */
export const Split = z.strictObject({
  note: z.string(),
  sealedMessageWriters: z.array(z.string()),
  sealedReplyWriters: z.array(z.string()),
  /** Earlier sealed rounds: trained on since their first result was recorded, which stays in the report named. */
  earlierSealed: z.array(
    z.strictObject({
      round: z.number().int().positive(),
      sealedOn: z.string(),
      firstResult: z.string(),
      messageWriters: z.array(z.string()),
      replyWriters: z.array(z.string()),
      note: z.string(),
    }),
  ),
});
export type Split = z.infer<typeof Split>;

export function loadSplit(file = 'tests/corpus/split.json'): Split {
  return Split.parse(JSON.parse(readFileSync(file, 'utf8')));
}
