"""accord: evidence-linked political event data from news articles."""

import logging

from accord.record import Document, RawArticle

__version__ = "0.1.0"
__all__ = ["Document", "RawArticle", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
