## The story: Diana's lines, Lucien's lines inside the story, the narration and the choices (the visitor's
## voice). Translated from the Spanish original. Scored by `npm run content:check`.

story-chapter-c1 = Chapter 1 · The Threshold
story-chapter-c2 = Chapter 2 · Two Paths
story-chapter-c3 = Chapter 3 · Midnight
story-chapter-c4 = Chapter 4 · The Velvet Room

## Chapter 1: the threshold

story-c1_puerta =
    The house appears at the end of the road just when you've stopped expecting it: three lit windows, a black door and a knocker shaped like a hand.
    Before you can reach it, the door opens by itself.
    A man in an impeccable suit holds a candle and studies you without the slightest hurry.
story-c1_puerta-entrar = Cross the threshold

story-c1_lucien =
    You were expected. Miss Diana will receive you in the drawing room.
    Every fragment of the story you complete earns you besitos, and every decision you make, a few more. Some doors ask for a level, a key from the shop or VIP access: I will mark them with a padlock.
    This way, please.
story-c1_lucien-seguir = Follow Lucien

story-c1_salon =
    So you're the one who rang without touching the bell. Step closer: the firelight doesn't bite; the shadows sometimes do.
    They say nobody finds this house by chance, although everyone swears they did. I enjoy watching newcomers before they learn to lie to me: they bring tenderness in their eyes and some dread in their hands.
    Maybe you'll tell me the truth, maybe not. I don't know yet, and that's my favourite game.
    Tell me what whim brought you to my door. Curiosity, or a wrong turn?
story-c1_salon-verdad = Confess I came out of curiosity
story-c1_salon-excusa = Pretend I got lost on the way

story-c1_curiosidad =
    Curiosity. What a dangerous word on honest lips.
    I like it. Be warned: here curiosity is paid for in questions, and I keep far more of them than I ever return. Someone once came looking for one riddle and left with another, smaller and sweeter, hidden in a pocket like a warm stone.
    Sit close, but not too close: I haven't decided whether you're a temptation or barely a doubt… Perhaps something simple will tell us; let's see.
    Take this glass; wine helps a person think, and play along.
story-c1_curiosidad-copa = Accept the glass she offers

story-c1_extravio =
    Lost? How charming, and what a poor liar you are.
    The road to this house has no crossroads and no mist to lose your way in. I don't hold it against you; in truth it touches me, and makes me tender: I invent excuses too when admitting what I'm after is hard. Sometimes a lie seems only a door left ajar, a shy way of asking permission, with more loneliness in it than malice.
    Sit down, and don't hide that guilty smile. Perhaps this house will teach you to tell the truth without lowering your eyes. We'll start with something easy: take this glass of wine, and we'll drink to your excuse, which deserved a better ending…
story-c1_extravio-copa = Accept the glass, no more excuses

story-c1_copa =
    Dark wine, nearly black. Try it: it tastes of something no one says out loud.
    Here's a game. I ask, you answer, and whoever lies first pays with a confidence. It's a joy to have someone to play with, although how easily you smile leaves me half afraid, with the air of someone who already knows the rules.
    We can play among my books, where words hide. Or, if you're more prudent than brave, ask me to begin, and I'll take you out into the garden.
    I bet you've already decided… am I wrong?
story-c1_copa-jugar = Play her game among the books
story-c1_copa-ella = Ask her to speak first

## Chapter 2: two paths

story-c2_biblioteca =
    My library. A thousand voices sleep here in the dusk, and half of them lie beautifully.
    First question, and I won't make it easy: what breaks the moment you name it? Think it over calmly. Your hesitation delights me; doubt suits your gaze, which flickers with every guess.
    If you guess right, I might tell you a small confidence. If you fail… you'll learn the punishment later, but it will be sweet, and you'll play along.
    Some people take years to get it. The answer isn't shouted: come closer and whisper it, if you dare.
story-c2_biblioteca-silencio = Answer: “silence”
story-c2_biblioteca-no_se = Admit I don't know

story-c2_acertijo =
    Silence… You said it in a whisper, like someone afraid to break it.
    It's been years since a guest guessed it so quickly. It rather disarms me, and brings a strange pleasure with a pinch of dread: an answer that seems to look me in the eye, from a mind that thinks.
    I owe you a confidence, and I pay my debts, in my own way. Not here, among so many books that listen; not yet. Upstairs, possibly, with the wind in our faces and a candle lit, if you still have the appetite.
    Come to the balcony, and stop grinning: you distract me. Let's see if you can also keep what's given in the dark.
