"""A small HTTP client for the multi-instance check: cookies, CSRF fields, TOTP, no redirects followed."""

import base64
import hashlib
import hmac
import html
import http.cookiejar
import json
import re
import struct
import time
import urllib.error
import urllib.parse
import urllib.request


def totp(secret, at=None):
    """RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)

    @property
    def location(self):
        return self.headers.get("location")

    def csrf(self):
        m = re.search(r'name="_csrf" value="([^"]+)"', self.text)
        if not m:
            raise RuntimeError("no _csrf field on the page")
        return m.group(1)

    def form_fields(self, action):
        """The named inputs, textareas and selected options of the form posting to `action`."""
        m = re.search(r'<form[^>]*action="' + re.escape(action) + r'"[^>]*>(.*?)</form>', self.text, re.S)
        if not m:
            raise RuntimeError(f"no form posting to {action}")
        return parse_fields(m.group(1))


def parse_fields(form):
    fields = []
    for tag in re.finditer(r"<(input|textarea|select)\b([^>]*)>", form, re.S):
        kind, attrs = tag.group(1), tag.group(2)
        name = re.search(r'\bname="([^"]*)"', attrs)
        if not name:
            continue
        name = html.unescape(name.group(1))
        if kind == "input":
            typ = (re.search(r'\btype="([^"]*)"', attrs) or [None, "text"])[1]
            if typ in ("submit", "button", "file", "image"):
                continue
            if typ in ("checkbox", "radio") and not re.search(r"\bchecked\b", attrs):
                continue
            value = re.search(r'\bvalue="([^"]*)"', attrs, re.S)
            fields.append((name, html.unescape(value.group(1)) if value else ("on" if typ in ("checkbox", "radio") else "")))
        elif kind == "textarea":
            end = form.find("</textarea>", tag.end())
            fields.append((name, html.unescape(form[tag.end():end])))
        else:
            end = form.find("</select>", tag.end())
            options = re.findall(r'<option value="([^"]*)"([^>]*)>', form[tag.end():end])
            chosen = [v for v, a in options if re.search(r"\bselected\b", a)]
            if "multiple" in attrs:
                fields.extend((name, html.unescape(v)) for v in chosen)
            elif chosen or options:
                fields.append((name, html.unescape((chosen or [options[0][0]])[0])))
    return fields


class Client:
    """One browser: a cookie jar and a base URL (which can be switched to reach another instance)."""

    def __init__(self, base, timeout=10):
        self.base = base.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        self.timeout = timeout
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )

    def request(self, method, path, data=None, headers=None):
        url = path if path.startswith("http") else self.base + path
        body = None
        hdrs = dict(headers or {})
        if data is not None:
            body = urllib.parse.urlencode(data).encode()
            hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
        req = urllib.request.Request(url, data=body, method=method, headers=hdrs)
        try:
            with self.opener.open(req, timeout=self.timeout) as r:
                return Response(r.status, r.headers, r.read())
        except urllib.error.HTTPError as e:
            return Response(e.code, e.headers, e.read())

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, data, **kw):
        return self.request("POST", path, data=data, **kw)

    def login(self, login, password, totp_secret=None):
        page = self.get("/inloggen")
        r = self.post("/inloggen", {"_csrf": page.csrf(), "terug": "", "login": login, "password": password})
        if r.status != 303:
            raise RuntimeError(f"login {login}: {r.status}")
        if r.location and r.location.startswith("/inloggen/code"):
            if not totp_secret:
                raise RuntimeError(f"login {login} asks for a code and no TOTP secret is known")
            page = self.get(r.location)
            fields = dict(page.form_fields("/inloggen/code"))
            name = next((k for k in fields if k not in ("_csrf", "terug")), "code")
            fields[name] = totp(totp_secret)
            r = self.post("/inloggen/code", fields)
            if r.status != 303 or (r.location or "").startswith("/inloggen"):
                raise RuntimeError(f"second factor for {login}: {r.status} {r.location}")
        return r
