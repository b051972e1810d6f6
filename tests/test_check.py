"""`check`: verdicts for a planned use, from term statuses alone (analyzer/rules/use_facets.yaml)."""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from analyzer import api
from analyzer.check import Use, check, parse_amount, parse_revenue, parse_users, worst_exit
from analyzer.facets import FACETS_FILE, USE_FIELDS, facet_table, load_facets
from analyzer.model import Evidence, LicenseProfile, TermResult
from analyzer.schemas import TableError
from analyzer.taxonomy import TERM_IDS


def profile(statuses: dict, **extra) -> LicenseProfile:
    """A profile with these statuses ({term: status} or {term: {status, params}}), others silent."""
    terms = {}
    for t in TERM_IDS:
        value = statuses.get(t, "silent")
        status, params = (
            (value["status"], value.get("params", {})) if isinstance(value, dict) else (value, {})
        )
        evidence = () if status == "silent" else (Evidence(f"{t} sentence.", 0, 10, "1. Test"),)
        terms[t] = TermResult(t, status, params, evidence)
    return LicenseProfile("test", "Test License", "test", "0" * 64, "unknown", terms, **extra)


def use_of(spec: dict) -> Use:
    spec = dict(spec)
    if "revenue" in spec:
        spec["revenue"] = tuple(spec["revenue"])
    return Use(**spec)


# --- worked cases over LicenseDB texts ---------------------------------------------------------


@pytest.fixture(scope="module")
def licensedb():
    cache = {}

    def get(key: str) -> LicenseProfile:
        if key not in cache:
            [cache[key]] = api.analyze_sources([key]).profiles
        return cache[key]

    return get


WORKED = [
    ("llama-license-2023", Use(commercial=True), "not_allowed", ["commercial_use"], []),
    (
        "llama-2-license-2023",
        Use(commercial=True, users=800_000_000),
        "needs_permission",
        ["user_threshold"],
        [],
    ),
    ("llama-2-license-2023", Use(commercial=True, users=1_000_000), "allowed_if", [], ["aup_compliance"]),
    ("llama-2-license-2023", Use(train_other_models=True), "not_allowed", ["train_other_models"], []),
    ("llama-3.1-license-2024", Use(train_other_models=True), "allowed_if", [], ["derivative_naming"]),
    ("cc-by-nc-4.0", Use(commercial=True), "not_allowed", ["commercial_use"], []),
    ("agpl-3.0", Use(modify=True, host=True), "allowed_if", [], ["network_disclose"]),
]


@pytest.mark.parametrize(("key", "use", "expected", "blockers", "obligations"), WORKED)
def test_worked_case(licensedb, key, use, expected, blockers, obligations):
    v = check(licensedb(key), use)
    assert v.verdict == expected, v.reason
    assert [f.term for f in v.blockers][: len(blockers)] == blockers
    assert set(obligations) <= {f.term for f in v.obligations}
    for f in (*v.blockers, *v.obligations):
        assert f.evidence, f"{f.term} is cited without evidence"


def test_llama2_commercial_without_a_user_count_asks_you_to_check_the_threshold(licensedb):
    v = check(licensedb("llama-2-license-2023"), Use(commercial=True))
    assert v.verdict == "allowed_if"
    assert "user_threshold" in {f.term for f in v.obligations}


# --- every entry of the table runs its example -----------------------------------------------

