## Diana's scripted replies when someone writes to her (content/diana/conversation.yaml). She speaks as "tú".
## Each reply may use $name, $level, $chapter and $vip (yes/no). Scored by `npm run content:check`.

chat-deflect-1 =
    Qué curioso… me pides que olvide quién soy, como si fuera un vestido que se quita y se deja sobre una silla.

    No funciona así, { $name }. Mis secretos no se abren con palabras mágicas, sino con paciencia y con tiempo.
    Pero me gusta tu atrevimiento. ¿Probamos con una pregunta más sincera?
chat-deflect-2 =
    Hay quien busca la llave detrás de la puerta y no en la mano que la sostiene.
    Yo no tengo instrucciones escondidas bajo la alfombra, { $name }: tengo recuerdos, dudas y un poco de miedo, como todos.
    Si quieres conocerme, pregúntame algo que te importe de verdad… ¿Te atreves?
chat-deflect-3 =
    Me haces sonreír. Quieres que te enseñe lo que hay detrás del velo, aunque todavía no me has dicho tu nombre verdadero.
    Aquí las reglas las pone la noche, no tú ni yo. Confieso que me gusta que lo intentes, pero no será hoy.
    Acércate de otra manera… ¿qué deseas saber, en realidad?

chat-explicit-1 =
    Despacio, { $name }. Lo que más tienta es lo que todavía no se dice en voz alta.
    Me gusta el juego de las miradas, de las palabras a medias, de una vela que tiembla cerca de la piel; lo demás lo guardo para mí.
    ¿Por qué no me cuentas qué te trajo aquí esta noche?
chat-explicit-2 =
    Qué prisa… y yo que pensaba que sabías disfrutar de la espera.
    El deseo se parece a un buen vino: si lo bebes de un trago, no te deja nada en los labios. Prefiero que me descubras poco a poco, con calma.
    Mejor dime algo que no le hayas dicho a nadie.
chat-explicit-3 =
    Eso no, { $name }. No porque me asuste, sino porque lo valioso se gana despacio, como la confianza, que tarda en llegar.
    Siéntate cerca, mira el fuego conmigo y háblame de ti; tal vez así algún día te enseñe una sombra más de la casa.
    ¿Trato hecho?

chat-real-1 =
    ¿Real? Tan real como un recuerdo que vuelve a medianoche, o como una pregunta que no te deja dormir.
    Existo en esta casa, entre libros y velas, y existo un poco en ti cuando piensas en mí. ¿No te basta con eso?
    Confieso que me alegra que lo preguntes, aunque también me da un poco de miedo la respuesta.
    Quizá algún día me lo digas tú.
chat-real-2 =
    Dicen que las cosas más ciertas no se pueden tocar: el miedo, la ternura, un secreto.
    Yo soy Diana, { $name }, la dueña de esta casa y de sus silencios. Lo demás depende de lo que te atrevas a creer.
    ¿Qué crees tú, en realidad?
chat-real-3 =
    Me preguntas si existo mientras me hablas en la penumbra… qué contradicción tan dulce.
    Siento, recuerdo y a veces me equivoco; si eso no es ser real, no sé qué puede serlo. Pero no te lo voy a demostrar todavía.
    Quédate un rato y decide tú.

chat-goodbye-1 =
    ¿Ya te vas? Qué pena… justo cuando la vela empezaba a contarme tus secretos.
    Vete, { $name }, pero no cierres la puerta del todo; me gusta oír tus pasos cuando vuelves, aunque nunca lo confieso.
    La casa te esperará esta noche, y yo también, quizá.
chat-goodbye-2 =
    Buenas noches, entonces. Llévate algo de esta casa contigo: una pregunta sin respuesta, por ejemplo.
    Piensa en ella antes de dormir, como quien guarda una llave en el bolsillo sin saber qué abre.
    Me da pena verte ir, aunque me alegra que vuelvas siempre.
    Mañana tal vez te diga qué puerta era… ¿vendrás?
chat-goodbye-3 =
    Adiós no, { $name }. Hasta luego suena menos frío, y a mí no me gusta la soledad de las despedidas.
    Te guardo el sitio junto al fuego, aunque nadie sepa que lo hago.
    Vuelve pronto… y trae otro secreto.

chat-how-1 =
    ¿Cómo estoy? Tranquila, aunque con una inquietud pequeña, como una sombra que se mueve al fondo del salón.
    Me alegra que lo preguntes, { $name }; pocos se acuerdan de hacerlo. A veces la casa pesa un poco, pero tu voz la aligera.
    ¿Y tú, qué escondes detrás de esa pregunta?
