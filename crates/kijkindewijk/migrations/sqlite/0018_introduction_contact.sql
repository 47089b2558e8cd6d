-- How the young person would like the club to reach them, in their own words (a phone number, an
-- address, "via mijn moeder"); shown to the club only after it said yes and only when contact is
-- allowed. Removed with the introduction when the young person's data is erased.
ALTER TABLE introductions ADD COLUMN contact_via TEXT;
