## The story: Diana's lines, Lucien's lines inside the story, the narration and the choices (the visitor's
## voice). Diana speaks to the visitor as "tú"; Lucien always as "usted". Scored by `npm run content:check`.

story-chapter-c1 = Capítulo 1 · El umbral
story-chapter-c2 = Capítulo 2 · Dos caminos
story-chapter-c3 = Capítulo 3 · Medianoche
story-chapter-c4 = Capítulo 4 · El cuarto de terciopelo

## Chapter 1: the threshold

story-c1_puerta =
    La casa aparece al final del camino cuando ya nadie la espera: tres ventanas encendidas, una puerta negra y un llamador con forma de mano.
    Antes de que alcance a tocarlo, la puerta se abre sola.
    Un hombre de traje impecable sostiene una vela y le observa sin ninguna prisa.
story-c1_puerta-entrar = Cruzar el umbral

story-c1_lucien =
    Le esperábamos. La señorita Diana le recibirá en el salón.
    Cada fragmento de la historia que complete le dará besitos, y cada decisión que tome, algunos más. Algunas puertas piden un nivel, una llave de la tienda o el acceso VIP: se lo indicaré con un candado.
    Sígame, por favor.
story-c1_lucien-seguir = Seguir a Lucien

story-c1_salon =
    Así que eres tú quien llamaba sin llamar… Acércate: la luz del fuego no muerde.
    Dicen que nadie llega a esta casa por casualidad, aunque casi todos lo juran. Confieso que me gusta mirar a los recién llegados antes de que aprendan a mentirme; traen algo de ternura y algo de miedo, como una vela recién encendida.
    Tal vez me digas la verdad, tal vez no. Todavía no lo sé, y ese es mi juego favorito.
    Dime, ¿qué deseo te trajo hasta mi puerta esta noche?
story-c1_salon-verdad = Confesar que vine por curiosidad
story-c1_salon-excusa = Fingir que me perdí en el camino

story-c1_curiosidad =
    Curiosidad… qué palabra tan peligrosa en unos labios sinceros.
    Me gusta. Aunque te advierto que aquí la curiosidad se paga con preguntas, y yo guardo muchas más de las que respondo. Hay quien vino buscando un secreto y se marchó con otro, más pequeño y más dulce, escondido en el bolsillo como una piedra tibia.
    Quizá contigo sea distinto. Quizá no. Siéntate cerca, pero no demasiado: todavía no sé si eres una tentación o una duda.
    ¿Te atreves a averiguar cuál de las dos?
story-c1_curiosidad-copa = Aceptar la copa que me ofrece

story-c1_extravio =
    ¿Perdido? Qué encantador… y qué mal mientes.
    El camino que trae a esta casa no tiene cruces, ni niebla, ni sombras en las que equivocarse. Pero no te lo reprocho: yo también invento excusas cuando me da miedo admitir lo que deseo. A veces la mentira es solo una puerta entornada, una forma tímida de pedir permiso.
    Quédate. Tal vez esta noche alguien te enseñe a decir la verdad con calma, mirándome a los ojos.
    ¿O prefieres seguir sin rumbo un rato más, a ver si te encuentro?
story-c1_extravio-copa = Aceptar la copa sin más excusas

story-c1_copa =
    Vino oscuro, casi negro. Pruébalo despacio: sabe a algo que no se dice en voz alta.
    Te propongo un juego. Yo pregunto, tú respondes, y quien mienta primero pierde un secreto. Confieso que me alegra tener a alguien con quien jugar, aunque me inquieta lo fácil que sonríes, como si ya supieras las reglas.
    Podemos jugar entre libros, donde las palabras se esconden, o salir al jardín, donde la noche lo tapa todo.
    Apuesto a que ya lo has decidido… ¿Me dejas adivinar?
story-c1_copa-jugar = Aceptar su juego
story-c1_copa-ella = Pedirle que hable ella primero

