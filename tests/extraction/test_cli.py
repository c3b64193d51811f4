"""The JSON Lines command line (no database)."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from claims.extraction.cli import main, run_cli

TEXT = 'وقال الوزير سمير الطاهر إن "الأزمة ستطول أكثر مما يتوقع الجميع".'


def test_run_cli_prints_one_line_per_file(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.ar.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text("لا اقتباس هنا.", encoding="utf-8")
    out = io.StringIO()
    assert run_cli([str(a), str(b)], out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["document"] for line in lines] == ["a.txt", "b.ar.txt"]
    [quote] = lines[0]["quotes"]
    assert TEXT[quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker"] == "سمير الطاهر"
    assert lines[1]["quotes"] == []


def test_unreadable_file_is_reported_and_the_rest_processed(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    out = io.StringIO()
    assert run_cli([str(tmp_path / "missing.txt"), str(good)], out) == 1
    assert len(out.getvalue().splitlines()) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_main_parses_arguments(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = io.StringIO()
    assert main(["--json", str(path)], stdout=out) == 0
    assert json.loads(out.getvalue())["document"] == "x.txt"


def test_manage_py_extract_needs_no_settings_or_secrets(tmp_path):
    """The issue's scoring command works as written, even in production mode
    (no DJANGO_DEBUG, no DJANGO_SECRET_KEY) and without a database."""
    repo = Path(__file__).resolve().parents[2]
    path = tmp_path / "x.txt"
    path.write_text(TEXT, encoding="utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DJANGO_") and k not in {"DATABASE_URL", "PYTHONPATH"}
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "extract", "--json", str(path), str(tmp_path / "no.txt")],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr  # the missing file, reported
    assert "no.txt" in done.stderr
    [line] = done.stdout.splitlines()
    record = json.loads(line)
    assert record["document"] == "x.txt"
    assert [q["speaker"] for q in record["quotes"]] == ["سمير الطاهر"]
    usage = subprocess.run(
        [sys.executable, "manage.py", "extract", "--help"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert usage.returncode == 0
    assert "manage.py extract" in usage.stdout
