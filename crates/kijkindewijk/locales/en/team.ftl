# The team's week: team page, tasks, involvement and handover, consent requests, structured notes.
team-title = My team
team-intro = The team's week: who needs attention, who takes care of what, and what is to be done.
team-wijken = The team's neighbourhoods
team-no-wijken = This team has no neighbourhoods yet.
team-caseload = Young people you are involved with
team-caseload-intro = Young people who need attention now are at the top. You only see what the young person (or parent) shares with the team.
team-caseload-empty = You are not involved with any young person now.
team-last-contact = Last contact
team-attention = Needs attention
team-needs-attention = Needs attention
team-all-well = Nothing in particular.
team-write-note = Write a note
team-involvement-link = Involvement
team-members = Team members and their tasks
team-member-involved = involved with { $count } young people
team-no-tasks = No open tasks.
team-signal-overdue = Actions past their date: { $count }
team-signal-due-soon = Actions due within a week: { $count }
team-signal-introductions = Introductions waiting: { $count }
team-signal-wants-to-talk = Wants to talk about { $count } topics
team-signal-no-contact = No contact for { $count } weeks
team-signal-never-contact = No contact recorded yet
team-signal-barriers = Barriers open: { $count }
team-signal-plan-not-shared = The plan is not shared with the team.
team-signal-plan-asked = The plan is not shared. Consent was asked.
team-signal-notes-not-shared = The notes are not shared with the team.
team-signal-notes-asked = The notes are not shared. Consent was asked.
team-ask-consent = Ask for consent
team-task-new = New task
team-task-title = What needs to be done?
team-task-due-label = Done by when?
team-task-due-hint = May stay empty.
team-task-assignee = For whom?
team-task-young = About which young person?
team-task-young-none = No young person
team-task-submit = Add task
team-task-done = Done
team-task-due = by { $date }
team-task-overdue = past its date: { $date }
team-task-title-required = Write down what needs to be done.
team-task-title-long = Make the task shorter (200 characters at most).
team-task-title-invalid = Use plain text, without special characters.
team-task-due-invalid = Enter a date such as 2026-12-31.
team-task-assignee-invalid = Choose someone from your own team.
team-task-young-invalid = Choose a young person you are involved with.
team-tasks-mine = My open tasks
team-tasks-none = You have no open tasks.
team-involvement-title = Involvement
team-involved-now = Involved now
team-move-title = Hand over or involve a colleague
team-move-intro = Choose a colleague from your own team. When you hand over, your involvement ends and access moves to your colleague. This goes into the young person's log.
team-move-colleague = Colleague
team-move-choose-option = Choose a colleague
team-move-handover = Hand over
team-move-add = Involve colleague
team-move-outside-team = You can only hand over to a colleague from your own team.
team-move-to-self = Choose a colleague other than yourself.
team-move-already-involved = This colleague is already involved.
team-move-choose = Choose a colleague.
team-end-title = End my involvement
team-end-intro = After this you can no longer see this young person's data. This goes into the young person's log.
team-end-submit = End involvement
team-consent-title = Requests for consent
team-consent-intro = The team asks whether it may see this. You decide. You can always switch it off later under "Who sees what".
team-consent-none = There are no open requests.
team-consent-asked-by = Asked by { $name }
team-consent-grant = Yes, that's fine
team-consent-refuse = No, rather not
team-consent-answered = Your answer was saved.
team-consent-waiting-other = You said yes. Someone else still has to say yes.
team-consent-all-settings = Everything about who sees what
team-consent-open = The team asks for your consent.
team-consent-open-link = See the request
team-sharing-status = Shared with the team
team-part-shared = shared
team-part-not-shared = not shared
team-part-asked = consent asked
team-note-kind = Kind of note
team-note-contact = Contact
team-note-meeting = Meeting
team-note-agreement = Agreement
log-action-handover = handed the involvement over to a colleague, for
log-action-involvement-start = involved a colleague with
log-action-involvement-end = ended the involvement with
start-prof-tasks-link = All of the team's tasks
notes-kind-invalid = Choose contact, meeting or agreement.
team-not-shared-title = Not shared with the team
team-not-shared-text = { $part }: this is not shared with the team. The young person (or the parent, when the young person is under 16) decides. You can ask for consent; they see your request and can say yes or no.
team-ask-plan-of = the plan of { $name }
team-ask-notes-of = the notes about { $name }
team-lead-title = Who in the team needs attention
team-lead-why = You only see numbers here, no names. You only see the names of young people you are involved with yourself. That way only the people who help a young person know who it is. Want to know more? Ask the team member.
team-lead-member = Team member
team-lead-young = Young people
team-lead-kinds = What for
team-lead-no-members = This team has no youth workers yet.
team-lead-overdue = Actions past their date: { $count } young people
team-lead-introductions = Introductions waiting: { $count } young people
team-lead-wants-to-talk = Wants to talk about something: { $count } young people
team-lead-no-contact = No contact for long, or never: { $count } young people
team-lead-barriers = Barriers open: { $count } young people
team-lead-not-shared = Something not shared, not asked yet: { $count } young people
team-caseload-empty-next = On the team page you see who in the team needs attention and who takes care of what.
team-end-confirm = Yes, I end my involvement with { $name }. I know I cannot see the data afterwards.
team-end-confirm-required = First tick the box if you are sure you want to stop.
team-mail-subject = The team asks for consent
team-mail-young-body = Hi,

    Someone from the local team asks if the team may see something of yours. You decide if that is OK.

    See what is asked here and say yes or no:
    { $link }

    You can always turn it off later.
team-mail-parent-body = Dear parent,

    Someone from the local team asks if the team may see something of your child. You decide if that is OK (from age 12 together with your child).

    See what is asked here and say yes or no:
    { $link }

    You can always turn it off later.
team-consent-notice = The team asks for your consent ({ $count }).
team-consent-notice-parent = The team asks for your consent for { $name }.
team-consent-notice-count = Open questions: { $count }.
log-ground-consent-request = telling about a request for consent

## The overdue reminder (mail).
team-mail-overdue-subject = A task is overdue
team-mail-overdue-body = A task of yours on the team page was due on { $due }. See what still needs doing, or tick the task off when it is done: { $link }
