# Social map: opportunities in the neighbourhood, search, listings kept by partners, HSDS 3.0.

map-nav = Social map
map-title = Social map
map-lead = Find something fun or useful nearby: sport, music, homework help, a buddy, an internship or a side job.

## Days and statuses
map-day-mo = Monday
map-day-tu = Tuesday
map-day-we = Wednesday
map-day-th = Thursday
map-day-fr = Friday
map-day-sa = Saturday
map-day-su = Sunday
map-day-short-mo = Mon
map-day-short-tu = Tue
map-day-short-we = Wed
map-day-short-th = Thu
map-day-short-fr = Fri
map-day-short-sa = Sat
map-day-short-su = Sun
map-status-active = Active
map-status-temporarily-closed = Temporarily closed
map-status-inactive = Not active
map-status-defunct = Stopped

## Languages and accessibility
map-lang-nl = Dutch
map-lang-en = English
map-lang-ar = Arabic
map-lang-tr = Turkish
map-lang-pl = Polish
map-lang-uk = Ukrainian
map-lang-ti = Tigrinya
map-lang-so = Somali
map-lang-es = Spanish
map-lang-fr = French
map-lang-de = German
map-lang-pap = Papiamento
map-access-rolstoel = Wheelchair accessible
map-access-toilet = Accessible toilet
map-access-ringleiding = Hearing loop
map-access-prikkelarm = Low-stimulus room

## Schedule errors
map-rec-freq = Choose how often it happens: every week or every month.
map-rec-interval = Enter a whole number of weeks or months between times (for example 1 or 2).
map-rec-byday = Choose one or more days. A number before the day (such as 1MO) only works for a monthly schedule.
map-rec-bymonthday = A day of the month must be between 1 and 31, and only works for a monthly schedule.
map-rec-unsupported = We cannot use this kind of schedule. Use days of the week or days of the month.
map-rec-date = Write the date as yyyy-mm-dd, for example 2025-09-01.
map-rec-no-start = Enter the date the schedule starts.
map-rec-until-and-count = Give an end date or a number of times, not both.
map-rec-never-ends = The schedule has no end. Enter an end date, at most two years after the start.
map-rec-too-long = The schedule runs too long. The end date can be at most two years after the start.
map-rec-end-before-start = The end date is before the start date.
map-rec-count = The number of times must be a whole number from 1 to 500.
map-rec-time = Write the time as hh:mm, for example 15:30.
map-rec-timezone = Times are Dutch local time. Leave out any other time zone.
map-rec-closes-before-opens = The end time must be after the start time, on the same day.
map-rec-no-occurrence = None of the chosen days falls within the chosen period.

## Search
map-search-heading = Search
map-search-q = What are you looking for?
map-search-q-hint = For example: football, guitar, homework, internship.
map-search-category = Kind of activity
map-search-category-all = Everything
map-search-age = Age
map-search-age-hint = How old are you? Then you see what fits your age.
map-search-free = Free only
map-search-when = When
map-search-day = Day
map-search-day-any = Any day
map-search-daypart = Part of the day
map-search-daypart-ochtend = Morning (6 to 12)
map-search-daypart-middag = Afternoon (12 to 18)
map-search-daypart-avond = Evening (after 18)
map-search-from = Starts at or after
map-search-from-hint = For example 18:00.
map-search-where = Where
map-search-postcode = Postcode
map-search-postcode-hint = Then you see how far it is. For example 3594 BA.
map-search-distance = Distance
map-search-distance-any = Any distance
map-search-distance-km = Within { $km } km
map-search-here = Use my location
map-search-wijk = Neighbourhood
map-search-wijk-any = All neighbourhoods
map-search-municipality = Municipality
map-search-municipality-any = All municipalities
map-search-sort = Order
map-search-sort-relevantie = Best match
map-search-sort-afstand = Nearest first
map-search-sort-naam = By name
map-search-submit = Search
map-search-reset = Clear all
map-search-results = Results
map-search-count = { $count ->
    [0] Nothing found
    [one] 1 activity found
   *[other] { $count } activities found
}
map-search-none = Try fewer words, another kind of activity or a larger distance.
map-search-page = Page { $page } of { $pages }
map-search-prev = Previous page
map-search-next = Next page
map-search-paging = Page numbers
map-search-age-invalid = Enter an age as a whole number, for example 14.
map-search-day-invalid = Choose a day of the week.
map-search-daypart-invalid = Choose morning, afternoon or evening.
map-search-time-invalid = Write the time as hh:mm, for example 18:00.
map-search-time-order = The end time must be after the start time.
map-search-postcode-invalid = This is not a Dutch postcode. A postcode has 4 digits and 2 letters, like 3594 BA.
map-search-postcode-unknown = We do not know this postcode. Check it, or search without a postcode.
map-search-point-outside = This place is not in the Netherlands.
map-search-distance-invalid = Choose a distance up to 100 km.
map-search-distance-needs-place = Enter a postcode to search by distance.
map-search-category-unknown = We do not know this kind of activity.
map-search-wijk-unknown = We do not know this neighbourhood.
map-search-municipality-unknown = We do not know this municipality.
map-search-sort-invalid = Choose an order from the list.
map-search-page-invalid = This page does not exist.
map-search-geocoder-down = We cannot look up the postcode right now. Try again later, or search without a postcode.

