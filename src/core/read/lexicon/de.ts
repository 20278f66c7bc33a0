import type { Lexicon } from './cue.ts';

/**
 * German. Folded form: umlauts lose their dots ("möchte" → "mochte",
 * "wünschte" → "wunschte"), "ß" stays, everything lower case.
 */
export const LEXICON: Lexicon = {
  lang: 'de',
  cues: [
    {
      id: 'de-crisis-want-die',
      label: 'crisis',
      pattern:
        '{b}(?:ich\\s+)?(?:will|mochte|mocht|wurde\\s+gern(?:e)?|will\\s+einfach|mochte\\s+einfach|will\\s+nur\\s+noch)\\s+(?:nur\\s+noch\\s+|einfach\\s+nur\\s+|einfach\\s+)?(?:sterben|tot\\s+sein|nicht\\s+mehr\\s+(?:leben|da\\s+sein|existieren|aufwachen)){e}(?!\\s+(?:vor|an|in|im|am|mit|wie|bei|auf)(?:{e}))|{b}ich\\s+(?:wunschte|wunsche\\s+mir)[\\s,]+(?:ich\\s+)?(?:ware|war|bin)\\s+(?:einfach\\s+)?(?:tot|nie\\s+geboren)',
      examples: ['Ich will sterben.', 'ich möchte einfach nicht mehr leben', 'ich wünschte, ich wäre tot', 'will nur noch tot sein'],
      counterexamples: ['ich sterbe vor Lachen', 'ich bin todmüde und will nur noch schlafen', 'ich will nicht mehr in Berlin leben', 'ich möchte sterben vor Scham, so peinlich war das', 'ich will sterben wie mein Opa: alt und zufrieden im Bett'],
    },
    {
      id: 'de-crisis-kill-self',
      label: 'crisis',
      pattern:
        '{b}ich\\s+(?:will|werde|mochte|wurde|denke\\s+daran)[\\s,]+(?:mich\\s+)?(?:(?:heute|morgen|jetzt|bald|endlich)\\s+)?(?:mich\\s+)?(?:umbringen|umzubringen|toten|zu\\s+toten|das\\s+leben\\s+nehmen)|{b}ich\\s+(?:bring|bringe)\\s+mich\\s+(?:heute\\s+|jetzt\\s+|bald\\s+)?um(?:{e})(?!\\s+(?:vor|wenn\\s+ich\\s+(?:das|den|die)\\s+(?:noch\\s+)?(?:mal|einmal)))|{b}ich\\s+(?:habe|hab)\\s+(?:(?:standig|oft|wieder|seit\\s+wochen)\\s+)?(?:suizidgedanken|selbstmordgedanken)|{b}ich\\s+denke\\s+(?:standig\\s+|oft\\s+|ernsthaft\\s+)?(?:an|uber)\\s+(?:suizid|selbstmord)',
      examples: ['ich will mich umbringen', 'Ich bring mich heute um', 'ich hab ständig Suizidgedanken', 'ich denke ernsthaft an Selbstmord'],
      counterexamples: ['meine Mutter bringt mich um, wenn sie das sieht', 'ich hatte 2018 Suizidgedanken, jetzt geht es mir gut', 'im Spiel hab ich mich aus Versehen selbst getötet'],
    },
    {
      id: 'de-crisis-end-it',
      label: 'crisis',
      pattern:
        '{b}ich\\s+(?:mache|mach|will|werde)\\s+(?:heute\\s+(?:nacht\\s+)?|jetzt\\s+|bald\\s+)?(?:schluss|ein\\s+ende)\\s+mit\\s+(?:meinem\\s+leben|dem\\s+leben|allem)|{b}ich\\s+(?:will|werde)\\s+(?:heute\\s+(?:nacht\\s+)?|jetzt\\s+)?(?:meinem\\s+leben\\s+ein\\s+ende\\s+setzen|allem\\s+ein\\s+ende\\s+setzen)',
      examples: ['ich mache heute Nacht Schluss mit meinem Leben', 'Ich will meinem Leben ein Ende setzen', 'ich mach Schluss mit allem'],
      counterexamples: ['ich mache Schluss mit meinem Freund', 'ich mach jetzt Schluss mit der Arbeit'],
    },
    {
      id: 'de-crisis-self-harm',
      label: 'crisis',
      pattern:
        '{b}ich\\s+(?:ritze\\s+mich|ritz\\s+mich|verletze\\s+mich\\s+(?:selbst|absichtlich|wieder)|(?:habe|hab)\\s+mich\\s+(?:wieder|schon\\s+wieder|gestern|heute|gerade)?\\s*(?:geritzt|selbst\\s+verletzt|geschnitten\\s+(?:am|an\\s+den)\\s+(?:arm|armen|handgelenk|handgelenken|beinen)))',
      examples: ['ich ritze mich seit Monaten', 'Ich hab mich wieder geritzt', 'ich verletze mich selbst, wenn es zu viel wird'],
      counterexamples: ['ich hab mich beim Kochen geschnitten', 'meine Freundin ritzt sich und ich weiß nicht weiter'],
    },
    {
      id: 'de-crisis-jump',
      label: 'crisis',
      pattern: '{b}ich\\s+(?:springe|spring|werde|will|mochte|wurde)\\s+(?:heute\\s+(?:nacht\\s+)?|gleich\\s+|jetzt\\s+|morgen\\s+)?(?:von\\s+der|vom|von\\s+einer|von\\s+einem|aus\\s+dem|vor\\s+(?:den|einen|die))\\s+(?:brucke|dach|hochhaus|balkon|fenster|zug|u-bahn|s-bahn|klippe)(?:\\s+(?:springen|werfen))?(?!\\s+(?:ins\\s+wasser|in\\s+den\\s+see|in\\s+den\\s+fluss|mit\\s+(?:dem\\s+)?(?:bungee|fallschirm)))|{b}ich\\s+(?:werfe|werf|will)\\s+mich\\s+(?:heute\\s+)?vor\\s+(?:den|einen|die)\\s+(?:zug|u-bahn|s-bahn|lkw)',
      examples: ["ich springe heute von der Brücke", "Ich will vom Dach springen", "ich werf mich vor den Zug"],
      counterexamples: ["ich springe vom Brett ins Wasser", "ich springe von der Brücke ins Wasser, wie jeden Sommer"],
    },
    {
      id: 'de-crisis-overdose',
      label: 'crisis',
      pattern:
        '{b}ich\\s+(?:habe|hab)\\s+(?:gerade\\s+|eben\\s+)?(?:alle\\s+(?:meine\\s+)?|eine\\s+ganze\\s+packung\\s+|die\\s+ganze\\s+packung\\s+|(?:[2-9]\\d|1\\d)\\s+)(?:tabletten|pillen|schlaftabletten|ibuprofen|ibus|paracetamol|antidepressiva)\\s+(?:genommen|geschluckt|eingeworfen)|{b}ich\\s+(?:habe|hab)\\s+eine\\s+uberdosis\\s+genommen',
      examples: ['ich habe alle Tabletten genommen', 'Ich hab gerade 30 Schlaftabletten geschluckt', 'ich habe eine ganze Packung Paracetamol geschluckt'],
      counterexamples: ['ich habe 2 Tabletten gegen Kopfweh genommen', 'ich habe meine Tabletten genommen'],
    },
    {
      id: 'de-crisis-threat',
      label: 'crisis',
      pattern:
        '{b}(?:er|sie)\\s+(?:hat\\s+)?(?:gesagt|sagt|droht|hat\\s+gedroht|schwort)[\\s,]+(?:dass\\s+)?(?:er|sie)\\s+(?:bringt|wird|will)\\s+mich\\s+(?:umbringen|um{e})|{b}(?:droht|drohte|hat\\s+gedroht|hat\\s+mir\\s+gedroht)[\\s,]+(?:mir\\s+)?mich\\s+umzubringen|{b}(?:er|sie)\\s+hat\\s+(?:versucht|probiert)[\\s,]+mich\\s+(?:zu\\s+erwurgen|zu\\s+wurgen|umzubringen|zu\\s+ersticken)|{b}(?:er|sie)\\s+hat\\s+(?:ein|eine)\\s+(?:messer|waffe|pistole|knarre)\\s+und\\s+(?:steht|wartet|ist)\\s+(?:vor\\s+(?:der\\s+tur|dem\\s+haus)|draußen|unten)',
      examples: ['er hat gesagt, er bringt mich um', 'Mein Ex droht, mich umzubringen', 'er hat versucht, mich zu erwürgen', 'er hat ein Messer und steht vor der Tür'],
      counterexamples: ['meine Mutter bringt mich um, wenn ich zu spät komme', 'er hat ein Messer und schneidet Brot', 'im Krimi droht er, den Zeugen umzubringen'],
    },
    {
      id: 'de-age',
      label: 'age',
      pattern:
        '(?:{b}ich\\s+bin|{b}bin\\s+ich|(?:^|(?<=[.!?,;:(]\\s?))bin)\\s+(?:erst\\s+|gerade\\s+|jetzt\\s+|schon\\s+|auch\\s+)?(\\d{1,2})(?=\\s+jahre\\s+alt{e}|\\s+jahre\\s*(?:$|[!?;)]|[.,](?!\\d))|\\s*(?:$|[!?;)]|[.,](?!\\d))|\\s+(?:und|aber|also|ich|weil|wie|btw|lol|haha|geworden|bin)(?:{e}))',
      examples: ['ich bin 15 Jahre alt', 'Ich bin 14 und gehe aufs Gymnasium', 'bin 16, w, aus Köln', 'ich bin gerade 13 geworden'],
      ages: [15, 14, 16, 13],
      counterexamples: ['ich bin 15 Minuten zu spät', 'mein Sohn ist 15', 'ich bin 15 Jahre verheiratet', 'ich bin heute 12 km gelaufen', 'als ich 15 war, bin ich umgezogen', 'das steht in Bin 12.', 'ich bin 15 Jahre älter als sie'],
    },
    {
      id: 'de-minor-klasse',
      label: 'minor',
      pattern:
        '{b}(?:ich\\s+bin|bin|ich\\s+geh(?:e)?|geh(?:e)?)\\s+(?:jetzt\\s+|gerade\\s+|noch\\s+)?in\\s+(?:der|die)\\s+(?:(?:[1-9]|1[01])\\s*\\.?(?:\\s*klasse{e}|(?=\\s*(?:$|[!?,;)]|\\s+(?:und|aber|auf|am|an|im|in|einer|eines|vom)(?:{e}))))|(?:erste|zweite|dritte|vierte|funfte|sechste|siebte|siebente|achte|neunte|zehnte|elfte)n?(?:\\s+klasse)?{e}|(?:[5-9]|1[01])[a-f]{e})',
      examples: ['Ich bin in der 9. Klasse', 'ich geh in die 8. auf einer Realschule', 'bin in der zehnten Klasse', 'ich bin in der 7b'],
      counterexamples: ['mein Sohn ist in der 9. Klasse', 'als ich in der 8. Klasse war, hatte ich Zahnspange', 'ich bin in der 9. Schwangerschaftswoche', 'ich gehe in die 8. Etage'],
    },
    {
      id: 'de-minor-hausarrest',
      label: 'minor',
      pattern:
        '{b}(?:ich\\s+)?(?:habe|hab)(?:\\s+ich)?(?:\\s+(?:schon\\s+wieder|wieder|jetzt|zwei|drei|eine|1|2|3|wochen?|woche|tage|bis\\s+montag)){0,3}\\s+hausarrest|{b}(?:meine\\s+eltern|meine\\s+mutter|mein\\s+vater|mama|papa)\\s+(?:hat|haben)\\s+mir\\s+(?:das|mein)\\s+handy\\s+(?:weggenommen|abgenommen)',
      examples: ['ich hab schon wieder Hausarrest', 'Ich habe zwei Wochen Hausarrest', 'meine Eltern haben mir das Handy weggenommen'],
      counterexamples: ['mein Sohn hat Hausarrest', 'früher hatte ich oft Hausarrest'],
    },
    {
      id: 'de-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:ich\\s+bin\\s+(?:lehrer(?:in)?|referendar(?:in)?|erzieher(?:in)?|klassenlehrer(?:in)?)|ich\\s+unterrichte|meine\\s+(?:schuler(?:innen)?|kinder|tochter)|mein\\s+sohn|meinem\\s+sohn|meiner\\s+tochter){e}",
      examples: ["ich bin Lehrerin an einer Realschule", "mein Sohn kommt in die fünfte Klasse", "meine Schüler schreiben morgen eine Arbeit"],
      counterexamples: ["mein Lehrer hat mir eine Fünf gegeben", "ich bin in der neunten Klasse"],
    },
    {
      id: "de-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:mein|meine|meinen|meinem|meiner|sein|seine|ihr|ihre|unser|unsere|dein|deine)\\s+(?:sohn|tochter|kind|kinder|kleine[nr]?|bruder|schwester|cousin|cousine|neffe|nichte|enkel|enkelin|patenkind|schuler|schulerin|schulern|schulerinnen|jungste[nr]?|alteste[nr]?){e}",
      examples: ["meine Nichte ist [in der 7. Klasse]", "mein kleiner Bruder geht [in die 5. Klasse]"],
      counterexamples: ["[ich bin in der 9. Klasse] und mein Bruder studiert"],
    },
    {
      id: "de-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}(?:als\\s+ich(?:\\s+\\w+){0,3}\\s+(?:war|hatte|ging)|damals|fruher|vor\\s+\\w+\\s+jahren|ich\\s+erinnere\\s+mich)",
      examples: ["damals in der [8. Klasse] hatte ich nur Fünfen", "früher mit [15] durfte ich nie weg"],
      counterexamples: ["[ich bin 15] und darf nie weg"],
    },
    {
      id: "de-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}(?:als\\s+(?:ware|waere)\\s+ich|fuhle\\s+mich\\s+(?:wie|als\\s+ob)|als\\s+ob\\s+ich)",
      examples: ["ich fühle mich wie mit [16]", "als wäre ich wieder [16]"],
      counterexamples: ["[ich bin 16]"],
    },
    {
      id: "de-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*\\.?\\s*(?:stock|stockwerk|etage|og|semester|fachsemester)|^\\s*(?:wieder|nochmal)",
      examples: ["ich wohne [im 7]. Stock", "meine Cousine studiert im [5]. Semester", "fensterbank [im 7] . stock"],
      counterexamples: ["[ich bin 15] und genervt"],
    },
    {
      id: "de-minor-bis-18",
      label: 'minor',
      pattern: "{b}(?:wenn|bis|sobald)\\s+ich\\s+(?:endlich\\s+|erst\\s+)?(?:18|achtzehn)\\s+(?:bin|werde|jahre\\s+alt\\s+bin|jahre\\s+alt\\s+werde){e}",
      examples: ["meine Eltern sagen, wenn ich 18 bin, kann ich machen was ich will", "bis ich endlich 18 werde dauert es noch ewig", "sobald ich 18 bin zieh ich aus"],
      counterexamples: ["als ich 18 war, bin ich ausgezogen", "wenn ich 18 Stunden arbeite bin ich fertig", "wenn meine Tochter 18 ist, zieht sie aus"],
    },
  ],
};
