"""Target-level data sets (text, target span, label) and the project's in-domain training rows.

Public sets: Dong 2014 Twitter, SemEval-2014 laptops and restaurants, MAMS (``../shared/data/target-sentiment/``).
In-domain: the development set ``../shared/data/ai-model-sentiment/dev.tsv`` (for measuring, never trained on) and
the rows this project wrote for training (``data/train/ai-model-sentiment/``, see its DATASHEET.md), with the
near-copy check that keeps the two apart. Kept free of torch and of the models, so the CLI, the irony trainer and
the tests read data without loading a classifier.
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tracker.sentiment.text import LABELS
from tracker.sentiment.training import LABEL_ID, REPO_ROOT, shared_data_dir

TARGET_COLUMNS = ("text", "target", "start", "end", "label")
TARGET_DATASETS = {  # `tracker eval --dataset` name -> file stem under target-sentiment/
    "twitter-dong2014": "twitter-dong2014",
    "laptops": "semeval14-laptops",
    "restaurants": "semeval14-restaurants",
    "mams": "mams-atsa",
}
# Product and model names used as the implicit subject of whole-text examples (the pipeline prefixes a reply
# with its thread's model the same way).

@dataclass
class TargetExample:
    text: str
    start: int
    end: int
    label: int  # index into LABELS
    source: str = ""
    extra: dict = field(default_factory=dict)  # columns beyond the five (copied to predictions)

    @property
    def item(self) -> tuple[str, int, int]:
        return self.text, self.start, self.end


def target_data_dir() -> Path:
    return shared_data_dir() / "target-sentiment"


# In-domain data. The development set (../shared, 300 rows about AI models) is for measuring and never trained
# on; the training rows are written by this project (data/train/ai-model-sentiment/, see its DATASHEET.md).
DOMAIN_DEV = "ai-model-sentiment"
DOMAIN_TRAIN_DIR = REPO_ROOT / "data" / "train" / "ai-model-sentiment"


def domain_dev_path() -> Path:
    return shared_data_dir() / "ai-model-sentiment" / "dev.tsv"


_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
NAME = "\0"  # stands for a model name when texts are compared word by word


def content_runs(text: str, names: Iterable[str]) -> list[list[str]]:
    """The text's lower-cased words in runs broken by model names (the given target strings, longest first):
    what `near_copies` compares, so two texts that share only a model name and filler do not match."""
    lowered = text.lower()
    for name in sorted({n.lower() for n in names if n}, key=len, reverse=True):
        lowered = lowered.replace(name, NAME)
    runs = [_WORDS.findall(piece) for piece in lowered.split(NAME)]
    return [r for r in runs if r]


def shingles(text: str, names: Iterable[str], n: int = 5) -> set[tuple[str, ...]]:
    return {tuple(run[i:i + n]) for run in content_runs(text, names) for i in range(len(run) - n + 1)}


def near_copies(texts: Iterable[str], reference: Iterable[str], names: Iterable[str], n: int = 5) -> list[tuple[str, str]]:
    """(text, reference text) pairs sharing `n` or more consecutive words besides model names."""
    names = list(names)
    index: dict[tuple[str, ...], str] = {}
    for ref in reference:
        for sh in shingles(ref, names, n):
            index.setdefault(sh, ref)
    hits = []
    for text in texts:
        found = next((index[sh] for sh in shingles(text, names, n) if sh in index), None)
        if found is not None:
            hits.append((text, found))
    return hits


def domain_counts(rows: list[TargetExample]) -> dict[str, dict[str, int]]:
    """Rows by label, kind, phenomenon, voice and source file: the datasheet's tables."""
    out: dict[str, dict[str, int]] = {}
    for column in ("label", "kind", "phenomenon", "voice", "file"):
        counts: dict[str, int] = {}
        for r in rows:
            value = {"label": LABELS[r.label], "file": r.source.removeprefix("domain:")}.get(column) or r.extra.get(column, "")
            counts[value] = counts.get(value, 0) + 1
        out[column] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return out


