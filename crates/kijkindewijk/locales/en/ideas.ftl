idea-list-title = Do you know how?
idea-list-intro = Do you have an idea to make the ordinary life of young people in your neighbourhood easier or stronger? Share it here. Others can support your idea and the municipality answers.
idea-list-empty = There are no ideas yet.
idea-new-title = Share your idea
idea-new-intro = Write briefly what your idea is and for which neighbourhood. First you see a preview and ideas that look like it. The editors look at your idea before it appears on the website.
idea-title = Title of your idea
idea-title-hint = Short and clear, for example: Football pitch open in summer.
idea-body = Your idea
idea-body-hint = What do you want, and why does it help young people? An empty line starts a new paragraph.
idea-wijk = Neighbourhood
idea-choose-wijk = Choose a neighbourhood
idea-email = E-mail address (optional)
idea-email-hint = Do you want to hear what happens with your idea? Enter your e-mail address. You get a link to confirm it.
idea-privacy = Your e-mail address is not shown on the website.
idea-preview = Preview
idea-preview-again = Preview again
idea-send = Send idea
idea-preview-heading = This is how your idea looks
idea-similar-heading = Is your idea like another idea?
idea-similar-intro = These ideas look like yours. Perhaps you want to support one of them.
idea-similar-none = We found no ideas like it.
idea-sent-title = Thank you for your idea
idea-sent-text = The editors look at your idea. Then it appears on the website. Did you give an e-mail address? Look in your e-mail to confirm it.
idea-back = Back to all ideas
idea-supports = { $count ->
    [one] 1 person supports this idea
   *[other] { $count } people support this idea
}
idea-reports = { $count } reports
idea-support-heading = Support this idea
idea-support-email = Your e-mail address
idea-support-email-hint = You get a link. Your support counts once you confirm it. That way every address counts once.
idea-support = I support this idea
idea-support-mail-title = Look in your e-mail
idea-support-mail-text = We sent you a link. Click it to confirm your support.
idea-report-heading = Something wrong?
idea-report-text = Is there something hurtful or personal in this idea? Report it. The editors will look at it.
idea-report = Report this idea
idea-reported-title = Thank you for your report
idea-reported-text = The editors will look at your report.
idea-confirm-title = Confirm
idea-confirm-support = Click Confirm to support this idea.
idea-confirm-follow = Click Confirm to get an e-mail when the municipality answers this idea.
idea-confirm = Confirm
idea-confirmed-support = Thank you. Your support counts.
idea-confirmed-follow = Thank you. You get an e-mail when the municipality answers.
idea-answer-heading = The municipality's answer
idea-barrier-linked = This belongs to the barrier:
idea-answer-considering = Under consideration
idea-answer-in-progress = Being carried out
idea-answer-done = Carried out
idea-answer-not-feasible = Not feasible
idea-status-pending = Waiting for the editors
idea-status-published = Shown
idea-status-hidden = Hidden after reports
idea-status-rejected = Rejected
idea-error-title = Give your idea a title.
idea-error-title-long = The title is too long. Use at most 150 characters.
idea-error-body = Write what your idea is.
idea-error-body-long = Your text is too long. Use at most 5000 characters.
idea-error-wijk = Choose a neighbourhood.
idea-error-email = This is not a valid e-mail address. For example: name@example.org.
idea-error-twice = You support this idea already. Everyone can support an idea once.
idea-error-state = Choose where it stands.
idea-error-answer = Write an answer.
idea-error-reason = Write why it is not feasible.
idea-error-barrier = Choose a barrier from the list.
idea-error-none-ticked = Tick at least one idea.
idea-error-decision = Choose show or reject.
idea-moderation-title = Moderate ideas
idea-moderation-intro = New ideas and ideas hidden after reports wait here. Tick them and choose show or reject.
idea-queue-heading = Waiting for the editors
idea-queue-empty = Nothing is waiting.
idea-queue-legend = Ideas that wait
idea-publish = Show
idea-reject = Reject
idea-shown-heading = Shown ideas
idea-not-answered = no answer yet
idea-answer-title = Answer
idea-answer-state = Where does it stand?
idea-choose-state = Choose a state
idea-answer-text = Answer
idea-answer-text-hint = If not feasible: write why. People who follow the idea get this answer by e-mail.
idea-answer-barrier = Belongs to barrier (optional)
idea-choose-barrier = No barrier
idea-answer-save = Save answer
idea-mail-follow-subject = Confirm your e-mail address: { $title }
idea-mail-follow-body =
    Hello,

    You shared the idea "{ $title }". Do you want an e-mail when the municipality answers? Confirm with this link:
    { $link }

    Did you not share this idea? Then you can ignore this e-mail.

    KijKINDeWijk
idea-mail-support-subject = Confirm your support: { $title }
idea-mail-support-body =
    Hello,

    You want to support the idea "{ $title }". Confirm your support with this link:
    { $link }

    Was this not you? Then you can ignore this e-mail.

    KijKINDeWijk
idea-mail-answer-subject = Answer to the idea: { $title }
idea-mail-answer-body =
    Hello,

    The municipality answered the idea "{ $title }".

    State: { $state }

    { $text }

    Read more: { $link }

    KijKINDeWijk
