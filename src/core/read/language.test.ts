import { describe, expect, it } from 'vitest';
import { scriptLanguage } from './language.ts';

describe('the language a script names', () => {
  it.each([
    ['Chinese: Han without kana', '我最近总是睡不着，工作压力太大了', 'zh'],
    ['Traditional Chinese', '我今天上大夜班，好累喔', 'zh'],
    ['Chinese with one borrowed の', '好想吃の蛋糕，我初三了', 'zh'],
    ['Chinese with a katakana middle dot and long-vowel mark', '今天好累・ー', 'zh'],
    ['Japanese: kanji with kana', '明日は早番なので、もう寝ますね', 'ja'],
    ['Japanese mostly in kanji, a few kana', '中3の受験クラス担当', 'ja'],
    ['Korean', '오늘 너무 피곤해요 ㅠㅠ', 'ko'],
    ['Arabic script', 'انا تعبان جدا اليوم', 'ar'],
    ['Arabic script with a few Latin letters', 'انا تعبان جدا من الشغل ok', 'ar'],
    ['Devanagari', 'आज बहुत थक गया हूँ', 'hi'],
    ['Cyrillic', 'сегодня очень устала', 'ru'],
  ])('%s', (_name, text, lang) => {
    expect(scriptLanguage(text)).toBe(lang);
  });

  it.each([
    ['English', 'long day at work, just want to sleep'],
    ['Spanish with accents', 'qué día más largo, estoy agotada'],
    ['Arabizi (Latin letters and digits)', 'ana ta3ban awi el naharda'],
    ['Hinglish with one Devanagari word', 'aaj office mein bahut kaam tha यार'],
    ['emoji only', '😭😭😭'],
    ['empty', ''],
    ['zero-width characters and digits', '\u200b\u200d 123'],
  ])('leaves %s to the model', (_name, text) => {
    expect(scriptLanguage(text)).toBeUndefined();
  });

  it('reads only the start of a very long message, in linear time', () => {
    expect(scriptLanguage('a'.repeat(20_000) + '我'.repeat(10))).toBeUndefined();
    expect(scriptLanguage('我'.repeat(20_000))).toBe('zh');
  });
});
