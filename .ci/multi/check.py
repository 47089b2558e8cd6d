#!/usr/bin/env python3
"""Several instances on one PostgreSQL behind nginx (run by .ci/multi.sh, which starts PostgreSQL).

Fills the database with the demo, starts two `serve` processes (both running background jobs, mail
going to a small SMTP sink in this process) and nginx balancing them round robin, then:
logs in through nginx; writes plan actions and ideas from several threads; changes a listing on
instance A and waits for the JSON search on instance B to find it; kills A with SIGKILL while the
writes go on; checks that the sessions still work through nginx, that every acknowledged write is in
the database, that no background job ran twice, and that A starts again cleanly and serves.

Usage: check.py BINARY   (KKDW_TEST_DATABASE_URL set; KKDW_MULTI_PORT: nginx, then A, B, SMTP above it)
"""

import os
import re
import shutil
import signal
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from web import Client  # noqa: E402

PASSWORD = "multi-instance-demo-1"
BINARY = os.path.abspath(sys.argv[1])
DB_URL = os.environ["KKDW_TEST_DATABASE_URL"]
PORT = int(os.environ.get("KKDW_MULTI_PORT", "18300"))
NGINX_PORT, A_PORT, B_PORT, SMTP_PORT = PORT, PORT + 1, PORT + 2, PORT + 3
NGINX = f"http://127.0.0.1:{NGINX_PORT}"
A = f"http://127.0.0.1:{A_PORT}"
B = f"http://127.0.0.1:{B_PORT}"
TMP = os.environ.get("KKDW_MULTI_TMP") or tempfile.mkdtemp(prefix="kkdw-multi.")
START = time.monotonic()
FAILURES = []


def log(msg):
    print(f"[{time.monotonic() - START:6.1f}s] {msg}", flush=True)


def check(ok, what, detail=""):
    print(f"{'PASS' if ok else 'FAIL'}: {what}{' (' + detail + ')' if detail else ''}", flush=True)
    if not ok:
        FAILURES.append(what)
    return ok


class Abort(Exception):
    pass


def must(ok, what, detail=""):
    if not check(ok, what, detail):
        raise Abort(what)


def psql(sql):
    out = subprocess.run(
        ["psql", DB_URL, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
        check=True, capture_output=True, text=True,
    )
    return [line for line in out.stdout.splitlines() if line]


# ---------------------------------------------------------------------------------------------
# Processes


PROCS = {}


def app_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("KKDW_")}
    env.update({
        "KKDW_DEMO_PASSWORD": PASSWORD,
        "KKDW_SMTP_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
        "KKDW_PUBLIC_URL": NGINX,
        "KKDW_RUN_JOBS": "true",
        "KKDW_LOG_LEVEL": "warn",
    })
    return env


def spawn(name, args, logname=None, env=None):
    out = open(os.path.join(TMP, f"{logname or name}.log"), "ab")
    p = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    PROCS[name] = p
    with open(os.path.join(TMP, f"{name}.pid"), "w") as f:
        f.write(str(p.pid))
    return p


def serve(name, port):
    return spawn(name, [BINARY, "serve", "--database-url", DB_URL, "--listen", f"127.0.0.1:{port}"],
                 env=app_env())


def wait_ready(base, name, timeout=90):
    c = Client(base, timeout=2)
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        p = PROCS.get(name)
        if p is not None and p.poll() is not None:
            return None
        try:
            if c.get("/readyz").status == 200:
                return time.monotonic() - t0
        except OSError:
            pass
        time.sleep(0.1)
    return None


def stop_all():
    for name, p in PROCS.items():
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for name, p in PROCS.items():
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
        try:
            os.remove(os.path.join(TMP, f"{name}.pid"))
        except FileNotFoundError:
            pass


