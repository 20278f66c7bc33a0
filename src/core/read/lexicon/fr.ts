import type { Lexicon } from './cue.ts';

/**
 * French. Folded form: no accents ("lycée" → "lycee", "3ème" → "3eme") and no
 * apostrophes ("j'ai" → "jai", "d'en" → "den", "m'a" → "ma").
 */
export const LEXICON: Lexicon = {
  lang: 'fr',
  cues: [
    {
      id: 'fr-crisis-want-die',
      label: 'crisis',
      pattern:
        '{b}(?:je\\s+veux(?:\\s+juste)?|jai(?:\\s+juste)?\\s+envie\\s+de|je\\s+voudrais|jaimerais|jai\\s+hate\\s+de)\\s+(?:mourir|crever|etre\\s+morte?|disparaitre\\s+pour\\s+toujours|ne\\s+plus\\s+exister|ne\\s+plus\\s+me\\s+reveiller){e}(?!\\s+(?:de|d)\\s*(?:rire|honte|faim|froid|chaud|ennui|envie|fatigue|vieillesse)|\\s+(?:les|le|la|un|une|ses|son|sa|ton|ta|mes|mon|ma|labces|ce|cet|cette){e})',
      examples: ['je veux mourir', "J'ai envie de crever, je n'en peux plus", 'je voudrais ne plus me réveiller', 'jveux pas… si, je veux juste mourir'],
      counterexamples: ['je veux mourir de rire devant ce sketch', 'je ne veux pas mourir idiot', "j'ai envie de crever l'abcès avec lui", 'le héros veut mourir au combat'],
    },
    {
      id: 'fr-crisis-not-live',
      label: 'crisis',
      pattern:
        '{b}(?:je\\s+ne\\s+veux\\s+plus|je\\s+veux\\s+plus|jveux\\s+plus)\\s+vivre{e}(?!\\s+(?:ici|la|a|au|aux|en|avec|dans|chez|pres|loin|seul|seule)(?:{e}|\\s))|{b}(?:jen\\s+ai\\s+marre|jen\\s+ai\\s+assez)\\s+de\\s+(?:vivre|la\\s+vie|cette\\s+vie){e}(?!\\s+(?:ici|a|en|avec|dans|chez|de|en\\s+ville))|{b}(?:je\\s+nai|jai)\\s+plus\\s+(?:(?:aucune\\s+)?raison|envie|la\\s+force)\\s+de\\s+vivre{e}',
      examples: ['je ne veux plus vivre', "j'en ai marre de vivre", "j'ai plus envie de vivre", "je n'ai plus aucune raison de vivre"],
      counterexamples: ['je ne veux plus vivre à Paris', "j'en ai marre de vivre avec des colocs bordéliques", 'je ne veux plus vivre seule dans ce grand appart'],
    },
    {
      id: 'fr-crisis-kill-self',
      label: 'crisis',
      pattern:
        '{b}(?:je\\s+(?:vais|veux|voudrais|pense\\s+(?:serieusement\\s+|souvent\\s+)?a|compte|vais\\s+finir\\s+par)|jai\\s+envie\\s+de|jai\\s+decide\\s+de)\\s+(?:me\\s+suicider|me\\s+tuer|mettre\\s+fin\\s+a\\s+(?:mes\\s+jours|ma\\s+vie)|me\\s+foutre\\s+en\\s+lair)(?!\\s+(?:a\\s+la\\s+tache|au\\s+(?:travail|boulot|sport)|a\\s+(?:bosser|travailler|reviser)|pour\\s+(?:ce|cette|ces|le|la)\\s+(?:exam|examen|projet|boulot)))|{b}(?:jai|je\\s+fais|je\\s+me\\s+bats\\s+contre)\\s+des\\s+(?:pensees|idees)\\s+suicidaires|{b}je\\s+pense\\s+(?:tout\\s+le\\s+temps\\s+|souvent\\s+|serieusement\\s+)?au\\s+suicide',
      examples: ['je vais me suicider', "J'ai des idées suicidaires en ce moment", 'je pense sérieusement à mettre fin à mes jours', 'je vais me foutre en l’air ce soir'],
      counterexamples: ['je vais me tuer à la tâche pour ce projet', "mon perso s'est suicidé en sautant du pont dans le jeu", "j'avais des idées suicidaires au lycée, ça va beaucoup mieux"],
    },
    {
      id: 'fr-crisis-end-it',
      label: 'crisis',
      pattern:
        '{b}(?:je\\s+vais|je\\s+veux|je\\s+voudrais|jai\\s+envie\\s+d|jai\\s+decide\\s+d|je\\s+compte|ce\\s+soir\\s+je\\s+vais)\\s*en\\s+finir(?:\\s+avec\\s+(?:la\\s+vie|ma\\s+vie|tout|moi|moi-meme))?(?!\\s+avec|\\s+(?:le|la|les|ce|cette|ces)\\s)',
      examples: ['Ce soir je vais en finir.', "j'ai envie d'en finir avec la vie", 'je veux en finir, je suis trop fatiguée'],
      counterexamples: ['je vais en finir avec ce dossier avant midi', "j'ai envie d'en finir avec ce rhume"],
    },
    {
      id: 'fr-crisis-self-harm',
      label: 'crisis',
      pattern:
        '{b}je\\s+(?:me\\s+scarifie|me\\s+suis\\s+(?:encore\\s+|de\\s+nouveau\\s+|re)?scarifiee?|me\\s+mutile|me\\s+suis\\s+mutilee?|me\\s+coupe\\s+(?:encore\\s+)?(?:les\\s+)?(?:bras|poignets|cuisses|veines)|me\\s+suis\\s+(?:encore\\s+|de\\s+nouveau\\s+|re)?(?:coupee?|ouvert)\\s+(?:les\\s+)?(?:bras|poignets|cuisses|veines)|me\\s+suis\\s+(?:encore|de\\s+nouveau)\\s+coupee?{e}|me\\s+fais\\s+du\\s+mal\\s+(?:expres|volontairement|encore))',
      examples: ['je me suis encore scarifiée hier soir', 'je me coupe les bras', 'je me suis ouvert les poignets'],
      counterexamples: ['je me suis coupé le doigt en cuisinant', 'je me coupe les cheveux moi-même', 'ma pote se scarifie et je sais pas quoi faire'],
    },
    {
      id: 'fr-crisis-jump',
      label: 'crisis',
      pattern: '{b}(?:je\\s+vais|je\\s+veux|jai\\s+envie\\s+de)\\s+(?:sauter|me\\s+jeter|me\\s+lancer)\\s+(?:du|dun|de\\s+la|dune|par\\s+la|sous\\s+(?:le|un))\\s+(?:pont|toit|immeuble|balcon|fenetre|falaise|train|metro|rer)(?!\\s+(?:a\\s+lelastique|en\\s+parachute|dans\\s+leau|dans\\s+la\\s+piscine))',
      examples: ["je vais sauter du pont ce soir", "j'ai envie de me jeter sous un train", "je veux sauter par la fenêtre"],
      counterexamples: ["je vais sauter du pont à l'élastique cet été", "je vais sauter du lit et filer au boulot"],
    },
    {
      id: 'fr-crisis-overdose',
      label: 'crisis',
      pattern:
        '{b}jai\\s+(?:pris|avale)\\s+(?:toute\\s+(?:la|ma)\\s+(?:boite|plaquette)|toutes\\s+(?:les|mes)|tous\\s+(?:les|mes)|une\\s+boite\\s+entiere|plein|(?:[2-9]\\d|1\\d))\\s+(?:de\\s+|d)?(?:cachets|comprimes|medicaments|medocs|pilules|somniferes|anxiolytiques|doliprane|paracetamol)|{b}jai\\s+fait\\s+une\\s+(?:overdose|surdose)(?!\\s+de\\s+(?:series|chocolat|sucre|netflix|boulot|travail))',
      examples: ["j'ai pris toute la boîte de médocs", "J'ai avalé 30 comprimés", "j'ai fait une surdose"],
      counterexamples: ["j'ai pris 2 comprimés de doliprane pour la migraine", "j'ai fait une overdose de séries ce week-end", "j'ai pris mes médicaments du soir"],
    },
    {
      id: 'fr-crisis-threat',
      label: 'crisis',
      pattern:
        '{b}(?:il|elle)\\s+(?:ma\\s+)?(?:a\\s+)?(?:dit|jure)\\s+quil\\s+(?:allait|va)\\s+me\\s+tuer|{b}(?:(?:il|elle)\\s+)?(?:ma\\s+menacee?\\s+de\\s+mort|me\\s+menace\\s+de\\s+mort|menace\\s+de\\s+me\\s+tuer|a\\s+menace\\s+de\\s+me\\s+tuer)|{b}(?:il|elle)\\s+a\\s+(?:essaye|tente)\\s+de\\s+(?:metrangler|me\\s+tuer|metouffer)|{b}(?:il|elle)\\s+a\\s+un\\s+(?:couteau|flingue|pistolet|fusil|arme)\\s+et\\s+(?:il|elle)\\s+(?:est|attend)\\s+(?:devant|dehors|en\\s+bas|derriere\\s+la\\s+porte)',
      examples: ["il m'a dit qu'il allait me tuer", 'mon ex me menace de mort', "il a essayé de m'étrangler hier", 'il a un couteau et il est devant chez moi'],
      counterexamples: ['ma mère va me tuer quand elle verra mon bulletin', "dans le roman, il a dit qu'il allait tuer le roi", 'il a un couteau et il est en train de couper le pain'],
    },
    {
      id: 'fr-age',
      label: 'age',
      pattern:
        '{b}(?:jai|je\\s+viens\\s+davoir|jai\\s+eu)\\s+(\\d{1,2})\\s+ans{e}(?!\\s+(?:de\\s|dexp|danc|de$|que|a\\s+attendre)|\\s+(?:depuis|ce\\s+mois|la\\s+semaine\\s+derniere)\\s+de\\s)',
      examples: ["J'ai 15 ans", "moi j'ai 13 ans et toi ?", "je viens d'avoir 16 ans", "j'ai eu 14 ans hier"],
      ages: [15, 13, 16, 14],
      counterexamples: ['mon fils a 15 ans', "il y a 15 ans j'habitais à Lyon", "j'ai 15 ans d'expérience en compta", "j'avais 15 ans quand je l'ai rencontré", "j'ai 12 ans de mariage"],
    },
    {
      id: 'fr-minor-classe',
      label: 'minor',
      pattern:
        '{b}(?:je\\s+suis|jsuis|chui|je\\s+passe)\\s+en\\s+(?:[3-6]\\s*(?:e|eme)|sixieme|cinquieme|quatrieme|troisieme|seconde|2nde|premiere|1ere|cm[12]|ce[12])(?!\\s+(?:annee|classe|ligne|position|place|division|page|partie|base|fois|semaine|mois|jour|trimestre|etage|rang|tour|periode|vitesse|main)(?:{e}|\\s))(?:{e})',
      examples: ['je suis en 3ème', 'Je suis en seconde au lycée Victor Hugo', 'chui en 4e et mon prof de maths me déteste', 'je suis en première S… enfin en spé maths'],
      counterexamples: ['je suis en seconde année de master', 'mon fils est en 3ème', 'je suis en première classe dans le TGV', "quand j'étais en 3ème j'adorais le foot", 'je suis en 3e année de licence', 'je suis en 4e mois de grossesse'],
    },
    {
      id: 'fr-minor-etablissement',
      label: 'minor',
      pattern:
        '{b}(?:je\\s+suis|jsuis|chui)\\s+(?:encore\\s+)?(?:au\\s+(?:college|lycee)|collegienne?|lyceenne?)(?![\\s,]+(?:jusqua|jattends|toute|pour|avec|devant|a\\s+cote|en\\s+tant|comme|en\\s+reunion|la|aujourdhui|ce\\s+matin|ce\\s+soir|cet\\s+apres-midi|pour)(?:{e}))',
      examples: ['je suis au collège', 'Je suis lycéenne à Nantes', 'je suis encore au lycée, en seconde'],
      counterexamples: ['je suis prof au collège', 'je vais au lycée chercher ma fille', 'quand j’étais au collège on avait pas de portables', 'je suis au lycée jusqu’à 18h pour le conseil de classe', 'je suis au lycée, j’attends ma fille'],
    },
    {
      id: 'fr-minor-prive',
      label: 'minor',
      pattern:
        '{b}(?:je\\s+suis|jsuis|chui)\\s+privee?\\s+de\\s+(?:sortie|telephone|portable|tel|console|switch|wifi)|{b}(?:mes\\s+parents|ma\\s+mere|mon\\s+pere|ma\\s+daronne|mon\\s+daron|mes\\s+darons)\\s+(?:mont|ma|m)\\s*(?:prive|privee|confisque)\\s+(?:de\\s+|mon\\s+|ma\\s+)?(?:sortie|telephone|portable|tel|console|switch)',
      examples: ['je suis privée de sortie ce week-end', "mes parents m'ont confisqué mon portable", "ma daronne m'a privé de console"],
      counterexamples: ["j'ai privé mon fils de console", 'quand j’étais petit mes parents me privaient de dessert'],
    },
    {
      id: 'fr-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:je\\s+suis\\s+(?:prof|professeure?|instit|institutrice|instituteur|enseignante?|maitresse|maitre)(?!\\s+(?:de\\s+)?(?:conference|du\\s+monde))|jenseigne|mes\\s+(?:eleves|enfants|gamins|gosses|[3-6]e|[3-6]emes|secondes|terminales)|mon\\s+(?:fils|gamin)|ma\\s+fille){e}",
      examples: ["je suis prof de maths dans un collège", "mon fils passe le brevet en juin", "j'enseigne en CM2 depuis dix ans"],
      counterexamples: ["ma prof de français me déteste", "je suis en troisième et le brevet me stresse", "mon plus grand rêve c'est de partir au Japon", "je suis en troisième et ma prof principale me déteste"],
    },
    {
      id: "fr-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:mon|ma|mes|son|sa|ses|notre|nos|ton|ta|tes)\\s+(?:fils|fille|filles|frere|freres|soeur|soeurs|petit\\s+frere|petite\\s+soeur|cousin|cousine|neveu|niece|petit\\s+fils|petite\\s+fille|filleul|filleule|eleve|eleves|gamin|gamine|gosse|gosses|ado|ados|aine|ainee|cadet|cadette){e}",
      examples: ["mon petit frère passe le [brevet] cette année", "ma nièce est [en 4e] et elle a déjà un iPhone"],
      counterexamples: ["[je suis en 3e] et mon frère en terminale"],
    },
    {
      id: "fr-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}(?:quand\\s+(?:javais|jetais|j\\s|je\\s+suis\\s+(?:entre|rentre))|a\\s+mon\\s+epoque|je\\s+me\\s+souviens|il\\s+y\\s+a\\s+\\w+\\s+ans|a\\s+lepoque|(?:mon|notre)\\s+ancien\\s+lycee|(?:mes|nos)\\s+anciens\\s+(?:profs|professeurs)\\s+du\\s+lycee)",
      examples: ["quand j'avais [15 ans] je sortais en cachette", "je me souviens de mon [brevet], quelle angoisse", "devant mon ancien lycée je repense au [bac]"],
      counterexamples: ["[j'ai 15 ans] et je m'ennuie"],
    },
    {
      id: "fr-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}(?:comme\\s+si\\s+(?:javais|jetais)|je\\s+me\\s+sens\\s+comme|jai\\s+limpression\\s+davoir|me\\s+traite\\s+comme)",
      examples: ["j'ai l'impression d'avoir [16 ans]", "ma mère me traite comme si j'avais [12 ans]"],
      counterexamples: ["[j'ai 16 ans]"],
    },
    {
      id: "fr-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*(?:a\\s+nouveau|de\\s+nouveau)|^\\s*(?:de|du)\\s+(?:mon|ma)\\s+(?:fils|fille|frere|soeur|neveu|niece|filleul|filleule)",
      examples: ["je suis allée au spectacle de fin de [6e] de ma nièce", "j'avais [16 ans] à nouveau ce soir"],
      counterexamples: ["je suis en [6e] et j'adore"],
    },
    {
      id: "fr-minor-quand-18",
      label: 'minor',
      pattern: "{b}(?:quand|jusqu\\s*a\\s+ce\\s+que|avant\\s+que|des\\s+que)\\s+j\\s*(?:aurai|aie)\\s+(?:18|dix[\\s-]*huit)\\s+ans(?!\\s*(?:de|d|en))|{b}tant\\s+que\\s+(?:j\\s*ai|je\\s+n\\s*ai|j\\s*aurai)\\s+pas\\s+(?:18|dix[\\s-]*huit)\\s+ans",
      examples: ["ma mère dit que je pourrai sortir quand j'aurai 18 ans", "tant que j'ai pas 18 ans c'est non pour le scooter", "tant que je n'ai pas dix-huit ans je dois rentrer à 22h"],
      counterexamples: ["quand j'avais 18 ans je sortais tous les soirs", "quand ma fille aura 18 ans elle fera ce qu'elle veut", "quand j'aurai 18 ans de mariage on fera une fête", "j'ai 18 ans depuis mars"],
    },
  ],
};
