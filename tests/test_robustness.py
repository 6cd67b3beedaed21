"""One bad file must never cost the run: generated bad inputs beside good articles, the
per-document isolation and time budget, and patterns that stay linear on long lines."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from factline.budget import DocumentTimeout, document_deadline, run_budget
from factline.config import Config
from factline.model import Document, Run
from factline.pipeline import apply_isolated, build
from factline.stages.ingest.sanitize import display_path
from fuzz_inputs import KINDS, good_text, make_inputs, outcome, restore_permissions, write_good

SMALL = 0.001  # long inputs at 0.1% of the sizes: every kind, in a minute


@pytest.fixture(scope="module")
def fuzz_batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every kind of bad input once, with four good articles, through one whole build."""
    root = tmp_path_factory.mktemp("fuzz")
    folder = root / "batch"
    made = make_inputs(folder, sorted(KINDS), 0, SMALL)
    goods = [write_good(folder, 9000 + k) for k in range(4)]
    try:
        result = build([str(folder)], root / "out")
    finally:
        restore_permissions(folder)
    return {"folder": folder, "made": made, "goods": goods, "result": result, "out": root / "out"}


def test_the_generator_has_at_least_sixty_kinds() -> None:
    assert len(KINDS) >= 60


def test_no_good_article_is_lost_among_bad_inputs(fuzz_batch: dict) -> None:
    run = fuzz_batch["result"].run
    by_path = {d.path: d for d in run.documents}
    for name in fuzz_batch["goods"]:
        doc = by_path[str(fuzz_batch["folder"] / name)]
        assert doc.content.strip(), name


def test_every_bad_input_is_read_or_listed_with_a_reason(fuzz_batch: dict) -> None:
    run = fuzz_batch["result"].run
    docs = [d.path for d in run.documents]
    errors = [e.path for e in run.errors]
    skipped = [e.path for e in run.skipped]
    lost = {kind: name for name, kind in fuzz_batch["made"].items()
            if outcome(display_path(str(fuzz_batch["folder"] / name)), docs, errors, skipped) == "LOST"}
    assert lost == {}
    for entry in run.errors + run.skipped:
        assert len(entry.error) >= 10 and "Traceback" not in entry.error


def test_the_outputs_of_a_fuzz_batch_are_written_and_agree(fuzz_batch: dict) -> None:
    out = fuzz_batch["out"]
    assert fuzz_batch["result"].outputs
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert len(dossier["documents"]) == len(fuzz_batch["result"].run.documents)


@pytest.mark.parametrize(("kind", "expected"), [
    ("jsonl-lone-surrogate", "read"), ("non-utf8-file-name", "read"), ("jsonl-url-is-a-list", "read"),
    ("utf16le-chinese-no-bom", "read"), ("jsonl-line-separators-in-text", "read"),
    ("jsonl-deep-nesting", "read+error"), ("warc-binary-record-among-good", "read+error"),
    ("warc-truncated", "read+error"), ("gz-truncated", "error"), ("gz-bomb", "error"),
    ("gz-text-over-limit", "error"), ("rss-no-items", "error"), ("atom-items-without-content", "error"),
    ("bom-only", "error"), ("ideographic-space-only", "error"), ("zero-width-only", "error"),
    ("html-script-only", "error"), ("symlink-loop", "error"), ("dangling-symlink", "error"), ("fifo", "error"),
    ("symlink-outside-folder", "skipped"), ("folder-named-like-a-file", "skipped"),
    ("earlier-build-output", "skipped"), ("other-formats", "skipped"), ("hidden-file", "skipped"),
    ("single-line-5mb", "read"), ("file-over-size-limit", "error"),
])
def test_what_becomes_of_each_kind(fuzz_batch: dict, kind: str, expected: str) -> None:
    run = fuzz_batch["result"].run
    [name] = [n for n, k in fuzz_batch["made"].items() if k == kind]
    path = display_path(str(fuzz_batch["folder"] / name))
    found = outcome(path, [d.path for d in run.documents], [e.path for e in run.errors],
                    [e.path for e in run.skipped])
    assert found == expected


def test_text_is_sanitized_once_at_ingest(fuzz_batch: dict) -> None:
    run = fuzz_batch["result"].run
    for doc in run.documents:
        doc.raw.encode("utf-8")
        doc.path.encode("utf-8")
        assert "\x00" not in doc.raw
        assert doc.url is None or isinstance(doc.url, str)
        assert all(isinstance(v, str | list) for v in doc.hints.values())


# ---- isolation and the time budget --------------------------------------------------------

def _run_of(*texts: str) -> Run:
    return Run(documents=[Document(id=f"d{i}", path=f"doc{i}.txt", raw=t) for i, t in enumerate(texts)])


