contact-title = Let me know
contact-intro = Do you have a question or a tip, or would you like to work together? Send us a message. We usually answer within a week.
contact-name = Name
contact-email = E-mail address
contact-email-hint = We send our answer here.
contact-municipality = Municipality
contact-topic = What is it about?
contact-choose = Choose a topic
contact-topic-question = A question
contact-topic-idea = An idea or tip
contact-topic-cooperation = Working together
contact-topic-website = This website
contact-topic-other = Something else
contact-message = Your message
contact-honeypot = Leave this field empty
contact-privacy-heading = What do we do with your data?
contact-privacy-text = We use your name, e-mail address and message only to answer you. Only the municipality's editors read your message. We keep it for a limited time and then remove it automatically.
contact-send = Send
contact-sent-title = Thank you for your message
contact-sent-text = We received your message. You also get a confirmation by e-mail.
contact-error-name = Enter your name.
contact-error-email = This is not a valid e-mail address. For example: name@example.org.
contact-error-topic = Choose what your message is about.
contact-error-municipality = Choose a municipality.
contact-error-message = Write your message.
contact-error-too-long = This is too long. Please make it shorter.
contact-error-too-fast = That was very quick. Check your message and click Send again.
contact-error-stale = The form was open for too long. Click Send again.
contact-error-rate = You sent many messages in the last hour. Please try again later.
contact-messages-title = Messages
contact-messages-retention = Messages are removed automatically after { $days } days.
contact-messages-empty = There are no messages.
contact-mail-editors-subject = New message through the website: { $topic }
contact-mail-editors-body =
    A new message came in through the contact form.

    Read it here (login needed):
    { $link }

    KijKINDeWijk
contact-mail-sender-subject = We received your message
contact-mail-sender-body =
    Hello { $name },

    Thank you for your message. We received it and will answer as soon as we can, usually within a week.

    We keep your message for { $days } days. After that we remove it automatically.

    Regards,
    KijKINDeWijk
