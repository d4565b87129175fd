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
    They say nobody finds this house by chance, although everyone swears they did. I like to watch newcomers before they learn to lie to me: they bring tenderness in their eyes and some dread in their hands.
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
    We can play among my books, where words hide. Or, if you're more prudent than brave, ask me to begin, and I'll take you out to the garden.
    I bet you've already decided… am I wrong?
story-c1_copa-jugar = Play her game among the books
story-c1_copa-ella = Ask her to speak first

## Chapter 2: two paths

story-c2_biblioteca =
    My library. A thousand voices sleep here in the dusk, and half of them lie beautifully.
    First question, and I won't make it easy: what breaks the moment you name it? Think it over calmly. I like to watch you hesitate; doubt suits your gaze, which flickers with every guess.
    If you guess right, I might tell you a small confidence. If you fail… you'll learn the punishment later, but it will be sweet, and you'll play along.
    Some people take years to get it. The answer isn't shouted: come closer and whisper it, if you dare.
story-c2_biblioteca-silencio = Answer: “silence”
story-c2_biblioteca-no_se = Admit I don't know

story-c2_acertijo =
    Silence… You said it in a whisper, like someone afraid to break it.
    It's been years since a guest guessed it so quickly. It rather disarms me, and also gives me a strange pleasure with a pinch of dread: an answer that seems to look me in the eye, from a mind that thinks.
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
    Go up to the gate, if you dare. You might have the key without knowing it, and that tempts me.
    Or ask me what lies behind it. Or we can go back inside, where everything feels safer.
story-c2_jardin-llave = Open the gate with the key
story-c2_jardin-verja = Ask her what lies beyond the gate
story-c2_jardin-volver = Go back into the house with her

story-c2_verja =
    What's behind it? Memories, mostly. And a fountain that no longer sings.
    Someone planted roses there for me, long ago, when I still believed in promises. I miss that calm, but not the one who promised it; it's like rereading a book that once made you cry and finding that now it makes you smile.
    One day I'll let you in, maybe. Not today, and don't ask why.
    I'd rather have your voice than my ghosts, and I long for a breath of wind. Take me to the balcony… give me your hand on the stairs; they're dark.
story-c2_verja-balcon = Give her my hand and go up

story-c2_jardin_secreto =
    You have the key. Nobody has come through this gate in years.
    Look at the roses: they've grown wild, with no one to tame them, a desire left without an owner. My voice is shaking. I kept my first joy here, and my first wound, and I don't know which of them weighs more.
    Don't ask questions yet. Be quiet with me a moment and listen to the garden breathing in the dark.
    Do you know what it means when a woman shows you the place where she cried?
story-c2_jardin_secreto-rosa = Cut a rose for her
story-c2_jardin_secreto-escuchar = Listen to the garden in silence

story-c2_rosa =
    The roses in this garden don't let just anyone touch them, and with you they've kept still. Perhaps they recognise you.
    Take this in return: a letter sealed with wax. Don't open it yet; you'll see when. I like the thought of you carrying something of mine close to your skin, though what I wrote in it makes me shy, because I write more truth than I speak, with more tenderness than caution and an old sorrow underneath.
    You smell of garden and temptation, a dangerous scent for someone who barely knows how to say goodbye; it seems a game, and it isn't.
    We should go back to the house before I change my mind. Will you give me your arm in the dark?
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
    Sit by the fire and let the storm speak for me. Or are you going to insist?
story-c3_tormenta-insistir = Insist: I want to know
story-c3_tormenta-perdon = Apologise for the question

story-c3_insistir =
    So you insist… I thought you knew how to wait.
    The cold is climbing the stairs, and it isn't the storm. Some believe a secret can be torn out of someone; not out of me, not even with eyes as tempting as yours. Secrets are given, or they rot. It hurts me to say it, and yet part of me wants you not to give up; the other part, the wiser one, is already closing the door on you, without resentment, with a fondness that sounds like goodbye.
    Think carefully about your next move. This is chess, not dice, and you haven't lost the game yet; maybe it hasn't even begun.
    Will you ask my forgiveness by the fire, or leave without a smile?
story-c3_insistir-disculpa = Lower my voice and apologise
story-c3_insistir-irme = Leave without looking back

story-c3_silencio =
    Come, sit beside me. Some nights it's enough just to be close.
    Silence with you isn't heavy; it's warm, a blanket round the shoulders. I feel a strange peace, and under it the old sadness, the one that comes back when the house sleeps and leaves me alone with my books. In one of them I hide a letter I never sent; I might let you read it one day, although I'm not sure I should.
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
    She has my eyes, my mouth, my way of holding a glass of wine, and yet she isn't exactly me. Or she is, and what's hard is admitting how much I've changed; it gives me a gentle sorrow, almost a pain. There's a tenderness in her smile that I dropped somewhere, the way a key drops into snow.
    Lucien knows the story; he knows everything about this house, but he charges for remembering. I keep it to myself, for now.
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
    I watch you go down from above, my hand on the banister and the candle trembling in the shadows. I bear you no grudge; I feel a soft sadness, almost sweet, yet it's hard to admit I was hoping for something else. Maybe someone will return through the same door, with another question on their lips and more wish to stay.
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
    Sit closer. I like the way the light plays on your face, as if it were looking for something you haven't confessed. I feel a mischievous joy, though underneath the old loneliness is beating, the kind that only falls quiet when someone stays beside me without asking for anything.
    Here's a deal: your secret for mine. I bet mine weighs more…
story-c4_fuego-secreto = Ask her for her secret

story-c4_espejo =
    You've lifted the veil… Now we're both looking into the same glass, by candlelight.
    This mirror hasn't reflected a face in years. They say it keeps whoever looks into it, and that's why it frightens me: it keeps the woman I was, tender and reckless, and the one I am now, wiser and lonelier. Beside you, though, my reflection smiles, perhaps with a desire I can't name.
    Don't look away. Hold my gaze longer, and guess what I see. Do you dare?
story-c4_espejo-mirada = Hold her gaze in the mirror

story-c4_confidencia =
    My secret is this: I wait for no one… and still I leave the door ajar every night.
    I say it quietly, a little ashamed, like someone confessing a childish wish by the fire. I'm afraid you'll laugh, while I feel a strange calm, because I know you won't. Now the game is yours: think about what you'll do with what I've given you. The rest I keep to myself.
    You can keep it in your pocket, with your keys. Or maybe give me one of yours, and we'll stay even until dawn.
    What will you do? I dare you to choose without looking at me.
story-c4_confidencia-guardar = Keep her secret, asking nothing
story-c4_confidencia-contar = Tell her my own secret

story-fin_terciopelo =
    You keep it without asking for anything in return. No one has ever done that for me…
    I lean in and leave a kiss on your forehead, barely a touch, a wax seal on a letter only you will be able to open. I feel a tenderness that scares me, but this time the fear doesn't make me run. At last you understand that mystery can be a form of trust too.
    Return whenever you like; the velvet will remember your name, and I'll be glad to hear it. What's left to tell, I'll tell you another night.
    And you, will you remember mine when the sun comes up?
story-fin_alba =
    Dawn is breaking, and your secret and mine are asleep together in the same room.
    I never imagined a confession could sound so sweet in another voice. I'm afraid, of course; what's given at night looks different by daylight. But I like this fear, because I share it with you, a blanket over two pairs of shoulders. Perhaps that's the answer I was missing.
    The curtains let the dawn in, warm and pink, and I'd love to play at it not being day. Will you stay?
    Just a while longer; I'm almost asking in earnest…