## Map
map-map-heading = Map
map-map-label = Map with the activities on this page
map-map-note = The map shows the activities on this page. The list has the same information.
map-map-you = Your postcode

## Categories of the youth taxonomy (map-cat-<code>; generated from the migration's term list)
map-cat-sport = Sport and exercise
map-cat-sport-voetbal = Football
map-cat-sport-zwemmen = Swimming
map-cat-sport-vechtsport = Martial arts and resilience
map-cat-sport-dans = Dance
map-cat-sport-basketbal = Basketball
map-cat-sport-hockey = Hockey
map-cat-sport-atletiek = Athletics and running
map-cat-sport-fitness = Fitness and bootcamp
map-cat-sport-skaten = Skating and BMX
map-cat-cultuur = Culture and creativity
map-cat-cultuur-theater = Theatre
map-cat-cultuur-beeldend = Drawing and painting
map-cat-cultuur-media = Film, photo and media
map-cat-cultuur-schrijven = Writing and spoken word
map-cat-muziek = Music
map-cat-muziek-instrument = Learning an instrument
map-cat-muziek-zang = Singing
map-cat-muziek-maken = Making and producing music
map-cat-huiswerk = Homework and learning
map-cat-huiswerk-begeleiding = Homework help
map-cat-huiswerk-bijles = Tutoring
map-cat-huiswerk-taal = Language practice
map-cat-jongerenwerk = Youth work
map-cat-jongerenwerk-inloop = Drop-in and youth centre
map-cat-jongerenwerk-meiden = Girls' group
map-cat-jongerenwerk-talent = Talent development
map-cat-maatje = Buddy and mentor
map-cat-maatje-buddy = Buddy
map-cat-maatje-mentor = Mentor
map-cat-stage = Internship
map-cat-stage-snuffel = Taster internship
map-cat-stage-maatschappelijk = Community internship
map-cat-stage-beroep = Work placement
map-cat-bijbaan = Side job
map-cat-bijbaan-horeca = Hospitality
map-cat-bijbaan-winkel = Shop and supermarket
map-cat-bijbaan-bezorgen = Delivery
map-cat-vrijwilligerswerk = Volunteering
map-cat-gezondheid = Health and well-being
map-cat-gezondheid-praten = Talking and support
map-cat-gezondheid-leefstijl = Healthy living
map-cat-buiten = Nature and outdoors
map-cat-buiten-scouting = Scouting
map-cat-buiten-natuur = Nature and animals
map-cat-techniek = Technology and gaming
map-cat-techniek-programmeren = Coding
map-cat-techniek-gamen = Gaming
map-cat-techniek-maken = Making and repairing

## Results
map-search-fix = First correct what is shown above. Then we search again.
map-category-all-of = All of { $name }
map-fact-where = Where
map-fact-when = When
map-fact-ages = Age
map-fact-cost = Cost
map-fact-places = Places
map-fact-categories = Kind
map-jeugdfonds-short = Jeugdfonds can pay
map-places-full = Full
map-places-left = { $count ->
    [one] 1 place left
   *[other] { $count } places left
}
map-age-range = { $min } to { $max } years
map-age-from = From { $min } years
map-age-to = Up to { $max } years
map-age-any = All ages
map-cost-free = Free
map-cost-unknown = Ask about the cost
map-and = and
map-ord = { $n ->
    [1] 1st
    [2] 2nd
    [3] 3rd
   *[other] { $n }th
} { $day }
map-ord-last = last { $day }
map-sched-weekly = { $days }, { $time }
map-sched-every-n-weeks = every { $n } weeks on { $days }, { $time }
map-sched-monthly = every month on { $days }, { $time }
map-sched-every-n-months = every { $n } months on { $days }, { $time }
map-sched-monthdays = day { $days } of the month
map-month-1 = January
map-month-2 = February
map-month-3 = March
map-month-4 = April
map-month-5 = May
map-month-6 = June
map-month-7 = July
map-month-8 = August
map-month-9 = September
map-month-10 = October
map-month-11 = November
map-month-12 = December