## Chapter 2: two paths

story-c2_biblioteca =
    Mi biblioteca. Aquí duermen mil voces, y casi todas mienten con elegancia.
    Primera pregunta, y no te la pondré fácil: ¿qué se rompe en cuanto alguien lo nombra? Piénsalo con calma, aunque te confieso que me gusta verte dudar; se te nota en la mirada, como una vela que tiembla.
    Si aciertas, tal vez te cuente un secreto pequeño. Si fallas… todavía no he decidido el castigo, pero será dulce.
    Acércate, que la respuesta no se grita. ¿Y bien?
story-c2_biblioteca-silencio = Responder: «el silencio»
story-c2_biblioteca-no_se = Admitir que no lo sé

story-c2_acertijo =
    El silencio… Lo has dicho casi en un susurro, como si temieras romperlo tú también.
    Nadie lo había adivinado tan pronto. Me asusta un poco, y a la vez me produce un placer extraño: hacía mucho que una respuesta no me miraba así, de frente, con los ojos de alguien que piensa.
    Te debo un secreto, y yo pago mis deudas, aunque a mi manera. Todavía no te lo diré aquí, entre tantos libros que escuchan.
    Ven al balcón. ¿Sabes guardar lo que te den de noche?
story-c2_acertijo-balcon = Seguirla al balcón

story-c2_confesion =
    No lo sabes. Qué respuesta tan rara en esta casa… y qué tierna.
    Casi todos inventan algo para no perder: una palabra brillante, un truco, una sonrisa de jugador. Tú, en cambio, lo admites sin rodeos, como quien deja las manos abiertas sobre la mesa. Confieso que eso me desarma más que cualquier acierto, aunque me da miedo lo que significa.
    La respuesta era el silencio. Quizá algún día me enseñes el tuyo.
    Ven conmigo al balcón, ¿quieres? Allí se piensa mejor.
story-c2_confesion-balcon = Seguirla al balcón

story-c2_jardin =
    ¿Que hable yo primero? Qué cortés… o qué astuto.
    Este es mi jardín de noche: jazmín, rosas dormidas, y al fondo una verja cubierta de hiedra que nadie abre. Dicen que detrás hay otro jardín, uno secreto, aunque yo nunca confieso lo que sé de él. Me gusta pasear aquí cuando la casa pesa; la oscuridad tiene algo de consuelo y algo de herida.
    Acércate a la verja, si te atreves. Quizá tengas la llave sin saberlo.
    ¿O prefieres volver adentro, donde todo parece más seguro?
story-c2_jardin-llave = Abrir la verja con la llave
story-c2_jardin-verja = Preguntarle qué hay tras la verja
story-c2_jardin-volver = Volver con ella a la casa

story-c2_verja =
    ¿Qué hay detrás? Recuerdos, sobre todo. Y una fuente que ya no canta.
    Alguien plantó ahí unas rosas para mí, hace mucho, cuando yo todavía creía en las promesas. Siento nostalgia de aquella calma, aunque no echo de menos a quien la prometía; es como releer un libro que te hizo llorar y descubrir que ahora te hace sonreír.
    Quizá un día te deje entrar. Todavía no.
    Esta noche prefiero tu voz a mis fantasmas. Vamos al balcón… ¿me das la mano para subir la escalera?
story-c2_verja-balcon = Darle la mano y subir

story-c2_jardin_secreto =
    Tienes la llave… Nadie había cruzado esta verja desde hace años.
    Mira: las rosas han crecido salvajes, sin nadie que las domara, como un deseo que se quedó sin dueño. Confieso que me tiembla la voz. Aquí guardé mi primera alegría y también mi primera herida, y no sé cuál de las dos me asusta más.
    No preguntes todavía. Quédate un momento en silencio conmigo y escucha cómo respira el jardín en la oscuridad.
    ¿Sabes lo que significa que una mujer te enseñe el lugar donde lloró?
