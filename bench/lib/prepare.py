#!/usr/bin/env python3
"""Prepares one benchmark round against a running server: logs in the demo young person (Sam) and a
professional (with the second factor), finds Sam's plan page, and writes the query mix: 1,500
distinct social-map searches (JSON, the HTML page and the HSDS API) built from the demo's words,
categories, ages, days and postcodes, shuffled with a fixed seed.

Usage: prepare.py BASE PASSWORD LOGINS_FILE MIX_FILE  → prints shell assignments."""
import base64
import hashlib
import hmac
import http.cookiejar
import json
import random
import re
import struct
import sys
import time
import urllib.parse
import urllib.request

BASE, PASSWORD, LOGINS, MIX = sys.argv[1:5]
# The youth taxonomy's "sport" term (UUIDv5 of https://kijkindewijk.nl/taxonomie/jeugd/sport).
SPORT = "59620c44-7318-5865-9c91-abce0e23382d"
POSTCODE = "3594BA"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    return jar, opener


def fetch(opener, path, data=None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with opener.open(BASE + path, body) as r:
            return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()


def csrf(html):
    return re.search(r'name="_csrf" value="([^"]*)"', html).group(1)


def totp(secret):
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    h = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    o = h[-1] & 15
    return "%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)


def login(name, secret=None):
    jar, opener = client()
    _, _, html = fetch(opener, "/inloggen")
    fetch(opener, "/inloggen", {"login": name, "password": PASSWORD, "_csrf": csrf(html)})
    if secret:
        _, _, html = fetch(opener, "/inloggen/code")
        fetch(opener, "/inloggen/code", {"code": totp(secret), "_csrf": csrf(html)})
    session = next(c.value for c in jar if c.name == "kkdw_session")
    return session, opener


def secret_of(login_name):
    for line in open(LOGINS):
        cols = line.split()
        if len(cols) >= 3 and cols[1] == login_name:
            return None if cols[-1] == "-" else cols[-1]
    raise SystemExit(f"no demo login {login_name} in {LOGINS}")


young, young_opener = login("sam", secret_of("sam"))
status, headers, _ = fetch(young_opener, "/mijn/plan")
plan = headers.get("Location", "/mijn/plan")
_, _, page = fetch(young_opener, plan)
if page.count("<g><circle") < 30:
    print(f"warning: the plan page shows {page.count('<g><circle')} network people", file=sys.stderr)
pro, _ = login("noor@wijkerveen.example", secret_of("noor@wijkerveen.example"))

_, _, terms = fetch(client()[1], "/hsds/taxonomy_terms?per_page=100")
categories = [t["id"] for t in json.loads(terms).get("contents", [])][:20] or [SPORT]
words = """voetbal zwem dans basketbal hockey atletiek muziek theater tekenen graffiti fotografie
bibliotheek huiswerk bijles taal buddy mentor dieren tuin natuur koken gamen schaak judo boksen
skate hiphop zang gitaar drum toneel musical scouting voe zwe dan mus the spo kun bij""".split()
words += [a + " " + b for a, b in zip(words[:20], words[20:40])]
ages = [None] + list(range(6, 21))
days = [None, "ma", "di", "wo", "do", "vr", "za", "zo"]
places = [None, "3591", "3592", "3593", "3594", "3595", "3596", POSTCODE]
sorts = [None, "naam", "afstand"]

rng = random.Random(20261202)
mix = set()
while len(mix) < 1500:
    p = {}
    if rng.random() < 0.6:
        p["q"] = rng.choice(words)
    if rng.random() < 0.3:
        p["categorie"] = rng.choice(categories)
    age = rng.choice(ages)
    if age:
        p["leeftijd"] = age
    day = rng.choice(days)
    if day and rng.random() < 0.5:
        p["dag"] = day
    place = rng.choice(places)
    if place:
        p["postcode"] = place
        p["afstand"] = rng.choice([1, 2, 5, 10])
    sort = rng.choice(sorts)
    if sort == "afstand" and not place:
        sort = None
    if sort:
        p["sorteer"] = sort
    if rng.random() < 0.15:
        p["pagina"] = rng.choice([2, 3])
    kind = rng.random()
    query = urllib.parse.urlencode(p)
    if kind < 0.2:
        mix.add("/sociale-kaart?" + query)
    elif kind < 0.3:
        mix.add("/hsds/services?" + query)
    else:
        mix.add("/api/v1/sociale-kaart/zoeken?" + query)
mix = sorted(mix)
rng.shuffle(mix)
bad = [p for p in mix[:40] if fetch(client()[1], p)[0] != 200]
if bad:
    raise SystemExit(f"query mix paths that do not answer 200: {bad[:5]}")
with open(MIX, "w") as f:
    f.write("\n".join(mix) + "\n")

print(f"PLAN='{plan}'\nYOUNG_SESSION='{young}'\nPRO_SESSION='{pro}'\nSPORT='{SPORT}'\nPOSTCODE='{POSTCODE}'")
