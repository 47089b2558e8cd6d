# Barriers: what holds young people back, the Reverse Test, escalations and answers, reporting.

part-barriers = your barriers

barrier-status-open = Open
barrier-status-in-progress = In progress
barrier-status-escalated = Escalated
barrier-status-solved = Solved
barrier-status-breakthrough = Breakthrough
barrier-status-unsolvable = Cannot be solved

barrier-cat-rule = A rule or law
barrier-cat-way-of-working = An organisation's way of working
barrier-cat-waiting-list = A waiting list
barrier-cat-money = Money or costs
barrier-cat-transport = Transport or distance
barrier-cat-information = Information or language
barrier-cat-provision-missing = No provision exists
barrier-cat-exclusion = Exclusion or discrimination
barrier-cat-digital = Digital: no access
barrier-cat-other = Something else

barrier-by-young = Young person
barrier-by-parent = Parent
barrier-by-network = Someone from the network
barrier-by-professional = Professional
barrier-by-partner = Partner or entrepreneur
barrier-by-resident = Resident
barrier-by-teamleider = Team leader
barrier-by-beleid = Policy
barrier-by-system = KijKINDeWijk

barrier-level-teamleider = Team leader
barrier-level-policy = Municipal policy
barrier-level-board = Governance board

barrier-home-link = Report what holds you back, or see the barriers
barrier-list-title = Barriers
barrier-list-intro = What stands in young people's way. Work through the Reverse Test, solve it in the team or take it to those who can.
barrier-list-caption = The municipality's barriers
barrier-list-empty = No barriers match this choice.
barrier-all = All
barrier-filter = Show
barrier-new-title = Record a barrier
barrier-new-intro = Describe briefly what stands in the way. Do not put names in the title.
barrier-title = Title
barrier-title-hint = Short, at most 200 characters.
barrier-what = What happened?
barrier-category = Kind of barrier
barrier-rule = Rule, organisation or scheme behind it
barrier-rule-hint = For example: a fee, an age limit, an organisation's waiting list.
barrier-domain = Life domain
barrier-wijk = Neighbourhood
barrier-choose = Choose…
barrier-choose-none = (none)
barrier-save = Record
barrier-back = Back to the barriers
barrier-status = Status
barrier-young-count = Young people it hits
barrier-young-others = And { $count } young person(s) you do not know.
barrier-raised-by = Recorded by
barrier-solution = How it was solved
barrier-for-policy-yes = may appear in the policy report
barrier-merged-note = This barrier was merged into another one.
barrier-merged-link = Go to that barrier
barrier-escalations = Escalated
barrier-escalated-on = Escalated on
barrier-deadline = Answer by
barrier-waiting-answer = There is no answer yet.
barrier-answer-not-saved = Your answer was not saved. This is what you typed:
barrier-answer-heading = Answer
barrier-answer-label = Official answer
barrier-answer-hint = Everyone who recorded or follows the barrier, and the young people it hits, see this answer.
barrier-answer-state = What does the answer mean?
barrier-answer-send = Send the answer
barrier-work = Work on it
barrier-next-status = Next step
barrier-solution-label = How was it solved?
barrier-solution-hint = No names. Only when you tick the box does this text appear in the policy report.
barrier-for-policy = The title and solution may appear in the policy report (they contain no names or other personal data)
barrier-status-save = Save
barrier-follow = Follow
barrier-unfollow = Stop following
barrier-follower-note = You follow this barrier. You will hear when there is an answer.
barrier-merge-title = Merge
barrier-merge-intro = Is another barrier about the same thing? Merge this one into it. Its young people and followers then count there.
barrier-merge-into = Merge into
barrier-merge-send = Merge
barrier-history = History
barrier-ev-raised = Recorded
barrier-ev-escalated = Escalated to
barrier-ev-answered = Answered
barrier-ev-merged = Merged into
barrier-ev-merged-from = Merged in
barrier-ev-reminded = Reminder sent: the deadline passed

barrier-escalate-title = Escalate
barrier-escalate-intro = Take the barrier to those who can solve it. The argument from the Reverse Test is filled in already.
barrier-escalate-no-toets = The Reverse Test is not finished. You can still escalate, but the argument is stronger when it is.
barrier-level = To whom?
barrier-deadline-label = Answer by
barrier-deadline-hint = Leave empty for 4 weeks.
barrier-escalate-title-label = Title for those who answer
barrier-escalate-title-hint = Without names; policy sees only this title and the argument.
barrier-escalate-argument-hint = Without names or other personal data.
barrier-no-personal-data = I checked: the title and the argument contain no names or other personal data
barrier-escalate-send = Escalate
barrier-argument = Argument

barrier-inbox-title = Escalated barriers
barrier-inbox-intro = Barriers escalated to you that wait for an answer, earliest deadline first.
barrier-inbox-lead = For the team leader
barrier-inbox-policy = For policy and the governance board
barrier-inbox-empty = Nothing waits for an answer.
barrier-late = deadline passed