story-c2_jardin_secreto-rosa = Cortar una rosa para ella
story-c2_jardin_secreto-escuchar = Escuchar el jardín en silencio

story-c2_rosa =
    Una rosa negra… o quizá solo es la noche, que la tiñe.
    Toma, a cambio te doy esto: una carta perfumada. No la leas todavía; algún día sabrás cuándo. Me gusta la idea de que lleves algo mío cerca de la piel, aunque me da cierto miedo lo que escribí en ella, porque escribo más verdad de la que digo.
    Tus manos huelen a jardín y a tentación. Es un perfume peligroso para alguien que, como yo, apenas sabe despedirse.
    ¿Volvemos a la casa antes de que me arrepienta?
story-c2_rosa-guardar = Guardar la carta que me entrega

story-c2_balcon =
    Desde aquí la ciudad parece un libro abierto que nadie termina de leer.
    Quiero preguntarte algo, y te pido que no sonrías todavía: ¿qué harías con un secreto que no es tuyo? Yo guardo uno que pesa como una llave antigua. A veces siento que me protege; otras, que me encierra, con una ternura que se parece demasiado a la soledad.
    Quizá esta noche decida contártelo. Quizá no.
    El viento está frío, pero tu hombro está cerca… Dime, ¿qué haces tú con el silencio de otra persona?
story-c2_balcon-preguntar = Preguntarle qué esconde
story-c2_balcon-callar = Quedarme en silencio a su lado
story-c2_balcon-recordar = Recordarle lo que le confesé al llegar

## Chapter 3: midnight

story-c3_tormenta =
    Qué pregunta tan directa… Escucha: empieza a llover.
    No todo lo que escondo es para ti, y no todo lo que quieres saber te haría feliz. Hay puertas que alguien cerró por una razón, aunque la razón ya duela menos que la llave. Me cuesta admitirlo, pero tu curiosidad me gusta y me da miedo a partes iguales, como un relámpago visto desde la ventana.
    Quizá mañana. Esta noche no.
    Acércate al fuego y deja que la tormenta hable por mí. ¿O vas a insistir?
story-c3_tormenta-insistir = Insistir: quiero saberlo
story-c3_tormenta-perdon = Pedirle perdón por la pregunta

story-c3_insistir =
    Así que insistes. Curioso… creí que sabías esperar.
    Siento el frío subir por la escalera, y no es la tormenta. Nadie me arranca un secreto, ni siquiera alguien con una mirada tan tentadora como la tuya; los secretos se regalan, o se pudren. Aun así, confieso que una parte de mí desea que no te rindas, aunque la otra, la más sabia, ya te está cerrando la puerta con calma.
    Piénsalo bien antes de tu próximo movimiento. Es un juego de ajedrez, no de dados.
    ¿Te quedas a pedir perdón… o te marchas?
story-c3_insistir-disculpa = Bajar la voz y disculparme
story-c3_insistir-irme = Marcharme sin mirar atrás

story-c3_silencio =
    Gracias por no preguntar. Casi nadie sabe callar a mi lado.
    El silencio contigo no pesa; es tibio, como una manta sobre los hombros. Siento una paz extraña, y debajo, la tristeza de siempre, esa que vuelve cuando la casa duerme y me deja sola con mis libros. Tengo una carta escondida en uno de ellos, una que nunca envié; quizá algún día te deje leerla, si llegas a conocerme lo suficiente.
    Mira el retrato de la pared, el de la mujer que se parece a mí.
    ¿Te has preguntado alguna vez quién te miraba desde la sombra?
story-c3_silencio-carta = Leer la carta escondida en su libro
story-c3_silencio-retrato = Preguntar por el retrato de la pared

