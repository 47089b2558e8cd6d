# KijKINDeWijk — English (second language). Plain words, short sentences.

## General and layout
skip-to-content = Skip to content
switch-language = Nederlands
nav-main-label = Main menu
nav-home = Home
nav-login = Log in
nav-logout = Log out
nav-account = My account
footer-heading = About this website
footer-accessibility = Accessibility
footer-privacy = Privacy
footer-tagline = KijKINDeWijk: working together on the ordinary life of children and young people in the neighbourhood.
form-has-errors = Something went wrong. Please look at these points:

## Roles
role-jongere = Young person
role-ouder = Parent or carer
role-netwerklid = Network member
role-jeugdprofessional = Youth professional
role-teamleider = Team leader
role-partner = Partner
role-beleid = Policy
role-redacteur = Editor
role-beheerder = Administrator

## Home
home-title = Ordinary life, together with the neighbourhood
home-lead = Every child and young person should grow up at home, go to school or work, take part in the neighbourhood and have people they trust.
home-intro = Sometimes that does not work out. Barriers get in the way: rules, waiting lists, money or transport. KijKINDeWijk helps to remove those barriers. Together with the young person, the people around them, the neighbourhood and the local team. We look at opportunities and talents, and at what works.
home-what-heading = What you can do here
home-plan-heading = Your own plan
home-plan-text = As a young person you make your own plan for your life. You show who you trust. And you decide who sees what.
home-map-heading = Opportunities nearby
home-map-text = Clubs, sport, music, homework help, a buddy or a side job. Together we find what suits you and check that it keeps going.
home-barriers-heading = Removing barriers
home-barriers-text = Anyone can report what is in the way. The team solves it or takes it to the municipality. The answer comes back.
home-teams-heading = For local teams
home-teams-text = Your daily work in one place. Writing it down once is enough.
home-insight-heading = Insight for the municipality
home-insight-text = Figures per neighbourhood, without anyone being recognisable.
home-learn-heading = Learning and sharing ideas
home-learn-text = Webinars, an online magazine and ideas from residents.
home-login = Log in
home-to-start = To your start page

## Accessibility and privacy
a11y-title = Accessibility
a11y-p1 = We want everyone to be able to use this website. Also if you have poor eyesight, do not use a mouse, or use a screen reader.
a11y-p2 = The website follows WCAG 2.1 at level AA. That is the legal standard for government websites. All pages also work without JavaScript.
a11y-p3 = We test every new version automatically for accessibility and with the keyboard.
a11y-p4 = Do you still run into a problem? Let us know through the local team or the municipality. We will fix it as soon as we can.
privacy-title = Privacy
privacy-p1 = KijKINDeWijk only keeps data that is needed to help young people. You decide who may see your plan and network, following the rules for your age.
privacy-p2 = Every time someone looks at or changes your data, this is recorded. You can see for yourself who it was.
privacy-p3 = You may always ask which data we hold, have something corrected, or have data removed where the law allows it.
privacy-p4 = Passwords are stored encrypted. Staff log in with an extra code.

## Logging in
login-title = Log in
login-name-label = E-mail address or user name
login-name-hint = No e-mail address? Then use your user name.
login-password-label = Password
login-submit = Log in
login-forgot-link = Forgot your password?
login-name-required = Enter your e-mail address or user name.
login-password-required = Enter your password.
login-failed = This e-mail address, user name or password is not right.
login-blocked = You have tried too often. Wait 15 minutes and try again.
login-notice-password-set = Your password has been saved. You can log in now.
login-notice-logged-out = You are logged out.
login-welcome = Welcome, { $name }.

## Two-step verification
code-title = Enter your code
code-intro = Open the login code app on your phone. Enter the 6-digit code.
code-label = Code
code-hint = Lost your phone? Enter one of your recovery codes instead.
code-hint-enrol = The 6-digit code from the app.
code-submit = Log in
code-wrong = This code is not right or has been used already. Try the new code from the app.
enrol-title = Set up extra security
enrol-intro = You work with data about young people. That is why you log in with your password and a code from an app on your phone.
enrol-step-app = Install a login code app on your phone, for example an authenticator app.
enrol-step-scan = Scan the QR code with the app. Does that not work? Then type in the secret key.
enrol-step-code = Enter the 6-digit code the app shows below.
enrol-qr-caption = QR code to link the app
enrol-secret-label = Secret key:
enrol-submit = Link and log in
recovery-title = Your recovery codes
recovery-intro = Keep these codes in a safe place. Lost your phone? Then log in with one of these codes. Each code works once. You see them only once.
recovery-copy = Copy the codes
recovery-continue = Continue

