"""A bundled local model: starts llama.cpp's OpenAI-compatible server (xllamacpp) on 127.0.0.1, then it is just
the OpenAI engine pointed at it. Same prompts, same guardrails, no key and no network."""

from __future__ import annotations

import atexit
import json
import socket
import threading
import time
import urllib.error
import urllib.request

from ..models import ModelError, model_path
from ..settings import Settings
from .base import EngineError
from .openai import OpenAIEngine

_servers: dict[int, object] = {}
_lock = threading.Lock()


def _port_in_use(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _served_model(port: int) -> str | None:
    """The model alias an OpenAI-compatible server on this port serves, or None if it is something else."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2) as r:
            data = json.loads(r.read())
        return str(data["data"][0]["id"])
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return None


def ensure_server(settings: Settings) -> str:
    """Start the local server once per process (or reuse one another app instance started); return its URL."""
    port, alias = settings.local_port, settings.local_model
    url = f"http://127.0.0.1:{port}/v1"
    with _lock:
        if port in _servers:
            return url
        if _port_in_use(port):
            served = _served_model(port)
            if served == alias:
                return url  # another instance of the app already serves this model: share it
            raise EngineError(
                f"port {port} is already taken by {'model ' + served if served else 'another program'};"
                f" set ASSISTANT_LOCAL_PORT to a free port"
            )
        try:
            path = model_path(alias, settings.models_dir)
        except ModelError as exc:
            raise EngineError(str(exc)) from exc
        try:
            import xllamacpp
        except ImportError as exc:
            raise EngineError(
                "the local runtime is not installed: run `make local-model` (or `pip install .[local]`)"
            ) from exc
        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.model_alias = {alias}  # a set of names in this binding
        params.n_ctx = settings.local_context
        params.port = port
        params.hostnames = ["127.0.0.1"]
        params.cpuparams.n_threads = settings.local_threads
        params.cpuparams_batch.n_threads = settings.local_threads
        params.cache_prompt = True  # the system prompt is stable, so its tokens are processed once
        params.verbosity = -1
        _servers[port] = xllamacpp.Server(params)
        atexit.register(stop_server, port)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if _served_model(port) == alias:
            return url
        time.sleep(0.2)
    stop_server(port)
    raise EngineError(f"the local model server did not start on port {port} within 120 s")


def stop_server(port: int) -> None:
    with _lock:
        _servers.pop(port, None)  # dropping the Server object stops it and frees the model


def local_engine(settings: Settings) -> OpenAIEngine:
    url = ensure_server(settings)
    endpoint = settings.model_copy(
        update={
            "openai_base_url": url,
            "openai_api_key": "local",
            "openai_model": settings.local_model,
            "max_answer_tokens": min(settings.max_answer_tokens, 256),
            "model_refusal_trusted_below": settings.local_refusal_trusted_below,
        }
    )
    return OpenAIEngine(endpoint, name="local")