EXAMPLES = [f.example for f in facet_table().facets.values()] + [
    c.example for c in facet_table().combinations
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_facet_example(example):
    v = check(profile(example.statuses), use_of(example.use))
    assert v.verdict == example.verdict, v.reason
    assert set(example.obligations) <= {f.term for f in v.obligations}
    assert set(example.blockers) <= {f.term for f in v.blockers}


def test_use_fields_are_the_facets_of_the_table():
    assert tuple(f.name for f in dataclasses.fields(Use)) == USE_FIELDS
    assert Use(commercial=True, region="EU").facets() == ["use", "commercial", "region"]


# --- general rules, on small profiles ----------------------------------------------------------

BASE = {"private_use": "granted"}


def threshold(metric, op, value, unit, **more):
    return {
        "status": "conditional",
        "params": {"metric": metric, "operator": op, "value": value, "unit": unit, **more},
    }


@pytest.mark.parametrize(
    ("params", "use", "expected"),
    [
        # "fewer than 1M users may use it": at or above 1M, ask
        (
            threshold("monthly_active_users", "<", 1_000_000, "users"),
            Use(users=1_000_000),
            "needs_permission",
        ),
        (threshold("monthly_active_users", "<", 1_000_000, "users"), Use(users=999_999), "allowed"),
        (threshold("monthly_active_users", ">", 1_000_000, "users"), Use(users=1_000_000), "allowed"),
        (
            threshold("monthly_active_users", ">=", 1_000_000, "users"),
            Use(users=1_000_000),
            "needs_permission",
        ),
        # a revenue in another currency cannot be compared: the threshold stays an obligation
        (threshold("annual_revenue", ">", 1_000_000, "USD"), Use(revenue=(5_000_000, "EUR")), "allowed_if"),
        (
            threshold("annual_revenue", ">", 1_000_000, "USD"),
            Use(revenue=(5_000_000, "USD")),
            "needs_permission",
        ),
        # the users are under, but the revenue alternative is over
        (
            threshold(
                "monthly_active_users",
                ">",
                10**8,
                "users",
                alternatives=[{"metric": "annual_revenue", "operator": ">", "value": 10**6, "unit": "USD"}],
            ),
            Use(users=5, revenue=(2 * 10**6, "USD")),
            "needs_permission",
        ),
        # a threshold whose numbers were not read is something to check, not a pass
        ({"status": "conditional", "params": {}}, Use(users=5), "allowed_if"),
    ],
)
def test_thresholds_compare_with_the_use(params, use, expected):
    v = check(profile({**BASE, "user_threshold": params}), use)
    assert v.verdict == expected, v.reason


def test_commercial_use_gated_without_a_threshold_needs_permission():
    v = check(profile({**BASE, "commercial_use": "conditional"}), Use(commercial=True))
    assert v.verdict == "needs_permission"
    assert [f.term for f in v.blockers] == ["commercial_use"]


def test_commercial_use_with_a_threshold_is_decided_by_the_threshold():
    statuses = {
        **BASE,
        "commercial_use": "conditional",
        "user_threshold": threshold("monthly_active_users", ">", 700_000_000, "users"),
    }
    assert check(profile(statuses), Use(commercial=True, users=800_000_000)).verdict == "needs_permission"
    assert check(profile(statuses), Use(commercial=True, users=8)).verdict == "allowed"


def test_a_silent_right_that_outputs_imply_is_not_unclear():
    silent = check(profile(BASE), Use(train_other_models=True))
    assert silent.verdict == "unclear" and silent.blockers[0].term == "train_other_models"
    free = check(profile({**BASE, "output_use": "granted"}), Use(train_other_models=True))
    assert free.verdict == "allowed"


def test_duties_every_copy_carries_leave_allowed():
    statuses = {**BASE, "distribute": "granted", "include_license": "required", "include_notice": "required"}
    v = check(profile(statuses), Use(distribute=True))
    assert v.verdict == "allowed"
    assert {f.term for f in v.obligations} == {"include_license", "include_notice"}


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("EU", "not_allowed"),
        ("de", "not_allowed"),
        ("European Union", "not_allowed"),
        ("US", "allowed"),
        ("JP", "allowed_if"),
        (None, "allowed_if"),
    ],
)
def test_region(region, expected):
    statuses = {
        **BASE,
        "geographic_restriction": {"status": "applies", "params": {"regions": ["European Union"]}},
    }
    assert check(profile(statuses), Use(region=region)).verdict == expected


def test_a_prohibition_outranks_silence_and_both_are_blockers():
    v = check(profile({**BASE, "commercial_use": "prohibited"}), Use(commercial=True, modify=True))
    assert v.verdict == "not_allowed"
    assert [f.term for f in v.blockers] == ["commercial_use", "modify"]


@pytest.mark.parametrize("language, name", [("unread:ja", "Japanese"), ("unread:fr", "French")])
def test_a_text_the_analyzer_did_not_read_is_unclear(language, name):
    p = profile({**BASE, "commercial_use": "granted"})
    v = check(dataclasses.replace(p, language=language), Use(commercial=True))
    assert v.verdict == "unclear" and name in v.reason


@pytest.mark.parametrize("language", ["en", "zh", "bilingual"])
def test_a_text_in_a_language_the_analyzer_reads_gets_a_verdict(language):
    p = profile({**BASE, "commercial_use": "granted"})
    assert check(dataclasses.replace(p, language=language), Use(commercial=True)).verdict == "allowed"


def test_a_text_with_no_license_language_is_unclear():
    v = check(profile({}), Use())
    assert v.verdict == "unclear" and "no license language" in v.reason