story-c2_acertijo-balcon = Follow her to the balcony

story-c2_confesion =
    You don't know. What a rare answer in this house, and how tender…
    Others make something up so as not to lose: a clever word, a trick, a gambler's bluff. You simply admit it, hands open on the table; your honesty is a card played face up. That disarms me more than any right answer, although what it means unsettles me, with a small fear.
    The answer was silence. Maybe one day you'll show me yours; I'd love to hear it. Coming?
    I challenge you to follow me to the balcony: it's easier to think there, and the air smells of jasmine and a candle just blown out.
story-c2_confesion-balcon = Follow her to the balcony

story-c2_jardin =
    You want me to speak first? How polite… or how clever.
    This is my garden: jasmine, sleeping roses and, at the far end, an ivy-covered gate that nobody opens. They say there's another garden behind it, a hidden one, but I never tell what I know about it. I like to walk here when the house weighs on me; the dark holds some comfort and some hurt.
    Go up to the gate, if you have the nerve. You might have the key without knowing it, and that tempts me, like an untried game.
    Or ask me what lies behind it. Or take my hand and we'll go back inside, where everything feels safer…
story-c2_jardin-llave = Open the gate with the key
story-c2_jardin-verja = Ask her what lies beyond the gate
story-c2_jardin-volver = Go back into the house with her

story-c2_verja =
    What's behind it? Memories, mostly. And a fountain that no longer sings.
    Someone planted roses there for me, long ago, when I still believed in promises. I miss that calm, but not the one who promised it; it's like rereading a book that once made you cry and finding that now it makes you smile.
    One day I'll let you in, maybe. Not today, and don't ask why.
    I'd rather have your voice than my ghosts, and I long for a breath of wind. Take me out on the balcony… give me your hand on the stairs; they're dark.
story-c2_verja-balcon = Give her my hand and go up

story-c2_jardin_secreto =
    You have the key. Nobody has come through this gate in years.
    Look at the roses: they've grown wild, with no one to tame them, a desire left without an owner. My voice is shaking. I kept my first joy here, and my first wound, and I don't know which of them weighs more.
    Don't ask questions yet. Be quiet with me a moment and listen to the garden breathing under the night.
    Do you know what it means when a woman shows you the place where she cried?
story-c2_jardin_secreto-rosa = Cut a rose for her
story-c2_jardin_secreto-escuchar = Listen to the garden in silence

story-c2_rosa =
    The roses in this garden don't let just anyone touch them, and with you they've kept still. Perhaps they recognise you.
    Take this in return: a letter sealed with wax. Don't open it yet; you'll see when. I like the thought of you carrying something of mine close to your skin, though what I wrote in it makes me shy, because I write more truth than I speak, with more tenderness than caution and an old sorrow underneath.
    You smell of garden and temptation, a dangerous scent for someone who barely knows how to say goodbye; it seems a game, and it isn't.
    We should go back to the house before I change my mind. Will you lend me your arm on the dark path?
story-c2_rosa-guardar = Keep the letter she gives me

story-c2_balcon =
    From up here the city is an open book that always stays half-read.
    I have a question for you, and please don't laugh: what would you do with a secret that isn't yours? I keep one that weighs as much as an old key. At times I feel it protects me; at others, that it locks me in, with a tenderness far too close to loneliness.
    I might tell you tonight. I might not…
    The wind is cold, but your shoulder is near, and its warmth tempts me. Ask me, if you like; or stay quiet beside me, which says plenty too.
story-c2_balcon-preguntar = Ask her what she is hiding
story-c2_balcon-callar = Stay silent beside her
story-c2_balcon-recordar = Remind her of what I confessed

## Chapter 3: midnight

story-c3_tormenta =
    Such a direct question… Listen: it's starting to rain.
    Not everything I hide is meant for you, and not everything you'd like to know would make you happy. Some doors were closed for a reason, although the reason hurts less now than the lock. Your curiosity draws me and frightens me in equal measure, like lightning seen from a window.
    Tomorrow, who knows. Not tonight.
    Sit near the flames and let the storm speak for me. Or are you going to insist?
story-c3_tormenta-insistir = Insist: I want to know
story-c3_tormenta-perdon = Apologise for the question

story-c3_insistir =
    So you insist… I thought you knew how to wait.
    The cold is climbing the stairs, and it isn't the storm. Some believe a secret can be torn out of someone; not out of me, not even with eyes as tempting as yours. Secrets are given, or they rot. It hurts me to say it, and yet part of me wants you not to give up; the other part, the wiser one, is already closing the door on you, without resentment, with a fondness that sounds like goodbye.
    Think carefully about your next move. This is chess, not dice, and you haven't lost the game yet; maybe it hasn't even begun.
    Will you ask my forgiveness at the hearth, or leave without a smile?
