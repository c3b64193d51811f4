"""The JSON Lines command line (no database)."""

import io
import json

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
