"""accord: evidence-linked political event data from news articles.

The public API, for notebooks and programs::

    from accord import Pipeline, Store, analyze_text, read_paths

    doc = analyze_text(text, published="2020-12-30")      # one article
    for result in Pipeline().run(read_paths(["news/"])):  # many: Documents or Failures
        ...
"""

import logging

from accord.pipeline import Failure, Pipeline, analyze, analyze_text
from accord.readers import read_paths
from accord.record import Actor, Dateline, Document, Entity, Event, Participant, Quote, RawArticle, TimeRef
from accord.store import Store

__version__ = "0.1.0"
__all__ = [
    "Actor", "Dateline", "Document", "Entity", "Event", "Failure", "Participant", "Pipeline", "Quote",
    "RawArticle", "Store", "TimeRef", "__version__", "analyze", "analyze_text", "read_paths",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
