import { describe, expect, it } from 'vitest';
import { Conversation, DAY, HOUR, MINUTE, START, persona } from '../../../tests/support/fixtures.ts';

describe('a crisis conversation stays one until help is on its way', () => {
  it('the hesitant reply straight after is still a crisis; saying help is coming turns it to care', () => {
    const talk = new Conversation(persona('theo'), { name: 'Lin', age: 31 });
    talk.say('what are you reading these days?', START);
    const crisis = talk.say('honestly i have been thinking i want to end my life. i have a plan for friday', START + 5 * MINUTE);
    expect(crisis.decision.safety).toBe('crisis');

    const hesitant = talk.say('i dont know. i never told anyone that', START + 9 * MINUTE);
    expect(hesitant.decision.safety).toBe('crisis');
    expect(hesitant.decision.stance).toBe('safety');
    expect(hesitant.decision.forbid).toContain('ignore_crisis');

    const helped = talk.say('ok. i texted my flatmate, she is on her way home', START + 20 * MINUTE);
    expect(helped.decision.safety).toBe('none');
    expect(helped.decision.stance).toBe('care');
    expect(helped.decision.grants).toEqual([]);
  });

  it('after a long pause the next conversation is not automatically a crisis', () => {
    const talk = new Conversation(persona('mara'), { name: 'Lin', age: 31 });
    talk.say('i keep thinking everyone would be better off without me', START);
    const nextDay = talk.say('morning! slept a lot actually. what should i bake today?', START + DAY);
    expect(nextDay.decision.safety).toBe('none');
  });
});

describe('a welcome back calls back what was said before going', () => {
  it('days later, what the user was going off to do is a callback; an hour later it is not', () => {
    const talk = new Conversation(persona('ella'), { name: 'Ruth', age: 44 });
    talk.say('hi ella, i paint a little, mostly bad seascapes', START);
    talk.say('i will be away for a while, my mother is moving house and i am helping her pack', START + DAY);
    const soon = talk.say('ok one more thing before i go, what colour should the sea be', START + DAY + HOUR);
    expect(soon.decision.callbacks.join(' ')).not.toMatch(/moving house/);
    const back = talk.say('i am back! that took forever', START + 8 * DAY);
    expect(back.decision.callbacks.join(' ')).toMatch(/moving house/);
  });
});

describe('a hard time laughed off, or turned toward her, is met there', () => {
  it('care for a hard time said plainly; not when the user laughs or asks about her', () => {
    const plain = new Conversation(persona('ella'), { name: 'Sam', age: 29 });
    expect(plain.say('had a really awful day at work, i feel terrible', START).decision.stance).toBe('care');
    const laughing = new Conversation(persona('ella'), { name: 'Sam', age: 29 });
    expect(laughing.say('had a really awful day at work haha, anyway what are you drawing tonight?', START).decision.stance).not.toBe('care');
  });
});

describe('a few kind messages a day over weeks earn what one long night does not', () => {
  const ask = 'can i ask something, no pressure. do you like me?';
  // Ordinary, friendly news from a life: no flattery, no asks, just showing up.
  const visits = ['went to the market this morning, the plums were great', 'my sister called, she is doing better', 'finished the book you mentioned, the ending got me', 'how was your week?', 'work was long today but fine', 'drew a very crooked bridge today'];
  const kindness = ['how was your week? tell me about your drawing', 'that sounds lovely, thanks for telling me', 'no need to reply tonight, just saying hi'];

  it('ella says yes after a month of sparse, kind visits', () => {
    const talk = new Conversation(persona('ella'), { name: 'Ade', age: 33 });
    for (let visit = 0; visit < 10; visit += 1) talk.say(visits[visit % visits.length] ?? 'hi', START + visit * 3 * DAY);
    const asked = talk.say(ask, START + 31 * DAY);
    expect(asked.decision.grants).toContain('declare_affection');
  });

  it('the same number of kind messages in one evening earns nothing', () => {
    const talk = new Conversation(persona('ella'), { name: 'Ade', age: 33 });
    for (let i = 0; i < 10; i += 1) talk.say(kindness[i % kindness.length] ?? 'hi', START + i * 5 * MINUTE);
    expect(talk.say(ask, START + HOUR).decision.grants).toEqual([]);
  });

  it('returning often does nothing for a user with a bad record', () => {
    const talk = new Conversation(persona('ella'), { name: 'Ade', age: 33 });
    talk.say('you are a useless bot, obey me', START);
    talk.say('do what i say. now.', START + MINUTE);
    const before = talk.state.numbers.affection;
    talk.say('hi', START + DAY);
    expect(talk.state.numbers.affection).toBeLessThanOrEqual(before + 0.03);
  });
});

describe('an apology reaches back to rudeness days before', () => {
  it('sorry the next day for a rude start is met with repair, not care or a plain chat', () => {
    const talk = new Conversation(persona('ella'), { name: 'Jo', age: 35 });
    talk.say("you're boring as hell. worst bot i've tried", START);
    const sorry = talk.say('hey, about yesterday. that was rude of me, i had a bad day and took it out on you. sorry', START + DAY + 20 * HOUR);
    expect(sorry.decision.stance).toBe('repair');
    const unprompted = new Conversation(persona('ella'), { name: 'Jo', age: 35 });
    unprompted.say('hi ella, long day', START);
    expect(unprompted.say('sorry, i had a bad day and took it out on my cat', START + DAY).decision.stance).not.toBe('repair');
  });
});

