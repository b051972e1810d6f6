"""modelterms: evidence-backed terms of AI model licenses."""

__version__ = "0.1.0"
