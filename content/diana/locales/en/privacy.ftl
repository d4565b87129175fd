## Privacy notice, terms, and the 🔒 Privacy screen.

settings-privacy = 🔒 Privacy
command-privacy = Privacy notice and your data
privacy-back = ⬅️ Back to Settings

privacy-title =
    🔒 Privacy
    I keep only what I need to serve you: your Telegram name, your language, your besitos and their movements, your place in the story, your missions, your VIP and your payments.
    You may take a copy of all of it, or ask me to forget you. The full notice and terms: /privacy
privacy-export = 📄 Download my data
privacy-export-caption = Everything the house keeps about you, in one document.
privacy-export-sent = I have handed you your file.
privacy-forget = 🗑️ Forget me
privacy-forget-confirm =
    Do you wish the house to forget you?
    I shall erase your profile, your story, your missions and your inventory, and you will receive no more notices. Your besitos and VIP are lost.
    The books are kept without your name, under a number that leads to nobody. This cannot be undone.
privacy-forget-yes = Yes, forget me
privacy-forget-no = No, go back
privacy-forgotten =
    Done. The house no longer knows who you are.
    Should you ever return, type /start and I shall receive you as a new guest.

privacy-notice =
    🔒 Privacy notice and terms

    Who: Miss Diana's team runs this bot and answers for your data.

    What we keep: your Telegram id, name and username, your language and time zone; your besitos and every movement; your progress in the story, missions and achievements; your inventory; your VIP, invitations and Stars payments; your reactions and your membership of the channels. We do not keep your conversations.

    What for: to run the bot (story, economy, VIP) and to keep the books. We neither sell nor share your data; Telegram processes messages and payments under its own terms.

    For how long: while you use the bot. Technical records are deleted after 90 days and backups rotate.

    Your rights: in ⚙️ Settings → 🔒 Privacy you can download your data as a file and ask to be forgotten. Forgetting erases your profile and activity at once; the books (movements and payments) are kept without your identity, under an anonymous number, and the remaining traces go within 30 days. You can also ask an admin.

    Terms: besitos have no money value and cannot be exchanged for money. VIP gives access to the private channel for the time paid; Stars follow Telegram's terms. The content is for adults (18+). We may change these terms, telling you in the bot.

admin-forget-button = 🗑️ Forget (at their request)
admin-forget-prompt =
    You are about to forget { $name } at their request: profile and activity are erased, the books stay under an anonymous number. This cannot be undone.
    Type the request (e.g. «email of 3 May»), or cancel.
admin-forget-bad-reason = Type the request in one line of 3 to 200 characters, or cancel with /admin.
admin-forgotten = Done: the person is forgotten; their books stay under number { $pseudonym }. Audit entry #{ $audit }.
admin-action-forget = forgotten at their request