def _stage_failing_on(marker: str):
    def stage(run: Run, config: Config) -> None:
        for doc in run.documents:
            if marker in doc.raw:
                raise ValueError("cannot handle this document")
            doc.lang = "en"
    return stage


def test_a_per_document_stage_leaves_out_only_the_document_that_raises() -> None:
    run = _run_of("fine one", "BOOM here", "fine two")
    apply_isolated("langid", _stage_failing_on("BOOM"), run, Config())
    assert [d.path for d in run.documents] == ["doc0.txt", "doc2.txt"]
    assert all(d.lang == "en" for d in run.documents)
    [error] = run.errors
    assert error.path == "doc1.txt" and error.kind == "document" and "langid" in error.error
    assert "ValueError: cannot handle this document" in error.error


def test_clean_is_run_again_without_the_documents_that_break_it() -> None:
    calls = []

    def stage(run: Run, config: Config) -> None:
        calls.append(len(run.documents))
        _stage_failing_on("BOOM")(run, config)

    run = _run_of("fine one", "BOOM here", "fine two")
    apply_isolated("clean", stage, run, Config())
    assert [d.path for d in run.documents] == ["doc0.txt", "doc2.txt"]
    assert calls[0] == 3 and calls[-1] == 2  # whole run, each alone, then the rest together


def test_a_stage_failure_no_single_document_explains_is_raised() -> None:
    def stage(run: Run, config: Config) -> None:
        if len(run.documents) > 1:
            raise RuntimeError("fails only on the whole run")

    with pytest.raises(RuntimeError):
        apply_isolated("clean", stage, _run_of("a", "b"), Config())


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_document_over_its_time_budget_is_left_out_and_the_rest_goes_on() -> None:
    def stage(run: Run, config: Config) -> None:
        for doc in run.documents:
            if "SLOW" in doc.raw:
                _spin(5)
            doc.lang = "en"

    run = _run_of("quick", "SLOW one", "quick too")
    t0 = time.monotonic()
    with run_budget(0.3):
        apply_isolated("langid", stage, run, Config())
    assert time.monotonic() - t0 < 3
    assert [d.path for d in run.documents] == ["doc0.txt", "doc2.txt"]
    assert "took longer than 0.3 s" in run.errors[0].error


def test_the_deadline_stops_code_that_swallows_the_first_timeout() -> None:
    t0 = time.monotonic()
    with pytest.raises(DocumentTimeout), document_deadline("test", 0.2):
        with contextlib.suppress(DocumentTimeout):  # as a broad `except Exception` in a library would
            _spin(5)
        _spin(5)  # and then goes on working
    assert time.monotonic() - t0 < 3


def test_a_deadline_does_not_fire_after_its_block() -> None:
    with document_deadline("test", 0.2):
        pass
    _spin(0.4)  # no DocumentTimeout now


def test_extraction_over_its_time_budget_becomes_a_failure() -> None:
    from factline.stages.extract.parallel import ExtractionFailure, extract_one

    class Slow:
        def extract(self, doc, config, context):
            _spin(5)

    result = extract_one(Slow(), _run_of("x").documents[0], Config(max_seconds_per_document=0.2), None)
    assert isinstance(result, ExtractionFailure) and result.error_type == "DocumentTimeout"



def test_an_extraction_failure_is_listed_as_a_document_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from factline.stages import extract
    from factline.stages.extract import parallel

    def failing(documents, contexts, config, **_):
        return [parallel.ExtractionFailure("ValueError", "a table it cannot read", "Traceback ...") for _ in documents]

    monkeypatch.setattr(parallel, "extract_documents", failing)
    run = _run_of("One short article about a merger.")
    extract.apply(run, Config())
    [error] = run.errors
    assert error.path == "doc0.txt" and error.kind == "document"  # read, then a stage failed: not "unreadable"
    assert "extraction failed" in error.error and "ValueError: a table it cannot read" in error.error

@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs POSIX processes and /proc")
def test_a_worker_ends_when_its_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent("""
        import multiprocessing, os, sys, time
        from factline.stages.extract.parallel import _exit_with_parent

        def child(parent):
            _exit_with_parent(parent, every=0.1)
            time.sleep(60)

        if __name__ == "__main__":
            p = multiprocessing.get_context("spawn").Process(target=child, args=(os.getpid(),))
            p.start()
            print(p.pid, flush=True)
            time.sleep(60)
    """))
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


# ---- no pattern is super-linear ---------------------------------------------------------

ADVERSARIAL_LINES = {
    "dots": ".", "ellipses": "…", "bangs": "!?", "cjk stops": "。", "quotes": '."', "spaces and dots": ". ",
    "abbreviations": "Mr. ", "capitals": "A. ", "lt": "<", "open tags": "<a", "open scripts": "<script>",
    "open comments": "<!--", "digits": "1.", "dashes": "-", "ampersands": "&amp;",
}


