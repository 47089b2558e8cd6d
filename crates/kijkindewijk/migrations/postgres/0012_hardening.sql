-- Hardening. A one-time link (password reset, invitation) is bound to the account's password at the
-- time it was made: `password_stamp` is a keyed hash of the password hash then (empty for an account
-- without a password), and the link works only while the account still has that password.
ALTER TABLE auth_tokens ADD COLUMN password_stamp TEXT NOT NULL DEFAULT '';