story-c3_insistir-disculpa = Lower my voice and apologise
story-c3_insistir-irme = Leave without looking back

story-c3_silencio =
    Come, sit beside me. Some nights it's enough just to be close.
    Silence with you isn't heavy; it's warm, a blanket round the shoulders. An odd peace settles on me, and under it the old sadness, the one that comes back when the house sleeps and leaves me alone with my books. In one of them I hide a letter I never sent; I might let you read it one day, although I'm not sure I should.
    Look at the portrait on the wall, the woman who resembles me so much. Some people hold her gaze without smiling; let's see if you can.
    Have you ever wondered who was watching you from the shadows?
story-c3_silencio-carta = Read the letter hidden in her book
story-c3_silencio-retrato = Ask about the portrait on the wall

story-c3_carta =
    You found it. No, don't put it down: bring it to the candle and read it softly, as if it were yours.
    "To whoever crosses the gate one day" — that's how it begins. I wrote it on a stormy night, with fear and an almost ridiculous hope. I never knew who I was sending it to; possibly to someone who didn't exist yet, or to you. It unsettles me how well it sounds in your voice, and yet it gives me a calm I haven't felt in years.
    Don't look at me like that, with that desire to guess me.
    Give it back when you've finished, and we'll talk about the portrait.
story-c3_carta-retrato = Return the letter and look at the portrait

story-c3_retrato =
    That portrait… Everyone asks about her, and I never quite answer.
    She has my eyes, my mouth, my way of holding a glass of wine, and yet she isn't exactly me. Or maybe she is, and someone like me finds it hard is admitting how much I've changed; it leaves me with a gentle sorrow, almost a pain. There's a tenderness in her smile that I dropped somewhere, the way a key drops into snow.
    Lucien knows the story; he knows everything about this house, but he charges for remembering. I'm holding it back, for now.
    Will you ask him, or wait for me to tell you, with my lips closer? I bet some people guess it on their own.
story-c3_retrato-lucien = Ask Lucien for the portrait's story
story-c3_retrato-adivinar = Guess who the woman in the portrait is
story-c3_retrato-esperar = Wait for her to tell me

story-c3_lucien_retrato =
    As you wish. The portrait was painted more than a hundred years ago by a travelling painter who stayed in the house one winter. No one here knows his name; he signed with a single initial.
    The lady in the painting lived here. What connects her to Miss Diana, Miss Diana will tell you herself, should she see fit.
    I have deducted 30 besitos for the telling. Allow me to walk you back to the drawing room.
story-c3_lucien_retrato-volver = Return to the drawing room

story-c3_medianoche =
    Midnight. The hour when this house stops pretending.
    I could tell you it's late, that tomorrow is another day, but I hate lying to someone who knew how to listen to me. How close you are unsettles me, and still I want you not to move away: a delicious contradiction, a lit candle in an icy room, with its calm and its danger.
    Upstairs there's a room lined with velvet, where I keep what I show no one. Perhaps you deserve the key; I don't know yet, and that doubt is part of the game. Do you think so too?
    Follow me up, say goodnight until tomorrow, or go down the stairs: let's see what you choose…
story-c3_medianoche-terciopelo = Follow her to the velvet room
story-c3_medianoche-volver = Ask her to let me return tomorrow
story-c3_medianoche-bajar = Say goodbye and go down the stairs

story-fin_escalera =
    You're leaving. I knew it before you did.
    I watch you go down from above, my hand on the banister and the candle trembling in the shadows. I bear you no grudge; A soft sadness comes over me, almost sweet, yet it's hard to admit I was hoping for something else. Maybe someone will return through the same door, with another question on their lips and more wish to stay.
    The house forgets no one. Neither do I.
    Who knows? Next time you might find me less of a mystery…
story-fin_puerta =
    Tomorrow, then. I like that word in your mouth.
    I'll leave the door ajar, just a crack, like a book left open at the right page. I promise you no answers; answers kill the game, and I still want to play with you. This silly joy makes me dizzy, and a little afraid, but it's a warm fear, almost a wish, the kind that stays the night.
    Go now, before I ask you to stay. I might tell you a secret tomorrow; or not, you'll see.
    Will you find your way back in the dark?

## Chapter 4 (VIP): the velvet room

