"""The seed article scored against its gold annotation with score.py's rules."""

import importlib.util
import json
from pathlib import Path

import pytest

from claims.extraction import extract

REPO = Path(__file__).resolve().parents[2]
SHARED = [Path("/work/shared"), REPO.parent / "shared"]


def _shared(*parts: str) -> Path | None:
    for root in SHARED:
        path = root.joinpath(*parts)
        if path.exists():
            return path
    return None


def _scorer():
    path = _shared("gold", "score.py")
    if path is None:
        pytest.skip("../shared/gold/score.py is not available")
    spec = importlib.util.spec_from_file_location("gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _seed_pairs():
    gold_dir = _shared("gold")
    if gold_dir is None:
        pytest.skip("../shared/gold is not available")
    pairs = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        name = json.loads(gold_file.read_text(encoding="utf-8"))["document"]
        text_path = REPO / "seeds" / name
        if not text_path.exists():
            text_path = _shared("seeds", name)
        if text_path is None or not text_path.exists():
            continue
        pairs.append((gold_file, text_path))
    if not pairs:
        pytest.skip("no seed text for the gold files")
    return pairs


def test_seed_articles_score_perfectly():
    score = _scorer()
    for gold_file, text_path in _seed_pairs():
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        preds = [q.as_dict() for q in extract(text)]
        golds = [g for g in gold["quotes"] if not g.get("optional")]
        optional = [g for g in gold["quotes"] if g.get("optional")]
        hits_optional = {id(p) for p, _ in score.match(preds, optional)}
        preds = [p for p in preds if id(p) not in hits_optional]
        pairs = score.match(preds, golds)
        assert len(pairs) == len(golds) == len(preds), text_path.name
        for pred, g in pairs:
            assert score.speaker_ok(pred["speaker"], g), (g["text"], pred["speaker"])
            if g.get("role"):
                assert score.token_f1(pred["role"] or "", g["role"]) >= 0.6, (g["text"], pred)
            if g.get("date"):
                assert score.date_ok(pred["date"], g["date"]), (g["text"], pred["date"])
            else:
                assert pred["date"] is None, (g["text"], pred["date"])


def test_seed_offsets_are_exact():
    for _, text_path in _seed_pairs():
        text = text_path.read_text(encoding="utf-8")
        for q in extract(text):
            assert text[q.start : q.end] == q.text
