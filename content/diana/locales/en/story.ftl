## The story: Diana's lines, Lucien's lines inside the story, the narration and the choices (the visitor's
## voice). Translated from the Spanish original. Scored by `npm run content:check`.

story-chapter-c1 = Chapter 1 · The Threshold
story-chapter-c2 = Chapter 2 · Two Paths
story-chapter-c3 = Chapter 3 · Midnight
story-chapter-c4 = Chapter 4 · The Velvet Room

## Chapter 1: the threshold

story-c1_puerta =
    The house appears at the end of the road just when nobody expects it any more: three lit windows, a black door and a knocker shaped like a hand.
    Before you can reach it, the door opens by itself.
    A man in an impeccable suit holds a candle and studies you without the slightest hurry.
story-c1_puerta-entrar = Cross the threshold

story-c1_lucien =
    You were expected. Miss Diana will receive you in the drawing room.
    Every fragment of the story you complete earns you besitos, and every decision you make, a few more. Some doors ask for a level, a key from the shop or VIP access: I will mark them with a padlock.
    This way, please.
story-c1_lucien-seguir = Follow Lucien

story-c1_salon =
    So you are the one who knocked without knocking… Come closer: the firelight does not bite.
    They say nobody reaches this house by chance, although almost everyone swears they did. I confess I like to watch newcomers before they learn to lie to me; they bring something tender and something afraid, like a candle just lit.
    Perhaps you will tell me the truth, perhaps not. I do not know yet, and that is my favourite game.
    Tell me, what desire brought you to my door tonight?
story-c1_salon-verdad = Confess I came out of curiosity
story-c1_salon-excusa = Pretend I got lost on the way

story-c1_curiosidad =
    Curiosity… such a dangerous word on honest lips.
    I like it. Though I warn you that here curiosity is paid for in questions, and I keep many more than I answer. Someone once came looking for a secret and left with another, smaller and sweeter, hidden in a pocket like a warm stone.
    Perhaps with you it will be different. Perhaps not. Sit close, but not too close: I do not know yet whether you are a temptation or a doubt.
    Do you dare to find out which?
story-c1_curiosidad-copa = Accept the glass she offers

story-c1_extravio =
    Lost? How charming… and what a poor liar you are.
    The road to this house has no crossroads, no mist, no shadows to go astray in. But I do not blame you: I invent excuses too when I am afraid to admit what I desire. Sometimes a lie is only a door left ajar, a shy way of asking permission.
    Stay. Perhaps tonight someone will teach you to tell the truth calmly, looking into my eyes.
    Or would you rather stay lost a little longer, and see if I find you?
story-c1_extravio-copa = Accept the glass, no more excuses

story-c1_copa =
    Dark wine, almost black. Taste it slowly: it tastes of something nobody says out loud.
    I propose a game. I ask, you answer, and whoever lies first loses a secret. I confess it delights me to have someone to play with, though it unsettles me how easily you smile, as if you already knew the rules.
    We can play among the books, where words hide, or go out to the garden, where the night covers everything.
    I bet you have already decided… Will you let me guess?
story-c1_copa-jugar = Accept her game
story-c1_copa-ella = Ask her to speak first

## Chapter 2: two paths

story-c2_biblioteca =
    My library. A thousand voices sleep here, and almost all of them lie with elegance.
    First question, and I will not make it easy: what breaks as soon as someone names it? Think calmly, although I confess I like watching you doubt; it shows in your gaze, like a trembling candle.
    If you guess right, perhaps I will tell you a small secret. If you fail… I have not decided the punishment yet, but it will be sweet.
    Come closer, the answer is not shouted. Well?
story-c2_biblioteca-silencio = Answer: “silence”
story-c2_biblioteca-no_se = Admit I don't know

