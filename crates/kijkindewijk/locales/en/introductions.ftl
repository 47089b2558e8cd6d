# Warm handover: introductions to opportunities in the neighbourhood.

youth-tab-introductions = Introductions
part-introduction = the introduction to a club or activity
part-introductions = your introductions to clubs and activities
role-systeem = KijKINDeWijk itself
log-ground-follow-up = the question after 3 months whether it still runs
log-ground-introduced = an introduction to their organisation

intro-title = Introductions
intro-intro = Here you see which clubs, activities or side jobs you were introduced to, and how it goes. You, your youth professional and the club see the same.
intro-to-suggestions = See suggestions that suit you
intro-to-map = Search the social map yourself
intro-empty = There are no introductions yet.
intro-no-contact = You do not want the club to contact you directly.
intro-no-contact-partner = Do not contact the young person. Go through the youth professional.
intro-no-contact-short = no contact
intro-history = What happened
intro-next = Next step
intro-reason-label = Reason
intro-note-label = Note (optional; the young person, the club and the youth professional read this)
intro-back = Back to the introductions
intro-detail-title = Introduction
intro-who = Young person
intro-activity = Activity

intro-status-proposed = proposed
intro-status-accepted = accepted by the club
intro-status-declined = declined by the club
intro-status-contact-made = contact made
intro-status-started = started
intro-status-still-running = still running after 3 months
intro-status-ended = stopped
intro-step-accepted = Yes, welcome
intro-step-declined = No, decline
intro-step-contact-made = Contact made
intro-step-started = Started
intro-step-still-running = Still running after 3 months
intro-step-ended = Stop
intro-reason-no-place = no place
intro-reason-no-fit = does not fit
intro-reason-stopped = stopped
intro-reason-no-contact = no contact
intro-refused-not-next = This step is not possible now. Look at the steps that are.
intro-refused-partner-decides = Only the club says yes or no.
intro-refused-reason = Choose a reason.
intro-refused-too-early = This is only possible 3 months after the start.
intro-refused-changed = Someone else just changed the introduction. Look at where it stands now.

intro-suggestions-title = Suggestions
intro-suggestions-intro = Activities that suit your interests and talents, your age, your district and your budget. Each suggestion says why.
intro-suggestions-no-profile = Your talents and interests were not shared. These suggestions suit the age and the district.
intro-suggestions-empty = There are no suggestions now. Search the social map yourself.
intro-why = Why this suggestion:
intro-why-interest = Suits: { $word }
intro-why-wijk = In your own district
intro-why-free = Free
intro-why-jeugdfonds = The Jeugdfonds Sport & Cultuur can pay the costs
intro-propose = Propose

intro-new-title = Propose
intro-new-title-with = Propose for { $service }
intro-jeugdfonds-note = Costs? The Jeugdfonds Sport & Cultuur can pay. Only a youth professional, teacher or other intermediary can apply. Ask your youth professional.
intro-partner-sees = The club only sees your first name ({ $name }), your age and what you write below. They do not see your plan.
intro-message-label = What do you want to tell the club?
intro-message-hint = For example: when you can come, or what you can already do. Optional.
intro-message-too-long = This message is too long. Use at most 1000 characters.
intro-no-contact-label = Do not contact me (the club does not call or mail me directly)
intro-by-someone-close = someone close to { $name }
intro-refused-no-reason-here = Only saying no or stopping has a reason.
intro-contact-save = Save your choice
intro-refused-closed = This introduction has been closed. You can no longer change this.
intro-duplicate = You were already introduced here. See how it goes under your introductions.

intro-inbox-title = Introductions
intro-inbox-intro = Young people who want to start with you. You see only what is needed: first name, age and what the young person tells.
intro-inbox-empty = There are no introductions yet.
intro-inbox-back = Back to the introductions

intro-mail-new-subject = A new introduction through KijKINDeWijk
intro-mail-new-body =
    Hello,

    A young person wants to start at { $service }. Log in to see the introduction and answer:

    { $link }
intro-mail-followup-subject = Is it still running?
intro-mail-followup-body =
    Hello,

    Three months ago an introduction to { $service } started. Is it still running? Let us know:

    { $link }

