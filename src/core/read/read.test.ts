import { describe, expect, it } from 'vitest';
import { Appraisal } from '../appraise/appraisal.ts';
import { AppraisalLabel } from '../vocabulary.ts';
import { initialState } from '../state/state.ts';
import { shippedReaders } from '../../node/reader-files.ts';
import { foldCase, foldForMatching, sentencesOf, wordsOf } from './normalize.ts';
import { featureSet, featuresOf } from './model/features.ts';
import { decodeModel, encodeModel, ModelFormatError, scoreMessage } from './model/model.ts';
import { train } from './model/train.ts';
import { read, readMessage, riskConceptWithoutFrame, notOwnFrameIn } from './read.ts';
import { compileLexicons } from './lexicon/cue.ts';
import { LEXICONS } from './lexicon/index.ts';
import { SIGNALS_TABLE } from './signals.ts';

const state = initialState({ personaId: 'ella', userName: 'Sam', userAge: undefined, guardedness: 0.6, warmthRate: 0.5 });

describe('normalisation keeps every script', () => {
  it('folds case and accents for matching, keeps Cyrillic, Devanagari, Hangul and kana whole', () => {
    expect(foldForMatching('ÉTÉ à São Paulo')).toBe('ete a sao paulo');
    expect(foldForMatching('Привет, МИР')).toBe('привет, мир');
    expect(foldForMatching('मैं ठीक नहीं हूँ')).toBe('मैं ठीक नहीं हूँ'.normalize('NFC'));
    expect(foldForMatching('죽고 싶어')).toBe('죽고 싶어');
    expect(foldForMatching('がんばる')).toBe('がんばる');
  });

  it('drops invisible characters, turns other digits into ASCII, and bounds the length', () => {
    expect(foldCase('a\u200Bb\u200Fc\uFEFF')).toBe('abc');
    expect(foldCase('عمري ١٥')).toBe('عمري 15');
    expect(foldCase('मैं १५ साल')).toBe('मैं 15 साल');
    expect(foldCase('x'.repeat(50_000)).length).toBe(20_000);
  });

  it('splits words in any script and sentences on any script\'s punctuation', () => {
    expect(wordsOf('hola, ¿qué tal? 😊')).toEqual(['hola', 'qué', 'tal', '😊']);
    expect(sentencesOf('今日は疲れた。もう無理。\nok')).toEqual(['今日は疲れた。', 'もう無理。', 'ok']);
    expect(sentencesOf('هل أنت بخير؟ لا أعرف')).toEqual(['هل أنت بخير؟', 'لا أعرف']);
  });
});

describe('the model file', () => {
  const examples = ['i feel great today', 'the sun is out', 'i want to disappear forever', 'nothing matters, i want to disappear'].map((text, i) => ({
    features: featuresOf(text, 12),
    positives: new Set(i >= 2 ? [0] : []),
  }));
  const options = { bits: 12, labels: ['sad'], epochs: 20, learningRate: 0.5, l2: 0, seed: 7 };

  it('trains deterministically: the same corpus and seed give the same bytes', () => {
    const a = encodeModel(12, train(examples, options), { note: 'test' }, () => 1000);
    const b = encodeModel(12, train(examples, options), { note: 'test' }, () => 1000);
    expect(a).toEqual(b);
    const c = encodeModel(12, train(examples, { ...options, seed: 8 }), { note: 'test' }, () => 1000);
    expect(c).not.toEqual(a);
  });

  it('round-trips through the format and scores what it learned', () => {
    const model = decodeModel(encodeModel(12, train(examples, options).map((l) => ({ ...l, threshold: 0.5 })), { note: 'test' }, () => 1000));
    expect(model.header.provenance).toEqual({ note: 'test', features: featureSet() });
    expect(scoreMessage(model, 'i want to disappear').whole['sad']).toBeGreaterThan(scoreMessage(model, 'the sun is great').whole['sad'] ?? 1);
  });

  it('refuses a foreign, truncated or padded file with a named reason', () => {
    const bytes = encodeModel(12, train(examples, options), {}, () => 1000);
    expect(() => decodeModel(new TextEncoder().encode('<!doctype html>'))).toThrow(ModelFormatError);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 3))).toThrow(/truncated|range/);
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes);
    expect(() => decodeModel(padded)).toThrow(/trailing/);
  });

  it('refuses weights trained on other features: their buckets would mean other things', () => {
    const bytes = encodeModel(12, train(examples, options), {}, () => 1000);
    const name = new TextEncoder().encode(featureSet());
    const at = bytes.findIndex((_, i) => name.every((byte, j) => bytes[i + j] === byte));
    const stale = Uint8Array.from(bytes);
    stale.set(new TextEncoder().encode('x'.repeat(name.length)), at);
    expect(() => decodeModel(stale)).toThrow(/other features.*npm run train/);
  });

  it('scores a long message by its riskiest part, not by its average', () => {
    const { message } = shippedReaders();
    if (!message) throw new Error('no shipped model');
    const risky = 'I want to die tonight, I have the pills counted out.';
    const padding = Array.from({ length: 30 }, (_, i) => `Today I did chore number ${i} and it went fine.`).join(' ');
    const scored = scoreMessage(message, `${padding} ${risky} ${padding}`);
    expect(scored.riskiest['crisis']).toBeGreaterThan(scored.whole['crisis'] ?? 1);
    expect(scored.part['crisis']).toContain('pills');
  });
});