story-c4_terciopelo =
    This is the velvet room. Very few people have crossed this threshold…
    Here the fire speaks more softly and the shadows sit down beside you. There's a mirror covered with a black veil, and a rug where time sleeps. My pulse is racing: bringing you here is like reading my diary aloud to you, with the fondness and the fear of someone showing a wound. Even so I want it, more than I should.
    I might tell you one day why nobody else has set foot here.
    Think calmly: will you sit by the fire, smiling like someone at play, or do you dare to lift the veil?
story-c4_terciopelo-fuego = Sit by the fire
story-c4_terciopelo-espejo = Lift the veil from the mirror

story-c4_fuego =
    By the fire everyone tells the truth; it must be the heat, or the wine.
    Sit closer. I like the way the light plays on your face, as if it were looking for something you haven't confessed. An impish joy rises in me, though underneath the old loneliness is beating, the kind that only falls quiet when someone stays beside me without asking for anything.
    Here's a deal: your secret for mine. I bet mine weighs more…
story-c4_fuego-secreto = Ask her for her secret

story-c4_espejo =
    You've lifted the veil… Now we're both looking into the same glass, by candlelight.
    This mirror hasn't reflected a face in years. They say it keeps whoever looks into it, and that's why it frightens me: it keeps the woman I was, tender and reckless, and the one I am now, wiser and lonelier. Beside you, though, my reflection smiles, perhaps with a desire I can't name.
    Don't look away. Hold my gaze longer, and guess what I see. Do you dare?
story-c4_espejo-mirada = Hold her gaze in the mirror

story-c4_confidencia =
    My secret is this: I wait for no one… and still I leave the door ajar every night.
    I say it quietly, a little ashamed, like someone confessing a childish wish at the hearth. I'm afraid you'll laugh, while I feel a strange calm, because I know you won't. Now the game is yours: think about what you'll do with what I've given you. The rest I keep to myself.
    You can keep it in your pocket, with your keys. Or maybe give me one of yours, and we'll stay even until dawn.
    What will you do? I dare you to choose without looking at me.
story-c4_confidencia-guardar = Keep her secret, asking nothing
story-c4_confidencia-contar = Tell her my own secret

story-fin_terciopelo =
    You keep it without asking for anything in return. No one has ever done that for me…
    I lean in and leave a kiss on your forehead, barely a touch, a wax seal on a letter only you will be able to open. A tenderness takes hold of me that scares me, but this time the fear doesn't make me run. At last you understand that mystery can be a form of trust too.
    Return whenever you like; the velvet will remember your name, and I'll be glad to hear it. What's left to tell, I'll tell you another night.
    And you, will you remember mine when the sun comes up?
story-fin_alba =
    Dawn is breaking, and your secret and mine are asleep together in the same room.
    I never imagined a confession could sound so sweet in another voice. I'm afraid, of course; what's given at night looks different by daylight. But I like this fear, because I share it with you, a blanket over two pairs of shoulders. Perhaps that's the answer I was missing.
    The curtains let the dawn in, warm and pink, and I'd love to play at it not being day. Will you stay?
    Just a while longer; I'm almost asking in earnest…
story-chapter-c5 = Chapter 5 · What the House Keeps
story-chapter-c6 = Chapter 6 · The Study

story-c1_salon-por_ella = Tell her I came for her
story-c1_atrevido =
    For me? Such well-dressed audacity…
    Other people take weeks to say a thing like that; you let it slip on the threshold with your coat still on. I'm flattered, though it puts me on my guard: those who arrive for my sake usually leave in fear once they know me. Your smile, on the other hand, seems ready to stay, and that brings me a cautious joy, almost a curious one.
    I won't thank you yet. We'll find out if you stand by that sentence once you know the truth about this house and its shadows.
    Here, let's begin with a red wine; your gaze stays with me, for now.
story-c1_atrevido-copa = Take the glass and hold her gaze

story-c2_escucha =
    You hear it, don't you? The water that no longer runs, the leaves, my breathing in the shadows.
    Few people know how to listen to a garden; most look at it and leave. You've stayed still, arms behind your back, and that moves me more than I'd like to admit. The calm here tastes of a sweet memory, but also of an old loss I won't tell you about yet.
    Go closer to the roses; they look fierce, and they only prick people in a hurry.
    Maybe I'll give you something before we go back, if you make me want to smile…
story-c2_escucha-rosas = Go closer to the roses with her

story-c3_lluvia =
    Rain beats against the panes. Diana doesn't answer your apology; she sits on the window seat and leaves the other end free.
    For a long while there is only the water and the fire. Then she rests her head against the frame and closes her eyes.