def test_exit_code_gates_on_blocking_verdicts():
    allowed = check(profile(BASE), Use())
    blocked = check(profile({**BASE, "commercial_use": "prohibited"}), Use(commercial=True))
    unclear = check(profile(BASE), Use(modify=True))
    assert (allowed.verdict, unclear.verdict) == ("allowed", "unclear")
    assert worst_exit([allowed, unclear]) == 0
    assert worst_exit([allowed, blocked]) == 1


# --- parsing the amounts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("800M", 800_000_000), ("1.5k", 1500), ("700,000,000", 700_000_000), ("2B", 2 * 10**9), ("12", 12)],
)
def test_parse_users(text, expected):
    assert parse_users(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USD 1M", (10**6, "USD")),
        ("$1M", (10**6, "USD")),
        ("2.5B eur", (25 * 10**8, "EUR")),
        ("€ 10K", (10**4, "EUR")),
        ("RMB 200M", (2 * 10**8, "CNY")),
        ("¥200M", (2 * 10**8, "CNY")),
        ("₽ 30M", (3 * 10**7, "RUB")),
    ],
)
def test_parse_revenue(text, expected):
    assert parse_revenue(text) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "Companies whose annual revenue exceeds RMB 100 million must apply for commercial authorization.",
        "若您的年收入超过1亿元人民币，须向我们申请商业授权。",
    ],
)
def test_a_revenue_in_yuan_compares_however_the_text_and_the_user_name_the_currency(clause):
    """English 'RMB', the Chinese reader's CNY and `--revenue 'RMB 200M'` are one currency."""
    from analyzer.extract_zh import threshold_params as chinese
    from analyzer.thresholds import threshold_params as english

    read = (chinese if "人民币" in clause else english)(clause)
    assert (read["value"], read["unit"]) == (10**8, "CNY")
    v = check(
        profile({**BASE, "user_threshold": {"status": "conditional", "params": read}}),
        Use(revenue=parse_revenue("RMB 200M")),
    )
    assert v.verdict == "needs_permission", v.reason


@pytest.mark.parametrize(
    ("text", "money", "message"),
    [
        ("lots", False, "expected a count"),
        ("1.5", False, "not a whole number"),
        ("USD 1M", False, "no currency"),
        ("1M", True, "give a currency"),
        ("USD 1M EUR", True, "expected an amount"),
        ("", True, "expected an amount"),
    ],
)
def test_parse_amount_refuses(text, money, message):
    with pytest.raises(ValueError, match=message):
        parse_amount(text, money=money)


# --- the table is validated on load ------------------------------------------------------------


def _broken(tmp_path, change):
    data = yaml.safe_load(FACETS_FILE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "use_facets.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["facets"].pop("host"), r"^use_facets.yaml:\d+: facets.host: missing"),
        (
            lambda d: d["facets"]["modify"].update(needs=["modfy"]),
            r"facets.modify.needs: unknown term 'modfy'",
        ),
        (lambda d: d["facets"]["modify"].update(needs=["same_license"]), "same_license is a condition"),
        (lambda d: d["facets"]["host"].update(obligations=["distribute"]), "distribute is a permission"),
        (lambda d: d["facets"]["host"].update(oblige=["attribution"]), r"facets.host.oblige: unknown key"),
        (lambda d: d["facets"]["host"].pop("example"), r"facets.host.example: missing"),
        (
            lambda d: d["facets"]["host"]["example"].update(verdict="fine"),
            r"example.verdict: Input should be",
        ),
        (
            lambda d: d["facets"]["host"]["example"]["statuses"].update(attribution="granted"),
            "attribution cannot be 'granted'",
        ),
        (
            lambda d: d["combinations"][0].update(when=["modify", "fly"]),
            r"combinations.0.when.1: Input should be",
        ),
        (
            lambda d: d["conditional"]["commercial_use"].update(otherwise="maybe"),
            "otherwise: Input should be",
        ),
        (
            lambda d: d["thresholds"]["operators"].update({"=~": {"triggered_when": ">"}}),
            "operators.=~: Input",
        ),
        (
            lambda d: d["thresholds"]["operators"][">"].update(triggered_when="!="),
            "triggered_when: Input should",
        ),
        (lambda d: d["regions"].update({False: ["Norway"]}), "code False must be an upper-case string"),
        (lambda d: d.update(extra=1), r"^use_facets.yaml:\d+: extra: unknown key"),
    ],
)
def test_a_broken_facet_table_is_refused(tmp_path, change, message):
    with pytest.raises(TableError, match=message):
        load_facets(_broken(tmp_path, change))


def test_the_bundled_table_loads():
    table = load_facets()
    assert set(table.facets) == {"use", *USE_FIELDS}
    assert table.regions_of("NO") == {"European Economic Area"}