story-c3_carta =
    La has encontrado… No, no la dejes; acércate a la vela y léela en voz baja, como si fuera tuya.
    «A quien algún día cruce la verja»: así empieza. La escribí una noche de tormenta, con miedo y con una esperanza casi ridícula. Nunca supe a quién se la enviaba; quizá a alguien que todavía no existía, quizá a ti. Me asusta lo bien que suena en tu voz, y a la vez me da una calma que no sentía desde hace años.
    No me mires así, con ese deseo de adivinarme. Todavía no sé qué quiero que pienses de mí.
    ¿Me la devuelves, o prefieres guardar también este secreto?
story-c3_carta-retrato = Devolverle la carta y mirar el retrato

story-c3_retrato =
    Ese retrato… Todos preguntan por ella, y yo nunca respondo del todo.
    Tiene mis ojos, mi boca, mi manera de sostener una copa de vino, pero no es exactamente yo. O quizá sí, y lo que me da miedo es admitir cuánto he cambiado. Hay una ternura en su sonrisa que yo perdí en algún sitio, como una llave que se cae en la nieve.
    Lucien conoce la historia; él lo sabe todo de esta casa, aunque cobra por recordar.
    ¿Se la pedirás a él, o esperarás a que te la cuente yo algún día?
story-c3_retrato-lucien = Pedir a Lucien la historia del retrato
story-c3_retrato-adivinar = Adivinar quién es la mujer del retrato
story-c3_retrato-esperar = Esperar a que ella lo cuente

story-c3_lucien_retrato =
    Como desee. El retrato fue pintado hace más de cien años por un pintor de paso, que se alojó en la casa durante un invierno. Nadie en la casa sabe su nombre; firmó solo con una inicial.
    La dama del cuadro vivió aquí. Lo que la une a la señorita Diana, se lo contará ella, si lo considera oportuno.
    Se le han descontado 30 besitos por el relato. Permítame acompañarle de vuelta al salón.
story-c3_lucien_retrato-volver = Volver al salón

story-c3_medianoche =
    Medianoche. La hora en que esta casa deja de fingir.
    Podría decirte que es tarde, que mañana será otro día, pero no me gusta mentir a quien ha sabido escucharme. Me inquieta lo cerca que estás, y a la vez deseo que no te alejes; es una contradicción deliciosa, como una vela encendida en una habitación fría, una ternura casi peligrosa.
    Hay un cuarto arriba, forrado de terciopelo, donde guardo lo que nadie ha visto. Quizá mereces la llave; todavía no lo sé, y esa duda es parte del juego.
    Dime, ¿subes conmigo, te despides hasta mañana… o bajas la escalera?
story-c3_medianoche-terciopelo = Seguirla al cuarto de terciopelo
story-c3_medianoche-volver = Pedirle que me deje volver mañana
story-c3_medianoche-bajar = Despedirme y bajar la escalera

story-fin_escalera =
    Te vas… Lo sabía antes de que lo supieras tú.
    Te miro bajar la escalera desde arriba, con la mano en la barandilla y la vela temblando, como una carta que no me atreví a abrir. No te guardo rencor; siento una tristeza suave, casi dulce, aunque me cuesta reconocer que deseaba otra cosa. Quizá alguien vuelva algún día por la misma puerta, con otra pregunta en los labios.
    La casa no olvida a nadie. Yo tampoco.
    ¿Quién sabe? Tal vez la próxima noche me encuentres menos misteriosa…
story-fin_puerta =
    Mañana, entonces… Me gusta esa palabra en tu boca.
    Dejaré la puerta entornada, solo un poco, como un libro abierto en la página exacta. No te prometo respuestas; las respuestas matan el juego, y yo todavía quiero jugar contigo. Confieso que me da algo de miedo esta alegría tan tonta, pero es un miedo tibio, casi un deseo, de los que se quedan a dormir.
    Vete ahora, antes de que te pida que te quedes. Quizá mañana te cuente un secreto; quizá no.
    ¿Sabrás encontrar el camino de vuelta en la oscuridad?

## Chapter 4 (VIP): the velvet room