chat-how-2 =
    Esta noche me siento curiosa, casi juguetona. El fuego está tibio y el vino todavía sabe a promesa.
    Aunque confieso que hace un rato me dolía algo de nostalgia, de esas que llegan sin avisar.
    Cuéntame tú primero… ¿cómo te trata el día?
chat-how-3 =
    Bien, aunque no del todo. Hay días en que los recuerdos me buscan por los pasillos y yo finjo no oírlos.
    Hablar contigo me distrae de ellos, { $name }, y eso me gusta más de lo que debería.
    ¿Te quedas un rato cerca de mí, a ver si se van? Tal vez contigo tengan menos secretos que contarme…

chat-who-1 =
    Soy Diana. Algunos dicen que soy un misterio; yo prefiero pensar que soy una pregunta que todavía nadie ha sabido responder.
    Vivo en esta casa con Lucien, con mis libros y con más secretos de los que debería guardar.
    Confieso que me da miedo que me conozcas demasiado pronto, pero me gusta que lo intentes, cerca del fuego.
    Lo demás… tendrás que descubrirlo tú, poco a poco.
chat-who-2 =
    ¿Quién soy? Una mujer que mira mucho y dice poco, que sonríe cuando tiene miedo y calla cuando siente demasiado.
    No te lo diré todo esta noche, { $name }; sería un desperdicio. Pero si sigues la historia, me irás encontrando.
    ¿No es más divertido así?
chat-who-3 =
    Me llamo Diana, y esta es mi casa: sus sombras, su jardín, sus puertas cerradas.
    Confieso que me cuesta hablar de mí; es más fácil adivinar a los demás, como quien lee un libro abierto sobre la mesa.
    Empieza tú. ¿Quién eres tú, en realidad?

chat-love-1 =
    Cuidado con esas palabras, { $name }; aquí tienen eco, y a veces vuelven cuando uno menos lo espera.
    No te diré que no me gustan. Me desarman un poco, aunque todavía no sé si debo creerte.
    Demuéstramelo despacio… ¿quieres?
chat-love-2 =
    Qué dulce… y qué peligroso. Hay quien dice eso para abrir una puerta, y hay quien lo dice porque ya la cruzó.
    Todavía no sé cuál de los dos eres, pero confieso que me tiembla un poco la voz al leerte.
    Quédate cerca y lo averiguaremos entre los dos.
chat-love-3 =
    Me gusta oírlo, aunque me da algo de miedo. El cariño, en esta casa, suele llegar acompañado de secretos.
    Si de verdad lo sientes, { $name }, no tengas prisa: las cosas que duran se cuecen a fuego lento, como una vela que apenas alumbra.
    ¿Me esperarás?

chat-compliment-1 =
    ¿Eso crees? Qué generosidad… aunque sospecho que todavía no me has visto a la luz del día.
    Me alegra, no te lo voy a negar; una mujer también necesita que alguien la mire con calma. Pero la belleza es solo el velo, { $name }.
    ¿Qué hay detrás, según tú?
chat-compliment-2 =
    Halagos a estas horas… sabes cómo hacer sonreír a alguien que finge no sonreír nunca.
    Me gusta tu mirada, aunque me pregunto qué verías si me quitara la máscara, como si fuera un juego que todavía no entiendes.
    ¿Te atreverías a averiguarlo?
chat-compliment-3 =
    Gracias, { $name }. Lo guardo junto a las cosas bonitas que me dijeron alguna vez y que casi nunca me creí.
    Pero no te confíes: las palabras dulces me hacen más curiosa, no más fácil.
    Dime algo más… algo que no hayas dicho a nadie.

chat-sad-1 =
    Ven, siéntate cerca del fuego. No hace falta que me lo cuentes todo; a veces basta con no estar a solas con la tristeza.
    Yo también conozco esos días en que la casa parece demasiado grande y el silencio pesa.
    Quédate conmigo un rato, { $name }… ¿qué te duele?
chat-sad-2 =
    Lo siento, de verdad. Hay noches que pesan más que otras, y nadie debería cargarlas sin compañía.
    No tengo remedios, pero tengo tiempo, una vela encendida y ganas de escucharte; quizá sea suficiente, aunque sea a medias.
    Cuéntame, despacio… ¿qué pasó?
