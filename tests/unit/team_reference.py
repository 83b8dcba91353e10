"""Token values computed the plain way, for the agreement tests to compare against."""
from annotator.core.text.tokens import tokenize


def reference_values(text, spans, edges):
    """CoNLL tokens cut at the span edges; each token's value is the label of the outermost
    span covering it, or O."""
    values = []
    for tok in tokenize(text, edges):
        covering = [(s, -e, lab) for s, e, lab in spans if s <= tok.start and tok.end <= e]
        values.append(min(covering)[2] if covering else "O")
    return values
