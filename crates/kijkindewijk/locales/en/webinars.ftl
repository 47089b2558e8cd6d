webinar-list-title = ZOOMerschool webinars
webinar-list-intro = Short online sessions to learn together: about taking part in ordinary life, young people's networks and removing barriers. Everyone is welcome.
webinar-feed-link = All sessions in your calendar (iCalendar)
webinar-feed-name = ZOOMerschool webinars
webinar-upcoming = Coming sessions
webinar-past = Earlier sessions
webinar-none-upcoming = No sessions are planned right now.
webinar-none-past = There are no earlier sessions yet.
webinar-has-recording = recording available
webinar-seats-left = { $count } places left.
webinar-full-waiting = This session is full. You can join the waiting list.
webinar-back = Back to all webinars
webinar-when = When
webinar-timezone = Dutch time
webinar-speakers = Speakers
webinar-ics-link = Add this session to your calendar (iCalendar)
webinar-afterwards = Watch again
webinar-recording = Watch the recording
webinar-nothing-yet = The recording and materials will be here as soon as possible.
webinar-register-heading = Register
webinar-name = Name
webinar-email = E-mail address
webinar-email-hint = You get a confirmation with the link to the session and a link to cancel.
webinar-register = Register
webinar-register-waiting = Join the waiting list
webinar-privacy = We use your name and e-mail address for this session only.
webinar-closed = Registration is closed: the session has started or is over.
webinar-personal-title = Your registration
webinar-link-used = This cancel link was used already. You are no longer registered.
webinar-you-are-registered = { $name }, you are registered.
webinar-meeting-intro = At the time of the session, join through this link:
webinar-meeting-link = To the online session
webinar-you-are-waiting = The session is full. You are on the waiting list, place { $position }. If a place becomes free, you get an e-mail right away.
webinar-you-cancelled = You cancelled your registration for this session.
webinar-cancel = Cancel registration
webinar-cancel-hint = When you cancel, your place goes to the first person on the waiting list.
webinar-error-required = Please fill this in.
webinar-error-too-long = This is too long. Please make it shorter.
webinar-error-date = Enter a date, for example 2026-03-30.
webinar-error-time = Enter a time, for example 19:30.
webinar-error-end = The end time must be after the start time.
webinar-error-url = Enter a web address starting with https://.
webinar-error-capacity = Enter a number of places from 1 to 10,000.
webinar-error-email = This is not a valid e-mail address. For example: name@example.org.
webinar-error-closed = Registration is closed: the session has started or is over.
webinar-error-twice = This e-mail address is registered for this session already. Look in your e-mail for your personal link.
webinar-admin-title = Manage webinars
webinar-admin-caption = Sessions of your municipality
webinar-new-title = New session
webinar-edit-title = Edit session
webinar-edit = Edit
webinar-title = Title
webinar-seats-free = Free places
webinar-actions = Actions
webinar-description = Description
webinar-description-hint = Plain text. An empty line starts a new paragraph.
webinar-date = Date
webinar-date-hint = For example 2026-03-30.
webinar-start = Start time
webinar-end = End time
webinar-time-hint = Dutch time, for example 19:30.
webinar-meeting-url = Link to the online session
webinar-meeting-url-hint = Only people who registered see this link.
webinar-capacity = Number of places
webinar-recording-url = Link to the recording
webinar-recording-url-hint = After the session. Leave empty when there is no recording (yet).
webinar-materials = Materials
webinar-save = Save
webinar-registrations-title = Registrations
webinar-csv = Download as CSV
webinar-no-registrations = Nobody has registered yet.
webinar-status = Status
webinar-registered-at = Registered on
webinar-status-registered = Registered
webinar-status-waiting = Waiting list
webinar-status-cancelled = Cancelled
webinar-mail-confirm-subject = You are registered: { $title }
webinar-mail-confirm-body =
    Hello { $name },

    You are registered for "{ $title }" on { $when } (Dutch time).

    Join through this link:
    { $meeting }

    The attachment holds the session for your calendar.
    Can't make it? Cancel through your personal link, so your place goes to someone on the waiting list:
    { $link }

    Regards,
    KijKINDeWijk
webinar-mail-waiting-subject = You are on the waiting list: { $title }
webinar-mail-waiting-body =
    Hello { $name },

    "{ $title }" on { $when } is full. You are on the waiting list.
    If a place becomes free, you get an e-mail with the link to the session right away.

    Your personal link (also to cancel):
    { $link }

    Regards,
    KijKINDeWijk
webinar-mail-moved-up-subject = A place is free: { $title }
webinar-mail-moved-up-body =
    Hello { $name },

    Good news: a place became free. You are now registered for "{ $title }" on { $when } (Dutch time).

    Join through this link:
    { $meeting }

    The attachment holds the session for your calendar.
    Can't make it? Cancel through your personal link:
    { $link }

    Regards,
    KijKINDeWijk
webinar-mail-reminder-subject = Tomorrow: { $title }
webinar-mail-reminder-body =
    Hello { $name },

    Tomorrow is "{ $title }", { $when } (Dutch time).

    Join through this link:
    { $meeting }

    Can't make it? Cancel through your personal link:
    { $link }

    Regards,
    KijKINDeWijk