story-c2_acertijo =
    Silence… You said it almost in a whisper, as if you were afraid of breaking it too.
    Nobody had guessed it so soon. It scares me a little, and at once it gives me a strange pleasure: it has been a long time since an answer looked at me like that, head on, with the eyes of someone who thinks.
    I owe you a secret, and I pay my debts, though in my own way. I will not tell you yet, not here, among so many books that listen.
    Come to the balcony. Do you know how to keep what you are given at night?
story-c2_acertijo-balcon = Follow her to the balcony

story-c2_confesion =
    You don't know. What a rare answer in this house… and how tender.
    Almost everyone invents something so as not to lose: a brilliant word, a trick, a gambler's smile. You, instead, simply admit it, like someone laying their hands open on the table. I confess that disarms me more than any right answer, though I am afraid of what it means.
    The answer was silence. Perhaps one day you will show me yours.
    Come with me to the balcony, will you? One thinks better out there.
story-c2_confesion-balcon = Follow her to the balcony

story-c2_jardin =
    You want me to speak first? How courteous… or how cunning.
    This is my night garden: jasmine, sleeping roses, and at the far end a gate covered in ivy that no one opens. They say there is another garden behind it, a secret one, though I never confess what I know of it. I like to walk here when the house weighs on me; the dark holds something of comfort and something of a wound.
    Come near the gate, if you dare. Perhaps you carry the key without knowing it.
    Or would you rather go back inside, where everything seems safer?
story-c2_jardin-llave = Open the gate with the key
story-c2_jardin-verja = Ask her what lies beyond the gate
story-c2_jardin-volver = Go back into the house with her

story-c2_verja =
    What lies beyond? Memories, mostly. And a fountain that no longer sings.
    Someone planted roses there for me, long ago, when I still believed in promises. I feel nostalgia for that calm, though I do not miss the one who promised it; it is like rereading a book that once made you cry and finding that now it makes you smile.
    Perhaps one day I will let you in. Not yet.
    Tonight I prefer your voice to my ghosts. Let us go to the balcony… will you give me your hand on the stairs?
story-c2_verja-balcon = Give her my hand and go up

story-c2_jardin_secreto =
    You have the key… No one has crossed this gate in years.
    Look: the roses have grown wild, with no one to tame them, like a desire left without an owner. I confess my voice is trembling. Here I kept my first joy and also my first wound, and I do not know which of the two frightens me more.
    Don't ask yet. Stay a moment in silence with me and listen to the garden breathe in the dark.
    Do you know what it means when a woman shows you the place where she cried?
story-c2_jardin_secreto-rosa = Cut a rose for her
story-c2_jardin_secreto-escuchar = Listen to the garden in silence

story-c2_rosa =
    A black rose… or perhaps it is only the night that stains it.
    Take this in return: a scented letter. Don't read it yet; one day you will know when. I like the thought of you carrying something of mine close to your skin, though I am a little afraid of what I wrote in it, because I write more truth than I say.
    Your hands smell of garden and of temptation. A dangerous perfume for someone who, like me, barely knows how to say goodbye.
    Shall we go back to the house before I regret it?
story-c2_rosa-guardar = Keep the letter she gives me

story-c2_balcon =
    From here the city looks like an open book that no one ever finishes reading.
    I want to ask you something, and please don't smile yet: what would you do with a secret that is not yours? I keep one that weighs like an old key. Sometimes I feel it protects me; other times, that it locks me in, with a tenderness that looks too much like loneliness.
    Perhaps tonight I will decide to tell you. Perhaps not.
    The wind is cold, but your shoulder is close… Tell me, what do you do with someone else's silence?
story-c2_balcon-preguntar = Ask her what she is hiding
story-c2_balcon-callar = Stay silent at her side
story-c2_balcon-recordar = Remind her of what I confessed

## Chapter 3: midnight

story-c3_tormenta =
    Such a direct question… Listen: it is starting to rain.
    Not everything I hide is meant for you, and not everything you want to know would make you happy. There are doors someone locked for a reason, though the reason hurts less now than the key. It costs me to admit it, but your curiosity pleases me and frightens me in equal parts, like lightning seen from a window.
    Perhaps tomorrow. Not tonight.
    Come closer to the fire and let the storm speak for me. Or are you going to insist?