## Detail page
map-detail-back = Back to search
map-detail-when = When
map-detail-no-times = Times by arrangement. Please get in touch.
map-detail-period = From { $from } to { $to }.
map-detail-next = Next time: { $date }.
map-detail-ics = Add the times to your calendar (iCalendar)
map-detail-where = Where
map-detail-no-place = No fixed place. Please get in touch.
map-detail-access = Accessibility
map-detail-areas = For young people from:
map-area-whole = the whole municipality
map-detail-who = Who it is for
map-detail-languages = Languages:
map-detail-cost = Cost
map-detail-jeugdfonds = Can't afford it? The Jeugdfonds Sport & Cultuur can pay. Ask through your school, your GP or the local team.
map-detail-contact = Sign up and contact
map-detail-checked = The municipality checked this information on { $date }.
map-detail-unchecked = The municipality has not checked this information yet.
map-detail-edit = Edit this listing
map-detail-introduce = I would like to go here
map-search-per-page-invalid = Choose a number per page from 1 to 100.

## Form: errors
map-form-required = Please fill this in.
map-form-too-long = This is too long. Please shorten it.
map-form-bad-characters = This contains characters we cannot use.
map-form-organization-required = Choose an organisation.
map-form-status-invalid = Choose a status from the list.
map-form-url-invalid = Enter a web address starting with https://, for example https://example.nl.
map-form-email-invalid = Enter an e-mail address, for example info@example.nl.
map-form-phone-invalid = Enter a phone number with only digits, spaces, + or -.
map-form-category-required = Choose at least one kind of activity.
map-form-category-unknown = Choose a kind of activity from the list.
map-form-category-too-many = Choose at most six kinds of activity.
map-form-age-invalid = Enter an age as a whole number from 0 to 120.
map-form-age-order = The highest age is lower than the lowest. Swap them.
map-form-cost-but-free = It is marked free, but there is an amount. Untick free or clear the amount.
map-form-cost-invalid = Enter an amount in euros, for example 12.50.
map-form-capacity-invalid = Enter the number of places left as a whole number.
map-form-language-unknown = Choose languages from the list.
map-form-postcode-invalid = Enter a postcode with 4 digits and 2 letters, for example 3591 AB.
map-form-postcode-unknown = We cannot find this postcode on the map. Enter the coordinates, or check the postcode.
map-form-point-outside = These coordinates are not in the Netherlands. Enter latitude and longitude, like 52.10 and 5.10.
map-form-accessibility-unknown = Choose from the list.
map-form-area-unknown = Choose neighbourhoods from the list.
map-form-days-required = Choose at least one day, or clear the times.

## CSV with postcodes
map-csv-header = The first line must name the columns: postcode, latitude and longitude.
map-csv-line = We cannot read this line.
map-csv-postcode = This is not a Dutch postcode.
map-csv-point = The coordinates are missing or not in the Netherlands.
map-csv-duplicate = This postcode appears earlier in the file.
map-csv-too-many = The file has too many lines (at most 1 million).
map-csv-empty = The file has no postcodes.

## Managing listings
map-manage-title = Manage listings
map-manage-intro = Keep the listings on the social map up to date here. Something changed? Edit it, and young people see the right information at once.
map-manage-no-organization = Your account is not linked to an organisation yet. Ask the municipality to do that. Then you can manage your listings here.
map-manage-new = Add a listing
map-manage-empty = There are no listings yet.
map-manage-caption = { $count ->
    [one] 1 listing
   *[other] { $count } listings
}
map-manage-col-name = Name
map-manage-col-organization = Organisation
map-manage-col-status = Status
map-manage-col-changed = Last changed
map-manage-col-checked = Checked
map-manage-not-checked = Not yet
map-manage-changed-after-check = Changed since
map-manage-check = Mark as checked
map-manage-checked-done = Marked as checked.
map-manage-saved = The listing has been saved.
map-manage-show-unchecked = Show only what needs checking
map-manage-show-all = Show all
map-start-heading = Social map
map-start-text = Keep the opportunities for young people up to date and check what partners enter.

