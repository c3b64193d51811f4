"""Settings for the fact-check workbench.

Everything that differs between machines comes from the environment. The
helpers below fail loudly: a bad value stops start-up with a message that
names the variable, instead of running with a silently wrong setting.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a boolean: use one of 1/0, true/false, yes/no, on/off."
    )


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    items = [item.strip() for item in raw.split(",")]
    if any(not item for item in items):
        raise ImproperlyConfigured(
            f"{name}={raw!r} has an empty entry: give a comma-separated list such as "
            "'example.org,www.example.org'."
        )
    return items


DEBUG = env_bool("DJANGO_DEBUG", False)

# Insecure keys are only ever acceptable on a developer's machine.
_DEV_SECRET_KEY = "django-insecure-dev-only-key-never-use-in-production"  # noqa: S105
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY.strip():
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is required and must not be empty when DJANGO_DEBUG is off."
        )
    SECRET_KEY = _DEV_SECRET_KEY
elif not DEBUG and (len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is too weak: use at least 50 random characters "
        "(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS is required when DJANGO_DEBUG is off (comma-separated host names)."
    )

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "knox",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


# --- Database --------------------------------------------------------------
# SQLite file under var/ by default; PostgreSQL when DATABASE_URL says so.
_DEFAULT_DB_URL = f"sqlite:///{BASE_DIR / 'var' / 'factcheck.sqlite3'}"
_db_url = os.environ.get("DATABASE_URL", "").strip() or _DEFAULT_DB_URL
try:
    _db = dj_database_url.parse(_db_url, conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 0))
except (ValueError, KeyError) as exc:
    raise ImproperlyConfigured(f"DATABASE_URL={_db_url!r} cannot be parsed: {exc}") from None
if _db["ENGINE"] not in (
    "django.db.backends.sqlite3",
    "django.db.backends.postgresql",
):
    raise ImproperlyConfigured(
        f"DATABASE_URL={_db_url!r}: only sqlite:// and postgres:// URLs are supported."
    )
if _db["ENGINE"] == "django.db.backends.sqlite3":
    Path(_db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    _db["OPTIONS"] = {
        # WAL lets readers work while one writer writes; IMMEDIATE takes the
        # write lock at BEGIN, so two writers queue (busy timeout) instead of
        # failing with "database is locked" half-way through a transaction.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA foreign_keys=ON;",
    }
    # A file, not shared-cache memory, so tests see SQLite's real locking
    # (WAL, busy timeout) when two threads write at once.
    # One file per test process, so that parallel runs do not share one.
    _db["TEST"] = {"NAME": str(BASE_DIR / "var" / f"test-{os.getpid()}.sqlite3")}
else:
    # The test database is created from template0 so that it gets a real
    # UTF-8 collation: pg_trgm needs it to see Arabic letters as word chars.
    _db.setdefault("TEST", {})["TEMPLATE"] = "template0"
    if env_bool("DJANGO_DB_PREPARED_STATEMENTS", True):
        # Parameters sent apart from the SQL (server-side binding), and a
        # statement run five times on one connection prepared by psycopg, so
        # PostgreSQL stops parsing and planning it again: the API's list and
        # detail ~1-3 ms less a request (docs/performance.md). Pays with
        # persistent connections (DJANGO_CONN_MAX_AGE). Turn it off (0)
        # behind a pooler in transaction mode that does not track prepared
        # statements (PgBouncer before 1.21).
        _db["OPTIONS"] = {"server_side_binding": True, "prepare_threshold": 5}
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("ar", "العربية"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# URLs typed without a scheme are https (Django 6's default, taken now).
FORMS_URLFIELD_ASSUME_HTTPS = True

# Request bodies larger than this are refused before a view sees them.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DJANGO_MAX_BODY_BYTES", 2_621_440)


# --- Security ----------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # the htmx enhancement reads it; the form token is the guard
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
if env_bool("DJANGO_BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])


# --- Logging -----------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}


# --- The workbench -------------------------------------------------------------
# Who publishes the fact-checks (ClaimReview "author").
FACTCHECK_PUBLISHER_NAME = os.environ.get("FACTCHECK_PUBLISHER_NAME", "Fact-check desk")
FACTCHECK_PUBLISHER_URL = os.environ.get("FACTCHECK_PUBLISHER_URL", "https://example.org/")


# --- REST API ---------------------------------------------------------------
# DRF defaults for /api/v1/, set once here; the viewsets in claims/api/ only
# say what differs. Tokens are django-rest-knox tokens (stored hashed, with
# an expiry, several per user); the browser uses its session.
import datetime  # noqa: E402 - kept inside this section, which the API owns


def env_rate(name: str, default: str) -> str:
    raw = os.environ.get(name, default).strip()
    count, _, period = raw.partition("/")
    if not count.isdigit() or period not in {"second", "minute", "hour", "day", "s", "m", "h", "d"}:
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not a rate: use requests/period such as 600/minute."
        )
    return raw


# --- Cache ---------------------------------------------------------------------
# The API's request-rate counters live here. Local memory by default: each
# server process then counts on its own. REDIS_URL (redis://, rediss:// or
# unix://) gives every process one shared count.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    if not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(
            f"REDIS_URL={REDIS_URL!r}: give a redis://, rediss:// or unix:// URL, "
            "such as redis://127.0.0.1:6379/0."
        )
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "factcheck",
            # A Redis that does not answer must not hold requests up.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: its "WWW-Authenticate: Token" makes anonymous calls 401.
        "claims.api.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.RolePermission"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["claims.api.filters.FilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.KeysetPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": [
        "claims.api.throttling.TokenRateThrottle",
        "claims.api.throttling.AnonymousRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "token": env_rate("DJANGO_API_RATE_TOKEN", "1200/minute"),
        "anon": env_rate("DJANGO_API_RATE_ANON", "60/minute"),
    },
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "UNICODE_JSON": True,
}
API_MAX_PAGE_SIZE = 200

REST_KNOX = {
    "TOKEN_TTL": datetime.timedelta(days=env_int("DJANGO_API_TOKEN_DAYS", 90)),
    "AUTO_REFRESH": False,  # a refresh is a write on every request
    "TOKEN_LIMIT_PER_USER": None,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-check workbench API",
    "DESCRIPTION": (
        "Quotes, their speakers, sources, evidence and verdicts. "
        "See docs/api.md in the repository for a walk-through."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "VerdictEnum": "claims.models.Verdict",
        "LanguageEnum": "claims.models.Language",
        "DocumentKindEnum": "claims.models.DocumentKind",
        "SpeakerKindEnum": "claims.models.SpeakerKind",
        "SourceKindEnum": "claims.models.SourceKind",
    },
    # Served by the project itself (claims/api/urls.py), so the docs work
    # with no internet access and without a static-files server.
    "SWAGGER_UI_DIST": "/api/v1/docs/assets/swagger-ui-dist",
    "SWAGGER_UI_FAVICON_HREF": "/api/v1/docs/assets/swagger-ui-dist/favicon-32x32.png",
    "REDOC_DIST": "/api/v1/docs/assets/redoc",
}


# --- Web UI ------------------------------------------------------------------
# The reviewer pages send a strict Content-Security-Policy: our own scripts
# and styles only, nothing inline (JSON-LD data blocks are not scripts).
WEB_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'; object-src 'none'"
)
WEB_CSP_EXEMPT_PREFIXES = ["/admin/", "/api/"]
MIDDLEWARE.append("claims.middleware.ContentSecurityPolicyMiddleware")