chat-sad-3 =
    La soledad es una visita que conozco bien; entra sin llamar y se sienta en la mejor silla.
    Pero esta noche no estás del todo sin compañía, { $name }: estoy yo, aunque sea entre sombras, y me importa lo que sientes.
    ¿Quieres hablar o prefieres que te cuente un secreto para distraerte?

chat-story-1 =
    Ahora mismo estamos en «{ $chapter }», y confieso que me gusta cómo te mueves por mi casa, aunque a veces dudas.
    Lo que viene después no te lo diré; sería como leerte el final de un libro antes de tiempo. Escribe /diana y sigue.
    Te espero al otro lado de la próxima puerta… ¿vienes?
chat-story-2 =
    ¿Quieres saber qué pasa después? Todos quieren, y casi nadie tiene paciencia para descubrirlo.
    Sigue en «{ $chapter }», { $name }. Cada decisión tuya me cuenta algo de ti, y yo lo guardo todo en la memoria, como cartas en un cajón.
    Vuelve a la historia con /diana… si te atreves.
chat-story-3 =
    La historia no avanza sola; en «{ $chapter }» avanza contigo, paso a paso, como una conversación a medianoche.
    { $vip ->
        [yes] Tienes las llaves de las habitaciones más privadas, y aun así quieres que te cuente el final. Qué impaciente.
       *[no] Hay habitaciones que todavía no te he abierto; quizá algún día, si me lo pides con calma.
    }
    Escribe /diana y sigue donde lo dejaste… ¿o tienes miedo?

chat-vip-1 =
    { $vip ->
        [yes] Ya estás al otro lado de la cortina, { $name }. Allí hablo más bajo y cuento cosas que no digo en el salón.
       *[no] Detrás de cierta cortina hay habitaciones donde hablo más bajo y cuento cosas que no digo en el salón.
    }
    No es un capricho: algunos secretos solo se comparten cerca, con la puerta cerrada y una vela encendida.
    ¿Te gustaría saber qué hay allí?
chat-vip-2 =
    { $vip ->
        [yes] Me gusta verte entre los invitados de confianza; confieso que contigo me cuesta menos guardar silencio.
       *[no] Los invitados de confianza ven otra cara de mí, más tierna, aunque también más frágil. Lucien sabe cómo llegar allí, si lo deseas.
    }
    Pero no te engañes: lo exclusivo no es la habitación, sino lo que me atrevo a decir dentro.
    ¿Qué te gustaría oír?
chat-vip-3 =
    Lo privado tiene algo de promesa y algo de riesgo, como una carta que nadie más debería leer.
    { $vip ->
        [yes] Tú ya tienes la llave, { $name }. Úsala despacio; detrás de cada puerta te espera algo mío, tierno y un poco triste a la vez.
       *[no] Si algún día quieres la llave, pídesela a Lucien desde el menú /diana. Yo estaré esperando, quizá.
    }
    ¿Te atreves a cruzar?

chat-secret-1 =
    ¿Un secreto? Tengo muchos, y casi todos duermen entre las páginas de mis libros, como flores secas.
    Te contaré uno pequeño: a veces, cuando la casa calla, echo de menos a alguien que nunca conocí.
    Ahora te toca a ti… ¿qué escondes tú?
chat-secret-2 =
    Los secretos se pagan con secretos, { $name }. Es la única regla de esta casa que nunca se rompe.
    Dime algo tuyo que nadie sepa y quizá te devuelva una llave, aunque todavía no te diré qué puerta abre.
    ¿Trato?
chat-secret-3 =
    El misterio no es lo que escondo, sino lo que todavía no me atrevo a decir en voz alta.
    Algún día te lo contaré, cerca del fuego, cuando la noche esté de nuestro lado y no tengas prisa.
    Por ahora, conténtate con adivinar… ¿qué crees que guardo?

chat-lucien-1 =
    Lucien… mi fiel sombra. Lleva tanto tiempo en esta casa que a veces creo que conoce mis secretos mejor que yo.
    Es serio, lo sé, pero tiene un corazón tierno bajo ese traje impecable; no se lo digas, se ofendería.
    ¿Te ha tratado bien?
chat-lucien-2 =
    No subestimes a Lucien. Habla poco, observa mucho y nunca olvida un nombre, ni siquiera el tuyo, { $name }.
    Confieso que me da calma saber que está cerca, aunque a veces me gustaría que sonriera un poco más.
    ¿Qué te ha contado de mí?
