"""JSON Lines extraction: one object per input file, no database needed.

    python -m claims.extraction.cli --json FILE...
    python manage.py extract --json FILE...      (thin Django wrapper)

Each line is ``{"document": NAME, "quotes": [ExtractedQuote.as_dict(), ...]}``
where NAME is the file's base name; ``../shared/gold/score.py`` reads this.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from claims.extraction.engine import extract

__all__ = ["add_arguments", "main", "run_cli"]


def _document(path: str) -> dict:
    text = Path(path).read_text(encoding="utf-8")
    return {
        "document": Path(path).name,
        "quotes": [quote.as_dict() for quote in extract(text)],
    }


def run_cli(paths: list[str], stdout: TextIO | None = None) -> int:
    """Print one JSON line per file; return a process exit code.

    A file that cannot be read is reported on stderr and makes the exit code
    1, but the other files are still processed.
    """
    out = stdout if stdout is not None else sys.stdout
    status = 0
    for path in paths:
        try:
            record = _document(path)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"extract: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return status


DESCRIPTION = (
    "Find the direct quotations in each FILE and print one JSON object per file: "
    '{"document": NAME, "quotes": [...]}. Reads no database; this is the input of '
    "../shared/gold/score.py."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments, shared with ``manage.py extract``."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files.")
    parser.add_argument(
        "--json",
        action="store_true",
        help="Print JSON Lines (the only output format; accepted for clarity).",
    )


def main(
    argv: list[str] | None = None, stdout: TextIO | None = None, *, prog: str = "extract"
) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION)
    add_arguments(parser)
    args = parser.parse_args(argv)
    return run_cli(args.files, stdout)


if __name__ == "__main__":
    sys.exit(main())