## Listing form
map-form-new-title = New listing
map-form-edit-title = Edit listing
map-form-back = Back to the overview
map-form-view = View the public page
map-form-choose = Choose…
map-form-about = About the listing
map-form-organization = Organisation
map-form-name = Name
map-form-name-hint = Short and clear, for example: Football training for girls aged 10 to 14.
map-form-description = Description
map-form-description-hint = What do you do there? Write so that a young person understands. An empty line starts a new paragraph.
map-form-status = Status
map-form-categories = Kind of activity
map-form-categories-hint = Choose one to six kinds. That is how young people find your listing.
map-form-who = Who it is for
map-form-min-age = From age
map-form-max-age = Up to age
map-form-age-hint = Leave empty if there is no limit.
map-form-eligibility = Who can join?
map-form-languages = Languages the staff speak
map-form-money = Cost and places
map-form-free = Free
map-form-cost = Amount in euros
map-form-cost-hint = For example 12.50. Leave empty if it is free.
map-form-cost-description = What is the amount for?
map-form-cost-description-hint = For example: per month, per season, per session.
map-form-jeugdfonds = The Jeugdfonds Sport & Cultuur can pay the cost
map-form-capacity = Places left
map-form-capacity-hint = How many more young people can join? Enter 0 if it is full. Leave empty if you do not keep track.
map-form-where = Where
map-form-loc-name = Name of the place
map-form-loc-name-hint = For example: Sportpark Zuid.
map-form-loc-address = Street and number
map-form-loc-postcode = Postcode
map-form-loc-city = Town
map-form-loc-lat = Latitude (optional)
map-form-loc-lon = Longitude (optional)
map-form-loc-point-hint = Leave empty: we look the place up by its postcode. Only fill in when the place is not shown correctly on the map.
map-form-accessibility = Accessibility of the place
map-form-geocoder-down = We cannot look up the postcode right now. Enter latitude and longitude, or try again later.
map-form-areas = For young people from
map-form-areas-hint = Choose the whole municipality, or only some neighbourhoods.
map-form-areas-whole = The whole municipality
map-area-whole-wijk = All of { $name }
map-form-when = When
map-form-when-hint = Choose days and times. The schedule stops on the end date; set it at most two years ahead. That keeps the map up to date.
map-form-valid-from = From date
map-form-valid-to = Up to date
map-form-valid-to-hint = For example the end of the school year.
map-form-time-row = Time { $n }
map-form-opens = Start time
map-form-closes = End time
map-form-kept-schedules = This listing also has times that are not every week (for example once a month). Those stay as they are.
map-form-contact = Sign up and contact
map-form-application = How do you sign up?
map-form-application-hint = For example: come and have a look, or send an e-mail.
map-form-contact-name = Contact person
map-form-contact-name-hint = Only a name that may be public.
map-form-email = E-mail address
map-form-phone = Phone number
map-form-url = Website
map-form-save = Save
map-form-cancel = Cancel

## Organisations
map-orgs-title = Organisations and partners
map-orgs-intro = Organisations offer the listings. Link a partner account to an organisation, and that partner can keep its listings up to date.
map-orgs-empty = There are no organisations yet.
map-orgs-caption = Organisations in this municipality
map-orgs-col-contact = Contact
map-orgs-col-partners = Partners
map-orgs-no-partners = None yet
map-orgs-new = New organisation
map-orgs-name = Name
map-orgs-description = What does the organisation do?
map-orgs-website = Website
map-orgs-add = Add
map-orgs-name-taken = There already is an organisation with this name.
map-orgs-saved = The organisation has been saved.
map-orgs-link = Link a partner
map-orgs-link-intro = The partner must already have an account with the partner role in this municipality.
map-orgs-login = Login name or e-mail address of the partner
map-orgs-login-hint = For example partner@club.nl.
map-orgs-link-submit = Link
map-org-edit-title = Details of the organisation
map-org-edit-intro = These details are shown with every listing of the organisation. New introductions of young people are sent to the e-mail address.
map-org-edit-email-hint = Messages about new introductions arrive here.
map-org-edit-save = Save
map-manage-own-organizations = Change the details of your organisation:
map-orgs-unlink = Unlink
map-orgs-partner-unknown = We know no partner with this login name in this municipality.
map-manage-find = Find by name

## HSDS API
hsds-coverage-invalid = Give an existing CBS code of a municipality (GM…), wijk (WK…) or buurt (BU…).
hsds-modified-after-invalid = Give a date as yyyy-mm-dd or a moment in RFC 3339.
map-csv-line-problem = Line { $line }: { $reason }
map-csv-done = { $count } postcodes saved.

