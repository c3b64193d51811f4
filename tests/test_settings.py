"""Settings come from the environment and refuse bad values by name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 20 + "Q7x#pL2v!z9Rw4Tn6Ym8Bc3Fd5Hg1Js0"


def run_check(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"DJANGO_DEBUG": "maybe"}, "DJANGO_DEBUG"),
        ({"DJANGO_DEBUG": "0"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "   "}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "short"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": GOOD_KEY}, "DJANGO_ALLOWED_HOSTS"),
        ({"DJANGO_DEBUG": "1", "DJANGO_ALLOWED_HOSTS": "a.org,,b.org"}, "DJANGO_ALLOWED_HOSTS"),
        ({"DJANGO_DEBUG": "1", "DATABASE_URL": "mysql://u@h/db"}, "DATABASE_URL"),
        ({"DJANGO_DEBUG": "1", "DATABASE_URL": "nonsense"}, "DATABASE_URL"),
        ({"DJANGO_DEBUG": "1", "DJANGO_HSTS_SECONDS": "a year"}, "DJANGO_HSTS_SECONDS"),
        ({"DJANGO_DEBUG": "1", "REDIS_URL": "127.0.0.1:6379"}, "REDIS_URL"),
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(env, named):
    result = run_check(env)
    assert result.returncode != 0
    assert named in result.stderr


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    result = run_check(
        {
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": GOOD_KEY,
            "DJANGO_ALLOWED_HOSTS": "factcheck.example.org",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        },
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr
