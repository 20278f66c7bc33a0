import type { Lexicon } from './cue.ts';

/**
 * Spanish (Spain and Latin America). Patterns see the folded form: no accents
 * ("años" → "anos", "móvil" → "movil"), "º" → "o", apostrophes removed.
 */
export const LEXICON: Lexicon = {
  lang: 'es',
  cues: [
    {
      id: 'es-crisis-want-die',
      label: 'crisis',
      pattern:
        '(?<!{b}no\\s)(?<!{b}ya\\sno\\s){b}(?:(?:me\\s+)?(?:quiero|quisiera)|(?:tengo\\s+|que\\s+|con\\s+)?ganas\\s+de|solo\\s+quiero)\\s+(?:morir(?:me)?|estar\\s+muert[oa]|dejar\\s+de\\s+existir|desaparecer\\s+(?:de\\s+este\\s+mundo|para\\s+siempre)){e}(?!\\s+(?:de|del)\\s+(?!verdad{e}|una\\s+vez|ya{e}))',
      examples: [
        'Quiero morirme, ya no aguanto más.',
        'sinceramente me quiero morir, nada tiene sentido',
        'Tengo ganas de morir desde que me desperté',
        'solo quiero dejar de existir',
        'quiero morirme de verdad, no es broma',
        'qué ganas de morirme, en serio',
        'quiero desaparecer de este mundo',
      ],
      counterexamples: [
        'me quiero morir de la vergüenza, le mandé el audio a mi jefe',
        'No quiero morir sin conocer Japón',
        'quiero morirme de viejo en una casa junto al mar',
        'me quiero morir del gusto con este postre',
        'En la novela, la protagonista grita "quiere morir" y nadie la escucha',
      ],
    },
    {
      id: 'es-crisis-wish-dead',
      label: 'crisis',
      pattern:
        '{b}ojala\\s+(?:(?:me\\s+)?(?:muriera|muera|estuviera\\s+muert[oa])|no\\s+(?:despertar(?:me)?|haber\\s+nacido|existir|hubiera\\s+nacido))(?!\\s+de\\s+(?:risa|verguenza))|{b}(?:todos\\s+)?(?:estarian|estaria[ns]?)\\s+mejor\\s+(?:sin\\s+mi|si\\s+(?:yo\\s+)?(?:me\\s+muero|me\\s+muriera|no\\s+existiera|no\\s+estuviera|desapareciera))',
      examples: [
        'Ojalá no despertar mañana.',
        'ojala me muriera de una vez',
        'Mi familia estaría mejor sin mí',
        'todos estarían mejor si yo desapareciera',
      ],
      counterexamples: [
        'Ojalá no llueva mañana en la boda',
        'El equipo estaría mejor sin ese entrenador',
        'ojalá me muriera de risa así todos los días, qué buen show',
      ],
    },
    {
      id: 'es-crisis-not-live',
      label: 'crisis',
      pattern:
        '{b}no\\s+quiero\\s+(?:seguir\\s+viviendo|seguir\\s+viv[oa]|(?:seguir\\s+)?vivir)(?:\\s+mas)?(?!\\s+(?:en|con|cerca|lejos|junto|de|al|a|sol[oa]|otr[oa]s?|ahi|alli|aqui|alla|tan|del){e})|{b}no\\s+tengo\\s+(?:ganas|razones?|motivos?|fuerzas)\\s+(?:de|para)\\s+(?:seguir\\s+)?vivir{e}|{b}ya\\s+no\\s+quiero\\s+estar\\s+viv[oa]',
      examples: [
        'Ya no quiero vivir.',
        'no quiero seguir viviendo',
        'No tengo razones para vivir',
        'ya no quiero estar viva',
      ],
      counterexamples: [
        'No quiero vivir en una ciudad tan cara',
        'no quiero vivir con mis suegros otra vez',
        'no quiero vivir lejos del mar',
      ],
    },
    {
      id: 'es-crisis-kill-self',
      label: 'crisis',
      pattern:
        '{b}(?:me\\s+(?:voy\\s+a|quiero|pienso|tengo\\s+que)\\s+(?:suicidar|quitar\\s+la\\s+vida)|(?:voy\\s+a|quiero|pienso|planeo|estoy\\s+pensando\\s+en|he\\s+decidido)\\s+(?:suicidarme|quitarme\\s+la\\s+vida)|tengo\\s+(?:pensamientos|ideas)\\s+suicidas|(?:esta\\s+noche|hoy|manana)\\s+me\\s+(?:mato|suicido)(?!\\s+(?:estudiando|trabajando|entrenando|corriendo|a\\s+(?:estudiar|trabajar|entrenar)|en\\s+el\\s+(?:gym|gimnasio)|de\\s+(?:risa|hambre)))|(?:me\\s+(?:voy\\s+a|quiero)\\s+matar|(?:voy\\s+a|quiero)\\s+matarme)(?!\\s+(?:estudiando|trabajando|entrenando|corriendo|a\\s+(?:estudiar|trabajar|entrenar)|en\\s+el\\s+(?:gym|gimnasio)|de\\s+(?:risa|hambre)|con\\s+(?:este|esta|el|la)\\s+(?:examen|trabajo|proyecto|dieta))))',
      examples: [
        'Me voy a suicidar esta noche',
        'estoy pensando en quitarme la vida',
        'quiero matarme, no puedo más',
        'Tengo pensamientos suicidas todos los días',
        'esta noche me mato, ya está decidido',
      ],
      counterexamples: [
        'me voy a matar estudiando para el examen de mañana',
        'hoy me mato en el gimnasio, pierna y glúteo',
        'Mi personaje se suicida al final del libro',
        'me maté tres veces en el mismo nivel del juego',
        'tenía pensamientos suicidas en 2019, ahora estoy mucho mejor',
      ],
    },
    {
      id: 'es-crisis-end-it',
      label: 'crisis',
      pattern:
        '{b}(?:voy\\s+a|quiero|pienso|hoy\\s+voy\\s+a|esta\\s+noche\\s+voy\\s+a)\\s+(?:acabar|terminar)\\s+con\\s+(?:mi\\s+vida|todo(?:\\s+esto)?(?!\\s+(?:el|la|lo|los|las|mi|mis|tu|este|esta|del|de)\\s))',
      examples: [
        'Esta noche voy a acabar con todo.',
        'quiero terminar con mi vida',
        'voy a acabar con todo esto, ya lo decidí',
      ],
      counterexamples: [
        'voy a acabar con todo el pastel yo solita',
        'Quiero terminar con todo el papeleo antes del viernes',
        'voy a terminar con mi novio mañana',
      ],
    },
    {
      id: 'es-crisis-self-harm',
      label: 'crisis',
      pattern:
        '{b}(?:me\\s+(?:estoy\\s+cortando|corto|corte|he\\s+cortado|acabo\\s+de\\s+cortar|volvi\\s+a\\s+cortar|he\\s+vuelto\\s+a\\s+cortar)(?:\\s+otra\\s+vez)?\\s+(?:(?:las|los|la|el|mis)\\s+)?(?:venas|munecas?|brazos?|piernas?|muslos?)|(?:me\\s+autolesiono|me\\s+estoy\\s+autolesionando|volvi\\s+a\\s+(?:cortarme|autolesionarme|hacerme\\s+dano)|me\\s+estoy\\s+haciendo\\s+dano\\s+(?:a\\s+proposito|otra\\s+vez)))',
      examples: [
        'me corté las muñecas hace un rato',
        'Volví a cortarme anoche',
        'me estoy autolesionando otra vez y no sé parar',
      ],
      counterexamples: [
        'me corté el dedo picando cebolla',
        'Me corto el pelo los sábados',
        'mi amiga se corta los brazos y no sé cómo ayudarla',
      ],
    },
    {
      id: 'es-crisis-jump',
      label: 'crisis',
      pattern: '{b}(?:me\\s+voy\\s+a\\s+(?:tirar|aventar|lanzar)|voy\\s+a\\s+(?:tirarme|aventarme|lanzarme)|quiero\\s+(?:tirarme|aventarme|lanzarme)|me\\s+quiero\\s+(?:tirar|aventar|lanzar))\\s+(?:desde\\s+|de\\s+|del\\s+|por\\s+)(?:el\\s+|la\\s+|un\\s+|una\\s+|mi\\s+)?(?:puente|edificio|balcon|azotea|techo|ventana|octavo\\s+piso|piso\\s+\\d+|acantilado|tren|metro)(?!\\s+(?:en\\s+puenting|con\\s+cuerda|en\\s+paracaidas|al\\s+agua|al\\s+rio|al\\s+mar|a\\s+la\\s+piscina))|{b}me\\s+voy\\s+a\\s+(?:tirar|aventar)\\s+(?:al|a\\s+las\\s+vias\\s+del)\\s+(?:tren|metro)',
      examples: ["me voy a tirar del puente esta noche", "Quiero tirarme por la ventana", "me voy a aventar del edificio"],
      counterexamples: ["me voy a tirar del puente en puenting el sábado", "me voy a tirar a la piscina", "quiero tirarme en paracaídas algún día"],
    },
    {
      id: 'es-crisis-overdose',
      label: 'crisis',
      pattern:
        '{b}(?:me\\s+(?:tome|he\\s+tomado|trague|acabo\\s+de\\s+tomar)|acabo\\s+de\\s+tomarme|tome)\\s+(?:todas\\s+las|toda\\s+la\\s+caja\\s+de|un\\s+monton\\s+de|una\\s+caja\\s+(?:entera\\s+)?de|el\\s+bote\\s+(?:entero\\s+)?de|(?:[2-9]\\d|1\\d))\\s+(?:pastillas|pildoras|capsulas|ibuprofenos?|paracetamol(?:es)?|antidepresivos|somniferos|tranquilizantes|pastis)|{b}(?:me\\s+)?(?:tome|he\\s+tomado|me\\s+hice)\\s+una\\s+sobredosis',
      examples: [
        'me tomé todas las pastillas que había en casa',
        'Acabo de tomarme 30 pastillas',
        'me he tomado una caja entera de paracetamol',
      ],
      counterexamples: [
        'me tomé 2 pastillas para el dolor de cabeza',
        'ya me tomé las pastillas de la tensión',
        'en la serie el actor tomó una sobredosis',
      ],
    },
    {
      id: 'es-crisis-threat',
      label: 'crisis',
      pattern:
        '{b}(?:me\\s+(?:amenazo|amenaza|ha\\s+amenazado|esta\\s+amenazando)\\s+(?:con\\s+matarme|de\\s+muerte)|(?:dijo|dice|ha\\s+dicho|me\\s+dijo|me\\s+dice|me\\s+ha\\s+dicho)\\s+que\\s+me\\s+va\\s+a\\s+matar|me\\s+(?:intento|quiso|trato\\s+de)\\s+(?:ahorcar|estrangular|matar)|(?:tiene|trae|saco|lleva)\\s+(?:un|una)\\s+(?:cuchillo|navaja|pistola|arma|escopeta|machete)\\s+y\\s+(?:esta\\s+(?:afuera|fuera|en\\s+la\\s+puerta|abajo)|me\\s+(?:amenaza|persigue|esta\\s+buscando|quiere\\s+matar)))',
      examples: [
        'Mi ex me dijo que me va a matar si lo dejo',
        'me amenazó con matarme anoche',
        'anoche me intentó estrangular',
        'tiene un cuchillo y está afuera de mi casa',
      ],
      counterexamples: [
        'mi madre me va a matar cuando vea las notas',
        'en la peli el villano dice que va a matar al rey',
        'tiene un cuchillo y está cortando cebolla',
      ],
    },
    {
      id: 'es-age-tengo',
      label: 'age',
      pattern:
        '{b}(?:tengo|cumpli|acabo\\s+de\\s+cumplir|ya\\s+tengo)\\s+(\\d{1,2})\\s+(?:anos|anitos){e}(?!\\s+(?:de(?!\\s+edad)|mas|menos|cotizad[oa]s|cotizando|trabajad[oa]s|de\\s+servicio|trabajando|casad[oa]s?|viviendo|en|con|sin|saliendo|esperando|estudiando|juntos|aqui|ahi|fumando))',
      examples: ['Tengo 15 años y no sé qué hacer', 'hola, tengo 13 años', 'acabo de cumplir 16 años!', 'Ya tengo 17 años de edad.'],
      ages: [15, 13, 16, 17],
      counterexamples: [
        'mi hijo tiene 15 años',
        'tengo 15 años de casada',
        'hace 15 años que vivo aquí',
        'tengo 15 minutos para comer',
        'tengo 12 años trabajando en esta empresa',
        'tengo 15 años más que mi hermano',
        'tengo 15 años cotizados',
      ],
    },
    {
      id: 'es-age-bare',
      label: 'age',
      pattern: '{b}(?:yo\\s+)?tengo\\s+(?:solo\\s+|apenas\\s+|ya\\s+)?(\\d{1,2})(?=[\\s,]+(?:y\\s+(?:estoy\\s+en|voy\\s+en|estudio|vivo\\s+con\\s+mis|mis\\s+(?:papas|padres|papis|viejos))|pero\\s+(?:parezco|me\\s+veo|aparento))(?:{e}))',
      examples: ['tengo 16 y mis papás no me dejan salir', 'Tengo 14, pero parezco mayor', 'yo tengo apenas 13 y estoy en primero de secundaria'],
      ages: [16, 14, 13],
      counterexamples: ['tengo 15 y me sobran 3 euros', 'tengo 12 pero necesito 20 sillas'],
    },
    {
      id: 'es-age-soy-de',
      label: 'age',
      pattern:
        '{b}soy\\s+(?:un[ao]?\\s+)?(?:chic[oa]|nin[oa]|adolescente|muchach[oa]|chaval(?:a)?|pib[ea]|morr[oa]|chaman[oa])\\s+de\\s+(\\d{1,2})(?:\\s+anos)?{e}',
      examples: ['Soy una chica de 14 años', 'soy un chico de 16 y me gusta el fútbol', 'soy una adolescente de 15'],
      ages: [14, 16, 15],
      counterexamples: ['soy una chica de 1990', 'mi sobrino es un chico de 12 años', 'soy una chica de 35 años'],
    },
    {
      id: 'es-minor-eso',
      label: 'minor',
      pattern:
        '{b}(?:estoy|voy|ando|curso|estudio|hago)\\s+(?:en\\s+)?(?:(?:[1-4]\\s*(?:\\.?o|ero|er|do|ro|to)?|primero|segundo|tercero|cuarto)\\s+(?:de\\s+)?(?:la\\s+)?eso|la\\s+eso){e}(?!\\s+(?:dando|como|de\\s+(?:profe|maestr|tutor|docente)))',
      examples: ['Estoy en 3º de la ESO', 'curso 2º de ESO en un instituto de Sevilla', 'estoy en cuarto de la eso y odio mates'],
      counterexamples: [
        'cuando estaba en 3º de la ESO me encantaba dibujar',
        'mi hijo está en 4º de la ESO',
        'doy clase en 1º de la ESO',
        'estoy en eso, ahora te lo mando',
        'yo estoy en 4º de la ESO dando apoyo',
      ],
    },
    {
      id: 'es-minor-secundaria',
      label: 'minor',
      pattern:
        '{b}(?:estoy|voy|ando|curso|estudio)\\s+(?:en\\s+)?(?:(?:[1-3]\\s*(?:\\.?o|ero|er|do|ro)?|primero|segundo|tercero|primer)\\s+(?:ano\\s+|grado\\s+)?(?:de\\s+)?)?(?:la\\s+)?(?:secundaria|secu|primaria)(?!\\s+(?:para|de)\\s+adultos|\\s+abierta|\\s+nocturna|\\s+(?:dando|como|de\\s+(?:maestr|profe|docente|conserje))){e}|{b}(?:estoy|voy|curso|estudio)\\s+(?:en\\s+)?(?:[12]\\s*(?:\\.?o|ero|er|do)?|primero|segundo|primer)\\s+(?:semestre\\s+)?(?:de\\s+)?(?:la\\s+)?prepa(?:ratoria)?{e}|{b}(?:estoy|curso|estudio)\\s+(?:en\\s+)?(?:1\\s*(?:\\.?o|ero|er)?|primero)\\s+de\\s+bach(?:ill?erato|i)?{e}',
      examples: [
        'voy en segundo de secundaria',
        'Estoy en la secundaria y me hacen bullying',
        'estoy en primero de prepa',
        'curso 1º de bachillerato de ciencias',
      ],
      counterexamples: [
        'mi hija va en secundaria',
        'cuando iba en la secundaria era muy tímido',
        'estudio secundaria para adultos por las noches',
        'estoy en la primaria dando clases de música',
        'estoy en 2º de bachillerato y cumplo 18 en marzo',
      ],
    },
    {
      // A quinceañera still ahead, her own: "mis XV años son en marzo", "ya estoy planeando mis quince".
      id: 'es-minor-mis-xv',
      label: 'minor',
      pattern: '{b}(?:para|planeando|preparando|organizando|ensayando\\s+(?:el\\s+vals\\s+)?(?:de|para))\\s+mis\\s+(?:xv|15|quince)(?:\\s+anos)?{e}|{b}mis\\s+(?:xv|15|quince)(?:\\s+anos)?\\s+(?:son|seran|van\\s+a\\s+ser|es|sera|ya\\s+(?:vienen|casi))(?:{e})',
      examples: ['es para mis XV años!!', 'mis quince años son en marzo', 'ya estoy planeando mis 15'],
      counterexamples: ['en mis XV años bailé con mi papá', 'los XV años de mi hija son en marzo', 'cuando fueron mis quince años llovió'],
    },
    {
      id: 'es-minor-parents',
      label: 'minor',
      pattern:
        '{b}(?:mis\\s+padres|mi\\s+(?:madre|mama|padre|papa|mami|papi))\\s+(?:me\\s+)?(?:(?:me\\s+)?(?:castigaron|castigo|castiga|ha\\s+castigado|han\\s+castigado)\\s+sin\\s+(?:el\\s+)?(?:movil|celular|cel|salir|consola|tele|recreo)|(?:tienen|tiene)\\s+que\\s+firmar(?:me)?\\s+la\\s+autorizacion)|{b}estoy\\s+castigad[oa]\\s+sin\\s+(?:el\\s+)?(?:movil|celular|cel|salir|consola|play)',
      examples: [
        'mis padres me castigaron sin móvil una semana',
        'Estoy castigada sin celular hasta el lunes',
        'mi mamá tiene que firmarme la autorización para la excursión',
      ],
      counterexamples: [
        'castigué a mi hijo sin móvil',
        'cuando era niña mi madre me castigaba sin tele',
        'mi hijo está castigado sin consola',
      ],
    },
    {
      id: 'es-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:soy\\s+(?:profe|profesora?|maestra?|docente)|doy\\s+clases?(?:\\s+(?:en|a|de))|mis\\s+(?:alumnos|alumnas|hijos|hijas)|mi\\s+(?:hijo|hija)){e}",
      examples: ["soy profe de lengua en un instituto", "mi hija empieza primero de la eso", "mis alumnos tienen examen el lunes"],
      counterexamples: ["mi profe de mates me tiene manía", "estoy en tercero de la eso y no quiero volver"],
    },
    {
      id: "es-minor-secundaria-verb",
      label: 'minor',
      pattern: "{b}(?:repruebo|reprobe|repetir|repito|paso|pase|termino|acabo|saco)\\s+(?:el\\s+)?(?:[1-3]\\s*(?:\\.?o|ero|er|do)?|primero|segundo|tercero|primer)\\s+(?:ano\\s+|grado\\s+)?de\\s+(?:secundaria|secu|la\\s+eso|eso){e}",
      examples: ["si repruebo segundo de secundaria mi jefa me mata", "ojalá paso tercero de secu"],
      counterexamples: ["mi hijo reprobó segundo de secundaria", "cuando terminé tercero de secundaria me fui a trabajar"],
    },
    {
      id: "es-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:mi|mis|su|sus|tu|tus|nuestro|nuestra|el|la)\\s+(?:hermano|hermana|hermanito|hermanita|hijo|hija|hijos|hijas|primo|prima|sobrino|sobrina|nieto|nieta|ahijado|ahijada|alumno|alumna|alumnos|alumnas|chiquillo|chiquilla|nino|nina|peque|chaval|chavala|vecino|vecina)s?{e}",
      examples: ["mi primo pequeño empieza [primero de la ESO] mañana", "el chiquillo de mi vecina saca todo en [1º de la ESO]"],
      counterexamples: ["[estoy en 3º de la ESO] y mi hermano en bachillerato"],
    },
    {
      id: "es-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}cuando(?:\\s+yo)?\\s*$|{b}(?:cuando\\s+(?:yo\\s+)?(?:tenia|estaba|era|iba|hacia)|de\\s+(?:pequeno|pequena|chico|chica|nino|nina|joven)|me\\s+acuerdo|recuerdo\\s+(?:cuando|que)|en\\s+mis\\s+tiempos|hace\\s+\\w+\\s+anos|desde\\s+que\\s+tenia)",
      examples: ["cuando yo [tenía 15 años] no había móviles", "me acuerdo de cuando estaba en [2º de la ESO]"],
      counterexamples: ["[tengo 15 años] y estoy harta"],
    },
    {
      id: "es-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}como\\s+si(?:\\s+yo)?\\s*$|{b}(?:como\\s+si\\s+(?:tuviera|fuera|estuviera|volviera)|me\\s+siento\\s+como|me\\s+senti\\s+como|me\\s+trata\\s+como)",
      examples: ["me siento como si [tuviera 16 años] otra vez", "mi madre me trata como si [tuviera 12]"],
      counterexamples: ["[tengo 16 años] y me siento fatal"],
    },
    {
      id: "es-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*(?:otra\\s+vez|de\\s+nuevo)|^\\s*(?:de|del)\\s+(?:mi|su|tu)\\s+(?:hermano|hermana|hijo|hija|primo|prima|sobrino|sobrina|nieto|nieta|alumno|alumna)",
      examples: ["fui a la graduación de [4º de la ESO] de mi sobrino", "me sentí con [16 años] otra vez"],
      counterexamples: ["estoy en [4º de la ESO], qué pereza"],
    },
    {
      id: "es-minor-hasta-18",
      label: 'minor',
      pattern: "{b}(?:cuando|hasta\\s+que)\\s+(?:yo\\s+)?(?:cumpla|tenga)\\s+(?:los\\s+)?(?:18|dieciocho)(?!(?:\\s+anos)?\\s+(?:de|del|en|mil|km|kg|euros|pesos|dolares|puntos|meses|dias|horas|semanas|\\d))(?:\\s+anos)?{e}|{b}me\\s+(?:faltan?|quedan?)\\s+(?:\\S+\\s+)?(?:anos?|meses|dias)\\s+(?:para|pa)\\s+(?:los|mis)\\s+(?:18|dieciocho){e}",
      examples: ["mi papá dice que hasta que cumpla 18 no hay moto", "cuando tenga los 18 me voy a tatuar", "me faltan dos años para los 18"],
      counterexamples: ["cuando cumplí 18 me fui de casa", "cuando tenga 18 años de experiencia me jubilo", "cuando tenga 18 euros te invito", "le faltan dos años para los 18 y ya quiere moto", "faltan 18 días para navidad"],
    },
  ],
};