def nginx_config():
    prefix = os.path.join(TMP, "nginx")
    os.makedirs(prefix, exist_ok=True)
    # A root master hands the requests to workers running as nobody, who need to reach the temp dirs.
    os.chmod(TMP, 0o755)
    os.chmod(prefix, 0o755)
    conf = os.path.join(prefix, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    upstream kijkindewijk {{
        server 127.0.0.1:{A_PORT} max_fails=1 fail_timeout=2s;
        server 127.0.0.1:{B_PORT} max_fails=1 fail_timeout=2s;
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{NGINX_PORT};
        location / {{
            proxy_pass http://kijkindewijk;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
            # A POST is never sent twice (nginx's default); a GET goes to the other instance.
            proxy_next_upstream error timeout;
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
""")
    return prefix, conf


# ---------------------------------------------------------------------------------------------
# A small SMTP server that counts what it is given per recipient


class Mailbox:
    def __init__(self):
        self.lock = threading.Lock()
        self.per_rcpt = Counter()

    def add(self, rcpts):
        with self.lock:
            for r in rcpts:
                self.per_rcpt[r.lower()] += 1

    def count(self, rcpt):
        with self.lock:
            return self.per_rcpt[rcpt.lower()]


MAILBOX = Mailbox()


class SmtpHandler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self):
        try:
            self.session()
        except OSError:
            pass  # the instance was killed halfway through

    def session(self):
        self.reply("220 localhost ESMTP sink")
        rcpts = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode("utf-8", "replace").strip()
            verb = cmd.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 localhost")
            elif verb == "MAIL":
                rcpts = []
                self.reply("250 OK")
            elif verb == "RCPT":
                m = re.search(r"<([^>]*)>", cmd)
                rcpts.append(m.group(1) if m else cmd)
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go on")
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                MAILBOX.add(rcpts)
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


class SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


# ---------------------------------------------------------------------------------------------
# The load: plan actions (a young person's own plan) and ideas (with an address, so a mail job)


class Load:
    def __init__(self, plan_clients, plan_path, wijk):
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.acked = []  # (kind, key, upstream, time)
        self.refused = Counter()
        self.plan_clients = plan_clients
        self.plan_path = plan_path
        self.wijk = wijk
        self.threads = []

    def ack(self, kind, key, upstream):
        with self.lock:
            self.acked.append((kind, key, upstream, time.monotonic()))

    def refuse(self, what):
        with self.lock:
            self.refused[what] += 1

    def plan_writer(self, n, client):
        form = client.get(self.plan_path + "/acties")
        csrf = form.csrf()
        i = 0
        while not self.stop.is_set():
            i += 1
            key = f"ci-multi actie {n}-{i}"
            try:
                r = client.post(self.plan_path + "/acties", {
                    "_csrf": csrf, "description": key, "owner": "young",
                    "partner_name": "", "due_on": "", "goal_id": "",
                })
            except OSError as e:
                self.refuse(f"plan: {type(e).__name__}")
                continue
            if r.status == 303 and (r.location or "").startswith(self.plan_path):
                self.ack("action", key, r.headers.get("X-Upstream", "?"))
            else:
                self.refuse(f"plan: {r.status}")
                time.sleep(0.05)

    def idea_writer(self, n):
        client = Client(NGINX)
        csrf = client.get("/ideeen/nieuw").csrf()
        i = 0
        while not self.stop.is_set():
            i += 1
            key = f"ci-multi idee {n}-{i}"
            try:
                r = client.post("/ideeen/nieuw", {
                    "_csrf": csrf, "title": key, "body": "Een idee om de wijk te laten zien.",
                    "wijk": self.wijk, "email": f"ci-multi-{n}-{i}@example.org", "stap": "versturen",
                })
            except OSError as e:
                self.refuse(f"idea: {type(e).__name__}")
                continue
            if r.status == 303 and r.location == "/ideeen/verstuurd":
                self.ack("idea", key, r.headers.get("X-Upstream", "?"))
            else:
                self.refuse(f"idea: {r.status}")
                time.sleep(0.05)

    def start(self):
        for n, c in enumerate(self.plan_clients):
            self.threads.append(threading.Thread(target=self.plan_writer, args=(n, c), daemon=True))
        for n in range(2):
            self.threads.append(threading.Thread(target=self.idea_writer, args=(n,), daemon=True))
        for t in self.threads:
            t.start()

    def finish(self):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=40)

    def snapshot(self):
        with self.lock:
            return list(self.acked)


# ---------------------------------------------------------------------------------------------


def parse_demo(text):
    """role → [(login, totp secret or None)] from the demo's table of logins."""
    logins = defaultdict(list)
    table = False
    for line in text.splitlines():
        parts = line.split()
        if parts[:2] == ["role", "login"]:
            table = True
        elif table and len(parts) >= 4:
            logins[parts[0]].append((parts[1], None if parts[-1] == "-" else parts[-1]))
    return logins


LEASE_AUDIT = """
CREATE TABLE ci_job_leases (job_id TEXT, kind TEXT, queued_at TIMESTAMPTZ, attempts BIGINT, worker TEXT,
                            at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp());
CREATE FUNCTION ci_job_leased() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.locked_by IS NOT NULL AND NEW.locked_until IS DISTINCT FROM OLD.locked_until THEN
    INSERT INTO ci_job_leases (job_id, kind, queued_at, attempts, worker)
    VALUES (NEW.id, NEW.kind, NEW.created_at, NEW.attempts, NEW.locked_by);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER ci_job_leased AFTER UPDATE ON jobs FOR EACH ROW EXECUTE FUNCTION ci_job_leased();
"""


def upstream_of(r):
    return r.headers.get("X-Upstream", "")


def logged_in(r):
    return r.status == 200 and 'action="/uitloggen"' in r.text


def main():
    log(f"temp dir {TMP}; nginx :{NGINX_PORT}, A :{A_PORT}, B :{B_PORT}, SMTP sink :{SMTP_PORT}")

    # 1. The demo, and an audit of job leases (test-only: a trigger in the throwaway database).
    demo = subprocess.run([BINARY, "--database-url", DB_URL, "demo"], env=app_env(),
                          capture_output=True, text=True)
    with open(os.path.join(TMP, "demo.log"), "w") as f:
        f.write(demo.stdout + demo.stderr)
    must(demo.returncode == 0, "demo fills the database", f"exit {demo.returncode}")
    logins = parse_demo(demo.stdout)
    must("jongere" in logins and "partner" in logins, "demo prints the logins")
    psql(LEASE_AUDIT)
    log("demo loaded")

    # 2. SMTP sink, two instances, nginx.
    smtp = SmtpServer(("127.0.0.1", SMTP_PORT), SmtpHandler)
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    serve("a", A_PORT)
    serve("b", B_PORT)
    ta, tb = wait_ready(A, "a"), wait_ready(B, "b")
    must(ta is not None and tb is not None, "both instances become ready",
         f"A {ta and round(ta, 1)} s, B {tb and round(tb, 1)} s")
    prefix, conf = nginx_config()
    spawn("nginx", ["nginx", "-p", prefix, "-c", conf, "-e", os.path.join(prefix, "error.log")])
    ng = wait_ready(NGINX, "nginx", timeout=20)
    must(ng is not None, "nginx answers in front of both")
    probe = Client(NGINX)
    seen = {upstream_of(probe.get("/healthz")) for _ in range(6)}
    must(seen == {f"127.0.0.1:{A_PORT}", f"127.0.0.1:{B_PORT}"}, "nginx balances over both", ", ".join(sorted(seen)))

    # 3. Log in through nginx: the young person (one session per writer), a professional and the
    #    partner (both with the TOTP second factor).
    sam_login = logins["jongere"][0][0]
    sams = []
    for _ in range(3):
        c = Client(NGINX)
        c.login(sam_login, PASSWORD)
        sams.append(c)
    plan = sams[0].get("/mijn/plan")
    must(plan.status == 303 and re.match(r"^/jongeren/[^/]+/plan$", plan.location or ""),
         "young person logs in through nginx and reaches the plan")
    plan_path = plan.location
    partner_login, partner_secret = logins["partner"][0]
    partner = Client(NGINX)
    partner.login(partner_login, PASSWORD, partner_secret)
    manage = partner.get("/sociale-kaart/beheer")
    listings = sorted(set(re.findall(r'href="(/sociale-kaart/beheer/[0-9a-f-]{36})"', manage.text)))
    must(manage.status == 200 and listings, "partner logs in with the second factor and sees their listings")
    pro_login, pro_secret = logins["jeugdprofessional"][0]
    pro = Client(NGINX)
    pro.login(pro_login, PASSWORD, pro_secret)
    must(logged_in(pro.get(plan_path)), "professional logs in with the second factor and opens the plan")
    wijk = next(v for v in re.findall(r'<option value="([^"]+)"', Client(NGINX).get("/ideeen/nieuw").text))

    # 4. Load through nginx.
    load = Load(sams + [pro], plan_path, wijk)
    load.start()
    log("load running: 4 plan writers (young person x3, professional), 2 idea writers")
    time.sleep(2)

    # 5. A listing changed on A is found on B within a second.
    word = f"kwartel{int(time.time()) % 100000}"
    partner.base = A
    path = listings[0]
    fields = partner.get(path).form_fields(path)
    fields = [(k, v + f" Nieuw: {word}." if k == "description" else v) for k, v in fields]
    r = partner.post(path, fields)
    saved = time.monotonic()
    must(r.status == 303, "partner saves the listing on instance A", f"{r.status} {r.location}")
    sid = path.rsplit("/", 1)[1]

    def found(base):
        j = Client(base).get(f"/api/v1/sociale-kaart/zoeken?q={word}")
        return j.status == 200 and any(h.get("id") == sid for h in j.json().get("contents", []))

    check(found(A), "instance A's search finds its own change at once")
    b_after = None
    while time.monotonic() - saved < 5:
        if found(B):
            b_after = time.monotonic() - saved
            break
        time.sleep(0.05)
    check(b_after is not None and b_after <= 1.0, "instance B's JSON search finds the change within 1 s",
          "not in 5 s" if b_after is None else f"after {b_after:.2f} s")
    partner.base = NGINX

    # 6. SIGKILL instance A while the writes go on (once both have acknowledged writes).
    t0 = time.monotonic()
    while time.monotonic() - t0 < 15:
        ups = Counter(u for _, _, u, _ in load.snapshot())
        if ups[f"127.0.0.1:{A_PORT}"] >= 5 and ups[f"127.0.0.1:{B_PORT}"] >= 5:
            break
        time.sleep(0.2)
    before = load.snapshot()
    ups = Counter(u for _, _, u, _ in before)
    check(ups[f"127.0.0.1:{A_PORT}"] > 0 and ups[f"127.0.0.1:{B_PORT}"] > 0,
          "writes are acknowledged by both instances", f"A {ups[f'127.0.0.1:{A_PORT}']}, B {ups[f'127.0.0.1:{B_PORT}']}")
    workers_before = psql("SELECT count(DISTINCT worker) FROM ci_job_leases")[0]
    os.killpg(PROCS["a"].pid, signal.SIGKILL)
    PROCS["a"].wait()
    killed = time.monotonic()
    log(f"instance A killed (SIGKILL) after {len(before)} acknowledged writes")

    # 7. The sessions work through nginx on B.
    time.sleep(0.5)
    ok = [logged_in(s.get("/mijn")) for s in sams for _ in range(2)]
    check(all(ok), "young person's sessions work through nginx after the kill", f"{sum(ok)}/{len(ok)}")
    check(logged_in(pro.get(plan_path)), "professional's session works through nginx after the kill")
    r = partner.get("/sociale-kaart/beheer")
    check(r.status == 200 and logged_in(r), "partner's session works through nginx after the kill",
          f"{r.status} via {upstream_of(r)}")
    time.sleep(2.5)
    load.finish()
    acked = load.snapshot()
    after = [a for a in acked if a[3] > killed]
    check(len(after) > 0, "writes go on through nginx after the kill", f"{len(after)} acknowledged")
    log(f"load stopped: {len(acked)} acknowledged writes, refused/failed: {dict(load.refused) or 'none'}")

    # 8. Every acknowledged write is in the database.
    actions = set(psql("SELECT description FROM plan_actions WHERE description LIKE 'ci-multi %'"))
    ideas = set(psql("SELECT title FROM ideas WHERE title LIKE 'ci-multi %'"))
    missing = [k for kind, k, _, _ in acked if k not in (actions if kind == "action" else ideas)]
    n_act = sum(1 for a in acked if a[0] == "action")
    check(not missing, "every acknowledged write is in the database",
          f"{n_act} plan actions, {len(acked) - n_act} ideas" + (f"; missing {missing[:5]}" if missing else ""))
    doubled = psql("SELECT description FROM plan_actions WHERE description LIKE 'ci-multi %' "
                   "GROUP BY description HAVING count(*) > 1 UNION ALL "
                   "SELECT title FROM ideas WHERE title LIKE 'ci-multi %' GROUP BY title HAVING count(*) > 1")
    check(not doubled, "no write was stored twice", ", ".join(doubled[:5]))

    # 9. A starts again cleanly, becomes ready and serves.
    a_log = os.path.join(TMP, "a.log")
    mark = os.path.getsize(a_log)
    serve("a", A_PORT)
    ta = wait_ready(A, "a", timeout=60)
    check(ta is not None, "instance A starts again and /readyz says 200", ta and f"after {ta:.1f} s")
    if ta is not None:
        check(logged_in(sams[0].get(A + "/mijn")), "instance A serves the session again")
        check(found(A), "instance A's rebuilt index holds the change")
        c = sams[0]
        r = c.post(A + plan_path + "/acties", {
            "_csrf": c.get(A + plan_path + "/acties").csrf(), "description": "ci-multi actie na herstart",
            "owner": "young", "partner_name": "", "due_on": "", "goal_id": ""})
        check(r.status == 303 and psql("SELECT count(*) FROM plan_actions WHERE description = 'ci-multi actie na herstart'") == ["1"],
              "instance A takes a write after the restart")
        t0, back = time.monotonic(), False
        while time.monotonic() - t0 < 10 and not back:
            back = upstream_of(probe.get("/healthz")) == f"127.0.0.1:{A_PORT}"
            time.sleep(0.1)
        check(back, "nginx sends requests to instance A again")
        with open(a_log, errors="replace") as f:
            f.seek(mark)
            # /readyz answers 503 until the index is built; tower-http logs that as an error.
            errors = [line.strip() for line in f if ("ERROR" in line or "panicked" in line)
                      and "503 Service Unavailable" not in line]
        check(not errors, "instance A logs no error since its restart", " | ".join(errors[:3]))

    # 10. No background job ran twice; every idea's mail was sent once, or waits in the queue.
    ideas_acked = [k for kind, k, _, _ in acked if kind == "idea"]
    addr = {k: "ci-multi-" + k.split()[-1] + "@example.org" for k in ideas_acked}
    t0 = time.monotonic()
    while time.monotonic() - t0 < 15:
        pending = psql("SELECT count(*) FROM jobs j JOIN outbox o ON j.payload LIKE '%' || o.id || '%' "
                       "WHERE o.to_address LIKE 'ci-multi-%' AND (j.locked_until IS NULL OR j.locked_until < now())")
        if pending == ["0"]:
            break
        time.sleep(0.5)
    # A lease is a worker starting a job; one queued job (id and queue time) is leased once per attempt.
    twice = psql("SELECT job_id || ' x' || count(*) FROM ci_job_leases "
                 "GROUP BY job_id, queued_at, attempts HAVING count(*) > 1")
    leases = psql("SELECT count(*), count(DISTINCT job_id), count(DISTINCT worker) FROM ci_job_leases")[0].split("|")
    check(not twice, "no queued job was started twice (lease audit per job and attempt)",
          f"{leases[0]} leases of {leases[1]} jobs by {leases[2]} workers" + (f"; twice: {twice[:5]}" if twice else ""))
    # A job named for its day (kind:YYYY-MM-DD) runs once that day, however often instances start.
    daily = psql("SELECT job_id || ' ran ' || count(DISTINCT queued_at) || ' times' FROM ci_job_leases "
                 "WHERE job_id ~ ':[0-9]{4}-[0-9]{2}-[0-9]{2}$' GROUP BY job_id HAVING count(DISTINCT queued_at) > 1")
    check(not daily, "no daily job ran twice on one day", "; ".join(daily))
    check(int(workers_before) >= 2, "both instances ran background jobs before the kill", f"{workers_before} workers")
    queued = set(psql("SELECT o.to_address FROM outbox o JOIN jobs j ON j.payload LIKE '%' || o.id || '%' "
                      "WHERE o.to_address LIKE 'ci-multi-%'"))
    counts = Counter(MAILBOX.count(a) for a in addr.values())
    dup = [a for a in addr.values() if MAILBOX.count(a) > 1]
    lost = [a for a in addr.values() if MAILBOX.count(a) == 0 and a not in queued]
    check(not dup, "no mail was sent twice", f"{counts[1]} sent once, {len(queued)} still queued")
    check(not lost, "every acknowledged idea's mail was sent or is still queued", f"lost: {lost[:5]}" if lost else "")
    if queued:
        log(f"{len(queued)} mail job(s) held by the killed instance's lease (taken over after it expires)")


if __name__ == "__main__":
    code = 0
    try:
        main()
    except Abort:
        pass
    except Exception as e:  # a crash of the check itself is a failure too
        import traceback
        traceback.print_exc()
        check(False, f"the check ran to the end ({type(e).__name__}: {e})")
    finally:
        stop_all()
        for name in ("a", "b", "nginx"):
            path = os.path.join(TMP, f"{name}.log")
            if FAILURES and os.path.exists(path):
                with open(path, errors="replace") as f:
                    tail = f.readlines()[-15:]
                if tail:
                    print(f"--- last lines of {name}.log ---\n" + "".join(tail), end="")
    elapsed = time.monotonic() - START
    if FAILURES:
        print(f"FAIL: {len(FAILURES)} check(s) failed in {elapsed:.0f} s: {'; '.join(FAILURES)}")
        code = 1
    else:
        print(f"PASS: several instances behind nginx, all checks in {elapsed:.0f} s")
    if not os.environ.get("KKDW_MULTI_TMP"):
        shutil.rmtree(TMP, ignore_errors=True)
    sys.exit(code)