## Forgot password, reset, invitation
forgot-title = Forgot your password
forgot-intro = Enter your e-mail address or user name. If we have an e-mail address for you, we send you a link to choose a new password.
forgot-submit = Send the link
forgot-sent = If this account exists and has an e-mail address, an e-mail is on its way. The link works for 60 minutes.
forgot-no-email = No e-mail address? Ask your contact person in the local team for a new link.
reset-title = Choose a new password
invitation-title = Welcome to KijKINDeWijk
set-password-intro = Your user name is { $login }. Choose a password.
new-password-label = New password
new-password-hint = At least 10 characters. A sentence of a few words is easy to remember.
new-password-repeat-label = Repeat the password
set-password-submit = Save password
token-invalid = This link no longer works. It has been used already or is too old.
token-invalid-action = Ask for a new link
password-too-short = The password is too short. Use at least 10 characters.
password-too-long = The password is too long. Use at most 256 characters.
password-contains-login = Do not use your user name in your password.
password-mismatch = The two passwords are not the same.

## My account
account-title = My account
account-name = Name
account-login = User name
account-roles = Roles
account-second-factor = Extra security
account-second-factor-on = On. You have { $left } recovery codes left.
account-second-factor-off = Not needed for your role.
account-sessions = Logged in on number of devices
account-change-password = Change password
account-current-password = Current password
account-current-password-wrong = Your current password is not right.
account-change-password-submit = Change password
account-password-changed = Your password has been changed. You are logged out on other devices.
account-recovery-heading = Recovery codes
account-recovery-text = Make new recovery codes if you lost them or have almost used them up. The old codes then stop working.
account-recovery-submit = Make new recovery codes
account-logout-all-heading = Log out everywhere
account-logout-all-text = Log out on all devices, this one too. Do this if you think someone else can get into your account.
account-logout-all-submit = Log out everywhere

## Start pages
start-choose-title = Choose where to start
start-choose-intro = You have more than one role. Choose the role you want to work with now.
start-scope = Municipality of { $municipality }.
start-team = Team: { $team }.
start-jongere-plan = My plan
start-jongere-plan-text = What goes well, what do you want, and what are your goals? This is where you make your own plan.
start-jongere-network = My network
start-jongere-network-text = The people who matter to you, and who you trust.
start-jongere-sharing = Who sees what
start-jongere-sharing-text = You decide who may see your plan and network. Here you see exactly who can see what.
start-ouder-children = My children
start-ouder-children-text = Your child's plan and what you can do.
start-ouder-consent = Consent
start-ouder-consent-text = Give or withdraw consent for what the local team may see.
start-netwerklid-shared = Shared with me
start-netwerklid-shared-text = What a young person has shared with you.
start-netwerklid-actions = My actions
start-netwerklid-actions-text = What you promised to do.
start-prof-caseload = My young people
start-prof-caseload-text = The young people you are involved with.
start-prof-tasks = Tasks
start-prof-tasks-text = What you need to do today and this week.
start-prof-barriers = Barriers
start-prof-barriers-text = What stands in young people's way, and what the team does about it.
start-lead-team = My team
start-lead-team-text = Who works in the team and how many young people each person supports.
start-lead-escalations = Escalations
start-lead-escalations-text = Barriers the team has taken to the municipality.
start-partner-offer = Our activities
start-partner-offer-text = Keep your activities on the social map up to date.
start-partner-introductions = Introductions
start-partner-introductions-text = Young people who want to start with you.
start-policy-monitor = Neighbourhood monitor
start-policy-monitor-text = Figures per district and neighbourhood, without anyone being recognisable.
start-policy-barriers = Escalated barriers
start-policy-barriers-text = Barriers the municipality needs to answer.
start-editor-pages = Pages and magazine
start-editor-pages-text = Write and publish pages, articles and webinars.
start-editor-moderation = Ideas and messages
start-editor-moderation-text = Review ideas from residents and messages from the contact form.
start-admin-setup = Set up the municipality
start-admin-setup-text = Districts, neighbourhoods, teams and users of your municipality.

