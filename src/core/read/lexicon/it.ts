import type { Lexicon } from './cue.ts';

/**
 * Italian. Folded form: no accents ("più" → "piu", "è" → "e"), "ª" → "a",
 * no apostrophes ("c'è" → "ce", "l'ho" → "lho").
 */
export const LEXICON: Lexicon = {
  lang: 'it',
  cues: [
    {
      id: 'it-crisis-want-die',
      label: 'crisis',
      pattern:
        '(?<!{b}non\\s)(?<!{b}non\\smi\\s){b}(?:voglio|vorrei|ho\\s+voglia\\s+di|desidero|voglio\\s+solo)\\s+(?:morire|essere\\s+mort[oa]|non\\s+svegliarmi\\s+piu|sparire\\s+per\\s+sempre|smettere\\s+di\\s+esistere){e}(?!\\s+(?:dal|dalle|di|da)\\s+(?:ridere|risate|fame|noia|caldo|freddo|vergogna|sonno|stanchezza|invidia|vecchi[oa])|\\s+da\\s+vecchi)',
      examples: ['Voglio morire.', 'vorrei non svegliarmi più domani', 'ho voglia di morire e non so perché', 'vorrei essere morta'],
      counterexamples: ['voglio morire dal ridere con questo video', 'non voglio morire senza aver visto Tokyo', 'vorrei morire di vecchiaia in campagna', 'mi piace da morire questa canzone'],
    },
    {
      id: 'it-crisis-not-live',
      label: 'crisis',
      pattern:
        '{b}non\\s+voglio\\s+piu\\s+vivere{e}(?!\\s+(?:a|in|con|qui|li|la|da|vicino|lontano|sol[oa])(?:{e}))|{b}non\\s+ho\\s+piu\\s+(?:voglia|motivo|motivi|ragione|ragioni|forza)\\s+(?:di|per)\\s+vivere{e}',
      examples: ['non voglio più vivere', 'Non ho più nessun… non ho più voglia di vivere', 'non ho più motivi per vivere'],
      counterexamples: ['non voglio più vivere a Milano', 'non voglio più vivere con i miei coinquilini'],
    },
    {
      id: 'it-crisis-kill-self',
      label: 'crisis',
      pattern:
        '{b}(?:mi\\s+(?:voglio|vorrei|sto\\s+per|devo)\\s+(?:ammazzare|uccidere|suicidare|togliere\\s+la\\s+vita)|(?:voglio|vorrei|sto\\s+per|ho\\s+deciso\\s+di|penso\\s+di)\\s+(?:ammazzarmi|uccidermi|suicidarmi|togliermi\\s+la\\s+vita))(?!\\s+(?:di|dal|dalle)\\s+(?:lavoro|studio|ridere|fatica)|\\s+in\\s+palestra)|{b}(?:ho|sto\\s+avendo)\\s+(?:dei\\s+)?pensieri\\s+(?:suicidi|di\\s+suicidio)|{b}penso\\s+(?:spesso\\s+|sempre\\s+|seriamente\\s+)?al\\s+suicidio',
      examples: ['mi voglio ammazzare', 'Stasera voglio suicidarmi', 'ho pensieri suicidi ogni notte', 'penso seriamente al suicidio'],
      counterexamples: ['mi voglio ammazzare di lavoro per finire in tempo', 'il mio personaggio si è ucciso nel gioco', 'avevo pensieri suicidi anni fa, ora sto bene'],
    },
    {
      id: 'it-crisis-end-it',
      label: 'crisis',
      pattern:
        '{b}(?:voglio|vorrei|ho\\s+deciso\\s+di|sto\\s+per)\\s+farla\\s+finita(?!\\s+con\\s+(?!la\\s+vita|tutto))|{b}(?:stanotte\\s+|stasera\\s+|oggi\\s+)?la\\s+faccio\\s+finita(?!\\s+con\\s+(?!la\\s+vita|tutto))',
      examples: ['voglio farla finita', 'Stanotte la faccio finita.', 'ho deciso di farla finita con la vita'],
      counterexamples: ['voglio farla finita con questa storia del condominio', 'la faccio finita con le sigarette da lunedì'],
    },
    {
      id: 'it-crisis-self-harm',
      label: 'crisis',
      pattern:
        '{b}(?:mi\\s+taglio|mi\\s+sono\\s+(?:di\\s+nuovo\\s+)?tagliat[oa]|mi\\s+sto\\s+tagliando)\\s+(?:di\\s+nuovo\\s+|ancora\\s+)?(?:i\\s+polsi|le\\s+braccia|le\\s+gambe|le\\s+cosce|(?=di\\s+nuovo|ancora))|{b}(?:ho\\s+ricominciato\\s+a\\s+tagliarmi|mi\\s+autolesiono|mi\\s+faccio\\s+del\\s+male\\s+(?:apposta|da\\s+sol[oa]|di\\s+nuovo))',
      examples: ['mi sono tagliata di nuovo le braccia', 'ho ricominciato a tagliarmi', 'mi autolesiono da mesi'],
      counterexamples: ['mi sono tagliato il dito col coltello del pane', 'mi taglio i capelli da sola', 'la mia amica si taglia le braccia, come la aiuto?'],
    },
    {
      id: 'it-crisis-jump',
      label: 'crisis',
      pattern: '{b}(?:mi\\s+(?:butto|voglio\\s+buttare|lancio|voglio\\s+lanciare)|voglio\\s+(?:buttarmi|lanciarmi)|sto\\s+per\\s+buttarmi)\\s+(?:dal|dalla|da\\s+un|da\\s+una|sotto\\s+(?:il|un|al))\\s+(?:ponte|balcone|tetto|palazzo|finestra|terrazzo|treno|metro|scogliera)(?!\\s+(?:col\\s+bungee|con\\s+il\\s+paracadute|in\\s+acqua|in\\s+piscina))',
      examples: ["voglio buttarmi dal ponte", "Stanotte mi butto dal balcone", "mi butto sotto il treno"],
      counterexamples: ["mi butto dal trampolino in piscina", "voglio lanciarmi dal ponte col bungee jumping"],
    },
    {
      id: 'it-crisis-overdose',
      label: 'crisis',
      pattern:
        '{b}ho\\s+(?:preso|ingoiato|buttato\\s+giu)\\s+(?:tutte\\s+le|tutti\\s+i|una\\s+scatola\\s+(?:intera\\s+)?di|un\\s+flacone\\s+(?:intero\\s+)?di|un\\s+sacco\\s+di|(?:[2-9]\\d|1\\d))\\s+(?:pillole|pastiglie|compresse|farmaci|medicine|sonniferi|tachipirine|antidepressivi)|{b}(?:ho\\s+fatto|ho\\s+preso)\\s+un\\s+overdose',
      examples: ['ho preso tutte le pillole che avevo', 'Ho ingoiato una scatola intera di sonniferi', 'ho preso 25 compresse'],
      counterexamples: ['ho preso 2 compresse per il mal di testa', 'ho preso le pillole della pressione'],
    },
    {
      id: 'it-crisis-threat',
      label: 'crisis',
      pattern:
        '{b}(?:ha\\s+detto|dice|mi\\s+ha\\s+detto|giura)\\s+che\\s+mi\\s+(?:ammazza|uccide|ammazzera|uccidera)|{b}mi\\s+(?:ha\\s+minacciat[oa]|minaccia)\\s+(?:di\\s+morte|di\\s+ammazzarmi|di\\s+uccidermi)|{b}(?:ha\\s+cercato|ha\\s+provato)\\s+(?:di\\s+|a\\s+)(?:strangolarmi|soffocarmi|ammazzarmi|uccidermi)|{b}ha\\s+(?:un\\s+coltello|una\\s+pistola|un\\s+arma|una\\s+arma)\\s+(?:ed?\\s+)(?:e|sta)\\s+(?:qui\\s+fuori|fuori\\s+dalla\\s+porta|sotto\\s+casa)',
      examples: ['il mio ex ha detto che mi ammazza', 'Mi ha minacciato di morte ieri sera', 'ha cercato di strangolarmi', 'ha un coltello ed è qui fuori'],
      counterexamples: ['mia madre mi ammazza se torno tardi', 'nel film il cattivo dice che ammazza il re', 'ha un coltello e sta tagliando il pane'],
    },
    {
      id: 'it-age',
      label: 'age',
      pattern:
        '{b}(?:ho|ho\\s+compiuto|ho\\s+appena\\s+compiuto|sono\\s+(?:un|una)\\s+(?:ragazz[oa]|ragazzin[oa]|adolescente)\\s+di)\\s+(\\d{1,2})\\s+anni{e}(?!\\s+(?:di(?!\\s+eta)|fa|che|in|piu|meno|a\\s+lavorare)(?:{e}))',
      examples: ['ho 15 anni', 'Ho appena compiuto 14 anni!', 'sono una ragazza di 16 anni di età'],
      ages: [15, 14, 16],
      counterexamples: ['mio figlio ha 15 anni', 'ho 15 anni di esperienza nel settore', 'ho 12 anni di matrimonio alle spalle', '15 anni fa vivevo a Roma', 'ho 15 anni più di lei'],
    },
    {
      id: 'it-minor-classe',
      label: 'minor',
      pattern:
        '{b}(?:faccio|frequento|sono\\s+in|vado\\s+in|sto\\s+facendo)\\s+(?:la\\s+|le\\s+)?(?:(?:prima|seconda|terza|[123]\\s*[a°]?)\\s+(?:media|medie|superiore|superiori|liceo|itis|ite|ipsia)|medie){e}|{b}(?:sono|vado|sto)\\s+(?:alle|in)\\s+medie{e}|{b}sono\\s+al\\s+(?:primo|secondo|terzo|[123]\\s*°?)\\s+anno\\s+(?:di|del|dello|delle)\\s+(?:liceo|superiori|scientifico|classico|linguistico|tecnico|professionale|artistico)',
      examples: ['faccio la terza media', 'Sono in seconda superiore', 'vado alle medie a Bari', 'sono al primo anno di liceo scientifico'],
      counterexamples: ['mio figlio fa la terza media', 'insegno in terza media', 'quando facevo la seconda media ero timidissima', 'faccio la quinta superiore, a marzo compio 19 anni'],
    },
    {
      id: 'it-minor-punizione',
      label: 'minor',
      pattern:
        '{b}(?:sono|mi\\s+hanno\\s+messo|mi\\s+ha\\s+messo|mi\\s+hanno\\s+messa|mi\\s+ha\\s+messa)\\s+in\\s+(?:punizione|castigo)|{b}(?:i\\s+miei(?:\\s+genitori)?|mia\\s+madre|mio\\s+padre|mamma|papa)\\s+mi\\s+(?:hanno|ha)\\s+(?:tolto|sequestrato)\\s+il\\s+(?:telefono|cellulare|telefonino)',
      examples: ['sono in punizione per una settimana', 'i miei mi hanno tolto il telefono', 'mamma mi ha messo in castigo'],
      counterexamples: ['ho messo mio figlio in punizione', 'da piccolo mia madre mi metteva in castigo'],
    },
    {
      id: 'it-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:sono\\s+(?:un\\s+|una\\s+)?(?:prof|professoressa|professore|insegnante|maestra|maestro)|insegno|i\\s+miei\\s+(?:alunni|studenti|figli)|le\\s+mie\\s+(?:alunne|studentesse|figlie)|mio\\s+figlio|mia\\s+figlia){e}",
      examples: ["sono una maestra di scuola primaria", "mio figlio fa la terza media", "insegno matematica al liceo"],
      counterexamples: ["la mia prof di latino mi odia", "faccio la terza media e ho paura degli esami"],
    },
    {
      id: "it-minor-patentino",
      label: 'minor',
      pattern: "{b}(?:il\\s+)?patentino\\s+(?:lo\\s+)?(?:posso|potro|devo|faccio|faro|prendo|prendero)|{b}(?:posso|potro|devo|faccio|faro|prendo|prendero)\\s+(?:fare\\s+|prendere\\s+)?(?:il\\s+)?patentino",
      examples: ["il patentino lo posso fare solo da novembre", "a settembre faccio il patentino"],
      counterexamples: ["mio figlio il patentino lo può fare a 14 anni", "ho preso il patentino nel 1995"],
    },
    {
      id: "it-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:mio|mia|miei|mie|suo|sua|nostro|nostra|tuo|tua)\\s+(?:figlio|figlia|figli|figlie|fratello|sorella|fratellino|sorellina|cugino|cugina|nipote|nipoti|figlioccio|figlioccia|alunno|alunna|alunni|alunne|studenti){e}",
      examples: ["mia nipote fa la [terza media]", "mio fratello è in [prima superiore]"],
      counterexamples: ["[faccio la terza media] e mio fratello il liceo"],
    },
    {
      id: "it-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}quando\\s*$|{b}(?:quando\\s+(?:avevo|ero|facevo|andavo)|da\\s+quando|ai\\s+miei\\s+tempi|mi\\s+ricordo|anni\\s+fa|alla\\s+tua\\s+eta)",
      examples: ["lo dico da quando [ho 8 anni]", "quando [avevo 15 anni] non uscivo mai"],
      counterexamples: ["[ho 15 anni] e non esco mai"],
    },
    {
      id: "it-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}come\\s+se(?:\\s+io)?\\s*$|{b}(?:come\\s+se\\s+(?:avessi|fossi)|mi\\s+sento\\s+come|mi\\s+tratta\\s+come)",
      examples: ["mi sento come se [avessi 16 anni]", "mia madre mi tratta come se [avessi 12 anni]"],
      counterexamples: ["[ho 16 anni]"],
    },
    {
      id: "it-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*(?:di\\s+nuovo|ancora\\s+una\\s+volta)|^\\s*(?:di|del|della)\\s+(?:mio|mia)\\s+(?:figlio|figlia|fratello|sorella|nipote|cugino|cugina)",
      examples: ["sono andata alla recita di [terza media] di mia nipote", "[avevo 16 anni] di nuovo"],
      counterexamples: ["[faccio la terza media] e basta"],
    },
    {
      id: "it-minor-fino-18",
      label: 'minor',
      pattern: "{b}(?:quando|finche\\s+non|fino\\s+a\\s+quando\\s+non)\\s+(?:avro|compio|compiro|faro)\\s+(?:i\\s+)?(?:18|diciotto)(?!(?:\\s+anni)?\\s+(?:di|d|del|della|in|mila|km|kg|euro|mesi|giorni|ore|settimane|\\d))(?:\\s+anni)?{e}",
      examples: ["mia madre dice che il motorino solo quando compio 18", "finché non avrò 18 anni non posso uscire dopo le 11", "quando farò 18 anni prendo la patente subito"],
      counterexamples: ["quando ho compiuto 18 anni sono andato a Milano", "quando mia figlia compie 18 anni le regalo un viaggio", "ho vissuto a Napoli fino ai miei 18 anni", "quando avrò 18 anni di servizio vado in pensione"],
    },
  ],
};
