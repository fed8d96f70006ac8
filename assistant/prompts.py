"""Prompt templates live in prompts/*.txt with named {placeholders}; this only loads and fills them."""

from __future__ import annotations

import functools
import string
from importlib import resources

from .settings import PROJECT_ROOT

# prompts/ is the source; an installed wheel carries the same files as the package `assistant.templates`.
PROMPTS_DIR = PROJECT_ROOT / "prompts"


@functools.cache
def template(name: str) -> str:
    path = PROMPTS_DIR / f"{name}.txt"
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    return resources.files("assistant.templates").joinpath(f"{name}.txt").read_text(encoding="utf-8").strip()


def render(name: str, **values: object) -> str:
    """Fill a template; a missing or unexpected placeholder is an error, not a silent blank."""
    text = template(name)
    wanted = {f for _, f, _, _ in string.Formatter().parse(text) if f}
    if wanted != set(values):
        raise KeyError(f"prompt {name!r} takes {sorted(wanted)}, got {sorted(values)}")
    return text.format(**values)
