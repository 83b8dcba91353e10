"""Small real models built on the spot, nothing fetched: a spaCy pipeline folder (blank Arabic
with an entity ruler and a span ruler) and a Hugging Face BERT token classifier whose tags
are set by hand, so what it says is known in advance."""
from __future__ import annotations

from pathlib import Path

LABELS = ["O", "B-LOC", "I-LOC", "B-PER", "I-PER"]
# piece -> {tag: weight} its embedding points at; ربما: LOC a little above O, an unsure LOC
TAGS = {"بغداد": {1: 1.0}, "##بغداد": {1: 1.0}, "احمد": {3: 1.0}, "سعيد": {4: 1.0},
        "ربما": {1: 1.0, 0: 0.98}}
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "و", "في", "زار", "ربما", "بغداد",
         "##بغداد", "احمد", "سعيد", "."]


def spacy_pipeline(folder: Path) -> Path:
    import spacy
    nlp = spacy.blank("ar")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": "بغداد"}, {"label": "GPE", "pattern": "دمشق"},
                        {"label": "PER", "pattern": [{"TEXT": "أحمد"}, {"TEXT": "سعيد"}]}])
    quotes = nlp.add_pipe("span_ruler", config={"spans_key": "quote"})
    quotes.add_patterns([{"label": "QUOTE", "pattern": [
        {"TEXT": "«"}, {"OP": "+", "TEXT": {"NOT_IN": ["»"]}}, {"TEXT": "»"}]}])
    nlp.to_disk(folder)
    return folder


def hf_model(folder: Path) -> Path:
    """BERT, 2 layers, hidden size 8. Every layer's attention and feed-forward output is zero,
    so each piece's last state is its own word embedding (layer-normed), and the classifier
    reads the tag off it: a context-free tagger whose answers are TAGS. The tokenizer lowercases
    and strips accents as uncased BERT does (tashkeel and the hamza of أ go: أحمد is read
    as احمد), and its offsets point into the text it was given."""
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertForTokenClassification, PreTrainedTokenizerFast
    wordpiece = Tokenizer(models.WordPiece({w: i for i, w in enumerate(VOCAB)},
                                           unk_token="[UNK]"))
    wordpiece.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=True)
    wordpiece.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    wordpiece.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=wordpiece, unk_token="[UNK]",
                                        pad_token="[PAD]", cls_token="[CLS]",
                                        sep_token="[SEP]", mask_token="[MASK]")
    config = BertConfig(vocab_size=len(VOCAB), hidden_size=8, num_hidden_layers=2,
                        num_attention_heads=2, intermediate_size=16,
                        max_position_embeddings=64, num_labels=len(LABELS),
                        id2label=dict(enumerate(LABELS)),
                        label2id={lab: i for i, lab in enumerate(LABELS)})
    model = BertForTokenClassification(config)
    with torch.no_grad():
        for p in model.parameters():
            p.zero_()
        model.bert.embeddings.LayerNorm.weight.fill_(1.0)
        for layer in model.bert.encoder.layer:
            layer.attention.output.LayerNorm.weight.fill_(1.0)
            layer.output.LayerNorm.weight.fill_(1.0)
        embeddings = model.bert.embeddings.word_embeddings.weight
        for i, piece in enumerate(VOCAB):
            for tag, weight in TAGS.get(piece, {0: 1.0}).items():
                embeddings[i, tag] = weight
        model.classifier.weight[:, :len(LABELS)] = torch.eye(len(LABELS)) * 10
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
