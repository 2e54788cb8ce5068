"""Checks of what a user typed, made before a command does anything: a mistake is one line naming the option and
what was expected, exit status 2, and nothing created or changed.

Argument types (`whole_number`, `output_file`, …) run while argparse parses; `UsageError` is for checks that need
the configuration or the warehouse (an unknown model or community), raised by a command before it writes.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import NoReturn

EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in what the user asked for; `tracker` prints it as one line and exits with `code`."""

    code = EXIT_USAGE


class NoDatabase(UsageError):
    """A command that reads the warehouse, run before `tracker init` (exit 1, as `tracker status` and `query`)."""

    code = 1


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (`tracker trends: argument --weeks: expected …`) instead of
    the whole usage text followed by the error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


# ---------------------------------------------------------------- numbers


def whole_number(minimum: int = 0, maximum: int | None = None) -> Callable[[str], int]:
    """An int type for argparse: a whole number in [minimum, maximum]."""
    wanted = f">= {minimum}" if maximum is None else f"from {minimum} to {maximum}"

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or value < minimum or (maximum is not None and value > maximum):
            raise argparse.ArgumentTypeError(f"expected a whole number {wanted}, got {text!r}")
        return value

    parse.__name__ = "whole number"
    parse.minimum, parse.maximum = minimum, maximum  # type: ignore[attr-defined]  # the range, for help and tests
    return parse


def decimal_number(minimum: float = 0.0, *, above: bool = True) -> Callable[[str], float]:
    """A float type for argparse: a finite number > minimum (or >= minimum with above=False)."""
    wanted = f"{'>' if above else '>='} {minimum:g}"

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = None
        if value is None or value != value or value in (float("inf"), float("-inf")) or \
                (value <= minimum if above else value < minimum):
            raise argparse.ArgumentTypeError(f"expected a number {wanted}, got {text!r}")
        return value

    parse.__name__ = "number"
    parse.minimum, parse.above = minimum, above  # type: ignore[attr-defined]
    return parse


PORT = whole_number(1, 65535)


# ---------------------------------------------------------------- days and weeks


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-04-23, got {text!r}") from None


def iso_week(text: str) -> str:
    """An ISO week like 2026-W17 that exists (2026-W99 and 2025-W53 do not)."""
    import re

    match = re.fullmatch(r"(\d{4})-W(\d{2})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected an ISO week like 2026-W17, got {text!r}")
    try:
        date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"no ISO week {text!r}: {match.group(1)} has weeks W01 to "
                                         f"W{date(int(match.group(1)), 12, 28).isocalendar()[1]:02d}") from None
    return text


# ---------------------------------------------------------------- paths


def _probe_folder(folder: Path, path: Path | None = None) -> None:
    """Raise ArgumentTypeError unless a file can be created in `folder` (tried with a temporary file that is
    removed at once: root passes every permission check, a read-only or virtual file system does not)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".tracker-probe-", dir=folder)
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"{path or folder}: cannot write in {folder} ({exc.strerror or exc})") from None
    os.close(fd)
    os.unlink(probe)


def _existing_parent(path: Path) -> Path:
    """The folder `path` would be written in; it must exist and be a folder."""
    parent = path.parent
    if not parent.exists():
        ancestor = parent
        while not ancestor.exists() and ancestor != ancestor.parent:
            ancestor = ancestor.parent
        if ancestor.exists() and not ancestor.is_dir():
            raise argparse.ArgumentTypeError(f"{path}: {ancestor} is a file, not a folder")
        raise argparse.ArgumentTypeError(f"{path}: folder {parent} does not exist (create it first)")
    if not parent.is_dir():
        raise argparse.ArgumentTypeError(f"{path}: {parent} is a file, not a folder")
    return parent


def output_file(text: str) -> Path:
    """A file to write: not a folder, in an existing folder where files can be created. Checked without
    creating anything."""
    if not text.strip():
        raise argparse.ArgumentTypeError("expected a file path, got ''")
    path = Path(text).expanduser()
    if path.is_dir() or text.endswith(("/", os.sep)):
        raise argparse.ArgumentTypeError(f"{path}: is a folder; expected a file path")
    if path.exists() and not os.access(path, os.W_OK):
        raise argparse.ArgumentTypeError(f"{path}: the file is not writable")
    _probe_folder(_existing_parent(path), path)
    return path


def output_file_or_folder(text: str) -> Path:
    """A file or a folder to write into: an existing writable folder, a new one in an existing folder, or a file
    path as for `output_file`."""
    if not text.strip():
        raise argparse.ArgumentTypeError("expected a file or folder path, got ''")
    path = Path(text).expanduser()
    if path.is_dir():
        _probe_folder(path)
        return path
    if path.exists() and not os.access(path, os.W_OK):
        raise argparse.ArgumentTypeError(f"{path}: the file is not writable")
    _probe_folder(_existing_parent(path), path)
    return path


def config_file(text: str) -> str:
    """--config: an existing file (a typo must not fall back to anything, nor reach a command that ignores it)."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{path}: is a folder; expected a TOML config file")
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"{path}: no such config file")
    return str(path)


def existing_folder(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.exists():
        raise argparse.ArgumentTypeError(f"{path}: no such folder")
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{path}: is a file, not a folder")
    return path


_HUB_ID = re.compile(r"[\w.-]+/[\w.-]+")
_SLUG = re.compile(r"[a-z0-9][a-z0-9._+-]{0,63}")


def slug(text: str) -> str:
    """A catalog id, vendor or family: lower-case letters, digits and . _ + - (e.g. gpt-5.6, openai)."""
    if not _SLUG.fullmatch(text):
        raise argparse.ArgumentTypeError(f"expected a lower-case id of letters, digits and . _ + - (e.g. gpt-5.6), "
                                         f"got {text!r}")
    return text


def model_artifact(text: str) -> str:
    """A trained model: a name under data/models, an artifact or model folder, or a Hugging Face id (owner/name)."""
    from tracker.sentiment.model import resolve_model

    try:
        if "/" in text and not Path(text).expanduser().exists() and not _HUB_ID.fullmatch(text):
            raise FileNotFoundError(text)  # a path that is not there, not a hub id
        resolve_model(text)
    except FileNotFoundError:
        raise argparse.ArgumentTypeError(f"{text!r}: no such model (a name under data/models, a model folder, or a "
                                         "Hugging Face id owner/name)") from None
    return text


# ---------------------------------------------------------------- names


def known_name(option: str, value: str | None, known: Iterable[str], what: str) -> None:
    """UsageError unless `value` (when given) is one of `known`."""
    names = sorted(set(known))
    if value is not None and value not in names:
        listed = ", ".join(names) if names else "none yet"
        raise UsageError(f"{option} {value!r}: no such {what}; known: {listed}")


def print_usage_error(prog: str, exc: UsageError) -> int:
    print(exc if isinstance(exc, NoDatabase) else f"{prog}: {exc}", file=sys.stderr)
    return exc.code
