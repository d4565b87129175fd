## Items a user can own.

item-llave_jardin_secreto-name = 🗝️ Key to the secret garden
item-llave_jardin_secreto-description = A small key, cold to the touch. It opens a door Miss Diana never mentions.
item-insignia_rosa_negra-name = 🥀 Black rose badge
item-insignia_rosa_negra-description = Worn on the profile. Those who recognise it do not ask.
item-carta_perfumada-name = 💌 Scented letter
item-carta_perfumada-description = A letter to leave on Miss Diana's desk. She answers every one.
item-insignia_terciopelo-name = 🎭 Velvet badge
item-insignia_terciopelo-description = Reserved for VIP guests. Only a few exist.
item-carta_perfumada-used = I have left your letter on Miss Diana's desk. She usually answers within a few hours; I shall bring you her reply as soon as it arrives.
item-carta_jardin-name = ✉️ The garden letter
item-carta_jardin-description = Sealed with black wax. Miss Diana asked you not to open it yet.
item-carta_perfumada-reply =
    I read your letter twice tonight: once quickly, the way one opens a present, and once slowly, by candlelight, looking for what you didn't write.
    I like your handwriting; it trembles a little on the capitals, like a voice that dares. I won't answer everything: some answers I keep for when you come back to my drawing room, and a smile or two as well.
    But I'll confess this much: since it arrived my desk smells of you, and I can barely keep my mind on my books. It gave me a foolish little joy, and then a touch of loneliness, because paper never answers back… Perhaps it's the scent; perhaps not.
    Will you write to me again? I want to read you. — D.
letter-intro = 🎩 Miss Diana left this on the silver tray, addressed to you.
 I have not read it, naturally.
