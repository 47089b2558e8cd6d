## Beveiliging: verborgen links, accounts van jongeren, tweede stap, aanmelden

admin-outbox-link-hidden = [verborgen: alleen de ontvanger mag deze link zien]
admin-outbox-links-note = Links waarmee iemand een wachtwoord kiest, zie je hier niet. De beheerder van de server kan ze lezen met het commando "kijkindewijk outbox".
admin-users-private-note = Accounts van jongeren, ouders en netwerkleden staan niet in deze lijst. Zoek zo'n account op de precieze inlognaam. Als je het account van een jongere bekijkt, komt dat in het logboek van die jongere.
admin-users-search = Account zoeken op inlognaam
admin-users-search-button = Zoeken
admin-users-search-none = Er is geen account met deze inlognaam in deze gemeente.
admin-users-search-result = Gevonden account
log-ground-account-management = accountbeheer
text-control-characters = Dit veld mag maar één regel zijn, zonder regeleinden of andere stuurtekens.