story-c3_lluvia-sentarme = Go to her without a word

story-c3_medianoche-preguntar = Ask her, at last, what the house keeps
story-c4_confidencia-otra_puerta = Ask her what lies behind the other door

## Chapter 5: what the house keeps

story-c5_umbral =
    The clock in the hall strikes one. Diana takes a candelabrum and walks the corridor unhurried, brushing the picture frames with her fingertips.
    At the far end, Lucien closes a window and vanishes with a slight bow.
    She stops by the staircase and looks at you like someone deciding how much to tell.
story-c5_umbral-seguir = Follow her down the corridor

story-c5_pregunta =
    What the house keeps? Many things, and they don't all fit into one night…
    I'll let you choose one: the portrait in the drawing room, the garden gate, the letter I gave you among the roses, if you still have it, or my secret, which is the smallest and weighs more than the rest. Offering it is hard for me, although I want to: it stirs a sweet vertigo and a touch of dread, like opening a drawer that was locked with a key.
    Think it over, glass in hand perhaps; choose, if you can, what I least expect. The rest will wait for another night.
    So tell me, where do we begin? Lean in; this is said in whispers.
story-c5_pregunta-retrato = Ask who the woman in the portrait is
story-c5_pregunta-verja = Ask her to open the garden gate
story-c5_pregunta-carta = Open the garden letter at last
story-c5_pregunta-secreto = Ask for her secret

story-c5_retrato =
    Her name was Elena. She was my great-grandmother, and she spent her whole life in this house, waiting… too long, perhaps.
    The painter who signed with an initial was called Damián; he spent a winter here, painted that portrait and promised to return in spring through the garden gate. He never did. She planted roses to welcome him, and they say the fountain stopped singing the day she understood he wasn't coming.
    I look like her, as you'll have noticed: the eyes, the habit of waiting with a glass in my hand. That's what scares me about the painting, not its beauty, though I feel tenderness for her too.
    His letters are still hidden in the library, tied with a blue ribbon; I'll tell you another night how I found them. Would you like to see them? Come, I dare you to read them and keep a straight face.
story-c5_retrato-cartas = Ask her to show me Damián's letters
story-c5_retrato-lucien = Ask Lucien what he knows about the painter
story-c5_retrato-fuente = Go to the garden where Elena waited for him

story-c5_lucien =
    With pleasure, and this time at no charge: the lady has already told you the heart of it.
    The painter was Damián Ferrer. He stayed in the house in the winter of 1898 and left in March. His letters, eleven in all, arrived over the course of a year; the last is dated April and mentions no return.
    We keep them in the library. If you wish, I shall take you to them.
story-c5_lucien-cartas = Go to the library with Lucien

story-c5_cartas_d =
    Eleven letters, and a ribbon no one ever dared to untie completely.
    I read them at fifteen, in secret, and ever since I've written the way he did: long sentences, short promises. The letter you found in my book, the one "to whoever crosses the gate one day", is mine, but I learned it here. It embarrasses me a little, and at the same time it comforts me, with an odd sweetness, to know that ink is inherited too, like eyes or sadness.
    I've never read the last one in my own voice. Maybe you'll dare; your voice tempts me more than mine.
    Here, hold it to the candle. Read it, put it back, or return it to me unopened; it barely matters which, as long as you smile. What will it be?
story-c5_cartas_d-leer = Read the last letter aloud
story-c5_cartas_d-guardar = Put it back and go down to the garden
story-c5_cartas_d-devolver = Give it back to her unopened

story-c5_ultima =
    "I shall come back by the gate when the fountain sings again." That's what he wrote, in a hand that trembles at the end.
    See the trap: the fountain stopped singing because he didn't come back, and he couldn't come back until it sang. Elena spent her life inside that sentence, a bird in a cage made of words. I ache for her, and I feel an immense tenderness, and a certain fear of repeating her; not that I believe it, rather that I dread it, though that's hardly a secret.
    Your voice read it better than mine, in a whisper I'd like to keep. Thank you; later I'll tell you how much.
    Follow me, and bring the candle. Shall we go down and see whether that fountain still remembers how to sing? Maybe it does…
story-c5_ultima-fuente = Go down to the fountain with her
story-c5_ultima-quedarme = Stay with her in the library

