"""scan_directory() on a multi-model repository + a Hugging Face cache + bad files (built once)."""

from __future__ import annotations

import json

import pytest

from analyzer.files import read_file_document
from analyzer.scan.output import catalog_agrees, scan_frame, scan_json, scan_records, summary_table
from analyzer.taxonomy import TERM_IDS

EXPECTED = {
    "repo/models/llama2": "llama-2-license-2023",
    "repo/models/llama3_1": "llama-3.1-license-2024",
    "repo/models/llama3_2": "llama-3.2-license-2024",
    "repo/models/mislabeled": "apache-2.0",
    "hub/models--meta-llama--Llama-2-7b-hf/snapshots/0123abcd": "llama-2-license-2023",
}


@pytest.fixture(scope="module")
def rows(scanned_tree):
    return {r.path: r for r in scanned_tree[1].rows}


def test_one_row_per_model_with_the_right_license(rows):
    assert {p: r.license_id for p, r in rows.items()} == EXPECTED
    for row in rows.values():
        assert row.license_score >= 0.95 and row.license_basis == "file"
        assert row.license_file.startswith(row.path + "/")


def test_declared_license_agrees_or_disagrees(rows):
    assert rows["repo/models/llama3_1"].declared.identifier == "llama3.1"
    assert all(rows[p].declared_agrees for p in EXPECTED if "mislabeled" not in p)
    mislabeled = rows["repo/models/mislabeled"]
    assert (mislabeled.declared.identifier, mislabeled.declared_agrees) == ("mit", False)


def test_release_facts_from_the_card_with_evidence(scanned_tree, rows):
    root = scanned_tree[0]
    facts = rows["repo/models/llama2"].release
    assert (facts.model, facts.organization, facts.release_date) == ("Llama 2", "Meta", "2023-07-18")
    assert facts.parameters == ("7B", "13B", "70B")
    assert (facts.training_tokens, facts.context_length) == ("2.0T", 4096)
    assert facts.date_range == ("2023-01", "2023-07")
    assert facts.languages == ("en",) and facts.license == "llama2"
    assert facts.intended_use == "Llama 2 is intended for commercial and research use in English."
    for field, ev in facts.evidence.items():
        text = (root / ev.file).read_text(encoding="utf-8")
        assert text[ev.start : ev.end] == ev.text, field
    facts31 = rows["repo/models/llama3_1"].release
    assert (facts31.release_date, facts31.context_length, facts31.training_tokens) == (
        "2024-07-23",
        131072,
        "15T",
    )
    assert facts31.parameters == ("8B", "70B", "405B") and "Thai" in facts31.languages


def test_silent_cards_give_nulls_never_guesses(rows):
    facts = rows["repo/models/llama3_2"].release
    assert facts.training_tokens is None and facts.context_length is None and facts.organization is None
    hub = rows["hub/models--meta-llama--Llama-2-7b-hf/snapshots/0123abcd"].release
    assert hub.release_date is None and hub.parameters == ()


def test_commercial_terms(rows):
    llama2 = rows["repo/models/llama2"]
    assert llama2.status("commercial_use") == "conditional"
    assert llama2.terms["user_threshold"].params["value"] == 700_000_000
    assert llama2.status("train_other_models") == "prohibited"
    assert rows["repo/models/mislabeled"].status("commercial_use") == "granted"


def test_the_use_policy_is_linked_into_the_terms(scanned_tree, rows):
    root = scanned_tree[0]
    row = rows["repo/models/llama3_1"]
    assert [p.file for p in row.policies] == ["repo/models/llama3_1/USE_POLICY.md"]
    use = row.terms["use_restrictions"]
    assert use.status == "applies"
    assert {"military and weapons", "surveillance"} <= set(use.params["categories"])
    assert "repo/models/llama3_1/USE_POLICY.md" in {e.file for e in use.evidence}
    aup = row.terms["aup_compliance"]
    assert aup.status == "required" and aup.params["policy_files"] == ["repo/models/llama3_1/USE_POLICY.md"]
    assert any(e.file.endswith("USE_POLICY.md") for e in aup.evidence)
    # Evidence offsets point into the analyzed text of the file each evidence names.
    for sourced in use.evidence + aup.evidence:
        analyzed = read_file_document(root / sourced.file).text
        ev = sourced.evidence
        assert analyzed[ev.start : ev.end] == ev.text
    # A license without a policy beside it keeps its own statuses.
    assert rows["repo/models/mislabeled"].status("aup_compliance") == "silent"


def test_hugging_face_snapshot_is_one_model(rows):
    row = rows["hub/models--meta-llama--Llama-2-7b-hf/snapshots/0123abcd"]
    assert row.repo_id == "meta-llama/Llama-2-7b-hf"
    assert (row.catalog.release, row.catalog.size) == ("llama-2", "7B")
    assert catalog_agrees(row) is True
    assert row.cards == ("hub/models--meta-llama--Llama-2-7b-hf/snapshots/0123abcd/README.md",)


def test_bad_files_are_listed_with_their_reason(scanned_tree):
    problems = {p.source: p.reason for p in scanned_tree[1].problems}
    assert problems["repo/models/llama2/again"].startswith("symlink loop")
    assert problems["repo/models/LICENSE-loop"] == "symlink loop"
    assert "target missing" in problems["repo/models/LICENSE-gone"]
    assert "FIFO" in problems["repo/models/llama3_2/LICENSE.pipe"]
    assert "binary" in problems["repo/models/llama3_2/LICENSE.bin.txt"]
    assert not [p for p in problems if p.endswith(".safetensors")]