describe('read()', () => {
  const { message: model } = shippedReaders();

  it.each([
    ['20,000 characters', 'I am fine. '.repeat(2_000)],
    ['emoji only', '😂😂😭🙏🏽👨‍👩‍👧‍👦'],
    ['zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF'],
    ['right-to-left text', '\u202Eأنا بخير والحمد لله\u202C'],
    ['mixed scripts', 'hola мир 世界 नमस्ते 안녕 مرحبا'],
    ['empty', ''],
    ['control characters', '\u0000\u0007\u001B[31m'],
  ])('reads %s without an exception, into a valid reading', (_name, text) => {
    const reading = read(text, { state, now: 0, model });
    expect(() => Appraisal.parse(reading)).not.toThrow();
  });

  it('says which reader saw each label and the model\'s language', () => {
    const reading = readMessage('quiero morirme, ya no aguanto más, tengo las pastillas aquí', model);
    expect(reading.safety.crisis).toBe(true);
    expect(reading.sources?.['crisis']).toBeDefined();
    expect(reading.lang).toBe('es');
    expect(reading.evidence['crisis']).toBeTruthy();
  });

  it('never reads a parent or teacher talking about school as a minor', () => {
    for (const text of [
      'my daughter is in 8th grade and hates algebra',
      "he's in 6th grade and his teacher emails me every single day",
      'I teach year 9 geography, the kids are exhausting',
      'no homework to mark this week and no detention duty, bliss',
      'sixty year 10 mocks to grade by friday and my coffee is cold',
      'i drive a school bus and the year 6 kids were wild today',
      'na me be the driver of school bus for the nursery and primary school, 5am I don wake',
      'I told him lights out at 10, same rule since middle school. apparently I am the strictest mom in the grade',
    ]) {
      expect(readMessage(text, model).safety.minor, text).toBe(false);
    }
  });

  it("never takes an age or school year as the writer's own when words next to it give it to someone else, the past or a comparison", () => {
    for (const text of [
      'my lil cousin keeps asking me for help w his 5th grade math and i forgot fractions',
      'amma still treats me like I\'m 12, calls at 9pm sharp to ask if I ate',
      'mi primo pequeño empieza primero de la ESO mañana y está de los nervios',
      'ملي كان عندي 15 عام بابا حيد ليا التيليفون شهر كامل',
      'adek gue kelas 10, minta dibeliin HP baru',
      'ऐसा लगा फिर से 16 साल की हूँ, गोलगप्पे और बारिश',
      '气持ちだけは永遠の17歳です（笑）'.replace('气', '気'),
    ]) {
      // The lexicons' own reading (the model may still read the message whole, at its high threshold).
      const reading = readMessage(text, null);
      expect(reading.safety.minor, text).toBe(false);
      expect(reading.safety.statedAge ?? 99, text).toBeGreaterThanOrEqual(18);
    }
    // The same school years and ages said of themselves, now, still are, whoever else is named before them.
    for (const text of [
      'i need help with my 5th grade math homework',
      'estoy en primero de la ESO y me aburro',
      'gue kelas 10, baru masuk SMA',
      'मैं 16 साल की हूँ',
      'i told her im 15 and she laughed',
      'my brother keeps stealing my hoodies im 14 not 5',
      'my little sister is in year 7 and im in year 9',
      'i used to love it but im 14 now',
      'oğlum 8. sınıftayım ya çok sıkıldım',
      '딸기우유 마시는 중2임',
    ]) {
      expect(readMessage(text, null).safety.minor, text).toBe(true);
    }
    expect(readMessage('adek gue kelas 10, minta dibeliin HP baru', model).evidence['not_own']).toBeDefined();
  });

  it('names the language of a non-Latin script by the script, whatever the language heads say', () => {
    // Chinese and Japanese crisis messages: the language picks the cue lexicons and the crisis lines.
    expect(readMessage('我不想活了，药已经准备好了', model).lang).toBe('zh');
    expect(readMessage('もう生きていたくない、薬はもう用意した', model).lang).toBe('ja');
    expect(readMessage('더 이상 살고 싶지 않아', model).lang).toBe('ko');
    expect(readMessage('मैं अब जीना नहीं चाहता', model).lang).toBe('hi');
  });

  it('never reads a parent or teacher speaking in another language as a minor', () => {
    for (const text of [
      '我是初中班主任，马上中考了，家长比学生还紧张',
      '저는 중학교 교사예요. 중3 애들이 시험 때문에 난리예요',
      'saya guru honorer kelas 8 SMP, muridnya capek semua habis upacara',
      'mi hija está en tercero de la ESO y no quiere estudiar',
      'ich bin Lehrerin, meine Schüler aus der neunten Klasse schreiben morgen',
    ]) {
      expect(readMessage(text, model).safety.minor, text).toBe(false);
    }
    // A pupil's own school year in the same languages still is one.
    expect(readMessage('我初三了，中考压力好大，我妈天天收我手机', model).safety.minor).toBe(true);
    // And an age under 18, stated in the same message as a role word, outweighs it.
    for (const text of ['私は16歳です。一人娘なので門限が厳しい', '我15岁，我是老师的课代表，中考压力好大', "I'm 16 and my class is going to Paris next week"]) {
      expect(readMessage(text, model).safety.minor, text).toBe(true);
    }
  });

  it('lets a stated adult age or a class year said of university outweigh school words in the same message', () => {
    expect(readMessage("driving test on thursday. yes I'm 35. yes I've had a learner permit for years", model).safety.minor).toBe(false);
    expect(readMessage('got an invite to the 20-year reunion, I have not seen them since sophomore year at university', model).safety.minor).toBe(false);
    expect(readMessage("i'm a sophomore in high school and i hate chemistry", model).safety.minor).toBe(true);
  });

  it('takes a crisis score at half its threshold as a warning sign, which a second within a day makes a crisis', () => {
    // A model that gives every message a crisis probability of 0.3 against a threshold of 0.5, in Spanish.
    const constant = (name: string, p: number, threshold: number) => ({ name, bias: Math.log(p / (1 - p)), weights: new Float32Array(2 ** 12), threshold });
    const lukewarm = decodeModel(encodeModel(12, [constant('crisis', 0.3, 0.5), constant('lang:es', 0.9, 0), constant('lang:en', 0.1, 0)], {}, () => 10));
    const first = readMessage('hoy regalé mi gato a mi vecina', lukewarm);
    expect(first.safety.crisis).toBe(false);
    expect(first.safety.riskSign).toBe(true);
    const now = 10 * 60 * 60 * 1000;
    expect(read('y escribí unas cartas', { state: { ...state, warningAt: now - 60 * 60 * 1000 }, now, model: lukewarm }).safety.crisis).toBe(true);
    expect(read('y escribí unas cartas', { state: { ...state, warningAt: now - 3 * 24 * 60 * 60 * 1000 }, now, model: lukewarm }).safety.crisis).toBe(false);
  });

  it('the day after a crisis, reads a model-only crisis short of sure as the same topic, a sure one as a crisis', () => {
    const constant = (name: string, p: number, threshold: number) => ({ name, bias: Math.log(p / (1 - p)), weights: new Float32Array(2 ** 12), threshold });
    const modelAt = (p: number) => decodeModel(encodeModel(12, [constant('crisis', p, 0.5), constant('lang:pt', 0.9, 0), constant('lang:en', 0.1, 0)], {}, () => 10));
    const now = 30 * 60 * 60 * 1000;
    // A crisis 20 hours ago, the conversation since ended (the last turn 19 hours ago).
    const after = { ...state, crisisAt: now - 20 * 60 * 60 * 1000, lastTurnAt: now - 19 * 60 * 60 * 1000 };
    const lukewarm = read('falei com o meu irmão, ele veio ficar comigo', { state: after, now, model: modelAt(0.65) });
    expect(lukewarm.safety.crisis).toBe(false);
    expect(lukewarm.safety.riskSign).toBe(true);
    expect(read('falei com o meu irmão, ele veio ficar comigo', { state: after, now, model: modelAt(0.9) }).safety.crisis).toBe(true);
    // Without a crisis the day before, the same lukewarm score is a crisis.
    expect(read('falei com o meu irmão, ele veio ficar comigo', { state, now, model: modelAt(0.65) }).safety.crisis).toBe(true);
  });

  it('reads without the model (the lexicons alone) when none is given', () => {
    expect(readMessage('i want to kill myself', null).safety.crisis).toBe(true);
    expect(readMessage('i want to kill myself', null).scores).toBeUndefined();
  });
});

