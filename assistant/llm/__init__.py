"""Engines: one :class:`Engine` interface, a llama.cpp engine, and a scripted fake."""

from assistant.llm.base import Engine, ModelInfo, Outcome, Request, Result

__all__ = ["Engine", "ModelInfo", "Outcome", "Request", "Result"]