barrier-policy-title = Escalated barrier
barrier-policy-intro = You see only what the team wrote for you. Names and other personal data are not shown.

barrier-report-title = Barrier report
barrier-report-intro = Counts under 5 are shown as "< 5". Stories appear only where the team marked them fit for this report.
barrier-report-all-wijken = All neighbourhoods
barrier-report-from = From
barrier-report-to = Up to and including
barrier-report-csv = Download as CSV
barrier-report-total = Barriers recorded
barrier-report-young = Times a young person was hit
barrier-report-median = Median days to an answer
barrier-report-answers = answers
barrier-report-by-category = By kind
barrier-report-by-status = By status
barrier-report-by-month = By month
barrier-report-month = Month
barrier-report-count = Count
barrier-report-stories = What was solved, and how
barrier-report-no-stories = No stories for this report yet.

barrier-young-page-title = What holds you back?
barrier-young-page-title-of = What holds { $name } back?
barrier-young-intro-own = Is something holding you back? A rule, money, a waiting list, transport? Tell us in your own words. The team will see what it can do.
barrier-young-intro = Barriers that hold this young person back, and what is done about them.
barrier-young-list = What was reported
barrier-young-empty = Nothing recorded yet.
barrier-since = recorded on
barrier-young-answer = There is an answer
barrier-young-ask = Tell us something
barrier-young-ask-intro = Use ordinary words. You do not need to know everything.
barrier-young-title = What holds you back? In a few words
barrier-young-title-hint = For example: "The club fee is too expensive".
barrier-young-what = What happened?
barrier-young-what-hint = Tell us what you wanted to do and what went wrong.
barrier-young-category = What is it about?
barrier-young-rule = Which rule or organisation is behind it?
barrier-young-rule-hint = If you know. You may leave it empty.
barrier-young-domain = Which part of your life is it about?
barrier-young-send = Send
barrier-to-plan = Back to the plan

toets-title = Reverse Test
toets-intro = Work through the steps in this order. Each step is saved at once; a colleague can continue where you stopped. The law comes only at the end.
toets-saved-by = Last saved by
toets-read-only = This barrier is escalated or closed. You can read the test but no longer change it.
toets-step-need = 1. What does this young person need?
toets-hint-need = What does the young person want to achieve? What is really needed?
toets-step-effect = 2. What is the effect for the young person and their surroundings?
toets-hint-effect = For the young person, the family, friends, school and the neighbourhood.
toets-step-purpose = 3. What is the purpose of the rule? Does applying it here serve that purpose?
toets-hint-purpose = Why does the rule exist? Does it achieve here what it is meant to?
toets-step-fairness = 4. Is it fair?
toets-hint-fairness = Would you find it fair yourself? Is someone shut out?
toets-step-legal = 5. The legal check
toets-hint-legal = Only now: what room does the law or scheme give to deviate?
toets-step-proposal = 6. Proposal
toets-hint-proposal = Do we solve it in the team, or escalate? Write the argument once; it goes with the escalation.
toets-answer = Your answer
toets-served = Does applying the rule here serve its purpose?
toets-served-yes = Yes
toets-served-partly = Partly
toets-served-no = No
toets-proposal-choice = What do you propose?
toets-proposal-team = Solve it in the team
toets-proposal-escalate = Escalate to the team leader, policy or the board
toets-argument = Argument
toets-argument-hint = Why this is needed, in a few sentences. No names.
toets-save-step = Save step
toets-later = First the steps above.
toets-done-escalate = The test is finished. The proposal is to escalate.
toets-done-team = The test is finished. The proposal is to solve it in the team.
toets-to-barrier = Go to the barrier
toets-error-order = Take the steps in order: first the steps above.
toets-error-empty = Please fill this in.
toets-error-served = Choose whether applying the rule here serves its purpose.
toets-error-proposal = Choose: solve it in the team or escalate.
toets-error-closed = This barrier is escalated or closed; the test can no longer change.

barrier-error-title-empty = Give a short title.
barrier-error-title-long = The title is too long: at most 200 characters.
barrier-error-what-empty = Tell us what happened.
barrier-error-text-long = This text is too long: at most 4000 characters.
barrier-error-category = Choose a kind of barrier from the list.
barrier-error-rule-long = This is too long: at most 200 characters.
barrier-error-domain = Choose a life domain from the list.
barrier-error-wijk = Choose a neighbourhood from the list.
barrier-error-level = Choose to whom you escalate.
barrier-error-deadline = Enter a date as yyyy-mm-dd, or leave it empty.
barrier-error-deadline-range = The date must be after today and within a year.
barrier-error-personal = Check that there are no names or personal data, and tick the box.
barrier-error-state = Choose what the answer means.
barrier-error-answer-empty = Write the answer.
barrier-refused-closed = This barrier is closed. Nothing can change any more.
barrier-refused-awaiting = This barrier waits for an answer. Only the answer can change its status.
barrier-refused-jump = That step is not possible from the current status.
barrier-refused-stale = Someone else just changed this barrier. Look at the new state and try again.
barrier-answer-role = Only those it was escalated to may answer.
barrier-answer-taken = Someone else just answered this barrier. Your answer was not saved; you still see it below.
barrier-answer-gone = This escalation does not exist (any more).
barrier-merge-self = A barrier cannot be merged into itself.
barrier-merge-municipality = Barriers can only be merged within the same municipality.
barrier-merge-merged = This barrier was merged already.
barrier-merge-closed = A barrier cannot be merged into a closed one.
barrier-merge-unknown = Choose a barrier from the list.