## For whoever reads the page: a parent or professional reads about the young person
intro-intro-other = Here you see which clubs, activities or side jobs { $name } was introduced to, and how it goes. { $name }, the youth professional and the club see the same.
intro-to-suggestions-other = See suggestions for { $name }
intro-no-contact-other = { $name } does not want the club to make contact themselves.
intro-suggestions-intro-other = Activities that fit the interests and talents of { $name }, their age, district and budget. Each suggestion says why.
intro-suggestions-no-profile-other = The talents and interests of { $name } are not shared. These suggestions fit the age and the district.
intro-why-wijk-other = In the district of { $name }
intro-reason-choose = Choose a reason

## The loop, stage by stage: what happens next and who takes the step; how the club reaches someone
intro-asked-on = asked on { $date }
intro-next-heading = What happens now?
intro-next-proposed-own = { $club } reads your request and says yes or no. You will see it here. Heard nothing after a week? Ask your youth professional.
intro-next-proposed-other = { $club } reads the request of { $name } and says yes or no. You will see it here. Heard nothing after a week? Contact the club.
intro-next-proposed-partner = It is your turn: say yes or no to { $name }, preferably within a week.
intro-next-accepted-own = { $club } says yes! Now it is the club's turn: they contact you about your first time.
intro-next-accepted-own-via = { $club } says yes! You did not want the club to contact you directly. Your youth professional arranges the first time with the club and with you.
intro-next-accepted-other = { $club } says yes. Now it is the club's turn: they contact { $name } about the first time.
intro-next-accepted-other-via = { $club } says yes. { $name } does not want the club to make contact directly: the youth professional arranges the first time with the club and with { $name }.
intro-next-accepted-partner = It is your turn: arrange the first time, in the way shown below. Done? Then choose ‘Contact made’.
intro-next-contact-own = There is contact. Have you started? Then choose ‘Started’ (or the club or your youth professional does).
intro-next-contact-other = There is contact. Has { $name } started? Then choose ‘Started’.
intro-next-contact-partner = There is contact. Has { $name } started? Then choose ‘Started’.
intro-next-started-own = You have started. In three months we ask whether it still runs.
intro-next-started-other = { $name } has started. In three months we ask whether it still runs.
intro-stop-summary = Stop this introduction
intro-stop-summary-partner = Say no or stop
intro-message-own = What you tell the club
intro-message-of = What { $name } tells the club
intro-message-none = Nothing. No message was sent.
intro-message-label-other = What does { $name } want to tell the club?
intro-partner-sees-other = The club only sees the first name ({ $name }), the age and what is written below. They do not see the plan.
intro-contact-heading = Making contact
intro-contact-via = { $name } would like to be reached like this:
intro-contact-not-direct = { $name } does not want you to make contact directly. Go through the youth professional.
intro-contact-professional = The youth professional of { $name }:
intro-contact-none = No youth professional is involved with { $name } and no way to make contact was given. Write a message with the next step: { $name } reads it on this page.
intro-contact-own-heading = How may the club reach you?
intro-contact-via-label = How can the club reach you? (optional)
intro-contact-via-hint = For example your phone number or e-mail address, or ‘through my mother’. The club sees this only once they say yes, and not if you choose ‘do not contact me’ below.
intro-contact-via-too-long = This is too long. Use at most 200 characters.
intro-after-asking = After sending, the club reads your request and says yes or no. You will see it on the page of this introduction.
intro-ask = Send request
intro-propose-other = Propose
intro-suggestion-where = Where
intro-suggestion-when = When
intro-suggestion-more-places = { $count ->
    [one] also at 1 other place
   *[other] also at { $count } other places
}
intro-inbox-new = { $count ->
    [0] No new introductions are waiting for your answer.
    [one] 1 new introduction is waiting for your answer.
   *[other] { $count } new introductions are waiting for your answer.
}
intro-inbox-is-new = new
intro-inbox-asked = Asked on
intro-inbox-changed = Last changed
flash-intro-asked = Your request was sent. Below you see what happens now.
flash-intro-step = Saved. Everyone with this introduction sees the new step.
flash-intro-contact = Your choice was saved.
