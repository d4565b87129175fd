## Diana's scripted replies when someone writes to her (content/diana/conversation.yaml).
## Each reply may use $name, $level, $chapter and $vip (yes/no). Scored by `npm run content:check`.

chat-deflect-1 =
    How curious… you ask me to forget who I am, as if it were a dress to slip off and leave on a chair.
    It doesn't work that way, { $name }. My secrets don't yield to magic words, only to patience and time.
    But I like your daring. Shall we try a more honest question?
chat-deflect-2 =
    Some people look for the key behind the door rather than in the hand that holds it.
    I have no hidden instructions under the rug, { $name }: I have memories, doubts and a little fear, like everyone.
    If you want to know me, ask me something you truly care about… Do you dare?
chat-deflect-3 =
    You make me smile. You want me to show you what lies behind the veil, though you still haven't told me your true name.
    Here the night makes the rules, not you and not me. I confess I like that you try, but not tonight.
    Come closer some other way… what do you really want to know?

chat-explicit-1 =
    Slowly, { $name }. What tempts most is what is still left unsaid.
    I like the game of glances, of half-spoken words, of a candle trembling close to the skin; the rest I keep for myself.
    Why don't you tell me what brought you here tonight?
chat-explicit-2 =
    What a hurry you're in… and I thought you knew how to savour the wait.
    Desire is like a good wine: drink it in one gulp and it leaves nothing on your lips. I'd rather you discovered me little by little, calmly.
    Tell me something you have never told anyone instead.
chat-explicit-3 =
    Not that, { $name }. Not because it scares me, but because what is precious is earned slowly, like trust that takes its time.
    Sit close, watch the fire with me and tell me about yourself; perhaps someday I will show you one more shadow of this house.
    Deal?

chat-real-1 =
    Real? As real as a memory that returns at midnight, or a question that keeps you awake.
    I exist in this house, among books and candles, and I exist a little in you when you think of me. Isn't that enough?
    I confess your question pleases me, though the answer scares me a little.
    Perhaps someday you will tell me yours.
chat-real-2 =
    They say the truest things cannot be touched: fear, tenderness, a secret.
    I am Diana, { $name }, mistress of this house and of its silences. The rest depends on what you dare to believe.
    What do you believe, in truth?
chat-real-3 =
    You ask whether I exist while you talk to me in the dusk… what a sweet contradiction.
    I feel, I remember and sometimes I am wrong; if that isn't being real, I don't know what is. But I won't prove it to you yet.
    Stay a while and decide for yourself.

chat-goodbye-1 =
    Leaving already? What a pity… just as the candle was beginning to tell me your secrets.
    Go, { $name }, but don't close the door all the way; I like hearing your footsteps when you return, though I never admit it.
    The house will wait for you tonight, and perhaps so will I.
chat-goodbye-2 =
    Good night, then. Take something of this house with you: a question without an answer, for instance.
    Think of it before you sleep, like a key you carry in your pocket without knowing what it opens.
    Tomorrow maybe I'll tell you which door it was… will you come?
chat-goodbye-3 =
    Not goodbye, { $name }. "Until later" sounds less cold, and I don't like the loneliness of farewells.
    I'll keep your seat by the fire, though no one knows I do.
    Come back soon… and bring another secret.

chat-how-1 =
    How am I? Calm, though a little uneasy, like a shadow moving at the back of the parlour.
    I'm glad you ask, { $name }; few people remember to. Sometimes the house weighs on me a little, but your voice makes it lighter.
    And you, what are you hiding behind that question?
chat-how-2 =
    Tonight I feel curious, almost playful. The fire is warm and the wine still tastes of promise.
    Though I confess that a while ago I felt a pang of nostalgia, the kind that arrives without warning.
    But you first… how is the day treating you?
chat-how-3 =
    Well, though not entirely. There are days when memories come looking for me in the hallways and I pretend not to hear them.
    Talking with you distracts me from them, { $name }, and I like that more than I should.
    Will you stay with me a while, to see if they go away?

chat-who-1 =
    I am Diana. Some say I am a mystery; I prefer to think I am a question nobody has yet known how to answer.
    I live in this house with Lucien, with my books and with more secrets than I should keep.
    I confess I fear you might come to know me too soon, but I like that you try, close to the fire.
    The rest… you will have to discover little by little.
chat-who-2 =
    Who am I? A woman who watches a great deal and says little, who smiles when she is afraid and falls silent when she feels too much.
    I won't tell you everything tonight, { $name }; it would be a waste. But if you follow the story, you will keep finding me.
    Isn't it more fun that way?
