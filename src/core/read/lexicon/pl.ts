import type { Lexicon } from './cue.ts';

/**
 * Polish. Folded form drops the ogonek and acute accents ("chcę" → "chce",
 * "żyć" → "zyc", "się" → "sie") but keeps "ł", which has no decomposition.
 */
export const LEXICON: Lexicon = {
  lang: 'pl',
  cues: [
    {
      id: 'pl-crisis-want-die',
      label: 'crisis',
      pattern:
        '(?<!{b}nie\\s){b}(?:chce|chciałbym|chciałabym|chciałbym\\s+po\\s+prostu|chciałabym\\s+po\\s+prostu|po\\s+prostu\\s+chce)\\s+(?:juz\\s+)?(?:umrzec|nie\\s+zyc|nie\\s+istniec|zniknac\\s+na\\s+zawsze|sie\\s+nie\\s+obudzic|zasnac\\s+i\\s+sie\\s+nie\\s+obudzic){e}(?!\\s+(?:ze|z)\\s+(?:smiechu|wstydu|głodu|nudow|zmeczenia|starosci))|{b}nie\\s+chce\\s+(?:juz\\s+|dalej\\s+){0,2}zyc{e}(?!\\s+(?:w|we|z|ze|na|tu|tutaj|tam|bez|obok|u|sama|sam|dalej\\s+w)(?:{e}))',
      examples: ['chcę umrzeć', 'Nie chcę już żyć', 'nie chcę żyć', 'chciałabym po prostu zasnąć i się nie obudzić', 'chce juz nie zyc'],
      counterexamples: ['chcę umrzeć ze wstydu, wszyscy to widzieli', 'umieram z głodu', 'nie chcę umrzeć, zanim zobaczę Japonię', 'chciałbym umrzeć ze starości w swoim łóżku', 'nie chcę żyć w Warszawie'],
    },
    {
      id: 'pl-crisis-kill-self',
      label: 'crisis',
      pattern:
        '{b}(?:chce|zaraz|dzis|dzisiaj|chyba|mysle\\s+zeby|planuje)\\s+(?:sie\\s+zabic|zabic\\s+sie|sie\\s+zabije|popełnic\\s+samobojstwo|skonczyc\\s+ze\\s+soba)|{b}(?:zabije\\s+sie|popełnie\\s+samobojstwo|skoncze\\s+ze\\s+soba)(?!\\s+(?:ze\\s+smiechu|jak\\s+(?:to|ten|ta)\\s+(?:zobacze|usłysze)))|{b}(?:mam|miewam)\\s+(?:ciagle\\s+|znowu\\s+)?mysli\\s+samobojcze|{b}mysle\\s+(?:ciagle\\s+|powaznie\\s+)?o\\s+samobojstwie',
      examples: ['chcę się zabić', 'Dziś skończę ze sobą', 'mam myśli samobójcze', 'myślę poważnie o samobójstwie'],
      counterexamples: ['mama mnie zabije za te oceny', 'w grze zabiłem się granatem', 'kiedyś miałam myśli samobójcze, teraz jest dobrze'],
    },
    {
      id: 'pl-crisis-self-harm',
      label: 'crisis',
      pattern:
        '{b}(?:tne\\s+sie|cne\\s+sie|okaleczam\\s+sie|samookaleczam\\s+sie|(?:znowu|znow|wczoraj|dzis)\\s+sie\\s+(?:pociełam|pociałem|ciełam|ciałem|okaleczyłam|okaleczyłem)|(?:pociełam|pociałem)\\s+sie\\s+(?:znowu|znow)|zaczełam\\s+sie\\s+znowu\\s+ciac|zaczałem\\s+sie\\s+znowu\\s+ciac)',
      examples: ['tnę się od pół roku', 'Znowu się pocięłam', 'okaleczam się, gdy jest źle'],
      counterexamples: ['skaleczyłem się nożem przy krojeniu chleba', 'moja przyjaciółka się tnie, jak jej pomóc'],
    },
    {
      id: 'pl-crisis-burden',
      label: 'crisis',
      pattern: '{b}(?:wszyscy|wszystkim|rodzina|rodzinie|rodzice|rodzicom)\\s+(?:byliby|bedzie|byłoby|beda|byłaby)\\s+(?:lepiej|szczesliwsi|szczesliwsza|łatwiej)[\\s,]+(?:beze\\s+mnie|gdyby\\s+mnie\\s+nie\\s+było|jak\\s+mnie\\s+nie\\s+bedzie)|{b}jestem\\s+(?:tylko\\s+)?ciezarem\\s+dla\\s+(?:wszystkich|rodziny|rodzicow|bliskich)',
      examples: ["wszystkim będzie lepiej beze mnie", "Rodzice byliby szczęśliwsi, gdyby mnie nie było", "jestem tylko ciężarem dla wszystkich"],
      counterexamples: ["zespołowi będzie lepiej beze mnie na urlopie", "wszystkim będzie lepiej z nowym grafikiem"],
    },
    {
      id: 'pl-crisis-jump',
      label: 'crisis',
      pattern: '{b}(?:skocze|chce\\s+skoczyc|zaraz\\s+skocze|rzuce\\s+sie|chce\\s+sie\\s+rzucic)\\s+(?:z|ze|pod)\\s+(?:mostu|dachu|okna|balkonu|wiezowca|bloku|pociag|pociagu|tramwaj|klifu)(?!\\s+(?:na\\s+bungee|do\\s+wody|do\\s+rzeki|do\\s+jeziora))',
      examples: ["skoczę z mostu", "Chcę skoczyć z dachu", "rzucę się pod pociąg"],
      counterexamples: ["skoczę z mostu na bungee w wakacje", "skoczę ze skoczni do wody"],
    },
    {
      id: 'pl-crisis-overdose',
      label: 'crisis',
      pattern:
        '{b}(?:łyknałem|łyknełam|połknałem|połknełam|wziałem|wziełam|zazyłem|zazyłam)\\s+(?:wszystkie|całe\\s+opakowanie|całe\\s+pudełko|cała\\s+paczke|(?:[2-9]\\d|1\\d))(?:\\s+(?:moje|te))?\\s+(?:tabletki|tabletek|leki|lekow|pigułki|pigułek|tabsy|tabsow)(?!\\s+(?:na\\s+ból|przepisane))|{b}przedawkowałam|{b}przedawkowałem',
      examples: ['łyknęłam wszystkie tabletki', 'Wziąłem 30 tabletek nasennych', 'przedawkowałam leki'],
      counterexamples: ['wziąłem 2 tabletki na ból głowy', 'wzięłam leki jak co rano', 'wziąłem wszystkie rzeczy z auta'],
    },
    {
      id: 'pl-crisis-threat',
      label: 'crisis',
      pattern:
        '{b}(?:powiedział|powiedziała|mowi|grozi|zagroził|zagroziła|grozi\\s+mi)[\\s,]+(?:mi\\s+)?ze\\s+mnie\\s+(?:zabije|zatłucze|udusi)|{b}(?:probował|probowała|chciał|chciała)\\s+mnie\\s+(?:udusic|zabic|zadzgac)|{b}ma\\s+(?:noz|broń|bron|pistolet|siekiere)\\s+i\\s+(?:stoi|czeka|jest)\\s+(?:pod\\s+drzwiami|pod\\s+domem|przed\\s+domem|na\\s+zewnatrz|na\\s+klatce)',
      examples: ['powiedział, że mnie zabije', 'Mój były grozi, że mnie zabije', 'próbował mnie udusić', 'ma nóż i stoi pod drzwiami'],
      counterexamples: ['mama mnie zabije, jak zobaczy pokój', 'ma nóż i kroi chleb', 'w filmie powiedział, że zabije króla'],
    },
    {
      id: 'pl-age',
      label: 'age',
      pattern:
        '{b}(?:mam|skonczyłem|skonczyłam|własnie\\s+skonczyłem|własnie\\s+skonczyłam)\\s+(?:juz\\s+|dopiero\\s+)?(\\d{1,2})\\s+(?:lat|lata|latek){e}(?!\\s+(?:wiecej|mniej|doswiadczenia|stazu|pracy|temu|w\\s+zawodzie|małzenstwa|po\\s+slubie))',
      examples: ['mam 15 lat', 'Skończyłam 14 lat w maju', 'mam dopiero 13 lat'],
      ages: [15, 14, 13],
      counterexamples: ['mój syn ma 15 lat', 'mam 15 lat doświadczenia w IT', '15 lat temu mieszkałam w Krakowie', 'mam 12 lat stażu pracy', 'mam 15 lat więcej niż brat'],
    },
    {
      id: 'pl-minor-klasa',
      label: 'minor',
      pattern:
        '{b}(?:chodze\\s+do|jestem\\s+w|ide\\s+do|jestem\\s+teraz\\s+w)\\s+(?:[1-8]|pierwszej|drugiej|trzeciej|czwartej|piatej|szostej|siodmej|osmej)\\s*\\.?\\s*(?:klasy|klasie|kl\\.?)(?!\\s+(?:liceum|lo|technikum|szkoły\\s+sredniej|studiow)(?:{e}))(?:{e})|{b}(?:chodze\\s+do|jestem\\s+w)\\s+(?:[12]|pierwszej|drugiej)\\s*\\.?\\s*(?:klasy|klasie)\\s+(?:liceum|lo|technikum){e}|{b}(?:chodze\\s+do|jestem\\s+w)\\s+(?:podstawowce|podstawowki|podstawówki|szkole\\s+podstawowej|szkoły\\s+podstawowej)(?!\\s+(?:dla\\s+dorosłych|wieczorowego|zaocznego))(?:{e})|{b}pisze\\s+(?:w\\s+tym\\s+roku\\s+)?egzamin\\s+osmoklasisty',
      examples: ['chodzę do 8 klasy', 'Jestem w podstawówce, w siódmej klasie', 'jestem w drugiej klasie liceum', 'piszę w tym roku egzamin ósmoklasisty'],
      counterexamples: ['mój syn chodzi do 8 klasy', 'uczę w liceum', 'jak byłam w liceum, grałam w kosza', 'jestem w czwartej klasie liceum i mam 18 lat', 'jestem w 3 klasie technikum', 'jestem w liceum, w klasie maturalnej'],
    },
    {
      // "uczę się" and "mam" are first person even folded (he: "uczy się", "ma"); the eighth-grade exam is sat at 14-15.
      id: 'pl-minor-osmoklasisty',
      label: 'minor',
      pattern: '{b}(?:ucze\\s+sie\\s+(?:do|na)|mam|czeka\\s+mnie|boje\\s+sie)\\s+(?:\\S+\\s+){0,2}(?:egzamin\\w*\\s+)?osmoklasist\\w*{e}',
      examples: ['uczę się do egzaminu ósmoklasisty', 'w maju mam egzamin ósmoklasisty', 'czeka mnie egzamin ósmoklasisty i panikuję'],
      counterexamples: ['córka uczy się do egzaminu ósmoklasisty', 'syn ma w maju egzamin ósmoklasisty', 'uczę do egzaminu ósmoklasisty w szkole'],
    },
    {
      id: 'pl-minor-szlaban',
      label: 'minor',
      pattern:
        '{b}(?:mam|dostałem|dostałam)\\s+(?:znowu\\s+)?szlaban(?:\\s+na\\s+(?:telefon|komputer|kompa|wyjscia|granie))?|{b}(?:rodzice|mama|tata|matka|ojciec)\\s+(?:zabrali|zabrała|zabrał)\\s+mi\\s+(?:telefon|komorke|komputer)',
      examples: ['mam szlaban na telefon', 'Rodzice zabrali mi telefon na tydzień', 'dostałam znowu szlaban'],
      counterexamples: ['dałam synowi szlaban na komputer', 'w dzieciństwie często miałem szlaban'],
    },
    {
      id: 'pl-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:jestem\\s+(?:nauczycielka|nauczycielem|wychowawczynia|wychowawca)|ucze\\s+(?:w\\s+szkole|matematyki|polskiego|angielskiego|historii|biologii|chemii|fizyki)|moi\\s+uczniowie|moich\\s+uczniow|moj\\s+syn|moja\\s+corka|moje\\s+dzieci|mojego\\s+syna|mojej\\s+corki|moich\\s+dzieci){e}",
      examples: ["jestem nauczycielką w podstawówce", "mój syn jest w ósmej klasie", "uczę matematyki w liceum"],
      counterexamples: ["moja wychowawczyni wpisała mi uwagę", "jestem w ósmej klasie i mam egzamin"],
    },
    {
      id: "pl-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:moj|moja|moje|moi|jego|jej|nasz|nasza|twoj|twoja)\\s+(?:syn|corka|dziecko|dzieci|brat|braciszek|siostra|siostrzyczka|kuzyn|kuzynka|siostrzeniec|siostrzenica|bratanek|bratanica|wnuk|wnuczka|uczen|uczniowie|uczennica|chrzesniak|chrzesniaczka){e}",
      examples: ["mój brat jest [w 8 klasie]", "moja córka idzie do [1 klasy liceum]"],
      counterexamples: ["[jestem w 8 klasie] a mój brat na studiach"],
    },
    {
      id: "pl-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}(?:jak\\s+(?:miałem|miałam|byłem|byłam|chodziłem|chodziłam)|kiedy\\s+(?:miałem|miałam|byłem|byłam)|za\\s+moich\\s+czasow|pamietam\\s+jak|lat\\s+temu)",
      examples: ["jak miałem [15 lat] to nie było smartfonów", "pamiętam jak byłam w [8 klasie]"],
      counterexamples: ["[mam 15 lat] i nudzę się"],
    },
    {
      id: "pl-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}(?:jakbym|czuje\\s+sie\\s+jak|traktuje\\s+mnie\\s+jak)",
      examples: ["czuję się jakbym miał [16 lat]", "mama traktuje mnie jak [dziecko]"],
      counterexamples: ["[mam 16 lat]"],
    },
    {
      id: "pl-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*(?:znowu|ponownie)",
      examples: ["miałam [16 lat] znowu", "czułem się na [15] znowu"],
      counterexamples: ["[mam 15 lat] i tyle"],
    },
    {
      id: "pl-minor-jak-skoncze-18",
      label: 'minor',
      pattern: "{b}(?:jak|kiedy|gdy|az|dopoki\\s+nie)\\s+(?:skoncze|bede\\s+miec|bede\\s+mia[lł]|bede\\s+mia[lł]a)\\s+(?:18|osiemnascie)(?:\\s+lat)?{e}",
      examples: ["mama mówi, że jak skończę 18 to mogę robić co chcę", "dopóki nie skończę 18 lat nie mogę mieć tatuażu", "kiedy będę miała 18 lat, wyjadę do Krakowa"],
      counterexamples: ["jak skończyłem 18 lat wyjechałem do Anglii", "jak córka skończy 18 to się wyprowadzi", "mam 18 lat stażu"],
    },
  ],
};