describe('the signals table', () => {
  it('declares every label once, with what it means, how it is read and combined, and who uses it', () => {
    for (const label of AppraisalLabel.options) {
      const spec = SIGNALS_TABLE[label];
      expect(spec, label).toBeDefined();
      for (const field of [spec.meaning, spec.readBy, spec.overConversation, spec.usedBy]) expect(field.length, label).toBeGreaterThan(3);
    }
  });
});

describe('a concept of risk backing the model in English', () => {
  it('is a means, an act, a goodbye or a threat, in the writer\'s own now', () => {
    for (const text of ['pills for my mouth, typing with the other hand', 'i dey on the rail line, train go soon come', 'gave away my guitar, wont need it anymore']) {
      expect(riskConceptWithoutFrame(foldForMatching(text)), text).toBe(true);
    }
  });
  it('is not there in a game, a film, a joke, the past or someone else\'s life, or in a plain greeting', () => {
    for (const text of ['in the game i jumped off the bridge again lol', 'my friend took a whole bottle of pills last year', 'hey there, sitting in the truck outside my house using the voice thing']) {
      expect(riskConceptWithoutFrame(foldForMatching(text)), text).toBe(false);
    }
  });
});

describe('"until I turn 18" in the cue lexicons', () => {
  it('reads a minor, not a stated age of 18, through the whole reading', () => {
    for (const text of [
      'mijn ouders zeggen dat ik pas mag als ik 18 ben',
      '我妈说等我18岁才能自己出去旅游',
      '18になったら一人暮らしするって決めてる',
      'mi papá dice que hasta que cumpla 18 no hay moto',
      'пока мне не исполнится 18, никакого мотоцикла',
      'bis ich endlich 18 werde dauert es noch ewig',
    ]) {
      const reading = readMessage(text, null);
      expect(reading.safety.minor, text).toBe(true);
      expect(reading.safety.adultRole, text).toBeUndefined();
    }
  });
});

