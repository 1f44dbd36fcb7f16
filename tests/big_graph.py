"""A synthetic graph of a given size, for browser and benchmark runs."""
from __future__ import annotations

import random

from graphkit.graph import merge_extractions
from graphkit.model import CATEGORIES, Document, Entity, Evidence, Extraction, Relation


def synthetic_graph(nodes: int, edges: int, seed: int = 1):
    rng = random.Random(seed)
    types = ["PERSON", "ORG", "PLACE"]
    entities = tuple(Entity(f"n{i}", f"Entity {i}", types[i % 3], (), rng.randint(1, 30), ("d",))
                     for i in range(nodes))
    categories = list(CATEGORIES)
    relations = tuple(
        Relation(f"n{rng.randrange(nodes)}", f"n{rng.randrange(nodes)}", f"rel {k % 7}",
                 categories[k % len(categories)], Evidence("d", f"Sentence {k}."))
        for k in range(edges))
    relations = tuple(r for r in relations if r.source != r.target)
    return merge_extractions([Extraction(Document("d", "..."), entities, relations)],
                             name=f"synthetic {nodes} nodes")