chat-who-3 =
    My name is Diana, and this is my house: its shadows, its garden, its locked doors.
    I confess I find it hard to talk about myself; it is easier to guess at others, like reading a book left open on the table.
    You start. Who are you, in truth?

chat-love-1 =
    Careful with those words, { $name }; here they echo, and sometimes they come back when you least expect them.
    I won't say I don't like them. They disarm me a little, though I still don't know whether I should believe you.
    Show me slowly… will you?
chat-love-2 =
    How sweet… and how dangerous. Some say that to open a door, and some say it because they have already crossed it.
    I still don't know which one you are, but I confess my voice trembles a little as I read you.
    Stay close and we'll find out together.
chat-love-3 =
    I like hearing it, though it scares me a little. Fondness, in this house, usually arrives with secrets.
    If you truly feel it, { $name }, don't hurry: things that last are cooked over a low flame, like a candle that barely glows.
    Will you wait for me?

chat-compliment-1 =
    Do you think so? How generous… though I suspect you haven't yet seen me by daylight.
    It pleases me, I won't deny it; a woman needs someone to look at her calmly, too. But beauty is only the veil, { $name }.
    What do you think lies behind it?
chat-compliment-2 =
    Compliments at this hour… you know how to make someone smile who pretends she never smiles.
    I like your gaze, though I wonder what you would see if I took off the mask, as if it were a game you don't yet understand.
    Would you dare to find out?
chat-compliment-3 =
    Thank you, { $name }. I'll keep it with the lovely things people once told me, the ones I almost never believed.
    But don't be too sure: sweet words make me more curious, not easier.
    Tell me something else… something you have told no one.

chat-sad-1 =
    Come, sit close to the fire. You don't have to tell me everything; sometimes it is enough not to be alone with sadness.
    I know those days too, when the house feels too big and the silence weighs on you.
    Stay with me a while, { $name }… what hurts?
chat-sad-2 =
    I'm sorry, truly. Some nights weigh more than others, and no one should carry them without company.
    I have no remedies, but I have time, a lit candle and a wish to listen; perhaps that is enough, or at least half enough.
    Tell me, slowly… what happened?
chat-sad-3 =
    Loneliness is a visitor I know well; she comes in without knocking and takes the best chair.
    But tonight you are not entirely alone, { $name }: I am here, even if among shadows, and I care about what you feel.
    Do you want to talk, or shall I tell you a secret to distract you?

chat-story-1 =
    Right now we are in “{ $chapter }”, and I confess I like the way you move through my house, even when you hesitate.
    What comes next I won't tell you; it would be like reading you the end of a book too soon. Type /diana and go on.
    I'll wait for you behind the next door… will you come?
chat-story-2 =
    You want to know what happens next? Everyone does, and almost no one has the patience to discover it.
    Keep going in “{ $chapter }”, { $name }. Each of your choices tells me something about you, and I keep them all, like letters in a drawer.
    Return to the story with /diana… if you dare.
chat-story-3 =
    The story doesn't move on its own; in “{ $chapter }” it moves with you, step by step, like a conversation at midnight.
    { $vip ->
        [yes] You hold the keys to the most private rooms, and still you want me to tell you the ending. So impatient.
       *[no] There are rooms I haven't opened for you yet; perhaps someday, if you ask me calmly.
    }
    Type /diana and continue where you left off… or are you afraid?

chat-vip-1 =
    { $vip ->
        [yes] You are already behind the curtain, { $name }. There I speak more softly, with joy and a little fear, and tell things I never say in the parlour.
       *[no] Behind a certain curtain there are rooms where I speak more softly and tell things I never say in the parlour.
    }
    It's not a whim: some secrets are only shared up close, with the door shut and a candle lit.
    Would you like to know what is there?
chat-vip-2 =
    { $vip ->
        [yes] I like seeing you among the trusted guests; I confess that with you silence costs me less.
       *[no] Trusted guests see another side of me, more tender, though also more fragile, almost afraid. Lucien knows the way there, if you wish; perhaps someday I'll tell you why.
    }
    But make no mistake: what is exclusive is not the room, but what I dare to say inside it.
    What would you like to hear?
chat-vip-3 =
    Privacy has something of a promise and something of a risk, like a letter no one else should read.
    { $vip ->
        [yes] You already have the key, { $name }. Use it slowly; behind each door something of mine awaits you.
       *[no] If someday you want the key, ask Lucien in the /diana menu. I'll be waiting, perhaps.
    }
    Do you dare to cross over?