## HSDS import and export
hsds-kind-file = file
hsds-kind-organization = organization
hsds-kind-service = service
hsds-kind-location = location
hsds-kind-service-at-location = service at location
hsds-kind-schedule = schedule
hsds-kind-taxonomy = taxonomy
hsds-kind-term = term
hsds-import-done = Saved: { $organizations } organizations, { $locations } locations, { $services } services and { $terms } terms. { $existing } of them existed already and were updated. { $unchanged } unchanged: left alone.
hsds-import-warnings = Not taken over (not an error):
hsds-import-refused = { $count ->
    [one] The file was not imported. There is 1 problem:
   *[other] The file was not imported. There are { $count } problems:
}
hsds-import-nothing-stored = Nothing was stored. Correct the file and try again.
hsds-export-done = { $organizations } organizations with { $services } services written to { $file }.
hsds-import-too-big = The file is too large.
hsds-import-not-json = This is not valid JSON. Look at the place given after it (line:column).
hsds-import-empty = The file holds no data.
hsds-import-not-an-object = This part is not an object with fields.
hsds-import-tabular = This is the tabular form of HSDS (with .csv names). Provide the data as objects, as in the HSDS 3.0 examples.
hsds-import-unknown-shape = We do not recognise what kind of data this is.
hsds-import-unknown-field = This field does not exist in HSDS 3.0. Check the spelling of its name.
hsds-import-duplicate-field = This field appears twice in the same object.
hsds-import-wrong-type = This field has the wrong kind of value (for example text where a number belongs).
hsds-import-unreadable = We cannot read this part.
hsds-import-missing = A required field is missing.
hsds-import-not-uuid = An id must be a UUID, like 3fa85f64-5717-4562-b3fc-2c963f66afa6.
hsds-import-duplicate-id = This id appears twice in the file.
hsds-import-conflicting-copies = This id appears more than once, with different data.
hsds-import-other-municipality = This id belongs to another municipality.
hsds-import-id-elsewhere = This id already belongs to another service.
hsds-import-no-organization = The service belongs to no organization. Give organization_id or organization.
hsds-import-organization-mismatch = The service names different organizations.
hsds-import-unknown-organization = This organization is neither in the file nor in the municipality.
hsds-import-unknown-location = This location is neither in the file nor in the municipality.
hsds-import-unknown-sal = This schedule refers to a service at location that does not belong to this service.
hsds-import-unknown-term = This taxonomy term does not exist.
hsds-import-unknown-taxonomy = This taxonomy does not exist.
hsds-import-term-cycle = These terms are each other's parents; the tree cannot be right.
hsds-import-sal-needs-service = A service at location must contain the service itself (field service).
hsds-import-outside-nl = These coordinates are not in the Netherlands.
hsds-import-half-coordinates = Give both latitude and longitude, or neither.
hsds-import-country = The address is not in the Netherlands (country must be NL).
hsds-import-postcode = This is not a Dutch postcode.
hsds-import-bad-status = The status must be active, inactive, defunct or temporarily closed.
hsds-import-bad-location-type = The kind of location must be physical, postal or virtual.
hsds-import-age = An age must be a whole number from 0 to 120.
hsds-import-age-order = The ages are upside down: the minimum age is higher than the maximum age.
hsds-import-currency = Amounts must be in euros (EUR).
hsds-import-amount = An amount must be between 0 and 100,000.
hsds-import-bad-date = Write the date as yyyy-mm-dd.
hsds-import-bad-text = This text contains characters we cannot use.
hsds-import-too-long = This text is too long.
hsds-import-language-code = A language must have a code of 2 or 3 letters (ISO 639), like nl.
hsds-ignored = The social map does not keep these fields:
hsds-area-unmatched = We do not know this area as a wijk or buurt of the municipality; the service counts for the whole municipality.
hsds-no-coordinates = This location has no coordinates and its postcode was not found; distance search does not work for it.
map-search-count-more = More than { $count } activities found. Choose more filters to see fewer.
hsds-import-place-twice = The service names the same location twice.
map-form-conflict = Someone else saved this listing at the same moment. Check your details and save again.
hsds-open-start = This schedule has no start date. It was taken over as an ongoing schedule.
hsds-open-end = This schedule has no end date. It was taken over as ongoing; have the provider confirm the listing regularly.
map-detail-period-from = From { $from }, without an end date.
map-detail-period-to = Until { $to }.
map-detail-period-open = Ongoing, without a start or end date.
map-detail-confirmed = Last confirmed on { $date }.
map-detail-unconfirmed = Nobody confirmed this information in the last { $days } days. Ask the provider whether it is still right.
map-manage-col-confirmed = Confirmed
map-manage-confirm = Still right
map-manage-confirm-due = Needs confirming
map-manage-confirmed-done = Confirmed: this listing is still right.

## The map's zoom buttons
map-map-zoom-in = Zoom in
map-map-zoom-out = Zoom out
