"""Settings a user keeps between runs: a `factline.toml` file and `FACTLINE_*` variables.

Each setting is resolved from, in order of precedence: the command-line option, the
environment variable, the settings file, the built-in default. The file is the one
named by `--config` (or `FACTLINE_CONFIG`), else `factline.toml` in the working
directory when there is one. Example:

    languages = ["zh", "en"]
    workers = 4
    extractor = "llm"
    exclude = ["drafts/*"]

    [llm]
    url = "http://localhost:8000/v1"
    model = "qwen3"
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SETTINGS_FILE = "factline.toml"
ENV_PREFIX = "FACTLINE_"
EXTRACTORS = ("rules", "llm")

# setting name -> (key in the file, environment variable)
_SOURCES = {
    "languages": ("languages", "FACTLINE_LANGUAGES"),
    "workers": ("workers", "FACTLINE_WORKERS"),
    "extractor": ("extractor", "FACTLINE_EXTRACTOR"),
    "exclude": ("exclude", "FACTLINE_EXCLUDE"),
    "llm_url": ("llm.url", "FACTLINE_LLM_URL"),
    "llm_model": ("llm.model", "FACTLINE_LLM_MODEL"),
}
_FILE_KEYS = {"languages", "workers", "extractor", "exclude", "llm"}
_LLM_KEYS = {"url", "model"}


class SettingsError(ValueError):
    """A settings file or variable that cannot be used; the message names it."""


@dataclass
class Settings:
    """What the file and the environment say; None where neither says anything."""

    languages: tuple[str, ...] | None = None
    workers: int | None = None
    extractor: str | None = None
    exclude: tuple[str, ...] = ()
    llm_url: str | None = None
    llm_model: str | None = None
    file: Path | None = None
    # setting name -> where its value came from ("factline.toml", "FACTLINE_WORKERS")
    origin: dict[str, str] = field(default_factory=dict)


def find_settings_file(explicit: Path | None, env: Mapping[str, str], cwd: Path) -> Path | None:
    named = explicit or (Path(env["FACTLINE_CONFIG"]) if env.get("FACTLINE_CONFIG") else None)
    if named is not None:
        if not named.is_file():
            raise SettingsError(f"settings file {named} does not exist")
        return named
    default = cwd / SETTINGS_FILE
    return default if default.is_file() else None


def read_settings_file(path: Path) -> dict[str, Any]:
    """The file's settings as a flat dict keyed like `_SOURCES` ("llm.url")."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise SettingsError(f"{path}: cannot read it ({e})") from None
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(f"{path}: not valid TOML ({e})") from None
    unknown = sorted(set(data) - _FILE_KEYS)
    if unknown:
        raise SettingsError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(_FILE_KEYS))})")
    flat = {key: value for key, value in data.items() if key != "llm"}
    llm = data.get("llm", {})
    if not isinstance(llm, dict):
        raise SettingsError(f"{path}: 'llm' must be a table ([llm] with url and model)")
    unknown = sorted(set(llm) - _LLM_KEYS)
    if unknown:
        raise SettingsError(f"{path}: unknown setting 'llm.{unknown[0]}' (known: llm.url, llm.model)")
    flat.update({f"llm.{key}": value for key, value in llm.items()})
    return flat


def _string_list(value: Any, where: str) -> tuple[str, ...]:
    """A list of strings from a TOML array or a comma-separated string."""
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = value
    else:
        raise SettingsError(f"{where}: expected a list of strings or a comma-separated string")
    return tuple(item.strip() for item in items if item.strip())


def _languages(value: Any, where: str, known: tuple[str, ...]) -> tuple[str, ...]:
    codes = tuple(code.lower() for code in _string_list(value, where))
    unknown = [code for code in codes if code not in known]
    if not codes or unknown:
        raise SettingsError(f"{where}: {', '.join(unknown) or 'an empty list'} is not a language factline "
                            f"reads (it reads {', '.join(known)})")
    return codes


def _positive_int(value: Any, where: str) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SettingsError(f"{where}: expected a whole number of at least 1, got {value!r}")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{where}: expected a non-empty string")
    return value.strip()


def _extractor(value: Any, where: str) -> str:
    text = _text(value, where)
    if text not in EXTRACTORS:
        raise SettingsError(f"{where}: {text!r} is not one of {', '.join(EXTRACTORS)}")
    return text


_PARSERS = {"workers": _positive_int, "extractor": _extractor, "exclude": _string_list, "llm_url": _text,
            "llm_model": _text}


def load_settings(languages: tuple[str, ...], explicit: Path | None = None, env: Mapping[str, str] | None = None,
                  cwd: Path | None = None) -> Settings:
    """Settings from the file and the environment (the environment wins); `languages` are
    the codes a languages setting may name."""
    env = os.environ if env is None else env
    path = find_settings_file(explicit, env, cwd or Path.cwd())
    in_file = read_settings_file(path) if path else {}
    settings = Settings(file=path)
    for name, (file_key, variable) in _SOURCES.items():
        if env.get(variable, "").strip():
            value, where = env[variable], variable
        elif file_key in in_file:
            value, where = in_file[file_key], f"{path} ({file_key})"
        else:
            continue
        parsed = _languages(value, where, languages) if name == "languages" else _PARSERS[name](value, where)
        setattr(settings, name, parsed)
        settings.origin[name] = where
    return settings