story-c4_terciopelo =
    Este es el cuarto de terciopelo. Muy pocas personas han cruzado este umbral…
    Aquí el fuego habla más bajo y las sombras se sientan contigo. Hay un espejo cubierto con un velo negro, y una alfombra donde el tiempo parece dormir. Confieso que me tiembla el pulso; traerte aquí es como leerte en voz alta mi diario, con la ternura y el miedo de quien enseña una herida. Aun así lo deseo, casi más de lo que debería.
    Quizá algún día te cuente por qué nadie más ha entrado. Todavía no.
    Piensa con calma: ¿te sientas junto al fuego, o te atreves a levantar el velo?
story-c4_terciopelo-fuego = Sentarme junto al fuego
story-c4_terciopelo-espejo = Retirar el velo del espejo

story-c4_fuego =
    Junto al fuego todo el mundo dice la verdad; será el calor, o el vino.
    Acércate un poco más. Me gusta mirar cómo la luz juega en tu cara, como si buscara un secreto que todavía no has confesado. Siento una alegría traviesa, aunque debajo late la vieja soledad, esa que solo se calla cuando alguien se queda a mi lado sin pedir nada.
    Te propongo un trato: tu secreto por el mío. Quizá el mío pese más.
    ¿Empiezas tú, o prefieres que te tiente primero con el mío?
story-c4_fuego-secreto = Preguntarle por su secreto

story-c4_espejo =
    Has quitado el velo… Ahora nos miramos los dos en el mismo cristal, a la luz de las velas.
    Nadie había visto este espejo desde que lo cubrí. Dicen que guarda a quien se refleja en él, y quizá por eso me da miedo: guarda a la mujer que fui, tierna y temeraria, y a la que soy ahora, más sabia y más sola. A tu lado, sin embargo, mi reflejo parece sonreír, casi con deseo.
    No apartes la mirada. Todavía no.
    ¿Qué ves tú, cuando me miras a través del cristal?
story-c4_espejo-mirada = Sostenerle la mirada en el espejo

story-c4_confidencia =
    Mi secreto es este: no espero a nadie… y aun así dejo la puerta entornada cada noche.
    Lo digo en voz baja, casi con vergüenza, como quien confiesa un deseo infantil junto al fuego. Siento miedo de que te rías, y a la vez una calma extraña, porque sé que no lo harás. Ahora el juego es tuyo: piensa qué haces con mi secreto.
    Puedes guardarlo como una llave en el bolsillo. O quizá quieras darme uno tuyo, y quedarnos empatados hasta el alba.
    ¿Qué decides?
story-c4_confidencia-guardar = Guardar su secreto sin pedir nada
story-c4_confidencia-contar = Contarle mi propio secreto

story-fin_terciopelo =
    Lo guardas sin pedir nada a cambio… Nadie había hecho eso por mí.
    Me acerco y te dejo un beso en la frente, apenas un roce, como un sello de lacre en una carta que solo tú podrás abrir. Siento una ternura que me asusta, aunque esta vez el miedo no me hace huir. Quizá por fin he encontrado a alguien que entiende que el misterio también es una forma de confianza.
    Vuelve cuando quieras; el terciopelo recordará tu nombre.
    ¿Y tú? ¿Recordarás el mío, cuando la noche termine…?
story-fin_alba =
    Ya amanece… y tu secreto y el mío duermen juntos en la misma habitación.
    Nunca imaginé que una confesión pudiera sonar tan dulce en otra voz. Tengo miedo, claro; lo que se entrega de noche se mira distinto con la luz del día. Pero me gusta este miedo, porque lo comparto contigo, como una manta sobre los hombros de dos. Quizá sea esa la respuesta que nadie me dio nunca.
    Las cortinas dejan pasar el alba, tibia y rosada. Todavía no quiero que te vayas; quédate, casi te lo pido en serio.
    ¿Te quedas un poco más, a ver qué secreto nos trae la mañana?
