"""The dashboard's plain functions and its layering, without running a page."""

from __future__ import annotations

import ast
import html
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer import api
from analyzer.model import Evidence
from app import explore_scope, timeline_data
from app.components import redline, source_picker, status_badges
from app.components.evidence_view import highlighted_text

APP = Path(__file__).resolve().parents[2] / "app"


def test_analyzer_never_imports_streamlit():
    code = (
        "import sys, analyzer.api, analyzer.cli, analyzer.export, analyzer.compare, "
        "analyzer.catalog_view; assert 'streamlit' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_entry_script_only_sets_up_pages():
    tree = ast.parse((APP / "main.py").read_text())
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    # pathlib only to find the bundled page icon beside the script
    assert [a.name for n in imports for a in n.names] == ["Path", "streamlit"]


def test_all_caching_lives_in_state():
    users = [p.name for p in APP.rglob("*.py") if "st.cache_" in p.read_text()]
    assert users == ["state.py"]


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ([], {}),
        (["commercial_use = conditional"], {"commercial_use": {"conditional"}}),
        (
            ["commercial_use = granted", "commercial_use = conditional", "modify = granted"],
            {"commercial_use": {"granted", "conditional"}, "modify": {"granted"}},
        ),
    ],
)
def test_parse_conditions(conditions, expected):
    assert explore_scope.parse_conditions(conditions) == expected


def test_matches_is_and_across_terms_or_within_one():
    llama_2 = api.analyze_sources(["llama-2"]).profiles[0]
    status = llama_2.terms["commercial_use"].status
    assert explore_scope.matches(llama_2, {"commercial_use": {status, "granted"}})
    assert not explore_scope.matches(llama_2, {"commercial_use": {"never"}})
    assert not explore_scope.matches(llama_2, {"commercial_use": {status}, "modify": {"never"}})
    assert not explore_scope.matches(llama_2, {}, families=["never"])


def test_condition_options_cover_every_allowed_status():
    assert "train_other_models = prohibited" in explore_scope.condition_options()
    assert "governing_law = prohibited" not in explore_scope.condition_options()


def test_word_diff_marks_only_the_changed_words():
    left, right = redline.word_diff("use for research only", "use for any purpose")
    assert left.startswith("use for ") and right.startswith("use for ")
    assert "<del" in left and "research" in left and "<ins" in right and "purpose" in right


def test_highlighted_text_marks_the_span_and_folds_what_comes_before_its_section():
    text = "Intro text.\n\n2. Commercial Terms. You may not sell it.\n\n3. Other."
    start = text.index("You may")
    evidence = Evidence("You may not sell it.", start, start + 20, "2. Commercial Terms")
    out = highlighted_text(text, [evidence], 0)
    assert f">{html.escape(evidence.text)}</mark>" in out
    assert '<u class="mt-section"' in out and "2. Commercial Terms</u>" in out
    assert out.index("<details") < out.index("Intro text.") < out.index("</details>")


def test_status_labels_carry_symbol_word_and_params():
    llama_2 = api.analyze_sources(["llama-2"]).profiles[0]
    label = status_badges.label(llama_2.terms["user_threshold"])
    assert label.startswith("◐ conditional · ")
    assert status_badges.status_of(label) == "conditional"
    assert "background-color" in status_badges.css(label)


def test_release_frame_dates_and_commercial_detail():
    releases = api.releases()
    profiles = {p.id: p for p in api.analyze_sources(["llama-2-license-2023"]).profiles}
    frame = timeline_data.release_frame(releases, profiles).set_index("id")
    assert str(frame.loc["llama-2", "date"].date()) == "2023-07-18"
    month_only = next(i for i, r in releases.items() if len(r.release_date) == 7)
    assert frame.loc[month_only, "date"].day == 1
    assert frame.loc["llama-2", "commercial_detail"].startswith(
        profiles["llama-2-license-2023"].terms["commercial_use"].status
    )


def test_release_options_are_grouped_by_family():
    releases = api.releases()
    families = [releases[i].family for i in source_picker.release_options(releases)]
    runs = [f for i, f in enumerate(families) if i == 0 or families[i - 1] != f]
    assert len(runs) == len(set(families))
