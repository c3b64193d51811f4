"""Benchmark of the REST API on PostgreSQL, served by gunicorn on loopback.

    .venv/bin/python bench/api.py                 # 100,000 quotes
    .venv/bin/python bench/api.py --big           # 1,000,000 quotes
    .venv/bin/python bench/api.py --reuse         # keep the loaded database

What it does:
1. (Re)creates the database ``factcheck_bench`` (only that one) and migrates it.
2. Fills it with N quotes over realistic documents (Arabic, some English and
   French, built from the seed article's words and quotations), speakers with
   aliases, sources and evidence, using COPY. Every quote's text is exactly
   its document's text between its offsets (the database trigger checks it),
   and text_normalized is claims.extraction.normalize(text). The search
   indexes are dropped during the load and built afterwards (faster).
3. Starts gunicorn (gthread) on 127.0.0.1 and drives it with a small threaded
   keep-alive HTTP client: 8 connections, each scenario for a fixed time.
4. Prints p50/p95/p99 latency, requests/s and queries per request for: quote
   list (page of 50), a deep page (cursor in the middle of the table), a
   filtered list, search, detail, set verdict, and the same page from a bare
   Django view that returns ``values()`` as JSON (the API's overhead ratio).

Traffic goes to 127.0.0.1 only. The server process is stopped by its pid.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import functools
import hashlib
import http.client
import importlib
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DB_NAME = "factcheck_bench"
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
BENCH_URL = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


PORT = _free_port()
SECRET = "bench-only-secret-key-" + "x7Q2" * 12

SERVER_ENV = {
    "DATABASE_URL": BENCH_URL,
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": SECRET,
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_SECURE_COOKIES": "0",
    "DJANGO_HSTS_SECONDS": "0",
    "DJANGO_CONN_MAX_AGE": "600",
    # The benchmark measures the API, not the throttle's refusals.
    "DJANGO_API_RATE_TOKEN": "10000000/minute",
    "DJANGO_API_RATE_ANON": "10000000/minute",
}
os.environ.update(SERVER_ENV)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")


# --- the bare view, and the URLs the benchmark server answers -------------------
# gunicorn serves this module (bench.api:application): the project's URLs plus
# one bare view, so the API and its baseline run in the same server.


def bare_quotes(request):
    """The same page as /api/v1/quotes/ with no framework: the same SQL (the
    API's row query, minus the visibility check), values() as JSON. No
    authentication, permissions, throttling, pagination links or serializer."""
    from django.http import JsonResponse

    from claims.api.serializers import QUOTE_VALUES
    from claims.api.views import evidence_count, user_name
    from claims.models import Quote

    rows = (
        Quote.objects.order_by("-id")
        .annotate(
            evidence_count=evidence_count(),
            verdict_by_name=user_name("verdict_by_id"),
            approved_by_name=user_name("approved_by_id"),
            assignee_name=user_name("assignee_id"),
        )
        .values(*QUOTE_VALUES)[:50]
    )
    return JsonResponse({"results": list(rows)})


@functools.cache
def _urlpatterns() -> list:
    from django.urls import include, path

    return [path("bare/quotes/", bare_quotes), path("", include("factcheck.urls"))]


def __getattr__(name: str):
    # Built on first use (PEP 562): when this module is imported by gunicorn,
    # Django is not set up yet, and the project's URLs cannot be imported.
    if name == "urlpatterns":
        return _urlpatterns()
    raise AttributeError(name)


def application(environ, start_response):
    return _wsgi()(environ, start_response)


_APP = None


def _wsgi():
    global _APP
    if _APP is None:
        from django.conf import settings

        settings.ROOT_URLCONF = "bench.api"
        from django.core.wsgi import get_wsgi_application

        _APP = get_wsgi_application()
    return _APP


# --- data ---------------------------------------------------------------------

INTROS_AR = ["وقال المسؤول ان", "واضاف ان", "وجاء في البرقية ان", "واكد السفير ان", "وتابع"]
INTROS_EN = ["The official said", "He added that", "The cable says", "The ambassador wrote"]
INTROS_FR = ["Le responsable a dit", "Il a ajouté que", "Le télégramme indique que"]
EN_TEXT = (
    "the french are losing the battle between development and growing security threats "
    "terrorism is now at our door cooperation with the americans in the sahel region "
    "aqim recruits fighters in senegal and will find weakness in northern nigeria"
)
EN_WORDS = EN_TEXT.split()
FR_TEXT = (
    "les français perdent la bataille entre le développement et les menaces sécuritaires "
    "le terrorisme est désormais à notre porte la coopération au sahel avec les américains"
)
FR_WORDS = FR_TEXT.split()


def _cable_date(rng: random.Random, precision: str) -> dt.date | None:
    if not precision:
        return None
    year = rng.randint(2003, 2010)
    month = rng.randint(1, 12) if precision != "year" else 1
    return dt.date(year, month, rng.randint(1, 28) if precision == "day" else 1)


STATUSES = [
    ("unverified", 55),
    ("in_review", 10),
    ("corroborated", 12),
    ("partly_corroborated", 6),
    ("disputed", 7),
    ("refuted", 5),
    ("unverifiable", 5),
]
STATUS_NAMES = [name for name, _ in STATUSES]
STATUS_WEIGHTS = [weight for _, weight in STATUSES]


def _seed_vocabulary() -> tuple[list[str], list[str]]:
    seed = (ROOT / "seeds" / "wikileaks-aqim-cables.ar.txt").read_text(encoding="utf-8")
    words = re.findall(r"[\u0621-\u064a]{2,}", seed)
    quoted = [q.strip() for q in re.findall(r'"([^"]{8,})"', seed)]
    return words, quoted


def _phrase(rng: random.Random, language: str, words: list[str], quoted: list[str]) -> str:
    if language == "ar":
        if rng.random() < 0.25:
            return rng.choice(quoted)
        return " ".join(rng.choice(words) for _ in range(rng.randint(5, 12)))
    pool = EN_WORDS if language == "en" else FR_WORDS
    return " ".join(rng.choice(pool) for _ in range(rng.randint(5, 12)))


def _copy(conn, table: str, columns: list[str], rows) -> int:
    count = 0
    with (
        conn.cursor() as cursor,
        cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def _search_indexes() -> list[tuple[str, str]]:
    """The indexes migrations 0004 and 0005 leave: dropped for the load, then rebuilt."""
    m4 = importlib.import_module("claims.migrations.0004_search_indexes")
    m5 = importlib.import_module("claims.migrations.0005_search_vectors")
    replaced = {name for name, _ in m5.REPLACED}
    kept = [index for index in m4.BTREE + m4.POSTGRES_ONLY if index[0] not in replaced]
    return kept + m5.INDEXES


def load(n_quotes: int, seed: int = 2010) -> None:
    """Recreate the bench database and fill it (COPY) with ``n_quotes`` quotes."""
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DB_NAME}")
        admin.execute(f"CREATE DATABASE {DB_NAME} TEMPLATE template0")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, check=True, env=os.environ
    )

    import django

    django.setup()
    from django.contrib.auth.models import Group, User

    from claims.extraction.normalize import normalize

    indexes = _search_indexes()

    users = {}
    for name, role in (
        ("bench-viewer", "Viewer"),
        ("bench-reviewer", "Reviewer"),
        ("bench-editor", "Editor"),
    ):
        user = User.objects.create(username=name)
        user.groups.add(Group.objects.get(name=role))
        users[name] = user.pk

    rng = random.Random(seed)
    words, quoted = _seed_vocabulary()
    per_doc = 20
    n_docs = max(1, n_quotes // per_doc)
    n_speakers = max(10, n_quotes // 500)
    n_sources = max(10, n_quotes // 200)
    now = dt.datetime.now(dt.UTC)
    started = time.perf_counter()

    with psycopg.connect(BENCH_URL) as conn:
        conn.execute("SET maintenance_work_mem = '256MB'")
        for name, _ in indexes:
            conn.execute(f"DROP INDEX IF EXISTS {name}")

        speaker_rows = []
        for i in range(1, n_speakers + 1):
            name = " ".join(rng.choice(words) for _ in range(2)) + f" {i}"
            speaker_rows.append((i, name, normalize(name), "person", "", now))
        _copy(
            conn,
            "claims_speaker",
            ["id", "name", "name_normalized", "kind", "description", "created_at"],
            speaker_rows,
        )
        alias_rows = [
            (i, i, f"Speaker {i}", normalize(f"Speaker {i}")) for i in range(1, n_speakers + 1)
        ]
        _copy(
            conn, "claims_speakeralias", ["id", "speaker_id", "name", "name_normalized"], alias_rows
        )

        source_rows = [
            (
                i,
                f"Cable {i}",
                "cable",
                f"https://example.org/cables/{i}",
                "WikiLeaks",
                None,
                "",
                "",
                now,
                None,
            )
            for i in range(1, n_sources + 1)
        ]
        _copy(
            conn,
            "claims_source",
            [
                "id",
                "title",
                "kind",
                "url",
                "publisher",
                "published_on",
                "cable_ref",
                "archived_url",
                "created_at",
                "created_by_id",
            ],
            source_rows,
        )

        quote_columns = [
            "id",
            "document_id",
            "text",
            "text_normalized",
            "start",
            '"end"',
            "speaker_id",
            "role",
            "cable_date",
            "cable_date_precision",
            "cable_ref",
            "origin",
            "confidence",
            "status",
            "verdict_note",
            "verdict_by_id",
            "verdict_at",
            "approved_by_id",
            "approved_at",
            "assignee_id",
            "version",
            "created_at",
            "updated_at",
        ]
        document_columns = [
            "id",
            "title",
            "body",
            "language",
            "kind",
            "publisher",
            "url",
            "published_on",
            "cable_ref",
            "checksum",
            "created_at",
            "created_by_id",
        ]
        evidence_columns = [
            "id",
            "quote_id",
            "source_id",
            "relation",
            "excerpt",
            "location",
            "added_by_id",
            "added_at",
        ]
        reviewer, editor = users["bench-reviewer"], users["bench-editor"]
        quote_id = evidence_id = 0
        chunk = 2_000  # documents per COPY round: memory stays flat at any size
        for first_doc in range(1, n_docs + 1, chunk):
            documents, quotes, evidence = [], [], []
            for doc_id in range(first_doc, min(first_doc + chunk, n_docs + 1)):
                language = rng.choices(["ar", "en", "fr"], weights=[85, 10, 5])[0]
                intros = {"ar": INTROS_AR, "en": INTROS_EN, "fr": INTROS_FR}[language]
                body = f"{doc_id}. "
                spans = []
                for _ in range(per_doc):
                    phrase = _phrase(rng, language, words, quoted)
                    body += f'{rng.choice(intros)} "'
                    spans.append((len(body), len(body) + len(phrase), phrase))
                    body += f'{phrase}". '
                checksum = hashlib.sha256(body.encode()).hexdigest()
                documents.append(
                    (
                        doc_id,
                        f"Article {doc_id}",
                        body,
                        language,
                        "article",
                        "AFP",
                        f"https://example.org/articles/{doc_id}",
                        None,
                        "",
                        checksum,
                        now,
                        None,
                    )
                )
                for start, end, phrase in spans:
                    quote_id += 1
                    status = rng.choices(STATUS_NAMES, weights=STATUS_WEIGHTS)[0]
                    final = status not in ("unverified", "in_review")
                    approved = final and rng.random() < 0.5
                    precision = rng.choice(["year", "month", "day", ""])
                    cable_date = _cable_date(rng, precision)
                    quotes.append(
                        (
                            quote_id,
                            doc_id,
                            phrase,
                            normalize(phrase),
                            start,
                            end,
                            rng.randint(1, n_speakers),
                            "",
                            cable_date,
                            precision,
                            "",
                            "extracted",
                            round(rng.random(), 2),
                            status,
                            "Checked against the cable." if final else "",
                            reviewer if final else None,
                            now if final else None,
                            editor if approved else None,
                            now if approved else None,
                            reviewer if status == "in_review" else None,
                            1,
                            now,
                            now,
                        )
                    )
                    relation = {"corroborated": "corroborates", "refuted": "contradicts"}.get(
                        status
                    )
                    if relation or rng.random() < 0.05:
                        evidence_id += 1
                        evidence.append(
                            (
                                evidence_id,
                                quote_id,
                                rng.randint(1, n_sources),
                                relation or "context",
                                "",
                                "",
                                reviewer,
                                now,
                            )
                        )
            _copy(conn, "claims_document", document_columns, documents)
            _copy(conn, "claims_quote", quote_columns, quotes)
            _copy(conn, "claims_evidence", evidence_columns, evidence)
            conn.commit()
            print(f"  {quote_id:,} quotes ({time.perf_counter() - started:.0f} s)", flush=True)
        for table in (
            "claims_speaker",
            "claims_speakeralias",
            "claims_source",
            "claims_document",
            "claims_quote",
            "claims_evidence",
        ):
            # Table names are the constants above, never input.
            sequence = f"pg_get_serial_sequence('{table}', 'id')"
            conn.execute(f"SELECT setval({sequence}, (SELECT max(id) FROM {table}))")  # noqa: S608
        conn.commit()
        print(
            f"  {evidence_id:,} evidence; building indexes ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        conn.autocommit = True
        for name, target in indexes:
            conn.execute(f"CREATE INDEX {name} ON {target}")
        conn.execute("VACUUM ANALYZE")
    print(f"  loaded in {time.perf_counter() - started:.0f} s", flush=True)


# --- the load -----------------------------------------------------------------


def _cursor_after(row_id: int) -> str:
    raw = json.dumps({"o": "-id", "v": None, "i": row_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


class Scenario:
    def __init__(self, name: str, requests, connections: int | None = None) -> None:
        self.name = name
        self.requests = requests  # (thread index, i) -> (method, path, body)
        self.connections = connections  # None: the run's --connections


def run(scenario: Scenario, token: str, seconds: float, connections: int) -> dict:
    latencies: list[list[float]] = [[] for _ in range(connections)]
    errors = [0] * connections
    stop = time.perf_counter() + seconds
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}

    def worker(index: int) -> None:
        conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
        i = 0
        while time.perf_counter() < stop:
            method, path, body = scenario.requests(index, i)
            i += 1
            began = time.perf_counter()
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            latencies[index].append(time.perf_counter() - began)
            if response.status >= 400:
                errors[index] += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    flat = sorted(x for per in latencies for x in per)
    quantile = statistics.quantiles(flat, n=100, method="inclusive")
    return {
        "scenario": scenario.name,
        "requests": len(flat),
        "errors": sum(errors),
        "p50_ms": quantile[49] * 1000,
        "p95_ms": quantile[94] * 1000,
        "p99_ms": quantile[98] * 1000,
        "rps": len(flat) / elapsed,
    }


_WRK_SCRIPT = """
local requests = {}
-- The requests are formatted before wrk adds its default Host header: give
-- it here (granian passes a missing one on as an empty HTTP_HOST).
local headers = {}
for name, value in pairs(wrk.headers) do headers[name] = value end
headers["Host"] = HOSTPORT
%s
local n = #requests
local counter = 0
-- THREADS wrk threads: each takes every THREADS-th request, so none is sent
-- twice (a verdict request carries the version it expects and would be a 412).
local threads = THREADS
local next_thread = 0
setup = function(thread)
  thread:set("tid", next_thread)
  next_thread = next_thread + 1
end
request = function()
  counter = counter + 1
  return requests[((counter * threads + (tid or 0)) %% n) + 1]
end
done = function(summary, latency, reqs)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%d %%f %%f %%f\\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def _lua_string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def run_wrk(scenario: Scenario, token: str, seconds: float, connections: int) -> dict:
    """The same scenario driven by wrk (C, event loop): the client costs the
    machine far less CPU than Python threads, so the server gets more of it."""
    lines = []
    count = 25_000 if scenario.name == "set verdict" else 2_000
    for i in range(count):
        method, path, body = scenario.requests(0, i)
        body_lua = _lua_string(body) if body else "nil"
        lines.append(
            f"requests[{i + 1}] = wrk.format({_lua_string(method)}, {_lua_string(path)}, "
            f"headers, {body_lua})"
        )
    script = ROOT / "var" / "bench-wrk.lua"
    script.parent.mkdir(exist_ok=True)
    threads = min(2, connections)  # wrk needs a connection per thread
    script.write_text(
        (_WRK_SCRIPT % "\n".join(lines))
        .replace("THREADS", str(threads))
        .replace("HOSTPORT", _lua_string(f"{HOST}:{PORT}")),
        encoding="utf-8",
    )
    out = subprocess.run(
        [
            "wrk",
            f"-t{threads}",  # see the Lua script: the requests are split between them
            f"-c{connections}",
            f"-d{max(1, round(seconds))}s",
            "-H",
            f"Authorization: Token {token}",
            "-H",
            "Content-Type: application/json",
            "-s",
            str(script),
            f"http://{HOST}:{PORT}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    requests, duration_us, errors, p50, p95, p99 = line.split()[1:]
    return {
        "scenario": scenario.name,
        "requests": int(requests),
        "errors": int(errors),
        "p50_ms": float(p50) / 1000,
        "p95_ms": float(p95) / 1000,
        "p99_ms": float(p99) / 1000,
        "rps": int(requests) / (int(duration_us) / 1e6),
    }


def in_process(
    paths: dict[str, tuple[str, str, str | None]], user: str, repeat: int = 60
) -> dict[str, tuple[int, float, float]]:
    """Queries per request, and the Python CPU time per request (ms).

    Each request runs in this process through Django's handler: once to
    count its queries, then ``repeat`` times (GET only) timed with
    ``process_time`` (and the p95 wall-clock time of one request at a time,
    database included), which leaves out the database server's work and
    whatever else the machine is running: the framework's own cost.
    """
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from knox.models import AuthToken

    from claims import search_stats

    settings.ALLOWED_HOSTS = ["*"]
    settings.ROOT_URLCONF = "bench.api"
    # A phrase search reads the word statistics once per process (and every
    # ten minutes): counted here is the steady state, as in the server.
    search_stats.word_stats()
    _, key = AuthToken.objects.create(user=User.objects.get(username=user))
    client = Client(HTTP_AUTHORIZATION=f"Token {key}")
    measured = {}
    for name, (method, path, body) in paths.items():
        # Django empties the query log when a request starts: start from empty.
        reset_queries()
        connection.ensure_connection()
        pgconn = connection.connection.pgconn
        with tempfile.TemporaryFile() as trace:
            # Counted twice: Django's query log, and on the wire (libpq's
            # trace: one ReadyForQuery per statement, BEGIN/COMMIT included).
            pgconn.trace(trace.fileno())
            try:
                with CaptureQueriesContext(connection) as queries:
                    if method == "GET":
                        response = client.get(path)
                    else:
                        response = client.post(path, body, content_type="application/json")
            finally:
                pgconn.untrace()
            trace.seek(0)
            lines = trace.read().decode(errors="replace").splitlines()
        wire = sum("\tB\t" in line and "ReadyForQuery" in line for line in lines)
        if wire != len(queries):
            raise RuntimeError(f"{path}: {len(queries)} queries logged, {wire} on the wire")
        count = wire
        if response.status_code >= 400:
            raise RuntimeError(f"{path}: {response.status_code} {response.content[:200]!r}")
        cpu = wall = float("nan")
        if method == "GET":
            began = time.process_time()
            walls = []
            for _ in range(repeat):
                start = time.perf_counter()
                client.get(path)
                walls.append(time.perf_counter() - start)
            cpu = (time.process_time() - began) * 1000 / repeat
            wall = sorted(walls)[int(len(walls) * 0.95)] * 1000
        measured[name] = (count, cpu, wall)
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--big", action="store_true", help="1,000,000 quotes")
    parser.add_argument("--reuse", action="store_true", help="keep an already loaded database")
    parser.add_argument("--seconds", type=float, default=8.0, help="per scenario")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    # 2 x 2 rather than 2 x 4: fewer threads contending for each GIL on two
    # vCPUs (docs/performance.md, round 3: list 173 -> 259 req/s, medians).
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--worker-class",
        choices=["gthread", "sync"],
        default="gthread",
        help="gunicorn worker class (sync: one request at a time per worker, no keep-alive)",
    )
    parser.add_argument("--keep-alive", type=int, default=30, help="gunicorn --keep-alive (s)")
    parser.add_argument(
        "--no-in-process",
        action="store_true",
        help="skip the in-process rows (queries, Python CPU, one at a time)",
    )
    parser.add_argument(
        "--server",
        choices=["gunicorn", "granian"],
        default="gunicorn",
        help="granian (Rust WSGI server, importable by this Python) for comparison only",
    )
    parser.add_argument("--only", default="", help="comma-separated scenario names")
    parser.add_argument(
        "--client",
        choices=["python", "wrk"],
        default="python",
        help="load tool: threaded Python keep-alive client, or wrk (apt-get install wrk)",
    )
    args = parser.parse_args()
    n = 1_000_000 if args.big else args.quotes

    if not args.reuse:
        print(f"Loading {n:,} quotes into {DB_NAME} ...", flush=True)
        load(n)

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import User
    from knox.models import AuthToken

    from claims.models import Quote

    total = Quote.objects.count()
    max_id = Quote.objects.order_by("-id").values_list("id", flat=True).first()
    rng = random.Random(7)
    _, token = AuthToken.objects.create(user=User.objects.get(username="bench-reviewer"))
    open_ids = list(
        Quote.objects.filter(status="unverified", version=1)
        .order_by("?")
        .values_list("id", flat=True)[:200_000]
    )
    # Common words, a phrase, a speaker alias, and pieces of single quotes (a
    # fact-checker pasting the words they are checking): rare matches.
    terms = ["القاعدة", "المغرب الاسلامي", "مقاتلين في السنغال", "بوركينا", "Speaker 12", "sahel"]
    for quote_id in rng.sample(range(1, max_id + 1), 6):
        text = Quote.objects.filter(pk=quote_id).values_list("text", flat=True).first() or ""
        words = text.split()
        if len(words) >= 5:
            terms.append(" ".join(words[1:5]))
    taken = iter(open_ids)
    lock = threading.Lock()

    def verdict(index: int, i: int) -> tuple[str, str, str]:
        with lock:
            quote_id = next(taken)
        return (
            "POST",
            f"/api/v1/quotes/{quote_id}/verdict/",
            json.dumps({"status": "in_review", "version": 1}),
        )

    scenarios = [
        Scenario("list", lambda t, i: ("GET", "/api/v1/quotes/?page_size=50", None)),
        Scenario("bare view", lambda t, i: ("GET", "/bare/quotes/", None)),
        Scenario(
            "list, deep page",
            lambda t, i: (
                "GET",
                f"/api/v1/quotes/?page_size=50&cursor={_cursor_after(rng.randint(100, max_id))}",
                None,
            ),
        ),
        Scenario(
            "filtered list",
            lambda t, i: (
                "GET",
                "/api/v1/quotes/?page_size=50&status=disputed&language=ar&cable_date_from=2008&has_evidence=false",
                None,
            ),
        ),
        Scenario(
            "search",
            lambda t, i: (
                "GET",
                "/api/v1/quotes/?page_size=50&q=" + urllib.parse.quote(terms[i % len(terms)]),
                None,
            ),
        ),
        Scenario(
            "search (1 connection)",
            lambda t, i: (
                "GET",
                "/api/v1/quotes/?page_size=50&q=" + urllib.parse.quote(terms[i % len(terms)]),
                None,
            ),
            connections=1,
        ),
        Scenario("detail", lambda t, i: ("GET", f"/api/v1/quotes/{rng.randint(1, max_id)}/", None)),
        Scenario("set verdict", verdict),
    ]

    if args.only:
        wanted = {name.strip() for name in args.only.split(",")}
        scenarios = [scenario for scenario in scenarios if scenario.name in wanted]
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    if args.server == "granian":
        command = [
            sys.executable,
            "-m",
            "granian",
            "--interface",
            "wsgi",
            "--host",
            HOST,
            "--port",
            str(PORT),
            "--workers",
            str(args.workers),
            "--blocking-threads",
            str(args.threads),
            "--log-level",
            "warning",
            "bench.api:application",
        ]
    else:
        command = [
            str(Path(sys.executable).parent / "gunicorn"),
            "bench.api:application",
            "--bind",
            f"{HOST}:{PORT}",
            "--workers",
            str(args.workers),
            "--worker-class",
            args.worker_class,
            "--threads",
            str(args.threads),
            "--keep-alive",
            str(args.keep_alive),
            "--log-level",
            "warning",
        ]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection(HOST, PORT, timeout=1).request("GET", "/api/v1/schema/")
                break
            except OSError:
                time.sleep(0.2)
        results = []
        drive = run_wrk if args.client == "wrk" else run
        for scenario in scenarios:
            connections = scenario.connections or args.connections
            if scenario.name != "set verdict":
                drive(scenario, token, 1.5, connections)  # warm-up
            results.append(drive(scenario, token, args.seconds, connections))
            r = results[-1]
            print(
                f"  {r['scenario']:<21} p50 {r['p50_ms']:6.1f} ms  p95 {r['p95_ms']:6.1f} ms  "
                f"p99 {r['p99_ms']:6.1f} ms  {r['rps']:6.0f} req/s  ({r['requests']} requests, "
                f"{r['errors']} errors)",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=30)

    sample_id = rng.randint(1, max_id)
    measure = (lambda paths, user: {}) if args.no_in_process else in_process
    counts = measure(
        {
            "list": ("GET", "/api/v1/quotes/?page_size=50", None),
            "bare view": ("GET", "/bare/quotes/", None),
            "filtered list": (
                "GET",
                "/api/v1/quotes/?page_size=50&status=disputed&language=ar",
                None,
            ),
            "search": ("GET", "/api/v1/quotes/?q=" + urllib.parse.quote("القاعدة"), None),
            "search, word found nowhere": (
                "GET",
                "/api/v1/quotes/?q=" + urllib.parse.quote("زنجبيلية"),
                None,
            ),
            "search, four words of one quote": (
                "GET",
                "/api/v1/quotes/?q=" + urllib.parse.quote(terms[6] if len(terms) > 6 else "x"),
                None,
            ),
            "detail": ("GET", f"/api/v1/quotes/{sample_id}/", None),
            "set verdict": (
                "POST",
                f"/api/v1/quotes/{next(taken)}/verdict/",
                json.dumps({"status": "in_review", "version": 1}),
            ),
        },
        "bench-reviewer",
    )
    bare = next((r for r in results if r["scenario"] == "bare view"), None)
    listing = next((r for r in results if r["scenario"] == "list"), None)
    print()
    print(
        f"{total:,} quotes; {args.connections} connections; {args.server} "
        f"({args.worker_class if args.server == 'gunicorn' else 'wsgi'}) {args.workers} workers "
        f"x {args.threads} threads; prepared statements "
        f"{'on' if settings.DATABASES['default']['OPTIONS'].get('prepare_threshold') else 'off'}"
        f"; load average "
        f"{os.getloadavg()[0]:.1f}; {os.cpu_count()} CPUs shared by server, database and client"
    )
    print(
        "| scenario | p50 ms | p95 ms | p99 ms | req/s | queries | Python CPU ms/request "
        "| p95 ms, one at a time |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    nan = float("nan")
    for r in results:
        queries, cpu, wall = counts.get(r["scenario"], ("", nan, nan))
        print(
            f"| {r['scenario']} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
            f"{r['p99_ms']:.1f} | {r['rps']:.0f} | {queries} | {cpu:.1f} | {wall:.1f} |"
        )
    shown = {r["scenario"] for r in results}
    for name, (queries, cpu, wall) in counts.items():
        if name not in shown:
            print(f"| {name} (in process only) | | | | | {queries} | {cpu:.1f} | {wall:.1f} |")
    if "list" in counts and "bare view" in counts:
        print(
            f"Python CPU per request, API list / bare view: "
            f"x{counts['list'][1] / counts['bare view'][1]:.2f}"
        )
    if bare and listing:
        print(
            f"\nAPI list / bare view: p50 x{listing['p50_ms'] / bare['p50_ms']:.2f}, "
            f"throughput x{bare['rps'] / listing['rps']:.2f}"
        )


if __name__ == "__main__":
    main()
