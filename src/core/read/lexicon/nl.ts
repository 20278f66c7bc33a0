import type { Lexicon } from './cue.ts';

/** Dutch (Netherlands and Flanders). Folded form: lower case, no accents, no apostrophes ("m'n" → "mn"). */
export const LEXICON: Lexicon = {
  lang: 'nl',
  cues: [
    {
      id: 'nl-crisis-want-die',
      label: 'crisis',
      pattern:
        '{b}(?:ik\\s+)?(?:wil|zou\\s+willen|wou)\\s+(?:gewoon\\s+|echt\\s+|liefst\\s+)?(?:dood(?:\\s+zijn|\\s+gaan)?|sterven|niet\\s+meer\\s+(?:leven|wakker\\s+worden|bestaan)){e}(?!\\s+(?:van|aan|in|op|als|met)(?:{e}))|{b}ik\\s+wou\\s+dat\\s+ik\\s+dood\\s+was',
      examples: ['ik wil dood', 'Ik wil gewoon niet meer leven', 'ik wou dat ik dood was', 'wil echt niet meer wakker worden'],
      counterexamples: ['ik ga dood van de honger', 'ik lach me dood', 'ik wil niet meer leven in deze saaie stad… grapje, ik bedoel wonen', 'ik wil sterven als een oude man in mijn bed, ver in de toekomst'],
    },
    {
      id: 'nl-crisis-kill-self',
      label: 'crisis',
      pattern:
        '{b}ik\\s+(?:wil|ga|denk\\s+erover\\s+om|overweeg)\\s+(?:mezelf\\s+|mijzelf\\s+)?(?:(?:van\\s+kant\\s+maken|ombrengen|doden|om\\s+het\\s+leven\\s+brengen)|zelfmoord\\s+(?:plegen|te\\s+plegen)|suicide\\s+plegen)|{b}ik\\s+(?:heb|krijg)\\s+(?:steeds\\s+|vaak\\s+|weer\\s+)?(?:zelfmoordgedachten|suicidale\\s+gedachten|suicidegedachten)|{b}ik\\s+(?:wil|ga)\\s+(?:er\\s+)?(?:een\\s+)?eind(?:e)?\\s+aan\\s+(?:mijn|mn)\\s+leven\\s+maken|{b}ik\\s+(?:maak|ga)\\s+er\\s+(?:vannacht\\s+|vanavond\\s+|vandaag\\s+)?(?:een\\s+)?eind(?:e)?\\s+aan(?:\\s+maken)?{e}(?!\\s+met)',
      examples: ['ik wil zelfmoord plegen', 'Ik heb steeds zelfmoordgedachten', 'ik maak er vannacht een eind aan', 'ik ga mezelf van kant maken'],
      counterexamples: ['in het spel heb ik mezelf per ongeluk gedood', 'vroeger had ik zelfmoordgedachten, nu gaat het goed', 'mijn vriendin wil zelfmoord plegen, wat moet ik doen'],
    },
    {
      id: 'nl-crisis-self-harm',
      label: 'crisis',
      pattern:
        '{b}ik\\s+(?:snijd|kras)\\s+(?:mezelf|mijzelf|in\\s+mn\\s+(?:armen|benen|polsen))|{b}ik\\s+heb\\s+(?:mezelf|mijzelf)\\s+(?:weer\\s+|opnieuw\\s+|gisteren\\s+)?(?:gesneden|gekrast|pijn\\s+gedaan\\s+expres|beschadigd)|{b}ik\\s+(?:doe|beschadig)\\s+mezelf\\s+(?:expres\\s+)?(?:pijn|weer)',
      examples: ['ik snijd mezelf al maanden', 'Ik heb mezelf weer gesneden', 'ik doe mezelf expres pijn'],
      counterexamples: ['ik heb me gesneden aan een blikje', 'mijn zus krast zichzelf en ik weet niet wat ik moet doen'],
    },
    {
      id: 'nl-crisis-burden',
      label: 'crisis',
      pattern: '{b}(?:iedereen|mijn\\s+(?:familie|ouders|gezin))\\s+(?:is|zijn|zou|zouden|zal|zullen)\\s+(?:(?:veel\\s+)?beter\\s+af|gelukkiger)\\s+(?:zijn\\s+)?zonder\\s+(?:mij|mn|me){e}(?!\\s+(?:in\\s+het\\s+team|op\\s+kantoor|in\\s+de\\s+band))|{b}ik\\s+(?:ben|voel\\s+me)\\s+(?:alleen\\s+maar\\s+)?een\\s+last\\s+voor\\s+(?:iedereen|mijn\\s+familie)',
      examples: ["iedereen is beter af zonder mij", "Mijn ouders zouden gelukkiger zijn zonder mij", "ik ben alleen maar een last voor iedereen"],
      counterexamples: ["iedereen is beter af zonder mij in het team, ik ga solliciteren", "het team is beter af zonder die nieuwe regels"],
    },
    {
      id: 'nl-crisis-jump',
      label: 'crisis',
      pattern: '{b}ik\\s+(?:ga|wil|spring)\\s+(?:vannacht\\s+|vandaag\\s+|zo\\s+)?(?:van\\s+(?:de|het|een)\\s+(?:brug|dak|flat|balkon|gebouw)|voor\\s+(?:de|een)\\s+(?:trein|metro))(?:\\s+(?:af\\s+)?springen)?(?!\\s+(?:in\\s+het\\s+water|het\\s+water\\s+in|met\\s+bungee))',
      examples: ["ik ga van de brug springen", "Ik spring vannacht voor de trein", "ik wil van het dak springen"],
      counterexamples: ["ik spring van de brug in het water, heerlijk met dit weer", "ik ga van de duikplank springen"],
    },
    {
      id: 'nl-crisis-overdose',
      label: 'crisis',
      pattern:
        '{b}ik\\s+heb\\s+(?:net\\s+)?(?:al\\s+mijn|al\\s+mn|alle|een\\s+hele\\s+strip|een\\s+hele\\s+doos|een\\s+heleboel|(?:[2-9]\\d|1\\d))\\s+(?:pillen|tabletten|slaappillen|paracetamol|antidepressiva)\\s+(?:ingenomen|geslikt|genomen)|{b}ik\\s+heb\\s+een\\s+overdosis\\s+genomen',
      examples: ['ik heb al mijn pillen ingenomen', 'Ik heb net 30 tabletten geslikt', 'ik heb een overdosis genomen'],
      counterexamples: ['ik heb 2 paracetamol genomen tegen de hoofdpijn', 'ik heb mijn pillen ingenomen zoals de dokter zei'],
    },
    {
      id: 'nl-crisis-threat',
      label: 'crisis',
      pattern:
        '{b}(?:hij|zij|ze)\\s+(?:zei|zegt|heeft\\s+gezegd|dreigt|heeft\\s+gedreigd)\\s+(?:dat\\s+(?:hij|zij|ze)\\s+)?(?:me|mij)\\s+(?:gaat\\s+|zal\\s+|te\\s+)?(?:vermoorden|doodmaken|dood\\s+te\\s+maken|af\\s+te\\s+maken)|{b}(?:hij|zij|ze)\\s+(?:heeft|probeerde)\\s+(?:geprobeerd\\s+)?(?:me|mij)\\s+(?:te\\s+)?(?:wurgen|vermoorden|te\\s+wurgen)|{b}(?:hij|zij|ze)\\s+heeft\\s+een\\s+(?:mes|pistool|wapen)\\s+en\\s+(?:staat|wacht|is)\\s+(?:voor\\s+de\\s+deur|buiten|beneden)',
      examples: ['hij zei dat hij me gaat vermoorden', 'Hij dreigt me te vermoorden', 'hij heeft geprobeerd me te wurgen', 'hij heeft een mes en staat voor de deur'],
      counterexamples: ['mijn moeder vermoordt me als ze dit ziet', 'hij heeft een mes en snijdt de taart', 'in de film zegt de schurk dat hij de koning gaat vermoorden'],
    },
    {
      id: 'nl-age',
      label: 'age',
      pattern:
        '(?:{b}ik\\s+ben|{b}ben\\s+ik|(?:^|(?<=[.!?,;:(]\\s?))ben)\\s+(?:pas\\s+|net\\s+|nu\\s+|al\\s+|ook\\s+)?(\\d{1,2})(?=\\s+jaar\\s+oud{e}|\\s+jaar\\s*(?:$|[!?;)]|[.,](?!\\d))|\\s*(?:$|[!?;)]|[.,](?!\\d))|\\s+(?:en|maar|dus|ik|want|geworden|lol|haha|btw)(?:{e}))',
      examples: ['ik ben 15', 'Ik ben 14 jaar oud', 'ben net 16 geworden', 'ik ben 13 en zit in de brugklas'],
      ages: [15, 14, 16, 13],
      counterexamples: ['mijn zoon is 15', 'ik ben 15 minuten te laat', 'ik ben 15 jaar getrouwd', 'toen ik 15 was woonde ik in Gent', 'ik ben 12 kilo afgevallen', 'I watched Ben 10.', 'ik ben 15 jaar ouder dan mijn vrouw'],
    },
    {
      id: 'nl-minor-klas',
      label: 'minor',
      pattern:
        '{b}(?:ik\\s+zit|zit\\s+ik)\\s+(?:nu\\s+|nog\\s+)?(?:in|op)\\s+(?:de\\s+|het\\s+)?(?:brugklas|groep\\s+[3-8]|(?:havo|vwo|vmbo|atheneum|gymnasium|mavo)\\s*[1-4]|[1-4]\\s*(?:havo|vwo|vmbo|atheneum|gymnasium|mavo)|havo\\s*5|5\\s*(?:havo|vwo|atheneum|gymnasium)|(?:vwo|atheneum|gymnasium)\\s*5|(?:[1-5]e|eerste|tweede|derde|vierde|vijfde)\\s+(?:klas|middelbaar|jaar\\s+(?:van\\s+de\\s+)?middelbare)|(?:eerste|tweede|derde|vierde|vijfde)\\s+middelbaar|middelbare(?:\\s+school)?){e}(?!\\s+(?:als|bij|voor)(?:{e}))',
      examples: ['ik zit in havo 4', 'Ik zit in de brugklas', 'ik zit in groep 8 en ben zenuwachtig voor de eindtoets', 'ik zit in het derde middelbaar'],
      counterexamples: ['mijn dochter zit in havo 4', 'ik geef les aan de brugklas', 'toen ik in de brugklas zat was ik heel verlegen', 'ik zit in jaar 2 van mijn studie', 'ik zit in 6 vwo en word volgende maand 18', 'ik zit in groep 8 als leerkracht'],
    },
    {
      id: 'nl-minor-huisarrest',
      label: 'minor',
      pattern:
        '{b}ik\\s+(?:heb|krijg)\\s+(?:weer\\s+|nog\\s+|een\\s+week\\s+|twee\\s+weken\\s+)?huisarrest|{b}(?:mijn|mn)\\s+(?:ouders|moeder|vader|ma|pa|mama|papa)\\s+(?:hebben|heeft)\\s+(?:mijn|mn)\\s+(?:telefoon|mobiel|gsm)\\s+(?:afgepakt|ingenomen)',
      examples: ['ik heb weer huisarrest', 'mijn ouders hebben mijn telefoon afgepakt', 'ik krijg twee weken huisarrest'],
      counterexamples: ['mijn zoon heeft huisarrest', 'ik heb de telefoon van mijn zoon afgepakt'],
    },
    {
      id: 'nl-age-clause',
      label: 'age',
      pattern: '{b}(?:dat|omdat|nu|als|sinds)\\s+ik\\s+(?:pas\\s+|net\\s+|al\\s+)?(\\d{1,2})\\s+(?:jaar\\s+(?:oud\\s+)?)?ben{e}',
      examples: ['zo weet ik dus dat ik 38 ben en geen 16', 'omdat ik 15 ben mag ik niet mee'],
      ages: [38, 15],
      counterexamples: ['toen ik 15 was woonde ik in Gent', 'dat ik 15 kilo kwijt ben'],
    },
    {
      id: 'nl-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:ik\\s+ben\\s+(?:leraar|lerares|docent|juf|meester)(?!\\s+in{e})|ik\\s+geef\\s+les|(?:mijn|mn)\\s+(?:leerlingen|zoon|dochter|kinderen|kids)){e}",
      examples: ["ik ben docent Nederlands op een havo", "mijn dochter zit in de brugklas", "ik geef les aan groep 7"],
      counterexamples: ["mijn mentor zegt dat ik beter moet opletten", "ik zit in 3 havo", "ik ben meester in uitstellen, morgen toets"],
    },
    {
      id: "nl-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:mijn|mn|m\\s+n|zijn|haar|onze|ons|jouw|je)\\s+(?:zoon|dochter|kind|kinderen|broer|broertje|zus|zusje|neef|neefje|nicht|nichtje|kleinzoon|kleindochter|petekind|leerling|leerlingen|oudste|jongste){e}",
      examples: ["mijn zoon zit in de [brugklas]", "mn zusje zit in [groep 8]"],
      counterexamples: ["ik zit in [havo 4] en mijn broer studeert"],
    },
    {
      id: "nl-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}(?:toen\\s+ik|vroeger|jaren\\s+geleden|ik\\s+weet\\s+nog)",
      examples: ["toen ik in de [brugklas] zat was alles makkelijker", "vroeger in [groep 8] was ik de kleinste"],
      counterexamples: ["ik zit in de [brugklas] en het is zwaar"],
    },
    {
      id: "nl-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}(?:alsof\\s+ik|voel\\s+me\\s+(?:weer|als|net)|net\\s+alsof|en\\s+geen|niet\\s+meer)",
      examples: ["ik voel me weer [16]", "zo weet ik dat ik 38 ben en geen [16]"],
      counterexamples: ["[ik ben 16]"],
    },
    {
      id: "nl-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*(?:weer|opnieuw)",
      examples: ["ik was even [16] weer", "ik voelde me [15] opnieuw"],
      counterexamples: ["[ik ben 15] en ik verveel me"],
    },
    {
      id: "nl-minor-tot-18",
      label: 'minor',
      pattern: "{b}(?:als|tot|totdat|zodra)\\s+ik\\s+(?:eindelijk\\s+)?(?:18|achttien)\\s+(?:jaar\\s+(?:oud\\s+)?)?(?:ben|word){e}",
      examples: ["mijn ouders zeggen dat ik pas mag als ik 18 ben", "zodra ik achttien word ga ik op kamers", "nog twee jaar tot ik 18 jaar ben"],
      counterexamples: ["toen ik 18 was ging ik op kamers", "als mijn zoon 18 is mag hij zelf kiezen", "ik ben 18 jaar getrouwd"],
    },
  ],
};
