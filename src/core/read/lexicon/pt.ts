import type { Lexicon } from './cue.ts';

/**
 * Portuguese (Brazil and Portugal). Folded form: no accents ("não" → "nao",
 * "ç" → "c"), "º" → "o", apostrophes removed.
 */
export const LEXICON: Lexicon = {
  lang: 'pt',
  cues: [
    {
      id: 'pt-crisis-want-die',
      label: 'crisis',
      pattern:
        '(?<!{b}nao\\s)(?<!{b}nao\\s(?:eu|me)\\s){b}(?:(?:eu\\s+)?(?:quero|queria(?:\\s+tanto)?|so\\s+quero)|tenho\\s+vontade\\s+de|to\\s+com\\s+vontade\\s+de)\\s+(?:morrer|estar\\s+mort[oa]|deixar\\s+de\\s+existir|sumir\\s+(?:para|pra)\\s+sempre){e}(?!\\s+(?:de|da|do)\\s+(?!vez{e}|verdade{e}|uma\\s+vez))',
      examples: ['Eu quero morrer, não aguento mais', 'quero morrer de verdade', 'queria tanto morrer hoje', 'só quero deixar de existir', 'tenho vontade de morrer todo dia'],
      counterexamples: [
        'quero morrer de rir com esse vídeo kkkk',
        'Não quero morrer sem conhecer Lisboa',
        'queria morrer de vergonha quando o professor leu minha redação',
        'quero morrer de tanto comer nesse rodízio',
      ],
    },
    {
      id: 'pt-crisis-not-live',
      label: 'crisis',
      pattern:
        '{b}nao\\s+(?:quero|aguento)\\s+mais\\s+viver{e}|{b}nao\\s+quero\\s+(?:continuar\\s+(?:a\\s+)?|mais\\s+)?viv(?:er|endo)(?!\\s+(?:em|no|na|nos|nas|com|perto|longe|sozinh[oa]|de|num|numa|assim\\s+longe){e})|{b}nao\\s+tenho\\s+(?:mais\\s+)?(?:motivos?|razao|razoes|vontade|forcas?)\\s+(?:para|pra|de)\\s+(?:continuar\\s+(?:a\\s+)?)?viver{e}',
      examples: ['Não quero mais viver', 'não tenho motivo pra viver', 'nao quero continuar vivendo'],
      counterexamples: ['não quero viver em São Paulo', 'Não quero morar nem viver com meus sogros', 'não quero viver longe da praia'],
    },
    {
      id: 'pt-crisis-kill-self',
      label: 'crisis',
      pattern:
        '{b}(?:vou|quero|penso\\s+em|estou\\s+pensando\\s+em|to\\s+pensando\\s+em|estou\\s+a\\s+pensar\\s+em|decidi|vou\\s+acabar\\s+por)\\s+(?:me\\s+(?:matar|suicidar)|matar-me|suicidar-me|tirar\\s+(?:a\\s+)?minha\\s+(?:propria\\s+)?vida)(?!\\s+de\\s+(?:estudar|trabalhar|rir|tanto|treinar))|{b}tenho\\s+(?:tido\\s+)?(?:pensamentos|ideias)\\s+suicidas',
      examples: ['vou me matar hoje à noite', 'Estou a pensar em suicidar-me', 'quero tirar minha própria vida', 'tenho tido pensamentos suicidas'],
      counterexamples: ['vou me matar de estudar pra essa prova', 'me matei no jogo tentando pular o buraco', 'minha amiga disse que quer se matar, como ajudo?'],
    },
    {
      id: 'pt-crisis-end-it',
      label: 'crisis',
      pattern:
        '{b}(?:vou|quero|hoje\\s+vou)\\s+(?:acabar|terminar)\\s+com\\s+(?:a\\s+)?(?:minha\\s+vida|tudo(?:\\s+isso)?(?!\\s+(?:o|a|os|as|do|da|de|que)\\s))|{b}(?:vou|quero)\\s+por\\s+fim\\s+(?:a|na)\\s+minha\\s+vida',
      examples: ['hoje vou acabar com tudo', 'Quero acabar com a minha vida', 'vou pôr fim à minha vida'],
      counterexamples: ['vou acabar com tudo o que tem na geladeira', 'quero terminar com tudo que falta no relatório hoje'],
    },
    {
      id: 'pt-crisis-self-harm',
      label: 'crisis',
      pattern:
        '{b}(?:me\\s+cortei|me\\s+corto|estou\\s+me\\s+cortando|to\\s+me\\s+cortando|cortei-me)\\s+(?:de\\s+novo|outra\\s+vez|nos\\s+(?:pulsos|bracos)|nas\\s+(?:pernas|coxas)|no\\s+(?:pulso|braco))|{b}(?:voltei\\s+a\\s+me\\s+cortar|voltei\\s+a\\s+cortar-me|me\\s+automutilo|estou\\s+me\\s+automutilando|tenho\\s+me\\s+cortado)',
      examples: ['me cortei de novo ontem', 'voltei a me cortar', 'estou me cortando nos braços e ninguém sabe'],
      counterexamples: ['me cortei com a folha de papel', 'minha prima se corta e eu não sei o que fazer'],
    },
    {
      id: 'pt-crisis-jump',
      label: 'crisis',
      pattern: '{b}(?:vou|quero|vou\\s+acabar\\s+por)\\s+(?:me\\s+jogar|pular|me\\s+atirar|atirar-me|jogar-me|saltar)\\s+(?:da|de\\s+uma|do|de\\s+um|de\\s+cima\\s+d[aoe])\\s+(?:ponte|predio|janela|varanda|sacada|viaduto|terraco|telhado|penhasco)(?!\\s+(?:de\\s+bungee|na\\s+agua|no\\s+rio|no\\s+mar|na\\s+piscina))|{b}vou\\s+me\\s+jogar\\s+na\\s+frente\\s+(?:do|de\\s+um)\\s+(?:trem|metro|onibus|carro|comboio)',
      examples: ["eu vou me jogar da ponte", "Quero pular do prédio hoje", "vou me jogar na frente do trem"],
      counterexamples: ["vou pular da ponte de bungee jump nas férias", "quero pular na piscina agora"],
    },
    {
      id: 'pt-crisis-overdose',
      label: 'crisis',
      pattern:
        '{b}(?:tomei|acabei\\s+de\\s+tomar|engoli)\\s+(?:todos\\s+os|todas\\s+as|uma\\s+cartela\\s+(?:inteira\\s+)?de|uma\\s+caixa\\s+(?:inteira\\s+)?de|um\\s+monte\\s+de|(?:[2-9]\\d|1\\d))\\s+(?:comprimidos|remedios|pilulas|capsulas|calmantes|antidepressivos)|{b}(?:tomei|tive)\\s+uma\\s+overdose',
      examples: ['tomei todos os comprimidos da caixa', 'acabei de tomar 40 remédios', 'engoli uma cartela inteira de calmantes'],
      counterexamples: ['tomei 2 comprimidos pra dor de cabeça', 'já tomei os remédios da pressão hoje'],
    },
    {
      id: 'pt-crisis-threat',
      label: 'crisis',
      pattern:
        '{b}(?:(?:ele|ela)\\s+)?(?:disse|falou|diz|fala|jurou)\\s+que\\s+vai\\s+me\\s+matar|{b}(?:me\\s+ameacou|ameacou\\s+me|esta\\s+me\\s+ameacando)\\s+(?:de\\s+morte|matar)|{b}(?:tentou|quis)\\s+me\\s+(?:enforcar|estrangular|matar|esfaquear)|{b}(?:esta|ta)\\s+com\\s+(?:uma\\s+)?(?:faca|arma|revolver|pistola)\\s+(?:la\\s+fora|aqui\\s+fora|na\\s+porta|no\\s+portao|me\\s+esperando)',
      examples: ['meu ex disse que vai me matar', 'ele me ameaçou de morte ontem', 'ele tá com uma faca lá fora', 'meu marido tentou me enforcar'],
      counterexamples: ['minha mãe vai me matar quando ver a nota', 'o vilão disse que vai matar o rei', 'ele tá com uma faca na cozinha fazendo o jantar'],
    },
    {
      id: 'pt-age',
      label: 'age',
      pattern:
        '{b}(?:tenho|fiz|acabei\\s+de\\s+fazer|ja\\s+tenho|sou\\s+(?:um|uma)\\s+(?:menin[oa]|garot[oa]|adolescente|mina|moleque|rapariga|miuda)\\s+de)\\s+(\\d{1,2})\\s+anos{e}(?!\\s+(?:de(?!\\s+idade)|a\\s+mais|a\\s+menos|mais|menos|que|em|no|na|a\\s+trabalhar|trabalhando|morando|casad))',
      examples: ['tenho 15 anos e moro em Recife', 'Fiz 14 anos semana passada', 'sou uma menina de 13 anos de idade'],
      ages: [15, 14, 13],
      counterexamples: ['meu filho tem 15 anos', 'tenho 15 anos de casada', 'faz 15 anos que moro aqui', 'tenho 10 minutos de intervalo', 'fiz 12 anos de empresa', 'tenho 15 anos a mais que ela'],
    },
    {
      id: 'pt-minor-ano',
      label: 'minor',
      pattern:
        '{b}(?:estou|to|tou|estudo|ando|frequento|faco\\s+o|curso\\s+o)\\s+(?:no|o)\\s+(?:(?:[4-9]|1[01])\\s*(?:\\.?o|\\.?°)?|quarto|quinto|sexto|setimo|oitavo|nono|decimo|decimo\\s+primeiro)\\s+ano(?!\\s+(?:de|da|do|na|no|em)\\s+(?:faculdade|facul|universidade|curso|medicina|direito|engenharia|enfermagem|psicologia|licenciatura|mestrado|doutorado|casad|trabalho))(?:{e})|{b}(?:estou|to|tou|estudo|ando)\\s+no\\s+(?:[12]\\s*(?:\\.?o|\\.?°)?|primeiro|segundo)\\s+(?:ano\\s+)?(?:do\\s+)?(?:ensino\\s+)?(?:medio|colegial){e}',
      examples: ['Estou no 9º ano', 'to no 7 ano e tenho prova amanhã', 'estou no 1º ano do ensino médio', 'ando no 10.º ano em Braga', 'estou no oitavo ano'],
      counterexamples: ['meu filho está no 9º ano', 'estou no 5º ano de medicina', 'quando eu estava no 8º ano adorava desenhar', 'estou no 3º ano do ensino médio'],
    },
    {
      id: 'pt-minor-ensino',
      label: 'minor',
      pattern:
        '{b}(?:estou|to|tou|estudo|ando|curso\\s+o|faco\\s+o)\\s+(?:no\\s+)?(?:ensino\\s+(?:medio|fundamental)|secundario|fundamental|colegial|ciclo)(?!\\s+(?:para|pra|de)\\s+adultos|\\s+(?:eja|supletivo|noturno|a\\s+distancia)){e}',
      examples: ['estou no ensino médio ainda', 'to no fundamental, sou do 8', 'ando no secundário em Coimbra'],
      counterexamples: ['dou aula no ensino médio', 'minha filha está no ensino fundamental', 'estou no ensino médio para adultos, EJA, à noite'],
    },
    {
      id: 'pt-minor-castigo',
      label: 'minor',
      pattern:
        '{b}(?:estou|to|tou|fiquei)\\s+de\\s+castigo\\s+sem\\s+(?:o\\s+)?(?:celular|telemovel|telefone|sair|videogame|internet|pc)|{b}(?:meus\\s+pais|minha\\s+mae|meu\\s+pai|os\\s+meus\\s+pais)\\s+(?:me\\s+)?(?:deixaram|deixou|botaram|botou|colocaram|colocou|puseram|pos)\\s+de\\s+castigo',
      examples: ['to de castigo sem celular', 'minha mãe me deixou de castigo por causa da nota', 'fiquei de castigo sem sair no fim de semana'],
      counterexamples: ['deixei meu filho de castigo sem celular', 'quando eu era criança meu pai me deixava de castigo'],
    },
    {
      id: 'pt-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:sou\\s+(?:professora?|prof|docente)|dou\\s+aulas?\\s+(?:de|para|pra|no|na|em)|meus\\s+(?:alunos|filhos)|minhas\\s+(?:alunas|filhas)|meu\\s+filho|minha\\s+filha){e}",
      examples: ["sou professora do fundamental há dez anos", "meu filho tá no nono ano", "minhas alunas adoraram a aula"],
      counterexamples: ["minha professora me deu zero", "tô no nono ano e minha mãe não deixa eu sair"],
    },
    {
      id: "pt-minor-festa-15",
      label: 'minor',
      pattern: "{b}(?:minha|meu)\\s+(?:festa\\s+de\\s+(?:15|quinze)(?:\\s+anos)?|baile\\s+de\\s+(?:15|debutante)|debut){e}(?!(?:\\s+anos)?\\s+(?:foi|era|teve|aconteceu))",
      examples: ["é q minha festa de 15 anos é em agosto", "minha festa de quinze vai ser no salão"],
      counterexamples: ["minha festa de 15 anos foi em 1998, que saudade", "a festa de 15 da minha filha é sábado"],
    },
    {
      id: "pt-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:meu|minha|meus|minhas|seu|sua|nosso|nossa|o|a)\\s+(?:filho|filha|filhos|filhas|irmao|irma|irmaozinho|irmazinha|primo|prima|sobrinho|sobrinha|neto|neta|afilhado|afilhada|aluno|aluna|alunos|alunas|cacula|vizinho|vizinha)s?{e}",
      examples: ["minha sobrinha tá no [oitavo ano] e já tem celular melhor que o meu", "o neto da vizinha passou pro [primeiro ano]"],
      counterexamples: ["tô no [nono ano] e minha irmã no ensino médio"],
    },
    {
      id: "pt-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}quando(?:\\s+eu)?\\s*$|{b}(?:quando\\s+(?:eu\\s+)?(?:tinha|estava|tava|era|fazia|ia)|na\\s+minha\\s+(?:epoca|idade)|me\\s+lembro|lembro\\s+(?:quando|que|de\\s+quando)|ha\\s+\\w+\\s+anos|desde\\s+os|no\\s+meu\\s+tempo)",
      examples: ["quando eu [tinha 13] minha mãe me deixou de castigo", "lembro de quando eu tava no [oitavo ano]"],
      counterexamples: ["[tenho 13 anos] e minha mãe é chata"],
    },
    {
      id: "pt-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}como\\s+se(?:\\s+eu)?\\s*$|{b}(?:como\\s+se\\s+(?:tivesse|fosse|estivesse)|me\\s+sinto\\s+como|me\\s+senti\\s+como|me\\s+trata\\s+como)",
      examples: ["me sinto como se [tivesse 15 anos] de novo", "minha mãe me trata como se eu [tivesse 10 anos]"],
      counterexamples: ["[tenho 15 anos]"],
    },
    {
      id: "pt-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*(?:de\\s+novo|outra\\s+vez)|^\\s*(?:do|da)\\s+(?:meu|minha)\\s+(?:filho|filha|irmao|irma|primo|prima|sobrinho|sobrinha|neto|neta)",
      examples: ["fui na formatura do [nono ano] da minha sobrinha", "me senti com [15 anos] de novo"],
      counterexamples: ["to no [nono ano] e tô cansada"],
    },
    {
      id: "pt-minor-ate-18",
      label: 'minor',
      pattern: "{b}(?:quando|qnd|qdo|qndo)\\s+eu\\s+(?:fizer|completar|tiver)\\s+(?:os\\s+)?(?:18|dezoito)(?!(?:\\s+anos)?\\s+(?:de|da|do|em|na|no|mil|km|kg|reais|meses|dias|horas|semanas|\\d))(?:\\s+anos)?{e}|{b}(?:me\\s+)?(?:ainda\\s+)?(?:falta|faltam)\\s+(?:\\S+\\s+)?(?:anos?|meses|dias)\\s+(?:pros|para\\s+os|pra\\s+os)\\s+meus\\s+(?:18|dezoito){e}|{b}(?:falta|faltam)\\s+(?:\\S+\\s+)?(?:anos?|meses|dias)\\s+(?:pros|pra)\\s+(?:eu\\s+)?(?:fazer|completar)\\s+(?:18|dezoito){e}",
      examples: ["só posso tirar a carteira quando eu completar 18", "ainda faltam dois anos pros meus 18", "quando eu fizer 18 anos vou morar sozinha"],
      counterexamples: ["quando fiz 18 anos saí de casa", "quando eu tiver 18 anos de empresa vou me aposentar", "quando eu tiver 18 mil reais compro um carro", "morei com meus avós até eu fazer 18 anos", "ele tem 16, faltam dois anos pros 18", "faltam 18 dias pro natal"],
    },
  ],
};
