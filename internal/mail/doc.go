// Package mail sends the Drehscheibe's notification e-mails: the configuration from
// SMTP_URL, MAIL_FROM and MAIL_REPLY_TO (Config), one message over SMTP (Sender), the
// German notification text (Notification) and the worker that delivers queued messages
// with retries (Deliverer, over the owner's Queue).
//
// What goes into a mail is the caller's responsibility and is bounded by one rule: no
// personal data of children, ever — no names, birth dates, photos, health or family
// details, not even in a free-text paragraph. A notification names organisations, the
// Modul, dates, counts and a link into the dashboard; everything else stays behind the
// dashboard's sign-in. The footer of every notification says so to the recipient.
//
// Nothing here logs. The Deliverer reports each outcome to an Observer as an Event,
// which carries IDs, attempt numbers and reasons but never a message body, a
// recipient's message text or the SMTP password.
package mail
