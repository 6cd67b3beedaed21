"""bench/claims.py: the event claims read in a text, and what changed between two runs.
Sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO, need_shared


def test_the_claims_of_a_text_name_their_type_trigger_and_arguments():
    from bench.claims import Text, read_claims

    claims = read_claims(Text("mine", "t1", "en", "Globex said on Monday it would cut jobs.\nThe weather was fine."))
    assert [(c.type, c.trigger, c.sentence) for c in claims if c.type == "statement"] == [
        ("statement", "said", "Globex said on Monday it would cut jobs.")]
    assert all(c.set == "mine" and c.name == "t1" and len(c.line().split("\t")) == 6 for c in claims)


def test_differences_are_counted_as_multisets():
    from bench.claims import ReadClaim, differences

    a = ReadClaim("s", "f", "death", "died", "subject=X", "X died.")
    b = ReadClaim("s", "f", "statement", "said", "subject=Y", "Y said so.")
    gone, new = differences([a, a, b], [a, b, b])
    assert gone == [a] and new == [b]
    assert ReadClaim.parse(a.line()) == a


@pytest.mark.bench_smoke
def test_the_benchmark_dumps_and_compares(tmp_path):
    need_shared("datasets")
    dump = tmp_path / "claims.tsv"
    run = [sys.executable, "-m", "bench", "claims", "--sets", "zhwce", "--limit", "2"]
    first = subprocess.run([*run, "--dump", str(dump)], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    assert "zhwce" in first.stdout and dump.read_text(encoding="utf-8").strip()
    again = subprocess.run([*run, "--against", str(dump)], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and "0 claims gone, 0 new" in again.stdout
