"""graphkit: news text -> entity-relationship graph.

>>> import graphkit
>>> g = graphkit.build_graph(["seeds/"])        # doctest: +SKIP
>>> graphkit.write_outputs(g, "outputs/")       # doctest: +SKIP
"""
from .documents import InputError, read_documents
from .explore import centrality, entity_table, filter_graph, relation_table, show
from .export import write_outputs
from .export.jsonio import load_graph
from .graph import ego_network, top_nodes
from .model import Document, Entity, Evidence, Extraction, Relation
from .nlp import ModelError
from .pipeline import build_graph, extract_document
from .rulebook import RuleError

__version__ = "0.1.0"

__all__ = [
    "build_graph", "extract_document", "load_graph", "write_outputs", "read_documents",
    "entity_table", "relation_table", "filter_graph", "centrality", "ego_network", "top_nodes",
    "show",
    "Document", "Entity", "Evidence", "Extraction", "Relation",
    "InputError", "ModelError", "RuleError", "__version__",
]
