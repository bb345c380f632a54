"""Engines: one :class:`Generator` interface, a llama.cpp engine, and a scripted fake."""

from assistant.llm.base import Generator, ModelInfo, Outcome, Request, Result

__all__ = ["Generator", "ModelInfo", "Outcome", "Request", "Result"]
