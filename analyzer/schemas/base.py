"""The table error, the strict base model, and the loaders whose errors name `file:line`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError


class TableError(ValueError):
    """A data table entry that fails validation; the message starts with `file:line`."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Model = TypeVar("Model", bound=BaseModel)


def _message(err: dict) -> str:
    msg = err["msg"].replace("Extra inputs are not permitted", "unknown key")
    return msg.replace("Field required", "missing").removeprefix("Value error, ")


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err["loc"])
        parts.append(f"{where}: {_message(err)}" if where else _message(err))
    return "; ".join(parts)


def yaml_rows(path: Path) -> list[tuple[int, object]]:
    """The items of a YAML list with the line each starts on (1-based)."""
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TableError(f"{path.name}: not valid YAML ({exc})") from None
    if not isinstance(data, list) or node is None:
        raise TableError(f"{path.name}:1: expected a list of entries")
    return [(item.start_mark.line + 1, row) for item, row in zip(node.value, data, strict=True)]


def validate(model: type[Model], row: object, where: str) -> Model:
    if not isinstance(row, dict):
        raise TableError(f"{where}: expected a mapping")
    try:
        return model.model_validate(row)
    except ValidationError as exc:
        ident = f" ({row['id']})" if isinstance(row.get("id"), str) else ""
        raise TableError(f"{where}{ident}: {_describe(exc)}") from None


def load_yaml_table(path: Path, model: type[Model]) -> list[tuple[str, Model]]:
    """Every entry of a YAML list validated, each with its `file:line`."""
    return [
        (f"{path.name}:{line}", validate(model, row, f"{path.name}:{line}")) for line, row in yaml_rows(path)
    ]


def load_yaml_mapping(path: Path, model: type[Model]) -> Model:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise TableError(f"{path.name}: not valid YAML ({exc})") from None
    return validate(model, data, f"{path.name}:1")


def load_jsonl_table(path: Path, model: type[Model]) -> list[tuple[str, Model]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TableError(f"{where}: not valid JSON ({exc.msg})") from None
        out.append((where, validate(model, row, where)))
    return out


def _same_key(node: yaml.Node, key: Any) -> bool:
    """Whether a mapping key node reads as key (a bare NO reads as False, 1 as 1)."""
    if not isinstance(node, yaml.ScalarNode):
        return False
    if node.value == str(key):
        return True
    try:
        return node.tag != "tag:yaml.org,2002:str" and yaml.safe_load(node.value) == key
    except yaml.YAMLError:
        return False


class YamlTable:
    """A YAML table read once, with the line of every node, so that an error names `file:line`
    and the field ("use_facets.yaml:42: facets.host.needs: unknown term 'modfy'")."""

    def __init__(self, path: Path):
        self.name = Path(path).name
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TableError(f"{self.name}: cannot read ({exc})") from None
        try:
            self.root = yaml.compose(text)
            self.data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark else ""
            raise TableError(f"{self.name}{line}: not valid YAML ({str(exc).splitlines()[0]})") from None

    def line(self, loc: Sequence[Any]) -> int:
        """The line (1-based) of the node at loc (keys and indices), or of its nearest parent."""
        node, line = self.root, 1
        for key in loc:
            found = None
            if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                found = node.value[key]
                line = found.start_mark.line + 1
            elif isinstance(node, yaml.MappingNode):
                match = next(((k, v) for k, v in node.value if _same_key(k, key)), None)
                if match:
                    found, line = match[1], match[0].start_mark.line + 1
            if found is None:
                break
            node = found
        return line

    def error(self, loc: Sequence[Any], message: str) -> TableError:
        """A TableError for the entry at loc: `file:line: dotted.loc: message`."""
        field = ".".join(str(k) for k in loc)
        return TableError(f"{self.name}:{self.line(loc)}: {field + ': ' if field else ''}{message}")

    def validate(self, model: type[Model], context: dict | None = None) -> Model:
        """The whole document validated; the error names the line of the first bad entry."""
        try:
            return model.model_validate(self.data, context=context)
        except ValidationError as exc:
            errors = exc.errors()
            loc = [k for k in errors[0]["loc"] if k != "[key]"]
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise self.error(loc, _message(errors[0]) + more) from None


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


NonEmpty = Annotated[str, Field(min_length=1)]
Text = Annotated[str, AfterValidator(_not_blank)]  # some character that is not a space
