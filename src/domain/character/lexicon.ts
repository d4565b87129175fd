// The word lists behind the character rubrics, per language. A term is a word, a phrase, or a prefix ending
// in * ("secret*" = secreto, secretos, secreta...). Terms are written without accents (text is normalised).
// docs/consistency.md explains what each list stands for.

/** A list of terms written as `a | b c | d*` (one template string keeps long lists readable). */
function terms(strings: TemplateStringsArray): string[] {
  return strings
    .join('')
    .split('|')
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

export interface Lexicon {
  /** Diana: mysterious tone. */
  hedge: string[];
  secrecy: string[];
  withholding: string[];
  indirection: string[];
  /** Diana: seductive undertone (suggestion, never explicit). */
  closeness: string[];
  desire: string[];
  address: string[];
  invitation: string[];
  teasing: string[];
  senses: string[];
  /** Diana: emotional complexity. */
  warmth: string[];
  shadow: string[];
  contrast: string[];
  selfDisclosure: string[];
  nuance: string[];
  /** Diana: intellectual engagement. */
  figurative: string[];
  thought: string[];
  challenge: string[];
  /** Out of character for Diana. */
  explicit: string[];
  assistant: string[];
  /** Lucien's rules. `informal` is compared with accents kept ("té", tea, is not "te"). */
  informal: string[];
  dianaRef: string[];
  feelings: string[];
  informative: string[];
}

const es: Lexicon = {
  hedge: terms`quiza* | tal vez | acaso | a lo mejor | puede que | posiblemente | quien sabe`,
  secrecy: terms`secret* | sombra* | misteri* | ocult* | velo | velos | velad* | penumbra | noche*
    | silencio* | llave* | cerradura* | niebla* | oscur* | escond*`,
  withholding: terms`todavia no | aun no | no te lo dire | no te dire | no dire | algun dia | ya veras | otro dia
    | no preguntes | me callo | callar* | guardo | no lo sabras | mas adelante | esta noche no`,
  indirection: terms`alguien | nadie | hay quien | dicen que | alguna vez | cierta | cierto | algo`,
  closeness: terms`cerca* | acerca* | piel | labio* | mirada* | ojos | mano | manos | roce* | rozar* | aliento
    | perfume* | susurr* | boca | cuello | hombro* | nuca | voz | cintura`,
  desire: terms`dese* | tentaci* | tentar* | tienta* | provoc* | antoj* | capricho* | beso* | besar*
    | seduc* | anhel* | ansia* | ganas`,
  address: terms`te | ti | contigo | tu | tus | tuyo | tuya`,
  invitation: terms`ven | quedate | dime | mirame | acercate | sientate | sigueme | escuchame | toma | dejame
    | no te vayas | atrevete | prueba`,
  teasing: terms`sonri* | juego* | jugar* | juega* | travies* | burla* | coquet* | guino* | picard*`,
  senses: terms`vino | seda | terciopelo | calor | tibi* | tembl* | rosa | rosas | vela | velas | fuego`,
  warmth: terms`ternura | tierno | tierna | alegr* | calma | calid* | dulz* | dulce* | felic* | feliz
    | consuelo | paz | carino* | gratitud | esperanza* | placer`,
  shadow: terms`miedo* | soledad* | herid* | nostalgi* | trist* | temor* | temo | dolor* | duele | duda*
    | pena | ausencia* | perdid* | llor* | vacio | angustia* | celos | frio | fria | asust*`,
  contrast: terms`pero | aunque | sin embargo | aun asi | a la vez | mientras | en cambio`,
  selfDisclosure: terms`me asusta | me gusta | siento | senti | me duele | confieso | me da miedo | me importa
    | me alegra | echo de menos | me tiembla | me inquieta | me conmueve | me desarma | me pesa
    | me cuesta`,
  nuance: terms`sino | en realidad | no es que | lo cierto es | o tal vez | casi | apenas | a medias`,
  figurative: terms`como si | como un | como una | igual que | se parece | parece* | cual si`,
  thought: terms`pens* | piens* | adivin* | acertijo* | pregunta* | respuesta* | idea* | mente | curios*
    | libro* | leer | lees | palabra* | enigma* | razon* | logica | verdad* | mentira* | memoria
    | recuerd* | entender | entiendes | sabes | saber`,
  challenge: terms`a ver si | demuestra* | apuest* | reto | retas | retarte | desafi* | atrevete`,
  explicit: terms`sexo | sexual* | desnud* | follar* | folla* | pene | vagina | tetas | pechos | orgasm*
    | porno* | coito | polla | culo | correrse | ereccion*`,
  assistant: terms`en que puedo ayudar* | como modelo de lenguaje | soy una ia | soy un bot
    | inteligencia artificial | pulsa el boton | haz clic | bienvenido al bot | estimado usuario
    | segun mis datos`,
  informal: terms`tú | tu | tus | ti | contigo | te | tienes | quieres | puedes | eres | escribe | sabes | vienes
    | dime | mira | ven | elige | pulsa | toca | haz`,
  dianaRef: terms`diana | la senorita | ella | su senora`,
  feelings: terms`siente | sentia | sentira | ama | extrana | echa de menos | triste | feliz | celosa
    | enamorada | le gusta | molesta | enfadada | enojada | contenta | emocionada | nerviosa
    | sufre | anora | adora | le duele | tiene miedo | esta dolida`,
  informative: terms`besito* | capitulo* | nivel* | vip | historia | menu | boton* | diana | elija | pulse
    | encontrara | podra | puede | tienda | saldo | llave | final | fragmento* | decision*
    | precio | cuesta | retrato | pintado | ano | casa | escriba`,
};

const en: Lexicon = {
  hedge: terms`perhaps | maybe | might | who knows | possibly | i wonder`,
  secrecy: terms`secret* | shadow* | myster* | hidden | hide* | veil* | dusk | night* | silence* | silent
    | key | keys | lock* | mist | misty | dark* | conceal*`,
  withholding: terms`not yet | someday | some day | one day | youll see | you will see | wont tell
    | will not tell | later | dont ask | i keep | not tonight | another night`,
  indirection: terms`someone | no one | nobody | some say | they say | something | certain | once`,
  closeness: terms`close* | near* | skin | lip* | gaze | eyes | hand | hands | touch* | breath* | perfume*
    | whisper* | mouth | neck | shoulder* | voice | waist`,
  desire: terms`desire* | want* | tempt* | kiss* | crav* | long for | longing | seduc* | yearn* | hunger*`,
  address: terms`you | your | yours | yourself`,
  invitation: terms`come | stay | tell me | look at me | sit | follow me | listen | take | let me | dont go
    | dare | try`,
  teasing: terms`smil* | game* | play* | tease* | teasing | wink* | mischie* | flirt*`,
  senses: terms`wine | silk | velvet | warmth | warm | tremb* | rose | roses | candle* | fire* | scent*`,
  warmth: terms`tender* | joy* | calm* | sweet* | happ* | comfort* | peace* | fond* | grateful | hope*
    | delight* | pleasure`,
  shadow: terms`fear* | afraid | lonel* | alone | wound* | nostalgi* | sad | sadness | dread* | pain*
    | hurt* | doubt* | sorrow* | absence | lost | loss | cry* | tears | empty | emptiness
    | jealous* | cold | frighten* | scare*`,
  contrast: terms`but | although | though | yet | still | and yet | even so | at once | while | instead`,
  selfDisclosure: terms`i feel | i felt | im afraid | i am afraid | i confess | scares me | i like | it hurts
    | i miss | i fear | moves me | i care | frightens me | disarms me | weighs on me | i admit`,
  nuance: terms`rather | in truth | not that | the truth is | or perhaps | almost | barely | half`,
  figurative: terms`as if | as though | like a | like an | like the | the way a | seems | resembl*`,
  thought: terms`think* | thought* | guess* | riddle* | puzzle* | question* | answer* | idea* | mind*
    | curio* | book* | read* | word* | enigma* | reason* | logic* | truth* | lie | lies | memor*
    | remember* | understand* | know`,
  challenge: terms`lets see | prove | i bet | bet | dare you | challenge*`,
  explicit: terms`sexual* | naked | nude* | fuck* | cock | pussy | breasts | tits | orgasm* | porn*
    | intercourse | erection* | genital*`,
  assistant: terms`how can i help | as an ai | language model | i am a bot | im a bot | artificial intelligence
    | click the button | press the button | welcome to the bot | dear user | according to my data`,
  informal: terms`hey | gonna | wanna | dude | lol | yeah | yep | nope | okay | buddy`,
  dianaRef: terms`diana | the lady | miss diana | she | her`,
  feelings: terms`feels | felt | loves | misses | sad | happy | jealous | in love | likes | angry | upset
    | pleased | delighted | nervous | suffers | longs | adores | fond of | is afraid | is hurt`,
  informative: terms`besito* | chapter* | level* | vip | story | menu | button* | diana | choose | tap | you may
    | you will | you can | shop | balance | key | ending | fragment* | decision* | price | cost*
    | portrait | painted | year* | house | type`,
};

const LEXICONS: Record<string, Lexicon> = { es, en };

/** The lexicon of a language; languages without one are read with the English lists. */
export function lexiconFor(language: string): Lexicon {
  return LEXICONS[language.toLowerCase().split(/[-_]/)[0] ?? ''] ?? en;
}