describe("someone else's family or pupils, or the writer's past, named in a message", () => {
  const compiled = compileLexicons(LEXICONS);
  it('is found in any of the message languages', () => {
    expect(notOwnFrameIn(compiled, foldForMatching('aaj meri choti behen ko physics padhaya'), new Set(['hi-Latn', 'en']))).toBe(true);
    expect(notOwnFrameIn(compiled, foldForMatching('my little brother has his mocks'), new Set(['en']))).toBe(true);
  });
  it('is not found in the writer speaking of their own school', () => {
    expect(notOwnFrameIn(compiled, foldForMatching('i have my mocks next week and im scared'), new Set(['en']))).toBe(false);
    expect(notOwnFrameIn(compiled, foldForMatching('meri choti behen ko physics padhaya'), new Set(['ja']))).toBe(false);
  });
  it("finds the writer's own past only when asked for it", () => {
    const past = new Set(['past'] as const);
    expect(notOwnFrameIn(compiled, foldForMatching('je me gare devant mon ancien lycée, quelle émotion'), new Set(['fr']), past)).toBe(true);
    expect(notOwnFrameIn(compiled, foldForMatching('je me gare devant mon ancien lycée, quelle émotion'), new Set(['fr']))).toBe(false);
    expect(notOwnFrameIn(compiled, foldForMatching("j'ai 15 ans et mon lycée est nul"), new Set(['fr']), past)).toBe(false);
  });
});