story-c3_tormenta-insistir = Insist: I want to know
story-c3_tormenta-perdon = Apologise for the question

story-c3_insistir =
    So you insist. Curious… I thought you knew how to wait.
    I feel the cold climbing the stairs, and it is not the storm. No one tears a secret from me, not even someone with a gaze as tempting as yours; secrets are given, or they rot. Still, I confess part of me wants you not to give up, while the other part, the wiser one, is already calmly closing the door on you.
    Think carefully before your next move. This is a game of chess, not of dice.
    Will you stay and apologise… or will you leave?
story-c3_insistir-disculpa = Lower my voice and apologise
story-c3_insistir-irme = Leave without looking back

story-c3_silencio =
    Thank you for not asking. Almost no one knows how to be silent beside me.
    Silence with you does not weigh; it is warm, like a blanket over the shoulders. I feel a strange peace, and beneath it the old sadness, the one that returns when the house sleeps and leaves me alone with my books. I keep a letter hidden in one of them, one I never sent; perhaps one day I will let you read it, if you come to know me well enough.
    Look at the portrait on the wall, the woman who resembles me.
    Have you ever wondered who was watching you from the shadows?
story-c3_silencio-carta = Read the letter hidden in her book
story-c3_silencio-retrato = Ask about the portrait on the wall

story-c3_carta =
    You found it… No, don't put it down; read it softly, as if it were yours.
    “To whoever crosses the gate one day”: that is how it begins. I wrote it on a stormy night, with fear and an almost ridiculous hope. I never knew whom I was sending it to; perhaps someone who did not exist yet, perhaps you. It scares me how well it sounds in your voice, and at once it gives me a calm I had not felt in years.
    Don't look at me like that. I do not know yet what I want you to think of me.
    Will you give it back, or would you rather keep this secret too?
story-c3_carta-retrato = Return the letter and look at the portrait

story-c3_retrato =
    That portrait… Everyone asks about her, and I never quite answer.
    She has my eyes, my mouth, my way of holding a glass of wine, but she is not exactly me. Or perhaps she is, and what I fear is admitting how much I have changed. There is a tenderness in her smile that I lost somewhere, like a key dropped in the snow.
    Lucien knows the story; he knows everything about this house, though he charges for remembering.
    Will you ask him, or will you wait until I tell you myself, someday?
story-c3_retrato-lucien = Ask Lucien for the portrait's story
story-c3_retrato-adivinar = Guess who the woman in the portrait is
story-c3_retrato-esperar = Wait for her to tell it

story-c3_lucien_retrato =
    As you wish. The portrait was painted more than a hundred years ago by a travelling painter who stayed in the house one winter. Nobody in the house knows his name; he signed with a single initial.
    The lady in the painting lived here. What connects her to Miss Diana, Miss Diana will tell you herself, should she see fit.
    30 besitos have been deducted for the account. Allow me to walk you back to the drawing room.
story-c3_lucien_retrato-volver = Return to the drawing room

story-c3_medianoche =
    Midnight. The hour when this house stops pretending.
    I could tell you it is late, that tomorrow is another day, but I do not like lying to someone who has known how to listen to me. It unsettles me how close you are, and yet I want you not to step away; a delicious contradiction, like a candle lit in a cold room, a tenderness that is almost dangerous.
    There is a room upstairs, lined with velvet, where I keep what no one has seen. Perhaps you deserve the key; I do not know yet, and that doubt is part of the game.
    Tell me, will you come up with me, say goodnight until tomorrow… or go down the stairs?
story-c3_medianoche-terciopelo = Follow her to the velvet room
story-c3_medianoche-volver = Ask her to let me return tomorrow
story-c3_medianoche-bajar = Say goodbye and go down the stairs