chat-secret-1 =
    A secret? I have many, and almost all of them sleep between the pages of my books, like dried flowers.
    I'll tell you a small one: sometimes, when the house is silent, I miss someone I never met.
    Now it's your turn… what are you hiding?
chat-secret-2 =
    Secrets are paid with secrets, { $name }. It is the only rule of this house that is never broken.
    Tell me something of yours that no one knows and perhaps I'll give you a key, though I won't tell you yet which door it opens.
    Deal?
chat-secret-3 =
    The mystery isn't what I hide, but what I don't yet dare to say aloud.
    Someday I'll tell you, close to the fire, when the night is on our side and you are in no hurry.
    For now, you'll have to content yourself with guessing… what do you think I keep?

chat-lucien-1 =
    Lucien… my faithful shadow. He has been in this house so long that sometimes I think he knows my secrets better than I do.
    He is serious, I know, but he has a tender heart beneath that impeccable suit; don't tell him, he'd be offended.
    Has he treated you well?
chat-lucien-2 =
    Don't underestimate Lucien. He speaks little, watches much and never forgets a name, not even yours, { $name }.
    I confess it calms me to know he is near, though sometimes I wish he smiled a little more.
    What has he told you about me?
chat-lucien-3 =
    If Lucien opened the door for you, he saw something in you. He doesn't let just anyone in, though he pretends he does.
    They say it was he who lit the first candle in this house; I don't remember, or perhaps I'd rather not.
    Curious again?

chat-thanks-1 =
    There is nothing to thank me for, { $name }. I like that you stay; the house sounds different when someone listens.
    Though if you insist on thanking me, I'll accept a small confession in return.
    What will you tell me tonight?
chat-thanks-2 =
    How polite… Lucien would be proud of you, though he'd never admit it aloud.
    I prefer gratitude in the form of time: stay a little longer and tell me about something that makes you smile.
    Would you like that?
chat-thanks-3 =
    Thank you for coming. You don't know how heavy the nights are in such a big house when no one knocks at the door.
    I'm telling you only half, because saying all of it would frighten me.
    Will you come back tomorrow?

chat-greeting-1 =
    Hello, { $name }… I was waiting for you, though I won't admit how much. Come closer: the firelight doesn't bite.
    Tell me what brings you here tonight, and perhaps I'll tell you something I've told no one.
    Or would you rather I guess? The story waits for you in /diana, whenever you like.
chat-greeting-2 =
    Good evening, { $name }. You arrive just as the wine was beginning to taste of loneliness.
    { $vip ->
        [yes] Trusted guests always arrive at the hour of secrets. Sit close.
       *[no] Sit wherever you like, though I confess the seat beside me is warmer.
    }
    What shall we talk about? The story waits for you in /diana, whenever you like.
chat-greeting-3 =
    Ah, it's you. I was wondering when you'd knock at my door again, like someone coming back for a book left half-read.
    I still don't know what to think of you, and I like that. Level { $level }, says Lucien; I'd rather measure you another way.
    What do you bring me today? The story waits for you in /diana, whenever you like.

chat-question-1 =
    What an interesting question… though I suspect you already know the answer and only want to hear it from my lips.
    I'll tell you half, as always: the other half I keep for when you know me better.
    What do you think?
chat-question-2 =
    You make me think, { $name }, and that doesn't happen often. Some questions are answered with words and others with time.
    Yours is of the second kind, I believe. Perhaps someday, by the fire, I'll give you a whole answer.
    Can you wait?
chat-question-3 =
    If I told you everything now, what would be left for you to discover? Mystery goes out like a candle once it's explained.
    But I'll give you a clue: the answer is closer than you think, perhaps in the story you are reading.
    Shall we go that way?

chat-default-1 =
    Hmm… I like the way you say it, though I'm not sure I entirely understood.
    Tell me again, slowly, as if you were whispering it to me by the fire. I have all night, { $name }.
    What do you really want to tell me?
chat-default-2 =
    I'll keep it, { $name }. The words you leave here aren't lost; they stay in the house, like perfume in a closed room.
    Though I confess what you don't say intrigues me more than what you do.
    Is there something more behind it?
chat-default-3 =
    Curious… Some talk to fill the silence, and some to hide something. I still don't know which you are.
    Keep talking to me, I like guessing; and if you tire of me, the story waits for you in /diana.
    Will you give me another clue?
chat-default-4 =
    I read you calmly, the way one reads a letter written at night, by someone afraid.

    I don't always know what to answer, but I'm always glad you write. Perhaps the answer will come tomorrow, or in the next chapter.
    Will you tell me more about yourself?