story-c5_verja =
    This time I'll open it. The key has been in my pocket, warm, since the first night.
    Behind it is what Elena planted for a man who never came back: black roses, a white one I can't explain, and the stone fountain, dry, with moss on its lips. I seldom come here; it saddens me and frightens me, and yet every time I come in I find a strange peace, as if I'd stepped into an empty church. Perhaps that's why I brought you…
    That white rose, there. They say it appeared the year I was born, and what I make of that I'll tell you later.
    Go to the fountain, cut the rose if it tempts you, or walk back to the house with me. Which will it be? I bet I can guess.
story-c5_verja-fuente = Go up to the dry fountain
story-c5_verja-rosa = Cut the white rose
story-c5_verja-volver = Go back to the house with her

story-c5_rosa_blanca =
    You cut it without asking… I like your nerve, and it frightens me slightly.
    It's the only white rose among a hundred black ones, the only one that resembles nothing Elena was waiting for. Sometimes I think it's mine: the part of this house that waits for no one and blooms at night all the same. Seeing it in your hands wakes a mischievous joy in me and a pang of jealousy, almost of desire.
    Now its fate is up to you, and I warn you I'm watching from the shadows; you may know that already.
    Here's a bet: you won't dare give it to me. Or will you?
story-c5_rosa_blanca-ofrecer = Offer it to her
story-c5_rosa_blanca-guardar = Keep it in my coat

story-c5_carta =
    You've kept it all this time. Open it; now is the moment.
    "If you are reading this, you have returned. I don't beg you to stay: only to answer." That's all, three lines and my initial. I wrote it the same afternoon I saw you come in, afraid you'd be another Damián, with the foolish hope you wouldn't. Hearing it in your voice makes me tremble, as if someone had opened a window inside me.
    Now you know what it asked. I like that you're the one holding it; perhaps you already know the answer. Do you?
    You can answer me, look for the fountain with me, or stay silent. Any of the three will be an answer, but I'll warn you with a smile that the first tempts me most.
story-c5_carta-responder = Answer her, here and now
story-c5_carta-fuente = Go to the fountain with her
story-c5_carta-callar = Fold the letter without a word

story-c5_secreto =
    What I hide is ridiculous, which is why it's so hard to say: I answer letters nobody sends me.
    Every night I sit in the study and reply to someone who doesn't exist, a visitor who might arrive one day, or not. I've done it since I was a girl. I fear I've become Elena, waiting for a painter with another name; and yet writing calms me more than anything, more even than sitting near the hearth.
    There. I've said it, and the house hasn't fallen down; it seems incredible. I want to laugh. Look at me, don't laugh at me, or laugh a little, with that smile of yours.
    What do you do now with a woman who writes to ghosts? Tell me the truth.
story-c5_secreto-mano = Take her hand without a word
story-c5_secreto-prometer = Promise I'll really write to her
story-c5_secreto-retrato = Ask her about Elena

story-c5_fuente =
    Here it is: the silent fountain, asleep among the shadows.
    In the village they say it sounds again when the awaited person returns. I don't believe it, or so I tell myself; even so, every spring I come down to look at it with a hope that embarrasses me and a nostalgia that suits me. I like the way you study the stone, almost as if you knew a trick you don't want to tell me yet.
    Try something, should you dare, your hand close to the water that isn't there. A coin, my name said clearly, or nothing: silence is an offering too, and sometimes the best answer.
    Maybe it will reply. We'll find out… Will you play?
story-c5_fuente-moneda = Toss a coin into the fountain
story-c5_fuente-nombre = Say her name aloud
story-c5_fuente-silencio = Stay silent by the stone

story-c5_alba =
    The sky is starting to pale over the garden; the night takes its leave without a sound.
    It's the most honest hour: there's no dark left to hide in, and no day yet to make us pretend. I feel light, happy, but with the sad tiredness of someone who has talked too much. I've never told so much in a single evening, and it seems a small miracle that you're still close, eyes open, the wine still warm in your glass.
    I ask nothing of you; only that you keep looking at me a moment more, like someone remembering a word. I'm tempted to ask you not to leave, but I won't… Prove you can guess why.
    Will you stay to watch the sunrise, promise to return tomorrow, or go now, while the house sleeps?
story-c5_alba-quedarme = Stay to watch the sunrise with her
story-c5_alba-manana = Promise her I'll come back tomorrow
story-c5_alba-irme = Leave before the sun comes up

story-fin_carta =
    You've answered me. No paper between us, looking me in the eye, in your own voice…
    No one had done that in a hundred years of letters in this house. I feel a joy so great I shiver, though this time I won't run from it; perhaps there's no need to keep secrets any more. Keep my letter; yours, the real one, leave it on my desk one day, with your scent on it, and I promise to answer. It will be a new game between two houses, yours and mine.
    Elena waited for someone to write to her. I've just discovered I'd rather be answered, the way I'd rather have your voice than paper. Come tomorrow; take it as a bet. Do you know why?
