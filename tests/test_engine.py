"""The Analyzer: one object for the pipeline, the rules and the cache; an honest cache version."""

from __future__ import annotations

import shutil
from pathlib import Path

from analyzer.cache import PACKAGE, analyzer_version
from analyzer.engine import Analyzer
from analyzer.model import Document

TEXT = "You may use the Model solely for non-commercial research purposes."


def _doc(text=TEXT):
    return Document("t", "t", text, "text:t")


def test_two_analyzers_share_one_cache_file(tmp_path):
    path = tmp_path / "c.sqlite"
    first = Analyzer(cache_path=path)
    profile = first.analyze(_doc())
    assert profile.terms["commercial_use"].status == "prohibited"
    second = Analyzer(cache_path=path)
    assert second.cache.get_many([profile.sha256])  # stored by the first
    assert second.analyze(_doc()).terms == profile.terms
    first.close()
    second.close()


def test_injected_tables_are_used_and_never_share_the_cache(tmp_path, study_tables):
    tables = study_tables
    cache_path = tmp_path / "c.sqlite"
    custom = Analyzer(tables=tables, cache_path=cache_path)
    profile = custom.analyze(_doc("You may use the Model for study."))
    assert "research.grant" in {e.rule for e in profile.terms["research_use"].evidence}
    assert custom.cache.get_many([profile.sha256]) == {}  # other tables, other profiles
    plain = Analyzer(cache_path=cache_path).analyze(_doc("You may use the Model for study."))
    assert "research.grant" not in {e.rule for e in plain.terms["research_use"].evidence}


def _package_copy(tmp_path) -> Path:
    copy = tmp_path / "analyzer"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_a_changed_rule_changes_the_cache_version(tmp_path):
    copy = _package_copy(tmp_path)
    before = analyzer_version(copy)
    rules = copy / "rules" / "en" / "permissions.yaml"
    rules.write_text(rules.read_text().replace("priority: 20", "priority: 19", 1))
    analyzer_version.cache_clear()
    assert analyzer_version(copy) != before


def test_a_changed_pattern_compiler_changes_the_cache_version(tmp_path):
    copy = _package_copy(tmp_path)
    before = analyzer_version(copy)
    compiler = copy / "rules" / "phrases.py"
    compiler.write_text(compiler.read_text().replace("GAP_DEFAULT = 5", "GAP_DEFAULT = 6"))
    analyzer_version.cache_clear()
    assert analyzer_version(copy) != before
    assert analyzer_version(PACKAGE) == analyzer_version()


def test_the_cache_version_names_the_spacy_version_without_importing_spacy():
    """A warm run serves stored profiles without loading spaCy (its import costs ~0.4 s)."""
    import subprocess
    import sys

    code = (
        "import sys; from analyzer.cache import analyzer_version; v = analyzer_version();"
        "print(len(v), 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["16", "False"]


def test_a_batch_leaves_the_garbage_collector_as_it_found_it():
    import gc

    from analyzer.batch import analyze_texts

    nlp = Analyzer(cache_enabled=False).nlp
    assert gc.get_freeze_count() == 0
    packed = analyze_texts(nlp, [TEXT, "Commercial use is permitted."], workers=1)
    assert len(packed) == 2 and gc.get_freeze_count() == 0
    gc.freeze()  # a caller that froze its own objects keeps them frozen
    try:
        frozen = gc.get_freeze_count()
        analyze_texts(nlp, [TEXT], workers=1)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_threads_sharing_one_fresh_pipeline_read_what_one_thread_reads():
    """The word table learns the forms of words as texts arrive: threads that share one
    pipeline (the dashboard's sessions) must not miss a form another thread is adding."""
    from concurrent.futures import ThreadPoolExecutor

    from analyzer.licensedb import licensedb
    from analyzer.nlp.pipeline import build_nlp, make_doc

    db = licensedb()
    keys = [
        "mit",
        "apache-2.0",
        "gpl-3.0",
        "cc-by-nc-4.0",
        "bsd-new",
        "mpl-2.0",
        "llama-2-license-2023",
        "openrail-m",
    ]
    texts = [db[k].text for k in keys if k in db]
    serial_nlp, shared = build_nlp(), build_nlp()
    serial = [serial_nlp(make_doc(serial_nlp, t))._.terms for t in texts]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda t: shared(make_doc(shared, t))._.terms, texts))
    assert len(texts) >= 6
    assert threaded == serial
