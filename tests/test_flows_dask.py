"""Labeling spread over local Dask worker processes by the `label_distributed` flow equals a plain labeling run."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

pytest.importorskip("prefect_dask")
# Both tests use random_model (module-scoped) and one the Prefect harness: all on the harness worker, built once.
pytestmark = pytest.mark.xdist_group("prefect_test_harness")

from test_flows import rows  # noqa: E402

from tracker.config import parse_config  # noqa: E402
from tracker.warehouse.runs import RunStats  # noqa: E402
from tracker.warehouse.database import Warehouse, content_hash, upsert_documents  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
WORDS = ("model release update benchmark great terrible slow fast price users love hate context window "
         "reasoning coding agent latency tokens people think underwhelming compared praised").split()
N_TEXTS = 300


@pytest.fixture(scope="module")
def random_model(tmp_path_factory) -> Path:
    """A tiny randomly initialised BERT classifier whose outputs differ from text to text."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder = tmp_path_factory.mktemp("random-bert")
    vocab = list(dict.fromkeys(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", ",", "!", "?", "-", *WORDS,
                                *"abcdefghijklmnopqrstuvwxyz0123456789"]))
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n")
    tokenizer = BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), do_lower_case=True)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128, num_labels=3,
                        id2label={0: "negative", 1: "neutral", 2: "positive"},
                        label2id={"negative": 0, "neutral": 1, "positive": 2},
                        initializer_range=1.0)  # the default 0.02 gives every text the same output
    torch.manual_seed(2)  # a seed under which all three labels occur on these texts
    model = BertForSequenceClassification(config).eval()
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def documents() -> list[dict]:
    rng = np.random.default_rng(11)
    now = datetime(2026, 4, 23, tzinfo=UTC)
    docs = [{"doc_id": f"reddit:t1_{i}", "source": "reddit", "kind": "comment", "created_at": now,
             "body": " ".join(rng.choice(WORDS, size=int(rng.integers(3, 40)))) + f" gpt-5.{i % 6}"}
            for i in range(N_TEXTS)]
    docs.append({"doc_id": "reddit:t1_copy", "source": "reddit", "kind": "comment", "created_at": now,
                 "body": docs[0]["body"]})  # same text as t1_0: one label
    docs.append({"doc_id": "reddit:t1_emoji", "source": "reddit", "kind": "comment", "created_at": now,
                 "body": "🚀🚀"})  # labeled with a reason, no label
    return docs


def config(path: Path, model: Path) -> dict:
    return {"warehouse": {"path": str(path)},
            "classifier": {"model": str(model), "backend": "torch", "quantize": False, "batch_size": 16}}


def filled_warehouse(path: Path) -> Warehouse:
    warehouse = Warehouse(path)
    warehouse.init()
    with warehouse.write() as con:
        upsert_documents(con, documents())
    return warehouse


def labels(path: Path, version: str) -> dict[str, tuple]:
    with Warehouse(path).read() as con:
        found = con.execute("SELECT content_hash, label, p_negative, p_neutral, p_positive, n_chunks, reason "
                            "FROM sentiment WHERE classifier = ? ORDER BY content_hash", [version]).fetchall()
    return {h: tuple(rest) for h, *rest in found}


def test_shards_are_disjoint_and_cover_the_unlabeled_set(random_model, tmp_path: Path) -> None:
    from tracker.sentiment.classify import classifier_version, shard_of, unlabeled, unlabeled_shard

    warehouse = filled_warehouse(tmp_path / "t.duckdb")
    cfg = parse_config(config(tmp_path / "t.duckdb", random_model), "test", REPO)
    with warehouse.read() as con:
        everything = unlabeled(con, classifier_version(cfg))
    parts = [unlabeled_shard(warehouse, cfg, shard, 3) for shard in range(3)]

    assert len(everything) == N_TEXTS + 1  # the copy shares t1_0's hash; the emoji text adds one
    assert sorted(row for part in parts for row in part) == everything
    assert all(shard_of(h, 3) == shard for shard, part in enumerate(parts) for h, _, _ in part)
    assert all(len(part) > N_TEXTS // 6 for part in parts)  # a hash prefix spreads the texts
    with pytest.raises(ValueError):
        unlabeled_shard(warehouse, cfg, 3, 3)


def test_label_distributed_on_two_dask_workers_matches_plain_labeling(
    prefect_harness, random_model, tmp_path: Path
) -> None:
    from flows.label import label_distributed
    from tracker.sentiment.classify import classifier_version, label_documents

    plain_path, dask_path = tmp_path / "plain.duckdb", tmp_path / "dask.duckdb"
    plain = filled_warehouse(plain_path)
    filled_warehouse(dask_path)
    cfg = parse_config(config(plain_path, random_model), "plain", REPO)
    version = classifier_version(cfg)
    plain_stats = RunStats(source="label")
    label_documents(plain, cfg, plain_stats)
    assert (plain_stats.fetched, plain_stats.inserted, plain_stats.errors) == (N_TEXTS + 1, N_TEXTS + 1, [])

    first = label_distributed(config=config(dask_path, random_model), base_dir=str(REPO), workers=2, shards=4,
                              retries=0, refresh_trends=False)

    summary = first["label"]
    assert (summary["status"], summary["fetched"], summary["inserted"], summary["errors"]) == (
        "ok", N_TEXTS + 1, N_TEXTS + 1, [])
    pids = {part["pid"] for part in summary["shards"]}
    assert len(summary["shards"]) == 4 and len(pids) == 2 and os.getpid() not in pids  # two worker processes
    assert sum(part["inserted"] for part in summary["shards"]) == N_TEXTS + 1
    # every content_hash labeled exactly once for this version
    assert rows(dask_path, f"SELECT count(*), count(DISTINCT content_hash) FROM sentiment "
                           f"WHERE classifier = '{version}'") == [(N_TEXTS + 1, N_TEXTS + 1)]
    assert rows(dask_path, "SELECT count(DISTINCT content_hash) FROM documents") == [(N_TEXTS + 1,)]
    assert rows(dask_path, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentiment s "
                           "WHERE s.content_hash = d.content_hash)") == [(0,)]

    by_dask, by_plain = labels(dask_path, version), labels(plain_path, version)
    assert by_dask.keys() == by_plain.keys()
    assert {row[0] for row in by_plain.values()} == {"negative", "neutral", "positive", None}
    for h, (label, *probs, n_chunks, reason) in by_plain.items():
        other_label, *other_probs, other_chunks, other_reason = by_dask[h]
        assert (other_label, other_chunks, other_reason) == (label, n_chunks, reason), h
        if label is not None:
            assert np.allclose(other_probs, probs, rtol=0, atol=1e-6), h
    assert by_dask[content_hash(None, "🚀🚀")] == (None, None, None, None, 0, "no_text")

    second = label_distributed(config=config(dask_path, random_model), base_dir=str(REPO), workers=2, shards=4,
                               retries=0, refresh_trends=False)

    assert (second["label"]["status"], second["label"]["fetched"], second["label"]["inserted"]) == ("ok", 0, 0)
    assert labels(dask_path, version) == by_dask
    assert rows(dask_path, "SELECT source, status, fetched, inserted FROM ingest_runs ORDER BY started_at") == [
        ("label", "ok", N_TEXTS + 1, N_TEXTS + 1), ("label", "ok", 0, 0)]