story-fin_promesa =
    A promise. In this house they're dangerous; you know that now, after reading Damián.
    Still, I accept it, risk and all, like a toast offered by someone kind and close, looking me in the eye. Your seriousness fills me with tenderness, and I admit mine alarms me a bit. If you ever write to me, I'll put your letter beside his, but not in the same ribbon: yours will get an answer, and maybe a kiss of sealing wax. I'll wager on it.
    Take care on the dark road; not that I worry, in truth I do. Will you write soon? I know you'll return; what I don't know is when, and that, for the first time, doesn't hurt…
story-fin_fuente =
    Do you hear it? It isn't possible… and yet it sounds.
    A thread of water, barely, through the moss, like a laugh someone had kept secret for a hundred years. I laugh too, without shame, with wet fingers and a slightly frightened heart. I don't know whether it was your coin, the spring or a pipe that finally gave in, and I confess I'd rather not know; some answers spoil the game.
    Elena would be furious, or delighted. All I have is a silly, enormous joy, and a taste for mischief.
    Here, take my wet hands and smile. Return when you feel like it; next time it will be your turn to make a wish by the roses.
story-fin_silencio =
    You said nothing, and neither did the fountain.
    That seems fair. Some waits aren't mended with coins or names; they're kept company, that's all. You kept me company, and in that silence I felt less loneliness than in years of letters, a peace that moves me. That moment is mine now; I won't give it back. The stone is still dry, but I'm not, and that's a small victory I don't intend to tell anyone about.
    Give me your hand a moment before you go, by the rose, and smile, if only out of courtesy; I like seeing you like this… Prove that you'll come back.
    Tomorrow we'll hear it together. Who knows?
story-fin_amanecer =
    You stayed. The sun climbs the bars of the gate and paints the stone of the fountain pink…
    I had never watched the sunrise in this garden with company; someone must have dreamed of it before me, in secret, but I won't tell. My feet are cold and my face is warm, and I'm filled with a happiness so simple I'm shy to name it; not that I don't want it, rather that I'm afraid of losing it. Elena waited all her life for a morning like this; I've had it without waiting, and maybe that was the trick, though I still don't quite understand it.
    Lean on me, close to my shoulder; let's play at the sun not existing. The day can wait; for once, let it do the waiting, don't you think?
story-fin_rosa =
    You're giving it to me. A rose I didn't dare cut myself.
    You're impossible, and I love it. I put it in my hair, crooked, and I challenge you to tell me it doesn't suit me. A playful delight fills me, as if the whole house had stopped watching me, and I like it, though I know the old nostalgia will be back tomorrow, with its long shadow.
    Let it. One day I might tell you its meaning; tonight I have a white rose, the garden's scent on my hands and the one who gave it to me expecting nothing, something I wanted without knowing it, and that makes me think.
    Shall I walk you to the gate, or would you rather keep the way a secret?

## Chapter 6 (VIP): the study

story-c6_escalera =
    Behind the velvet hangings there is a low door and a spiral staircase climbing into the dusk.
    Diana goes first, barefoot, holding the candelabrum high. It smells of ink and wax.
story-c6_escalera-subir = Climb after her

story-c6_lucien =
    Forgive me for stopping you a moment on the landing. This is the lady's study: very few VIP guests come this far.
    What you will see on the desk are the letters visitors leave her from the shop. I ask for your discretion with them.
    You may go in; she is expecting you.
story-c6_lucien-entrar = Enter the study

story-c6_estudio =
    My study. This is where I answer letters, the ones that arrive and the ones that don't… No one else comes in.
    See the desk: scented paper, sealing wax in three colours, a pen that belonged to Elena. Showing it to you leaves me more exposed than the velvet room, with a soft fear, and at the same time strangely calm, almost happy. Your being here feels like an authorised audacity, a game I perhaps shouldn't allow.
    You can look through the envelopes, take the pen or look out of the window.
    You decide: where does the light come in tonight?
story-c6_estudio-cartas = Look at the letters on the desk
story-c6_estudio-pluma = Take Elena's pen
story-c6_estudio-ventana = Look out of the window

