"""Capabilities: each module is prompt + schema + validation + post-processing."""
