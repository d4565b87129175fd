// The sandbox's own labels in the visitor's language (the language of the account in use: es or en). The bot's
// texts come from the content pack; these are only the page's.
const LABELS = {
  es: {
    account: 'Cuenta',
    telegramId: 'Id de Telegram',
    name: 'Nombre',
    language: 'Idioma',
    useAccount: 'Usar esta cuenta',
    newVisitor: 'Visitante nuevo',
    newVisitorTitle: 'Un visitante recién llegado',
    message: 'Mensaje',
    placeholder: 'Escriba un mensaje, o pegue un enlace t.me para abrirlo…',
    attach: 'Enviar una foto (administradores: una publicación con foto)',
    send: 'Enviar',
    stars: 'Estrellas de Telegram de prueba para pagar facturas',
    leave: 'Salir del canal',
    withdraw: 'Retirar la solicitud',
    join: 'Solicitar unirse',
    pending: 'Su solicitud espera a que el bot la apruebe. Lucien le ha escrito en el chat con el bot.',
    membersOnly:
      'Solo los miembros leen este canal. El canal VIP se abre con la invitación que el bot da a los VIP.',
    banned: 'expulsado',
    member: 'miembro ✓',
    requested: 'solicitud pendiente…',
    notMember: 'no es miembro',
    react: 'Reaccionar',
    pay: 'Pagar',
    paid: '✓ Pagado',
    paymentSent: '⭐ Pago enviado',
    photoUrl: 'URL de la imagen que enviar como foto:',
    caption: 'Pie de foto (opcional):',
    location: 'Ubicación que compartir (latitud, longitud):',
  },
  en: {
    account: 'Account',
    telegramId: 'Telegram id',
    name: 'Name',
    language: 'Language',
    useAccount: 'Use this account',
    newVisitor: 'New visitor',
    newVisitorTitle: 'A brand-new visitor',
    message: 'Message',
    placeholder: 'Write a message, or paste a t.me link to open it…',
    attach: 'Send a photo (admins: a photo post)',
    send: 'Send',
    stars: 'Fake Telegram Stars to pay invoices with',
    leave: 'Leave channel',
    withdraw: 'Withdraw request',
    join: 'Request to join',
    pending:
      'Your request waits for the bot to approve it. Lucien has written to you in the chat with the bot.',
    membersOnly:
      'Only members read this channel. The VIP channel opens with the invitation the bot gives VIP guests.',
    banned: 'banned',
    member: 'member ✓',
    requested: 'request pending…',
    notMember: 'not a member',
    react: 'React natively',
    pay: 'Pay',
    paid: '✓ Paid',
    paymentSent: '⭐ Payment sent',
    photoUrl: 'Image URL to send as a photo:',
    caption: 'Caption (optional):',
    location: 'Location to share (latitude, longitude):',
  },
};

/** The page's language: the account's (set on <html lang>), Spanish when it is neither. */
function language() {
  return document.documentElement.lang === 'en' ? 'en' : 'es';
}

export function label(key) {
  return LABELS[language()][key] ?? LABELS.en[key] ?? key;
}

/** Fills every element marked data-label (text), data-label-placeholder and data-label-title. */
export function applyLabels(root = document) {
  for (const el of root.querySelectorAll('[data-label]')) el.textContent = label(el.dataset.label);
  for (const el of root.querySelectorAll('[data-label-placeholder]'))
    el.placeholder = label(el.dataset.labelPlaceholder);
  for (const el of root.querySelectorAll('[data-label-title]')) el.title = label(el.dataset.labelTitle);
  for (const el of root.querySelectorAll('[data-label-aria]'))
    el.setAttribute('aria-label', label(el.dataset.labelAria));
}