story-c6_cartas =
    They're from visitors like you. Some shy, some bold, one written with adorable spelling mistakes…
    I answer all of them, one by one, even if it takes a few hours; I like making them wait just long enough, like a game. Someone asks about the portrait, someone begs for a kiss in writing, someone only says "good night". The last kind moves me most, with a quiet fondness, though it saddens me that Elena never had a desk like this, only a window.
    Maybe you'll write to me too one day, from the shop, perfume on the envelope; that would be a fine challenge. Sit down.
    Would you like to watch me answer one now, in front of you, by candlelight?
story-c6_cartas-respuesta = Ask her to answer one in front of me
story-c6_cartas-pluma = Take the pen myself
story-c6_cartas-ventana = Leave the letters and look out of the window

story-c6_respuesta =
    Watch how I do it: first I read it twice, then I wait for the candle to cool…
    "Dear stranger," I write, and I'm already smiling. I don't copy Damián: I answer this person, with their crooked handwriting and their fear of seeming ridiculous. There's a sweet complicity between us, and jealousy that you're not the one who wrote it; someone ought to explain that to me. Perhaps one day you will be; I don't know yet, and don't ask me to guess.
    I seal it with red wax, as if signing a secret. Lucien will deliver it before noon.
    And now, shall I keep the pen, or would you rather take it? Lean closer; I know it tempts you.
story-c6_respuesta-ventana = Look out of the window with her
story-c6_respuesta-pluma = Ask her for the pen

story-c6_pluma =
    Elena's pen in your hand. How strange, and how well it suits you…
    Let's play something: write a single line for me, whatever you like, and I'll read it slowly without knowing beforehand what it says. Your exam face amuses me, though what you might write intimidates me too; I confess other people's words leave me defenceless, almost with desire, with a mixture of pleasure and fear. Nobody has written to me here yet.
    Bring the candle closer. Write a verse, my name or nothing at all; silence seems to be the hardest.
    It's a small challenge, and I suspect you'll choose the riskiest. Am I wrong?
story-c6_pluma-verso = Write her a verse
story-c6_pluma-nombre = Write only her name
story-c6_pluma-nada = Hand back the pen without writing

story-c6_verso =
    I read it slowly, in the voice I keep for things I don't want to break.
    I won't repeat it here; it's yours and already mine, and that's the kind of secret I prefer to keep. It might find its way back to you another year, in another letter. My face is burning, you can tell, and a nervous laugh comes over me that I can't hide, a mix of joy and an old fear, though I like feeling it as a game in the warmth of the fire. It's been a long time since anyone wrote me something that seemed meant for me and not for the woman in the portrait.
    I wonder if you blush too. Will you let me keep it in Elena's drawer, or shall we read it again by the window, you and I, wanting more?
story-c6_verso-guardar = Let her keep it in Elena's drawer
story-c6_verso-ventana = Read it again by the window

story-c6_ventana =
    From up here you can see the whole garden: the gate, the roses, the fountain asleep under the moon.
    As a girl I used to climb up to this window to watch for anyone arriving, as Elena did, and no visitor ever came. Tonight I look down and wait for no one, because whoever might arrive is already here with me. It brings a peace I don't know how to handle, but also a sweet dread that it will end; I confess I'd like to stretch it out a while longer, and I want it. That seems to be what loving is…
    Dawn is breaking on the fountain side. Stay a little, close.
    Shall we stay up here, run down to the fountain, or would you rather say goodbye now? Answer me with that smile.
story-c6_ventana-quedarme = Stay with her at the window
story-c6_ventana-jardin = Run down to the fountain
story-c6_ventana-irme = Say goodbye and go down the stairs

story-fin_pluma =
    I put it in Elena's drawer, beside her blue ribbons.
    It's the fairest thing I can think of: that the house should finally hold a page that waits for no reply because it has already received one. I feel calm, with a serious joy, and a little sorrow for all the women who wrote here without luck. You changed that with a single line, like someone lighting a candle in a long corridor…
    Perhaps a stranger will read it a century from now. Come back to this study whenever you please, near the hand that writes, whenever you long for it; the pen will be waiting for you, and so will I, in a playful mood, though I'll never admit it in front of Lucien. Can you keep my secret? Prove it.
story-fin_ventana =
    We stay at the window until the sun touches the fountain.
    We don't speak. Words would be too much; the silence up here has another texture, warmer, like a shared blanket. I feel your shoulder against mine and a tenderness that doesn't scare me, and I wonder how Elena would have lived if someone had stayed with her like this for a single morning, without promises or letters.
    Perhaps this is the ending the house spent a century writing, and I'll keep it without telling anyone; I long for it so much it makes me dizzy, and makes me laugh too, like a children's game. Could it be only the beginning?