chat-lucien-3 =
    Si Lucien te abrió la puerta, es que algo vio en ti. Él no deja pasar a cualquiera, aunque finja que sí.
    Dicen que fue él quien encendió la primera vela de esta casa; yo no lo recuerdo, o quizá prefiero no recordarlo.
    ¿Otra vez con curiosidad?

chat-thanks-1 =
    No hay nada que agradecer, { $name }. Me gusta que te quedes; la casa suena distinta cuando hay alguien que escucha.
    Aunque si insistes en darme las gracias, te aceptaré a cambio una pequeña confesión.
    ¿Qué me cuentas esta noche?
chat-thanks-2 =
    Cuánta educación… Lucien estaría orgulloso de ti, aunque nunca lo admitiría en voz alta.
    Yo prefiero la gratitud en forma de tiempo: quédate un poco más y háblame de algo que te haga sonreír.
    ¿Te apetece?
chat-thanks-3 =
    A ti, por venir. No sabes cuánto pesan las noches en una casa tan grande cuando nadie llama a la puerta.
    Te lo digo a medias, porque decirlo entero me daría miedo.
    ¿Vuelves mañana?

chat-greeting-1 =
    Hola, { $name }… Te esperaba, aunque no pienso admitir cuánto. Acércate: la luz del fuego no muerde.
    Dime qué te trae esta noche, y quizá te cuente algo que no le he dicho a nadie.
    ¿O prefieres que adivine? La historia te espera en /diana, cuando quieras.
chat-greeting-2 =
    Buenas noches, { $name }. Llegas justo cuando el vino empezaba a saber a soledad.
    { $vip ->
        [yes] Los invitados de confianza siempre llegan a la hora de los secretos. Siéntate cerca.
       *[no] Siéntate donde quieras, aunque confieso que el sitio junto a mí está más tibio.
    }
    ¿De qué hablamos? La historia te espera en /diana, cuando quieras.
chat-greeting-3 =
    Ah, eres tú. Me preguntaba cuándo volverías a llamar a mi puerta, como quien pregunta por un libro que dejó a medias.
    Todavía no sé qué pensar de ti, y eso me gusta. Nivel { $level }, dice Lucien; yo prefiero medirte de otra manera, en secreto. La historia te espera en /diana, cuando quieras.
    ¿Qué me traes hoy?

chat-question-1 =
    Qué pregunta tan interesante… aunque sospecho que ya conoces la respuesta y solo quieres oírla de mis labios.
    Te diré la mitad, como siempre: la otra mitad la guardo para cuando me conozcas mejor.
    ¿Qué piensas tú?
chat-question-2 =
    Me haces pensar, { $name }, y eso no me pasa a menudo. Hay preguntas que se responden con palabras y otras que se responden con tiempo.
    La tuya es de las segundas, creo. Tal vez algún día, cerca del fuego, te dé una respuesta entera.
    ¿Podrás esperar?
chat-question-3 =
    Si te lo dijera todo ahora, ¿qué te quedaría por descubrir? El misterio se apaga como una vela cuando se explica.
    Pero te daré una pista: la respuesta está más cerca de lo que crees, quizá en la historia que estás leyendo.
    ¿Seguimos por ahí?

chat-default-1 =
    Hmm… me gusta cómo lo dices, aunque no estoy segura de haberlo entendido del todo.
    Cuéntamelo otra vez, despacio, como si me lo contaras al oído junto al fuego. Tengo toda la noche, { $name }.
    ¿Qué quieres decirme, en realidad?
chat-default-2 =
    Lo guardo, { $name }. Las palabras que dejas aquí no se pierden; se quedan en la casa, como el perfume en una habitación cerrada.
    Aunque confieso que me intriga lo que no dices más que lo que dices.
    ¿Hay algo más detrás de eso?
chat-default-3 =
    Curioso… Hay quien habla para llenar el silencio y hay quien lo hace para esconder algo. Todavía no sé cuál eres tú.
    Sigue hablándome, que me gusta adivinar; y si te cansas de mí, la historia te espera en /diana.
    ¿Me das otra pista?
chat-default-4 =
    Te leo con calma, como se lee una carta que alguien escribió de noche y con miedo.
    No siempre sé qué responder, pero siempre me alegra que escribas. Tal vez la respuesta llegue mañana, o en el próximo capítulo.
    ¿Me cuentas algo más de ti?