def _seconds(fn, text: str) -> float:
    """CPU seconds of this process: on a shared machine, wall time also counts the slices the
    scheduler gave to others (a 1 ms call could read 50 ms), which is no property of the code."""
    t0 = time.process_time()
    fn(text)
    return time.process_time() - t0


def _grows_linearly(fn, unit: str, n: int = 4_000) -> bool:
    """Doubling a long line of `unit` at most ~doubles the time (quadratic would be x4)."""
    small = min(_seconds(fn, unit * n) for _ in range(3))
    large = min(_seconds(fn, unit * 4 * n) for _ in range(3))
    return large < max(0.05, 8 * small)  # x4 input: linear ~x4, quadratic ~x16


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_LINES))
def test_text_patterns_stay_linear_on_long_adversarial_lines(name: str) -> None:
    from factline.stages.clean.html import blocked_spans, page_lines
    from factline.stages.ingest import visible_chars
    from factline.text.lines import split_lines
    from factline.text.sentences import sentences

    unit = ADVERSARIAL_LINES[name]
    for fn in (lambda t: sentences("x " + t, "en"), lambda t: sentences(t, "zh"), split_lines,
               page_lines, blocked_spans, visible_chars):
        assert _grows_linearly(fn, unit), (name, fn)


def test_a_tag_with_thousands_of_attributes_reaches_trafilatura_without_them() -> None:
    from factline.stages.clean import html as html_clean

    attrs = " ".join(f'a{k}="{k}"' for k in range(5_000))
    raw = f"<html><body><p {attrs}>{good_text(0)}</p><p class='x'>Short.</p></body></html>"
    assert html_clean.defused(raw) == f"<html><body><p>{good_text(0)}</p><p class='x'>Short.</p></body></html>"
    doc = Document(id="d", path="a.html", raw=raw, format="html")
    html_clean.apply(doc, html_clean.extract(doc), set())
    assert any("Marta Quill" in s.text and s.start is not None for s in doc.body)  # still cited in raw


# ---- capitalised runs: one pass per sentence, whatever the number of cue words in a run --------

RUN_WORDS = ["Quill", "Pratt", "Harbor", "Inc.", "Mr.", "Dr.", "Ministry", "Group", "Labs", "of", "de", "da",
             "los", "Van", "der", "the", "The", "CEO", "said", ",", ":", "\"", "(", "-", "ACME", "iPhone", "y"]


def test_capitalised_runs_looked_up_are_the_runs_walked() -> None:
    import random

    from factline.names.latin.features import case_class
    from factline.names.latin.rules.words import SentenceCases, capitalised_run, run_start

    rng = random.Random(7)
    for _ in range(200):
        words = [rng.choice(RUN_WORDS) for _ in range(rng.randint(1, 40))]
        plain = [case_class(w) for w in words]
        cases = SentenceCases(words, plain)
        for i in range(-1, len(words) + 1):
            if i < len(words):
                assert run_start(words, cases, i) == run_start(words, plain, i), (words, i)
            assert capitalised_run(words, cases, i) == capitalised_run(words, plain, i), (words, i)


def test_the_name_rules_look_at_each_word_of_a_long_capitalised_line_a_few_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted, not timed: a cue word ("Inc.", "Mr.", "Ministry") inside a capitalised run used
    to walk the whole run again, so the word tests grew with the square of the line."""
    import random

    from factline.names.latin import rules
    from factline.names.latin.rules import words as rule_words

    calls = 0
    tested = rule_words.is_name_word

    def counted(word: str, case: str) -> bool:
        nonlocal calls
        calls += 1
        return tested(word, case)

    monkeypatch.setattr(rule_words, "is_name_word", counted)
    rng = random.Random(3)
    line = [rng.choice(["Quill", "Pratt", "Harbor", "Inc.", "Mr.", "Ministry", "Group"]) for _ in range(20_000)]
    rules.apply_rules(line, [], "en")
    assert calls < 10 * len(line)  # walking the run from every cue word: some 10^8


def test_replacing_many_spans_at_once_is_replacing_them_one_by_one() -> None:
    import random

    from factline.names.latin.rules.spans import TaggedSpan, replace_all_overlapping, replace_overlapping

    rng = random.Random(11)

    def some_spans(count: int, label: str) -> list[TaggedSpan]:
        firsts = [rng.randrange(60) for _ in range(count)]
        return [TaggedSpan(f, f + rng.randrange(6), label) for f in firsts]

    for _ in range(300):
        spans, news = some_spans(rng.randrange(12), "PER"), some_spans(rng.randrange(12), "ORG")
        one_by_one = spans
        for new in news:
            one_by_one = replace_overlapping(one_by_one, new)
        assert replace_all_overlapping(spans, news) == one_by_one
