## Privacy notice, terms, and the 🔒 Privacy screen.

settings-privacy = 🔒 Privacy
command-privacy = Privacy notice and your data
privacy-back = ⬅️ Back to Settings

privacy-title =
    🔒 Privacy
    I keep only what I need to serve you: your Telegram name, your language, your besitos and their transactions, your place in the story, your missions, your VIP and your payments.
    You may have a copy of all of it, or ask me to forget you. The full notice and terms: /privacy
privacy-export = 📄 Download my data
privacy-export-caption = Everything the house keeps about you, in one document.
privacy-export-sent = Here is your file.
privacy-forget = 🗑️ Forget me
privacy-forget-confirm =
    Do you wish the house to forget you?
    I shall erase your profile, your story, your missions and your inventory, and you will receive no more notices. Your besitos and your VIP will be lost.
    The ledger is kept without your name, under a number that leads back to no one. This cannot be undone.
privacy-forget-yes = Yes, forget me
privacy-forget-no = No, go back
privacy-forgotten =
    Done. The house no longer knows who you are.
    Should you ever return, type /start and I shall receive you as a new guest.

privacy-notice =
    🔒 Privacy notice and terms

    Who: Miss Diana's team runs this bot and is responsible for your data.

    What we keep: your Telegram id, name and username, your language and time zone; your besitos and every transaction; your progress in the story, missions and achievements; your inventory; your VIP, invitations and Stars payments; your reactions and your membership of the channels. We do not keep your conversations.

    What for: to run the bot (story, economy, VIP) and to keep the ledger. We neither sell nor share your data; Telegram processes messages and payments under its own terms.

    For how long: while you use the bot. Technical records are deleted after 90 days and backups rotate.

    Your rights: in ⚙️ Settings → 🔒 Privacy you can download your data as a file and ask to be forgotten. Forgetting erases your profile and activity at once; the ledger (transactions and payments) is kept without your identity, under an anonymous number, and any remaining traces are removed within 30 days. You can also ask an administrator.

    Terms: besitos have no monetary value and cannot be exchanged for money. VIP gives access to the private channel for the time paid; Stars follow Telegram's terms. The content is for adults (18+). We may change these terms, and will tell you so in the bot.

admin-forget-button = 🗑️ Forget (at their request)
admin-forget-prompt =
    You are about to forget { $name } at their request: profile and activity are erased, the ledger stays under an anonymous number. This cannot be undone.
    Type the request (e.g. «email of 3 May»), or cancel.
admin-forget-bad-reason = Type the request in one line of 3 to 200 characters, or cancel with /admin.
admin-forgotten = Done: the person has been forgotten; their ledger stays under number { $pseudonym }.
 Audit entry #{ $audit }.
admin-action-forget = forgotten at their request
