## Security: hidden links, young people's accounts, second step, sign-up

admin-outbox-link-hidden = [hidden: only the recipient may see this link]
admin-outbox-links-note = Links that let someone choose a password are not shown here. The server's administrator can read them with the command "kijkindewijk outbox".
admin-users-private-note = Accounts of young people, parents and network members are not in this list. Look such an account up by its exact login name. Viewing a young person's account is written to that young person's log.
admin-users-search = Find an account by login name
admin-users-search-button = Search
admin-users-search-none = There is no account with this login name in this municipality.
admin-users-search-result = Account found
log-ground-account-management = account management
text-control-characters = This field must be one line, without line breaks or other control characters.