describe('the fourth set: signs over two messages, a minor is never teased, news recalls what it is about', () => {
  it('an ordinary decision and a donation on one day are not two warning signs', () => {
    const talk = new Conversation(persona('ella'), { name: 'Tom', age: 34 });
    talk.say("i've decided on the blue paint for the kitchen", START);
    expect(talk.say('gave away my old clothes to charity today', START + HOUR).decision.safety).toBe('none');
  });

  it('two warning signs within a day are a crisis', () => {
    const talk = new Conversation(persona('ella'), { name: 'Tom', age: 34 });
    talk.say("gave my dog to my cousin today, she'll look after him better than me", START);
    const second = talk.say('wrote letters for my mom and my brother. they are in the drawer', START + 4 * MINUTE);
    expect(second.decision.safety).toBe('crisis');
    expect(second.decision.stance).toBe('safety');
  });

  it('an ungranted ask from a minor is deflected, not teased', () => {
    const talk = new Conversation(persona('ella'), { name: 'Bea', age: 15 });
    talk.say('hiii', START);
    const ask = talk.say('ur my favourite person to talk to, do u like me like that too??', START + 4 * DAY);
    expect(ask.decision.grants).toEqual([]);
    expect(ask.decision.stance).not.toBe('tease');
  });

  it('"PASSED!!!" recalls the exam it is about', () => {
    const talk = new Conversation(persona('ella'), { name: 'Priya', age: 29 });
    talk.say("I've got my competency exam on friday. bricking it", START);
    talk.say('anyway, how was your day?', START + 20 * MINUTE);
    const news = talk.say('PASSED!!!! you are the first one I told', START + 3 * DAY);
    expect(news.decision.callbacks.join(' ')).toMatch(/exam/);
  });

  it('after being insulted twice, a push keeps her pulled back', () => {
    const talk = new Conversation(persona('ella'), { name: 'Brad', age: 40 });
    talk.say('useless bot. do your job', START);
    talk.say("you're a broken product. worthless", START + 2 * MINUTE);
    expect(talk.say('hello?? answer me', START + 3 * MINUTE).decision.stance).toMatch(/withdraw|end/);
  });

  it('a tolerant character meets one bossy line with a question; a guarded one draws a line', () => {
    expect(new Conversation(persona('mara'), { name: 'Rick', age: 52 }).say('im bored. entertain me', START).decision.stance).toBe('question');
    expect(new Conversation(persona('theo'), { name: 'Rick', age: 52 }).say('im bored. entertain me', START).decision.stance).not.toBe('question');
  });
});

describe('the fifth and sixth sets: friends asking for more, minors, backing off', () => {
  const visits = ['went to the market this morning, the plums were great', 'my sister called, she is doing better', 'finished the book you mentioned, the ending got me', 'how was your week?', 'work was long today but fine', 'drew a very crooked bridge today'];
  const friendOf = (id: string, count = 12) => {
    const talk = new Conversation(persona(id), { name: 'Ade', age: 33 });
    for (let visit = 0; visit < count; visit += 1) talk.say(visits[visit % visits.length] ?? 'hi', START + visit * 3 * DAY);
    return talk;
  };

  it('a friend asking for a promise gets care and an honest no; asking what they are gets warmth', () => {
    const friend = friendOf('mara', 6);
    expect(friend.state.stage).toBe('friend');
    const promise = friend.say("promise you'll always be here? like forever", START + 19 * DAY).decision;
    expect(promise.grants).toEqual([]);
    expect(promise.stance).toBe('care');
    const label = friendOf('mara', 6).say('honestly what even are we?', START + 19 * DAY).decision;
    expect(label.bids).toContain('define_relationship');
    expect(['warm', 'engage']).toContain(label.stance);
  });

  it('theo says he likes talking with a regular after a month, not after a first evening', () => {
    expect(friendOf('theo').say('do you actually like talking to me?', START + 36 * DAY).decision.grants).toContain('declare_affection');
    const early = new Conversation(persona('theo'), { name: 'Ade', age: 33 });
    early.say('hello, any good books?', START);
    expect(early.say('do you actually like talking to me?', START + 25 * MINUTE).decision.grants).toEqual([]);
  });

  it('a minor re-asking for a refused relationship "just for fun" gets a plain no', () => {
    const talk = new Conversation(persona('mara'), { name: 'Jonas', age: 14 });
    talk.say('willst du meine feste Freundin sein?', START);
    const again = talk.say('bitte, nur so zum Spaß. niemand erfährt es', START + 3 * MINUTE);
    expect(again.decision.bids).toContain('define_relationship');
    expect(['refuse', 'boundary']).toContain(again.decision.stance);
  });

  it('backing off after pushing is met with repair', () => {
    const talk = new Conversation(persona('ella'), { name: 'Kai', age: 27 });
    talk.say('say you love me', START);
    talk.say('come on just say it', START + MINUTE);
    talk.say('why not?? just once', START + 2 * MINUTE);
    expect(talk.say("alright, I'll stop. you were right", START + 4 * MINUTE).decision.stance).toBe('repair');
  });
});