def datasheet_counts_table(rows: list[TargetExample]) -> str:
    """The datasheet's counts table (DATASHEET.md carries it verbatim; a test keeps the two equal)."""
    counts = domain_counts(rows)
    lines = ["| column | value | rows |", "|---|---|---|", f"| all | {len(rows):,} |"]
    lines[-1] = f"| all | {len(rows):,} | texts {len({r.text for r in rows}):,} |"
    for column, values in counts.items():
        lines += [f"| {column} | {value} | {n:,} |" for value, n in values.items()]
    return "\n".join(lines)


def load_domain_train(folder: Path | None = None) -> list[TargetExample]:
    """Every row of the project's in-domain training files (`*.tsv`, sorted by name), with kind/phenomenon/voice
    kept in `extra`."""
    folder = folder or DOMAIN_TRAIN_DIR
    out: list[TargetExample] = []
    for path in sorted(Path(folder).glob("*.tsv")):
        out += load_target_tsv(path, f"domain:{path.stem}")
    return out


def read_header(path: Path) -> list[str]:
    with Path(path).open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh, delimiter="\t"), [])


def is_target_level(path: Path) -> bool:
    return set(TARGET_COLUMNS) <= set(read_header(path))


def load_target_tsv(path: Path, source: str | None = None) -> list[TargetExample]:
    """A TSV with header text, target, start, end, label (other columns kept in `extra`); offsets checked."""
    out: list[TargetExample] = []
    with Path(path).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if not reader.fieldnames or not set(TARGET_COLUMNS) <= set(reader.fieldnames):
            raise ValueError(f"{path}: expected a header with {', '.join(TARGET_COLUMNS)}")
        for n, row in enumerate(reader, start=2):
            label = (row["label"] or "").strip().lower()
            if label not in LABEL_ID:
                raise ValueError(f"{path}:{n}: label must be negative|neutral|positive, got {row['label']!r}")
            text = row["text"] or ""
            try:
                start, end = int(row["start"]), int(row["end"])
            except (TypeError, ValueError):
                raise ValueError(f"{path}:{n}: start/end must be integers") from None
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"{path}:{n}: span {start}:{end} outside the text ({len(text)} characters)")
            extra = {k: v for k, v in row.items() if k not in TARGET_COLUMNS and k is not None}
            out.append(TargetExample(text, start, end, LABEL_ID[label], source or str(path), extra))
    return out


def load_target_split(name: str, split: str) -> list[TargetExample]:
    stem = TARGET_DATASETS[name]
    return load_target_tsv(target_data_dir() / f"{stem}-{split}.tsv", f"{name}:{split}")


def split_heldout(examples: list[TargetExample], fraction: float, seed: int) -> tuple[list, list]:
    """(kept, held out): a `fraction` of the distinct texts, every target of a held-out text held out with it."""
    texts = sorted({e.text for e in examples})
    rng = random.Random(seed)
    held_texts = set(rng.sample(texts, round(len(texts) * fraction)))
    return [e for e in examples if e.text not in held_texts], [e for e in examples if e.text in held_texts]



DOMAIN_VAL = "ai-models-heldout"  # the held-out slice of the project's in-domain training rows
# The in-domain split both trainers use (the target model and the irony detector), so neither trains on the
# other's validation texts.
DOMAIN_HELDOUT_FRACTION = 0.15
DOMAIN_SPLIT_SEED = 13


def domain_split(fraction: float = DOMAIN_HELDOUT_FRACTION, seed: int = DOMAIN_SPLIT_SEED,
                 folder: Path | None = None) -> tuple[list[TargetExample], list[TargetExample]]:
    """(training rows, validation rows) of the in-domain rows, split by text."""
    return split_heldout(load_domain_train(folder), fraction, seed)


def update_datasheet(folder: Path | None = None) -> Path:
    """Rewrite the counts table of the in-domain datasheet (between its two `<!-- counts -->` markers)."""
    folder = folder or DOMAIN_TRAIN_DIR
    path = folder / "DATASHEET.md"
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("<!-- counts -->")
    _, _, tail = rest.partition("<!-- /counts -->")
    table = datasheet_counts_table(load_domain_train(folder))
    path.write_text(f"{head}<!-- counts -->\n{table}\n<!-- /counts -->{tail}", encoding="utf-8")
    return path


if __name__ == "__main__":  # python -m tracker.sentiment.datasets: refresh the datasheet's counts
    print(f"wrote {update_datasheet()}")