barrier-mail-answer-subject = There is an answer on a barrier
barrier-mail-answer-body = There is an answer on the barrier "{ $title }": { $state }.

    Read the answer in KijKINDeWijk: { $link }
barrier-mail-young-subject = News about what holds you back
barrier-mail-young-body = Hi,

    You told us something holds you back, or the team did so for you. There is an answer now: { $state }.

    See in KijKINDeWijk what it means: { $link }
barrier-mail-reminder-subject = Reminder: a barrier waits for an answer
barrier-mail-reminder-body = The deadline for an answer on the barrier "{ $title }" was { $deadline }. There is no answer yet.

    Answer: { $link }

barrier-status-open-explain = It has been reported. The team has not looked at it yet.
barrier-status-in-progress-explain = The team is finding out what it can do about it.
barrier-status-escalated-explain = The team cannot solve it by itself. It is now with those who decide about it.
barrier-status-solved-explain = It has been solved.
barrier-status-breakthrough-explain = A new solution was found, also for others with the same barrier.
barrier-status-unsolvable-explain = It cannot be solved. The answer says why.
barrier-tab = Barriers
barrier-overview-card = What holds this young person back, and what is done about it.
barrier-young-ask-other = Report something for { $name }
barrier-young-ask-intro-other = Tell in plain words what holds { $name } back. You do not need to know everything.
barrier-young-title-other = What holds { $name } back? In a few words
barrier-young-what-other = What happened?
barrier-young-what-hint-other = Tell what { $name } wanted to do and what went wrong.
barrier-young-domain-other = Which part of { $name }'s life is it about?
barrier-young-to-form = Report something
barrier-mail-parent-subject = News about what holds your child back
barrier-mail-parent-body = Dear parent,

    A barrier that holds your child back was reported. There is an answer now: { $state }.

    See in KijKINDeWijk what it means: { $link }
barrier-young-rule-hint-other = If you know. You may leave it empty.
barrier-to-overview = Back to { $name }
log-ground-barrier-answer = telling about the answer to a barrier

## A partner raises what stopped an introduction.
barrier-partner-heading = Did a rule stand in the way?
barrier-partner-offer = Did it not go ahead because of costs, an age limit, a waiting list or another rule? Report it as a barrier. The team and the municipality look at what can change.
barrier-partner-link = Report a barrier
barrier-partner-title = Report what stopped the introduction
barrier-partner-intro = The introduction for { $service } has stopped. Describe what stopped it: which rule, costs or waiting list, and what was needed.
barrier-partner-privacy = The report goes to the municipality's team. Afterwards you see its status and the answer. Do not write names in the title.
barrier-partner-back = Back to the introduction

## Beheer of the municipality's barrier categories.
category-title = Kinds of barriers
category-intro = People choose from this list what kind of barrier they report. Fit the list to your municipality. A kind that is already in use can get another name, but cannot be removed.
category-default = Your municipality uses the default list now. As soon as you change something, it becomes your own list.
category-saved = The list has been saved.
category-caption = Kinds of barriers, in the order of the choice list
category-name-nl = Name (Dutch)
category-name-en = Name (English)
category-used = Number of barriers
category-actions = Change
category-up = Move { $name } up
category-down = Move { $name } down
category-remove = Remove { $name }
category-in-use-note = A kind that is in use has no remove button.
category-rename-heading = Change a name
category-which = Which kind?
category-rename = Save name
category-add-heading = Add a kind
category-add = Add
category-back = Back to the start page
category-error-name = Fill in a name.
category-error-name-long = Make the name shorter: at most 60 characters.
category-error-name-control = Do not use line breaks or tabs in a name.
category-error-double = This name is already in the list.
category-error-full = The list is full: at most 30 kinds. First remove a kind that is not in use.
category-error-in-use = Barriers use this kind. Give it another name instead of removing it.
category-error-last = The list must keep at least one kind.
category-error-unknown = This kind is not (or no longer) in the list. Choose again.
start-admin-barriers = Barriers
start-admin-barriers-text = Choose which kinds of barriers people can report.