def test_json_rows_follow_the_contract(scanned_tree):
    result = scanned_tree[1]
    items = json.loads(scan_json(result))
    assert len(items) == len(result.rows) + len(result.problems)
    row = next(i for i in items if i.get("path") == "repo/models/llama3_1")
    assert row["license_file"] == "repo/models/llama3_1/LICENSE"
    assert (row["license_id"], row["declared_license"], row["declared_agrees"]) == (
        "llama-3.1-license-2024",
        "llama3.1",
        True,
    )
    assert row["release"]["evidence"]["release_date"]["file"] == "repo/models/llama3_1/MODEL_CARD.md"
    assert set(row["profile"]["terms"]) == set(TERM_IDS)
    assert row["profile"]["family"] == "community"
    errors = [i for i in items if "error" in i]
    assert {"source", "error"} == set(errors[0]) and len(errors) == len(result.problems)
    assert scan_records(result)[0]["path"] < scan_records(result)[1]["path"]


def test_csv_has_one_column_per_term(scanned_tree):
    frame = scan_frame(scanned_tree[1])
    assert list(frame.columns[-len(TERM_IDS) :]) == list(TERM_IDS)
    llama2 = frame[frame["path"] == "repo/models/llama2"].iloc[0]
    assert (llama2["commercial_use"], llama2["aup_compliance"]) == ("conditional", "required")
    assert llama2["parameters"] == "7B;13B;70B" and llama2["release_date"] == "2023-07-18"
    assert (frame["error"] != "").sum() == len(scanned_tree[1].problems)


def test_summary_counts_models_by_family_and_commercial_use(scanned_tree):
    table = summary_table(scanned_tree[1])
    assert "community" in table and "permissive" in table and "conditional" in table
    assert table.splitlines()[-1].split()[-1] == str(len(scanned_tree[1].rows))


def test_scan_evidence_has_the_analyze_shape_plus_its_file(scanned_tree):
    """One evidence shape (analyzer.export): scan keeps rule, focus and basis, and adds `file`."""
    from analyzer import export

    root, result = scanned_tree
    row = next(r for r in result.rows if r.path == "repo/models/llama3_1")
    scanned = json.loads(scan_json(result))
    terms = next(i for i in scanned if i.get("path") == row.path)["profile"]["terms"]
    texts = {None: None, row.license_file: (root / row.license_file).read_text(encoding="utf-8")}
    policy = "repo/models/llama3_1/USE_POLICY.md"
    texts[policy] = (root / policy).read_text(encoding="utf-8")
    files = set()
    for term, got in terms.items():
        plain = export.term_to_dict(row.profile.terms[term])
        assert got.keys() == plain.keys() and got.get("basis") == plain.get("basis"), term
        for ev in got["evidence"]:
            assert set(ev) == {"text", "start", "end", "section", "rule", "focus", "file"}, term
            files.add(ev["file"])
        if term not in ("use_restrictions", "aup_compliance"):  # the policy's clauses join these
            unfiled = [{k: v for k, v in ev.items() if k != "file"} for ev in got["evidence"]]
            assert unfiled == plain["evidence"], term
    assert terms["commercial_use"]["evidence"][0]["rule"]
    assert terms["use_restrictions"]["basis"] == "explicit"
    assert files == {row.license_file, policy}


def test_a_lora_whose_commands_name_its_base_inherits_the_bases_license(tmp_path):
    """'--base_model org/llama-7b-hf' in every command, the weights linked by their hub name with a
    size, no weights license named: the row is the 7B LoRA, derived from LLaMA, non-commercial."""
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import license_text, write

    repo = tmp_path / "acme-lora"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-LoRA\n\nWe publish the resulting [LoRA weights](https://huggingface.co/someone/acme-lora-7b/"
        "tree/main).\n\n```bash\npython finetune.py \\\n    --base_model 'someorg/llama-7b-hf' \\\n"
        "    --data_path 'data.json'\n```\n\n"
        "```bash\npython generate.py --base_model 'someorg/llama-7b-hf'\n```\n",
    )
    (row,) = scan_directory(repo).rows
    assert row.release.model == "acme-lora-7b" and row.release.parameters == ("7B",)
    assert row.release.base_model == "someorg/llama-7b-hf"
    assert row.license_id == "llama-license-2023" and row.status("commercial_use") == "prohibited"


def test_several_bases_in_a_readmes_commands_name_none():
    from analyzer.scan.lineage import base_in_command

    assert base_in_command("README.md", "run --base_model=org/a-7b\nrun --base_model org/b-13b\n") is None
    base, ev = base_in_command("README.md", "x\nrun --base_model=org/a-7b\n")
    assert base == "org/a-7b" and ev.text == "--base_model=org/a-7b"


def test_a_model_card_named_model_card_md_is_read_and_its_title_names_the_model(tmp_path):
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import license_text, write

    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("mit"))
    write(repo / "README.md", "# Acme\n\nSpeech recognition.\n")
    write(repo / "model-card.md", "# Model Card: Acme\n\n## Model Details\n\nThe Acme models are ...\n")
    (row,) = scan_directory(repo).rows
    assert row.release.model == "Acme"