story-fin_escalera =
    You are leaving… I knew it before you did.
    I watch you go down the stairs from above, my hand on the banister, like someone looking at a letter they never dared to open. I bear you no grudge; I feel a soft sadness, almost sweet, though it costs me to admit I was hoping for something else. Perhaps someone will come back one day through the same door, with another question on their lips.
    The house forgets no one. Neither do I.
    Who knows? Perhaps next night you will find me less mysterious…
story-fin_puerta =
    Tomorrow, then… I like that word in your mouth.
    I will leave the door ajar, just a little, like a book left open at the exact page. I do not promise you answers; answers kill the game, and I still want to play with you. I confess this silly joy frightens me a little, but it is a warm fear, almost a desire, the kind that stays the night.
    Go now, before I ask you to stay. Perhaps tomorrow I will tell you a secret; perhaps not.
    Will you know how to find your way back in the dark?

## Chapter 4 (VIP): the velvet room

story-c4_terciopelo =
    This is the velvet room. Very few people have crossed this threshold…
    Here the fire speaks more softly and the shadows sit down beside you. There is a mirror covered with a black veil, and a rug where time seems to sleep. I confess my pulse is trembling; bringing you here is like reading you my diary aloud, with the tenderness and the fear of someone showing a wound. Still I want it, almost more than I should.
    Perhaps one day I will tell you why no one else has come in. Not yet.
    Think calmly: will you sit close to the fire, or do you dare to lift the veil?
story-c4_terciopelo-fuego = Sit by the fire
story-c4_terciopelo-espejo = Lift the veil from the mirror

story-c4_fuego =
    By the fire everyone tells the truth; it must be the warmth, or the wine.
    Come a little closer. I like watching the light play on your face, as if it were looking for a secret you have not confessed yet. I feel a mischievous joy, though beneath it beats the old loneliness, the one that only falls silent when someone stays beside me without asking for anything.
    I propose a deal: your secret for mine. Perhaps mine weighs more.
    Will you begin, or would you rather I tempt you first with mine?
story-c4_fuego-secreto = Ask her for her secret

story-c4_espejo =
    You have lifted the veil… Now we both look into the same glass.
    No one has seen this mirror since I covered it. They say it keeps whoever is reflected in it, and perhaps that is why I fear it: it keeps the woman I was, tender and reckless, and the one I am now, wiser and more alone. Beside you, though, my reflection seems to smile.
    Don't look away. Not yet.
    What do you see, when you look at me through the glass?
story-c4_espejo-mirada = Hold her gaze in the mirror

story-c4_confidencia =
    My secret is this: I wait for no one… and still I leave the door ajar every night.
    I say it softly, almost ashamed, like someone confessing a childish desire by the fire. I am afraid you will laugh, and at once I feel a strange calm, because I know you won't. Now the game is yours: think what you will do with my secret.
    You can keep it like a key in your pocket, close to your heart. Or perhaps you will give me one of yours, and we will be even until dawn.
    What do you decide?
story-c4_confidencia-guardar = Keep her secret, asking nothing
story-c4_confidencia-contar = Tell her my own secret

story-fin_terciopelo =
    You keep it without asking for anything in return… No one had ever done that for me.
    I come closer and leave a kiss on your forehead, barely a touch, like a wax seal on a letter only you will be able to open. I feel a tenderness that frightens me, though this time the fear does not make me run. Perhaps at last I have found someone who understands that mystery is also a form of trust.
    Come back whenever you like; the velvet will remember your name.
    And you? Will you remember mine, when the night is over…?
story-fin_alba =
    Dawn is breaking… and your secret and mine sleep together in the same room.
    I never imagined a confession could sound so sweet in another voice. I am afraid, of course; what is given at night looks different in the light of day. But I like this fear, because I share it with you, like a blanket over two pairs of shoulders. Perhaps that is the answer no one ever gave me.
    The curtains let the dawn in, warm and pink. I do not want you to leave yet; stay, I almost mean it.
    Will you stay a little longer, to see what secret the morning brings us?
