"""Answer engines behind one small interface (`Engine.stream(request) -> text pieces`)."""

from .base import Engine, EngineError, EngineRequest, Evidence

__all__ = ["Engine", "EngineError", "EngineRequest", "Evidence"]