## Administration
admin-areas-title = Districts and neighbourhoods
admin-areas-caption = Districts (wijken) with their neighbourhoods (buurten)
admin-areas-empty = There are no districts yet.
admin-wijk = District (wijk)
admin-wijken = Districts
admin-buurten = Neighbourhoods
admin-code = CBS code
admin-name = Name
admin-add = Add
admin-new-wijk = Add a district
admin-new-buurt = Add a neighbourhood
admin-wijk-code-hint = WK, then the municipality's 4 digits and 2 characters.
admin-buurt-code-hint = BU, then the district's 6 characters and 2 characters.
admin-code-example = For example: { $example }
admin-teams-title = Teams
admin-teams-caption = Local teams and their districts
admin-teams-empty = There are no teams yet.
admin-team = Team
admin-new-team = Add a team
admin-users-title = Users
admin-users-caption = Users of this municipality
admin-role = Role
admin-status = Status
admin-status-invited = Invited
admin-status-active = Active
admin-status-active-2fa = Active, with extra security
admin-new-user = Invite a user
admin-email = E-mail address
admin-email-hint = Optional. Without an e-mail address you get a link to pass on yourself.
admin-login-name = User name
admin-login-name-hint = Only needed without an e-mail address. 3 to 40 letters, digits, dots or dashes.
admin-choose = Choose a role
admin-team-hint = Needed for youth professionals and team leaders.
admin-no-team = No team
admin-invite = Invite
admin-invited = { $name } has been invited.
admin-invited-mailed = The invitation was sent by e-mail. The link works for 7 days.
admin-invited-link = Pass on this link. It works for 7 days and only once.
admin-outbox-title = Outgoing e-mail
admin-outbox-smtp = E-mail is sent through the mail server.
admin-outbox-no-smtp = No mail server is set up. Messages stay here, so you can pass them on yourself.
admin-outbox-empty = There are no messages yet.
admin-outbox-to = To:
admin-outbox-status = Status:
outbox-status-pending = being sent
outbox-status-sent = sent
outbox-status-failed = failed
outbox-status-held = not sent (no mail server)
code-invalid = This code does not have the right form.
code-not-in-parent = This code does not belong to this municipality or district.
code-taken = This code exists already.
name-required = Enter a name.
name-too-long = The name is too long. Use at most 120 characters.
wijk-required = Choose a district of this municipality.
team-wijken-required = Choose at least one district.
team-name-taken = There already is a team with this name.
team-required = Choose a team. This role needs one.
role-required = Choose a role.
email-invalid = This is not a valid e-mail address.
login-name-invalid = Enter an e-mail address or a user name of 3 to 40 letters, digits, dots or dashes.
login-taken = This e-mail address or user name is already in use.

## E-mail
mail-invitation-subject = Your invitation to KijKINDeWijk
mail-invitation-body =
    Hello { $name },

    You have been invited to KijKINDeWijk. Your user name is { $login }.
    Choose your password with this link:

    { $link }

    The link works for { $days } days and only once.
mail-reset-subject = New password for KijKINDeWijk
mail-reset-body =
    Hello { $name },

    You asked for a new password. Choose it with this link:

    { $link }

    The link works for { $minutes } minutes and only once. Did you not ask for this? Then you need not do anything.

## Errors
error-status = Error code:
error-title-400 = This request is not right
error-title-401 = Please log in first
error-title-403 = No access
error-title-404 = Page not found
error-title-429 = Please wait
error-title-500 = Something went wrong
error-not-found = This page does not exist, or you may not see it. Check the address.
error-unauthenticated = Log in to continue.
error-forbidden = You have no access to this page.
error-csrf = The form has expired. Go back, reload the page and try again.
error-bad-request = We cannot process this request.
error-bad-encoding = The text holds characters we cannot read.
error-bad-form = The form was not sent correctly. Reload the page and try again.
error-bad-query = The address of this page is not right.
error-validation = Not everything is filled in correctly.
error-conflict = This exists already or was just changed by someone else.
error-too-large = What you sent is too large.
error-media-type = We cannot process this kind of data here.
error-method = This is not possible on this page.
error-too-many = You have tried too often. Wait a moment and try again.
error-internal = Something went wrong on our side. Please try again later. If it keeps happening, pass on the code below.
error-request-id = Code for the helpdesk:
error-back-home = To the home page

## Quick exit
quick-exit = Quick exit
quick-exit-hint = (goes straight to another website; also by pressing Escape twice)

## Storage unavailable
error-title-503 = Temporarily unavailable
error-unavailable = We cannot save or fetch anything right now. What you just sent was not saved. Go back (your text is usually still there) and try again in a few minutes.

admin-outbox-attachment = Attachment:
## Confirmations on the page after a save
flash-saved = Saved.
flash-snapshot-saved = The snapshot was saved.
flash-note-saved = The note was saved.
flash-task-saved = The task was saved.
flash-task-done = The task is marked done.
